"""The extraction process pool: worker processes that run ``newsbot.extract`` on fetched pages, with
their heap policy, timeouts and recycling (``pool``). No Scrapy import."""
