"""Scrapy settings for newsbot. Each NEWSBOT_* setting is documented where it is defined.

Override any of them with ``-s NAME=VALUE`` on the command line or in a project's settings.
"""

BOT_NAME = "newsbot"
SPIDER_MODULES = ["newsbot.crawler.spiders"]
NEWSPIDER_MODULE = "newsbot.crawler.spiders"

# --- newsbot's own settings -------------------------------------------------------------------
#: Where run output goes: <NEWSBOT_OUTPUT_DIR>/<outlet>/<YYYY-MM-DD>/<run-id>.articles.jsonl (+ rejects, errors, ...).
NEWSBOT_OUTPUT_DIR = "output"
#: Folder of user outlet files (*.toml); they override the packaged ones of the same name.
NEWSBOT_OUTLETS_DIR = None
#: Fixed run id (default: UTC timestamp plus random suffix).
NEWSBOT_RUN_ID = None
#: Contact URL named in the user agent, so site owners can reach whoever runs the crawl.
NEWSBOT_CONTACT_URL = "https://newsbot.example/bot"
#: Allow requests to loopback addresses (and only loopback): for the fixture outlets and tests.
#: Private, link-local, reserved, multicast and metadata addresses stay refused (newsbot/crawler/safety.py).
NEWSBOT_ALLOW_LOOPBACK = False
#: Most seconds to wait on a 429/503 Retry-After before retrying: no server can stall the crawl longer.
NEWSBOT_RETRY_AFTER_MAX = 30.0
#: Archive every fetched HTML response (request + response headers and body) as
#: <run-id>.warc.gz beside the run's JSONL, for `newsbot reextract`. Off by default; `make run` turns it on.
NEWSBOT_WARC = False

# --- extraction worker pool (newsbot/workers/pool.py) ---------------------------------------------------
#: Extraction worker processes; None = one per CPU core; 0 = extract in the crawler process (for debugging).
NEWSBOT_EXTRACT_WORKERS = None
#: Seconds one page may take in a worker; past it the worker is killed and the page becomes an
#: ErrorRecord of kind ExtractTimeout (a crashed worker gives kind WorkerCrashed). The crawl goes on.
NEWSBOT_EXTRACT_TIMEOUT = 60.0
#: Seconds a fresh worker may take to start (imports, warm-up) before a page's own timeout starts; past
#: it the worker is killed and its page becomes an ErrorRecord of kind WorkerStartTimeout.
#: None: ``newsbot.workers.pool.START_TIMEOUT``.
NEWSBOT_EXTRACT_START_TIMEOUT = None
#: Fork the workers from one warm fork server (imports, warm-up and dateparser's ~3 s locale compilation paid
#: once per crawl; Linux with pidfds, else workers start as their own interpreters). False: always their own
#: interpreters (one more process less; summed RSS counts the server). None: ``newsbot.workers.pool.FORK_SERVER``.
NEWSBOT_EXTRACT_FORK_SERVER = None
#: Restart a worker after this many pages (0 = never); bounds any slow heap growth in long crawls.
#: Measured (benchmarks/README.md): a worker grew from ~80 MB to ~220 MB over ~1,200 varied pages while
#: dateparser loaded all its locales on pages declaring no language; it now loads the page's own, and
#: workers stay at ~135-175 MB. A worker's start costs ~0.5 s of CPU (interpreter, imports, warm-up,
#: first-use caches), ~1.4 ms a page at 400. The first workers are recycled at staggered counts so that
#: replacements start one at a time: 10,000-page peak 521 MB at 1,000.
NEWSBOT_EXTRACT_MAX_TASKS = 1000
#: Pages queued on one worker at once (1 = send the next page only after the answer). With 2 a worker
#: finds its next page waiting in its pipe instead of idling until the busy crawler process sends it;
#: a page queued behind one that crashes or hangs its worker goes to another worker, not to an error.
#: 3 keeps two pages waiting (the 1 MiB worker pipes hold them whole): in a 2,000-page bench crawl the
#: cores stood idle 0.03 of 2 in steady state instead of 0.05 with 2.
NEWSBOT_EXTRACT_DEPTH = 3
#: Article ids the in-run dedupe stage keeps in memory (the most recent ones; older duplicates are caught by
#: the state store as "unchanged"), so a long crawl's memory stays bounded.
NEWSBOT_DEDUPE_MEMORY = 50_000
#: URLs whose feed/sitemap listing (dates, title, language) the spider keeps in memory to merge what several
#: listings say (the most recent ones). A requested page carries its own listing in its request, so an evicted
#: entry only loses what a later listing would have added to it; memory stays bounded however many URLs the
#: sitemaps list.
NEWSBOT_LISTING_MEMORY = 20_000
#: Per-listing page budget: a section front, archive, tag or author page is followed through at most this many
#: of its pages (rel=next, ?page=N, /page/N/, "Next", "Older", "Berikutnya", "Load more"...; 0: no budget). A walk
#: also ends at a page with no article link its previous page did not have, at one whose new links are all known
#: from an earlier run or dated before ``since``, and when most of a page's teasers are older than ``since``
#: (newsbot.discovery.planner.walk_stop), so scheduled runs stop long before it; it bounds a first run on a site
#: with years of archive pages. The walk's pages keep the depth of its first page (DEPTH_LIMIT counts link hops
#: from the start, not pages of one listing).
NEWSBOT_LISTING_PAGES = 50
#: The extraction function as "module:function" (same signature as newsbot.extraction.extract);
#: tests point it at functions that crash or hang on purpose. None: newsbot.extraction:extract
#: (``newsbot.workers.pool.DEFAULT_EXTRACT_FUNCTION``).
NEWSBOT_EXTRACT_FUNCTION = None

# --- several crawler processes sharing Redis (newsbot/crawler/redis.py, newsbot/state/redis.py) ----
#: Name of the shared crawl job in Redis (with NEWSBOT_REDIS_URL set): workers with the same job share
#: one queue and one dupefilter (kept after the job ends, so it can resume); start each new crawl with a new name.
NEWSBOT_REDIS_JOB = "default"
#: Seconds a worker stays open after the shared queue is found empty (others may refill it).
NEWSBOT_REDIS_IDLE_CLOSE = 5.0
#: Seconds a worker keeps retrying (exponential backoff, 0.1 s doubling up to 5 s) while Redis is unreachable
#: (refused, reset, timing out, still loading its AOF after a restart), counted from the start of the outage. Then
#: it stops with status ``redis_unavailable`` (exit 6): its files are closed valid, its unfinished requests stay
#: leased in Redis and the job's next worker takes them over (the next one on its output folder also replays its
#: files into the state: ``<run-id>.resync``, newsbot.crawler.pipelines.writer). A worker that never reached Redis
#: fails at start.
NEWSBOT_REDIS_RETRY_FOR = 60.0
#: Seconds a request taken from the shared queue may stay unacknowledged before another worker takes it over
#: (XAUTOCLAIM): a worker renews the lease of its in-flight requests every third of this, so only a dead (or
#: frozen) worker's requests pass it, however long a page takes. Keep it well above the longest stall of a
#: worker's event loop (the renewal runs there) and above the time a supervisor takes to restart a worker. A
#: worker's emit claims (leases until their lines are committed) lapse as long after its last renewal.
NEWSBOT_REDIS_LEASE_IDLE = 60.0
#: This worker's name in the job's consumer group. A restarted worker with the same name (a systemd instance
#: ``%H-%i``, a Kubernetes pod's completion index) takes its predecessor's leased requests back at once instead
#: of after NEWSBOT_REDIS_LEASE_IDLE; keep it stable per output folder. None: ``<hostname>-<pid>`` (unique).
NEWSBOT_REDIS_WORKER = None
# Add-ons run before the settings freeze: RedisAddon applies the scrapy-redis settings when
# NEWSBOT_REDIS_URL is set and does nothing otherwise.
ADDONS = {"newsbot.crawler.redis.RedisAddon": 100}

# --- incremental scheduled runs (newsbot/state/, crawler/pipelines/state.py, crawler/pipelines/writer.py) ------
#: SQLite file remembering every emitted article (canonical URL -> id, content hash, revision,
#: MinHash signature). None = <NEWSBOT_OUTPUT_DIR>/state.sqlite3. Delete it (or run with -a fresh=1) to start over.
NEWSBOT_STATE_PATH = None
#: redis://... URL: keep the state in Redis instead (needs the newsbot.state.redis backend).
#: It also makes every crawler process with this URL share one frontier (scrapy-redis scheduler and
#: dupefilter, set up by newsbot.crawler.redis.RedisAddon): see README "Running on several machines".
NEWSBOT_REDIS_URL = None
#: Write the run's JSONL files gzip-compressed (<run-id>.articles.jsonl.gz etc.).
NEWSBOT_GZIP = False
#: Also list the URLs the run decided not to fetch (known from an earlier run, older than ``since``, beyond
#: DEPTH_LIMIT or max_pages, left queued at an early stop), one per line, in <run-id>.skipped.jsonl. They are
#: counted in the summary's ``skipped`` either way (newsbot/crawler/skipped.py); off, a run's output grows with
#: what it fetched, not with what it knows.
NEWSBOT_RECORD_SKIPPED = False
#: A live progress line on stderr (pages fetched, articles, rejections, errors, rate, queue; newsbot/crawler/
#: progress.py): None shows it when stderr is a terminal (Scrapy's periodic log line says the rest of the time),
#: True always, False never.
NEWSBOT_PROGRESS = None
#: Seconds between two updates of the progress line.
NEWSBOT_PROGRESS_INTERVAL = 1.0
#: `scrapy crawl` is newsbot's: one-line errors and the exit status of the run (newsbot/crawler/commands/crawl.py).
COMMANDS_MODULE = "newsbot.crawler.commands"

# --- politeness: on by default ------------------------------------------------------------------
USER_AGENT = f"newsbot/0.1 (+{NEWSBOT_CONTACT_URL})"
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 4
# Items of one response processed at once. Scrapy starts this many asyncio tasks for *every* callback, however
# few items it yields (its default 100 cost the crawler 13-20% of its CPU); a page yields one FetchedPage and a
# few requests or rejections, and pages are processed side by side anyway.
CONCURRENT_ITEMS = 8
DEPTH_LIMIT = 3

# --- bounds: every wait and every body is capped ------------------------------------------------
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
REDIRECT_MAX_TIMES = 10
DNS_TIMEOUT = 10

# --- network policy and fault accounting (newsbot/crawler/safety.py) -----------------------------------
# SafetyMiddleware runs first: non-http(s) schemes, other domains and private/loopback/link-local/
# reserved/metadata addresses (checked on the resolved IP) are refused before any connection, as
# `offsite` rejections. SafeResolver applies the same address policy at connect time.
DOWNLOADER_MIDDLEWARES = {
    "newsbot.crawler.safety.SafetyMiddleware": 10,
    # Scrapy's OffsiteMiddleware drops offsite requests silently at scheduling; SafetyMiddleware records them.
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "newsbot.crawler.safety.RetryAfterMiddleware": 560,
    # Scrapy's retries, except for a refused connection (a definite answer: a retry gets the same one at once).
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "newsbot.crawler.safety.NoRetryOnRefusalMiddleware": 550,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "newsbot.crawler.safety.SafeRedirectMiddleware": 600,
    # The same meta-refresh redirects as Scrapy's, without decoding every page to find there are none.
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "newsbot.crawler.safety.LazyMetaRefreshMiddleware": 580,
}
SPIDER_MIDDLEWARES = {"newsbot.crawler.safety.CallbackGuardMiddleware": 950}
TWISTED_DNS_RESOLVER = "newsbot.crawler.safety.SafeResolver"

# WARC archive (NEWSBOT_WARC) and the per-run <run-id>.pages.json of slowest/largest pages (newsbot/crawler/archive.py).
EXTENSIONS = {
    "newsbot.crawler.archive.ArchiveExtension": 500,
    # -o/-O/FEEDS carry articles, with every article field, unless a feed's options say otherwise
    # (newsbot/crawler/feeds.py); rejections and errors stay in newsbot's own run files.
    "scrapy.extensions.feedexport.FeedExporter": None,
    "newsbot.crawler.feeds.ArticleFeedExporter": 0,
    # A live progress line when stderr is a terminal (newsbot/crawler/progress.py).
    "newsbot.crawler.progress.ProgressExtension": 0,
}

ITEM_PIPELINES = {
    "newsbot.crawler.pipelines.ExtractPipeline": 100,
    "newsbot.crawler.pipelines.ValidatePipeline": 200,
    "newsbot.crawler.pipelines.DedupePipeline": 300,
    "newsbot.crawler.pipelines.StatePipeline": 350,
    "newsbot.crawler.pipelines.JsonlWriterPipeline": 900,
}

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
