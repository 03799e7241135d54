"""Tools for developers and tests, not used by a crawl: the loopback fixture server (``devserver``)."""
