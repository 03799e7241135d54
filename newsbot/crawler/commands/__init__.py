"""newsbot's Scrapy commands (``COMMANDS_MODULE``): `crawl` (exit statuses) and `parse` (records, no run files)."""
