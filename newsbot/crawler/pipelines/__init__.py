"""Item pipelines: extract -> validate -> drop in-run duplicates -> incremental state -> write JSONL.

One module per stage; each component reads its settings in ``from_crawler``. Every item that
reaches the writer is an `Article`, `Rejection` or `ErrorRecord`, so its counts account for every
fetched URL.
"""

from newsbot.crawler.pipelines.dedupe import DedupePipeline
from newsbot.crawler.pipelines.extract import ExtractPipeline
from newsbot.crawler.pipelines.state import StatePipeline
from newsbot.crawler.pipelines.validate import ValidatePipeline
from newsbot.crawler.pipelines.writer import JsonlWriterPipeline, new_run_id

__all__ = [
    "ExtractPipeline",
    "ValidatePipeline",
    "DedupePipeline",
    "StatePipeline",
    "JsonlWriterPipeline",
    "new_run_id",
]
