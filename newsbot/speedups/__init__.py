"""Optional speed-ups of trafilatura and jusText: the same output, less CPU. Installed only on request.

Importing newsbot (or this package) changes nothing. `install()` replaces a few trafilatura and jusText
internals in this process and says which speed-ups are on; the crawl's extraction workers call it at
start-up (`newsbot.workers.pool`), as do the benchmarks. Each speed-up (`fastpath.SPEEDUPS`,
`justext_fast.SPEEDUPS`) is guarded by the sha256 of each piece of upstream code it replaces or mirrors
(`guard`): when one differs from what it was written against, that speed-up stays off, trafilatura runs
as shipped there, and one WARNING line names it and the code that changed.

To accept a new upstream version: read the changed code against the speed-up, then record the new
hashes that ``python -m newsbot.speedups`` prints. The equivalence tests (tests/test_fastpath.py,
tests/test_justext_fast.py) and ``benchmarks/equivalence.py`` show the records did not change.
"""

from __future__ import annotations

import logging
import sys

from . import fastpath, guard, justext_fast, switch
from .guard import Speedup
from .switch import disabled

__all__ = ["SPEEDUPS", "Report", "Speedup", "disabled", "install", "report", "uninstall"]

logger = logging.getLogger(__name__)

#: Every speed-up, in the order they are installed.
SPEEDUPS: tuple[Speedup, ...] = fastpath.SPEEDUPS + justext_fast.SPEEDUPS
ON = "on"


class Report(dict[str, str]):
    """Which speed-ups are on: name -> "on", or "off: <why>". A plain dict for JSON and pickling."""

    @property
    def on(self) -> list[str]:
        """The names of the speed-ups that are on."""
        return [name for name, state in self.items() if state == ON]

    @property
    def off(self) -> dict[str, str]:
        """name -> why, for the speed-ups that are off."""
        return {name: state.removeprefix("off: ") for name, state in self.items() if state != ON}


_report: Report | None = None


def warn_off(states: dict[str, str], log: logging.Logger = logger) -> None:
    """One WARNING line per speed-up that is off, naming it and why."""
    for name, why in Report(states).off.items():
        log.warning("speed-up %s is off (trafilatura/jusText run unchanged there): %s", name, why)


def install(*, warn: bool = True) -> Report:
    """Install every speed-up whose guard holds (idempotent); the report says which are on and why not.

    `warn`: log one WARNING per speed-up left off (a caller that forwards the report, as the extraction
    workers do to the crawler, logs it there instead).
    """
    global _report
    if _report is None:
        # Every guard first: they hash upstream's code, which the speed-ups then replace.
        failures = {speedup.name: guard.check(speedup.pins) for speedup in SPEEDUPS}
        states = Report()
        for speedup in SPEEDUPS:
            why = failures[speedup.name]
            if why is None:
                try:
                    why = speedup.apply()
                except Exception as exc:  # noqa: BLE001 - a speed-up that cannot install stays off
                    why = f"install failed: {type(exc).__name__}: {exc}"
            states[speedup.name] = ON if why is None else f"off: {why}"
        _report = states
        if warn:
            warn_off(states)
    return Report(_report)


def report() -> Report:
    """What `install()` did; every speed-up "off: not installed" before it ran."""
    if _report is None:
        return Report({speedup.name: "off: not installed" for speedup in SPEEDUPS})
    return Report(_report)


def uninstall() -> None:
    """Put trafilatura and jusText back as shipped (tests)."""
    global _report
    switch.restore()
    fastpath.reset()
    _report = None


def _main() -> int:
    """``python -m newsbot.speedups``: the report, and each guarded target's installed sha256."""
    states = install(warn=False)
    for speedup in SPEEDUPS:
        print(f"{speedup.name}: {states[speedup.name]}  ({speedup.summary})")
        for target, expected in speedup.pins.items():
            try:
                found = guard.fingerprint(target)
            except guard.Unreadable as exc:
                found = f"unreadable: {exc}"
            print(f"    {'ok     ' if found == expected else 'CHANGED'} {target} {found}")
    return 0 if not states.off else 1


if __name__ == "__main__":
    sys.exit(_main())
