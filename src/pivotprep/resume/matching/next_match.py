"""The first match of a pattern at or after a point, for many points in one text. Pure.

A job sentence or a resume line can hold thousands of cues ("not required", "no
experience with"), each scoping to the next clause end. Searching the rest of the text
again for each cue is quadratic; this answers each point from the last search when it can.
"""

from __future__ import annotations

import re


class NextMatch:
    """`pattern.search(text, point)`'s start (the text's length when there is none), for
    points in any order. No match starts between a searched point and what was found from
    it, so a later point inside that stretch reuses the answer."""

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self._pattern, self._text = pattern, text
        self._point, self._end = 0, -1  # the last search: from, to

    def after(self, point: int) -> int:
        if not self._point <= point <= self._end:
            found = self._pattern.search(self._text, point)
            self._point, self._end = point, found.start() if found else len(self._text)
        return self._end
