"""Bytes to text whatever their encoding, saying which: what a person saves from Windows
(cp1252), an old export (UTF-16 with a byte-order mark) or anything else (latin-1, which
never fails). Pure; read by the resume and job readers and by the story file reader."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

__all__ = ["DecodedText", "decode_text"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # the codec name used: "utf-8", "utf-16", "cp1252", "latin-1" ...

    @property
    def note(self) -> str | None:
        """A sentence for the report when the file was not plain UTF-8."""
        if self.encoding in ("utf-8", "ascii"):
            return None
        return f"The file was decoded as {self.encoding}, not UTF-8."


def decode_text(data: bytes) -> DecodedText:
    """Decode bytes: a byte-order mark wins, then strict UTF-8, UTF-16 without a mark
    (every other byte zero), cp1252, and latin-1 (which never fails)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data.decode(codec), codec.replace("-sig", ""))
            except UnicodeDecodeError:
                break
    try:
        text = data.decode("utf-8")
        return DecodedText(text, "ascii" if text.isascii() else "utf-8")
    except UnicodeDecodeError:
        pass
    sample = data[:2000]
    if len(sample) >= 4:
        odd_zeros = sample[1::2].count(0) / max(len(sample) // 2, 1)
        even_zeros = sample[0::2].count(0) / max(len(sample) // 2, 1)
        for codec, zeros in (("utf-16-le", odd_zeros), ("utf-16-be", even_zeros)):
            if zeros > 0.3:
                try:
                    return DecodedText(data.decode(codec), "utf-16")
                except UnicodeDecodeError:
                    pass
    high_controls = any(0x80 <= byte <= 0x9F for byte in data)
    if high_controls and not _CP1252_UNDEFINED.intersection(data):
        return DecodedText(data.decode("cp1252"), "cp1252")
    return DecodedText(data.decode("latin-1"), "latin-1")
