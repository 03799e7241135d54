"""An extraction function whose module is slow to import, for the pool's start-up tests (run in workers).

Importing it sleeps ``POOL_HOOK_IMPORT_SLEEP`` seconds (default 0), as a heavy library's import does on
a loaded machine; its `extract` is `pool_hooks.extract`.
"""

from __future__ import annotations

import os
import time

from pool_hooks import extract

__all__ = ["extract"]

time.sleep(float(os.environ.get("POOL_HOOK_IMPORT_SLEEP", "0")))
