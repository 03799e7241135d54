"""Finding article URLs: feeds, sitemaps and robots.txt (``listings``), links on fetched pages and their
classification (``links``), and what the crawl does with each URL found (``planner``: depth, URL length, since,
already emitted, page budget, the per-run claims). No Scrapy import: the spiders call these."""
