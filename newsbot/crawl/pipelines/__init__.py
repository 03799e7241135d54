"""Item pipelines: extract -> validate -> drop in-run duplicates -> incremental state -> write JSONL.

One module per stage; each component reads its settings in ``from_crawler``. Every item that
reaches the writer is an `Article`, `Rejection` or `ErrorRecord`, so its counts account for every
fetched URL.
"""

from newsbot.crawl.pipelines.dedupe import DedupePipeline
from newsbot.crawl.pipelines.extract import ExtractPipeline
from newsbot.crawl.pipelines.state import StatePipeline
from newsbot.crawl.pipelines.validate import ValidatePipeline
from newsbot.crawl.pipelines.writer import JsonlWriterPipeline, new_run_id

__all__ = ["ExtractPipeline", "ValidatePipeline", "DedupePipeline", "StatePipeline", "JsonlWriterPipeline",
           "new_run_id"]
