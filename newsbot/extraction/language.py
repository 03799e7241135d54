"""Language detection: langdetect's answers, seeded, from langdetect-rs when installed.

langdetect has no Malay profile: Malay text comes out as Indonesian. Where it answers Indonesian, a second
detector that knows both (lingua, restricted to the two languages, trigram models only: ~8 MB and ~0.15 s
to load once per process on the first Indonesian page, ~0.5 ms CPU a text after that; the full models took
46 MB and 1.8 s for the same answers on our Malay and Indonesian texts) decides between them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

#: Characters of a text detect_language() reads: enough for a stable answer, bounded cost on long texts.
SAMPLE_CHARS = 3000


#: lingua's relative confidence Malay needs over Indonesian before the answer changes from "id" to "ms":
#: most pages of the two are Indonesian, so a text lingua is unsure about keeps langdetect's answer.
MALAY_CONFIDENCE = 0.75
#: Characters lingua reads: a few sentences tell the two apart (their everyday words differ), and its
#: time grows with the length (~1 ms for this many, 4 ms for SAMPLE_CHARS).
MALAY_SAMPLE_CHARS = 800


@lru_cache(maxsize=1)
def _malay_detector() -> Any | None:
    """lingua's detector for Indonesian and Malay only (None when lingua is not installed)."""
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError:
        return None
    return LanguageDetectorBuilder.from_languages(Language.INDONESIAN, Language.MALAY).with_low_accuracy_mode().build()


def malay_or_indonesian(text: str) -> tuple[str, float] | None:
    """("ms", confidence) when lingua finds the text Malay rather than Indonesian, else None."""
    detector = _malay_detector()
    if detector is None:
        return None
    for value in detector.compute_language_confidence_values(text[:MALAY_SAMPLE_CHARS]):
        if value.language.name == "MALAY":
            return ("ms", round(float(value.value), 4)) if value.value >= MALAY_CONFIDENCE else None
    return None


@lru_cache(maxsize=1)
def _backend() -> tuple[str, Any]:
    try:
        import langdetect_rs as module  # identical answers to langdetect, ~50x faster

        name = "langdetect-rs"
    except ImportError:
        import langdetect as module

        name = "langdetect"
    module.DetectorFactory.seed = 0
    return name, module


def backend_name() -> str:
    """Which detector is in use."""
    return _backend()[0]


# Pattern "Han text read as Korean or Japanese": langdetect's Korean profile holds Han n-grams, and a
# Traditional Chinese text ("台北市政府今天宣布……") comes out as "ko" with certainty. The scripts decide what
# the profiles cannot: Korean is written in Hangul, Japanese with kana; Han characters alone are Chinese.
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_SCRIPT_OF = {"ko": _HANGUL, "ja": _KANA}


def _by_script(code: str, sample: str) -> str:
    """`code` ("ko" or "ja") when the sample holds its own script; Chinese when it is Han text without it."""
    if _SCRIPT_OF[code].search(sample) is not None:
        return code
    if code == "ko" and _KANA.search(sample) is not None:
        return "ja"
    return "zh" if _HAN.search(sample) is not None else code


def detect_language(text: str, backend: Any | None = None) -> tuple[str | None, float | None]:
    """(ISO 639-1 code, probability) of the text, or (None, None) when undecidable."""
    module = backend or _backend()[1]
    sample = text[:SAMPLE_CHARS]
    if len(sample.strip()) < 20:
        return None, None
    try:
        module.DetectorFactory.seed = 0
        langs = module.detect_langs(sample)
    except Exception:  # noqa: BLE001 - LangDetectException on texts without features
        return None, None
    if not langs:
        return None, None
    best = langs[0]
    code = str(best.lang).split("-")[0].lower()
    if code in _SCRIPT_OF:
        code = _by_script(code, sample)
    if code == "id" and (malay := malay_or_indonesian(sample)) is not None:
        return malay
    return code, round(float(best.prob), 4)
