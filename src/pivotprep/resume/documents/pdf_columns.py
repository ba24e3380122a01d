"""Two-column PDF pages put back in reading order, from character positions.

A page that may hold two columns is read again with pdfminer.six, the engine under
pdfplumber (installed with it), for the box of every character; words are rebuilt from
them, a column gutter is searched for, and the page is re-ordered: full-width rows (a
name across the top) stay in place, and between them the left column is read top to
bottom, then the right.
"""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from pivotprep.resume.documents.plain_text import clean_line, clean_text


@dataclass
class PdfLine:
    text: str
    x: float
    top: float  # distance from the top of the page
    size: float
    bold: bool


@dataclass
class PdfPage:
    number: int
    width: float
    height: float
    lines: list[PdfLine] = field(default_factory=list)
    starts: list[float] = field(default_factory=list)  # x of every text fragment
    columns: int = 1
    column_heads: tuple[str, str] = ("", "")  # first line of the left and right columns
    content_bytes: int = 0


def suspect_columns(page: PdfPage) -> bool:
    """Many text fragments starting at one x well into the page: maybe a second column."""
    if len(page.starts) < 8:
        return False
    left = min(page.starts)
    far = [round(x / 3) for x in page.starts if x > left + 0.22 * page.width]
    if not far:
        return False
    _edge, count = Counter(far).most_common(1)[0]
    return count >= 4


def words_to_lines(words: list[dict[str, Any]]) -> list[PdfLine]:
    """Group words into lines by their top, left to right."""
    lines: list[PdfLine] = []
    row: list[dict[str, Any]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if row and abs(word["top"] - row[0]["top"]) > max(2.0, 0.4 * row[0]["size"]):
            lines.append(_line_of(row))
            row = []
        row.append(word)
    if row:
        lines.append(_line_of(row))
    return lines


def _line_of(row: list[dict[str, Any]]) -> PdfLine:
    row = sorted(row, key=lambda w: w["x0"])
    text = clean_line(" ".join(clean_text(w["text"]) for w in row))
    first = row[0]
    bold = "bold" in str(first.get("fontname", "")).lower()
    return PdfLine(text, first["x0"], first["top"], float(first.get("size", 10.0)), bold)


def _rows(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    rows: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: w["top"]):
        if rows and word["top"] - rows[-1][0]["top"] <= max(2.0, 0.4 * rows[-1][0]["size"]):
            rows[-1].append(word)
        else:
            rows.append([word])
    return rows


def find_gutter(words: list[dict[str, Any]], width: float) -> float | None:
    """The x of a vertical gap between two columns, or None for a one-column page.

    A gutter is an x that few rows cross (a full-width name or footer may), with a real
    share of the rows on each side of it: right-aligned dates on a one-column page do not
    make a second column because most of that page's lines run across them.
    """
    rows = _rows(words)
    if len(rows) < 6:
        return None
    best: tuple[int, float] | None = None
    for step in range(int(0.2 * width), int(0.8 * width), 2):
        x = float(step)
        crossing = left = right = 0
        for row in rows:
            spans = any(w["x0"] < x + 4 and w["x1"] > x - 4 for w in row)
            if spans:
                crossing += 1
                continue
            left += any(w["x1"] <= x for w in row)
            right += any(w["x0"] >= x for w in row)
        if crossing > 0.25 * len(rows) or left < 0.2 * len(rows) or right < 0.2 * len(rows):
            continue
        if best is None or crossing < best[0]:
            best = (crossing, x)
    return best[1] if best else None


def _column_order(
    words: list[dict[str, Any]], gutter: float
) -> tuple[list[PdfLine], tuple[str, str]]:
    """Full-width rows stay in place; between them, the left column then the right.
    Also returns the first line of each column, to show the person what was re-ordered."""
    out: list[PdfLine] = []
    left: list[dict[str, Any]] = []
    right: list[dict[str, Any]] = []
    heads: list[tuple[str, str]] = []

    def flush() -> None:
        left_lines, right_lines = words_to_lines(left), words_to_lines(right)
        if left_lines and right_lines and not heads:
            heads.append((left_lines[0].text, right_lines[0].text))
        out.extend(left_lines)
        out.extend(right_lines)
        left.clear()
        right.clear()

    for row in _rows(words):
        if any(w["x0"] < gutter + 4 and w["x1"] > gutter - 4 for w in row):
            flush()
            out.extend(words_to_lines(row))
            continue
        for word in row:
            (left if word["x1"] <= gutter else right).append(word)
    flush()
    return out, (heads[0] if heads else ("", ""))


def _chars_to_words(chars: list[Any], height: float) -> list[dict[str, Any]]:
    """pdfminer characters, in drawing order, joined into words: a word ends at a space, a
    gap wider than 1.5 pt, a jump back to the left or a change of baseline."""
    words: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for char in chars:
        text = char.get_text()
        top = height - char.y1
        if not text.strip():
            current = None
            continue
        if (
            current is not None
            and abs(top - current["top"]) <= 2
            and -2.0 <= char.x0 - current["x1"] <= 1.5
        ):
            current["text"] += text
            current["x1"] = char.x1
            continue
        current = {
            "text": text,
            "x0": char.x0,
            "x1": char.x1,
            "top": top,
            "size": float(char.size),
            "fontname": str(char.fontname),
        }
        words.append(current)
    return words


def position_pages(data: bytes, pages: list[PdfPage]) -> None:
    """Re-read the given pages with character positions and put two columns in reading order.

    Uses pdfminer.six, the engine under pdfplumber (installed with it), directly: the same
    character boxes as pdfplumber's `chars`, about three times faster without its dicts.
    """
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LTChar
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    wanted = {p.number: p for p in pages}
    document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
    resources = PDFResourceManager()
    device = PDFPageAggregator(resources, laparams=None)
    interpreter = PDFPageInterpreter(resources, device)
    for number, source in enumerate(PDFPage.create_pages(document), start=1):
        if number > max(wanted):
            break
        page = wanted.get(number)
        if page is None:
            continue
        interpreter.process_page(source)
        layout = device.get_result()
        chars = [item for item in layout if isinstance(item, LTChar)]
        words = _chars_to_words(chars, float(layout.height))
        if not words:
            continue
        gutter = find_gutter(words, page.width)
        if gutter is None:
            page.lines = words_to_lines(words)
            continue
        page.columns = 2
        page.lines, page.column_heads = _column_order(words, gutter)
