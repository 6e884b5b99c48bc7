"""Repairing mojibake: UTF-8 text that was once read as Windows-1252 ("CafÃ©", "itâ€™s").

A repair is made only where it is certain: a run of characters that, written back as
Windows-1252 bytes, is valid UTF-8 for characters outside ASCII. Every repair is
reported (garbled and fixed words), so nothing changes unexplained.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Windows-1252 shows a UTF-8 lead byte (0xC2-0xF4) as one of these characters ...
_LEAD = "ÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóô"
# ... and a continuation byte (0x80-0xBF) as one of these (0x81, 0x8D, 0x8F, 0x90 and 0x9D
# are undefined in Windows-1252; a lenient reader leaves them as C1 controls).
_CONTINUATION = (
    "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ\xa0¡¢£¤¥¦§¨©ª«¬\xad®¯°±²³´µ¶·¸¹º»¼½¾¿"
)
_GARBLED = re.compile(f"(?:[{_LEAD}][{re.escape(_CONTINUATION)}]{{1,3}})+")
_UNDEFINED = {"\x81": 0x81, "\x8d": 0x8D, "\x8f": 0x8F, "\x90": 0x90, "\x9d": 0x9D}


@dataclass(frozen=True)
class Repair:
    """One garbled run of characters and what it was meant to say."""

    garbled: str
    fixed: str


def _as_cp1252_bytes(text: str) -> bytes | None:
    out = bytearray()
    for char in text:
        if char in _UNDEFINED:
            out.append(_UNDEFINED[char])
            continue
        try:
            out += char.encode("cp1252")
        except UnicodeEncodeError:
            return None
    return bytes(out)


def repair_mojibake(text: str) -> tuple[str, list[Repair]]:
    """Undo UTF-8 read as Windows-1252, where the repair is certain; list each repair.

    >>> text, repairs = repair_mojibake("CafÃ© prices rose; itâ€™s over.")
    >>> text, [(r.garbled, r.fixed) for r in repairs]
    ('Café prices rose; it’s over.', [('Ã©', 'é'), ('â€™', '’')])
    >>> repair_mojibake("São Paulo and Ãngel stay: they are not garbled UTF-8.")[1]
    []
    >>> repair_mojibake("Plain text, nothing garbled.")
    ('Plain text, nothing garbled.', [])
    """
    repairs: list[Repair] = []

    def fix(match: re.Match) -> str:
        raw = _as_cp1252_bytes(match.group(0))
        if raw is None:
            return match.group(0)
        try:
            fixed = raw.decode("utf-8")
        except UnicodeDecodeError:
            return match.group(0)
        repairs.append(Repair(match.group(0), fixed))
        return fixed

    if not _GARBLED.search(text):
        return text, []
    return _GARBLED.sub(fix, text), repairs
