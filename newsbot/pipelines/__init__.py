"""Item pipelines: extract -> validate -> drop in-run duplicates -> incremental state -> write JSONL.

One module per stage; each component reads its settings in ``from_crawler``. Every item that
reaches the writer is an `Article`, `Rejection` or `ErrorRecord`, so its counts account for every
fetched URL.
"""

from .dedupe import DedupePipeline
from .extract import ExtractPipeline
from .state import StatePipeline
from .validate import ValidatePipeline
from .writer import JsonlWriterPipeline, new_run_id

__all__ = ["ExtractPipeline", "ValidatePipeline", "DedupePipeline", "StatePipeline", "JsonlWriterPipeline",
           "new_run_id"]
