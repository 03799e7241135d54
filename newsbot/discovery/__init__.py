"""Finding article URLs: feeds, sitemaps and robots.txt (``listings``), links on fetched pages and their
classification (``links``). No Scrapy import: the spiders call these."""
