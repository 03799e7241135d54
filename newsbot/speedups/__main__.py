"""``python -m newsbot.speedups``: which speed-ups install here, and the sha256 of each guarded target."""

import sys

from . import _main

sys.exit(_main())
