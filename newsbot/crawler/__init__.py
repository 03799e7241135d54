"""The Scrapy adapter: everything that knows Scrapy lives here and nowhere else.

``spiders/`` discover and fetch; ``pipelines/`` extract (through the worker pool), check, de-duplicate
and write records; ``safety`` holds the downloader middlewares and resolver that keep a crawl polite and
on its outlet's hosts; ``archive`` the WARC extension; ``redis`` the add-on that shares a crawl between
machines; ``commands/`` the ``scrapy crawl`` wrapper; ``settings`` every setting, documented where defined.
The core it drives (``newsbot.extraction``, ``newsbot.discovery``, ``newsbot.state``, ``newsbot.workers``)
does not import Scrapy.
"""
