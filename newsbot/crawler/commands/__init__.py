"""newsbot's Scrapy commands (``COMMANDS_MODULE``): `crawl` replaces Scrapy's with exit statuses."""
