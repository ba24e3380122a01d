"""The current date and time, in one place so that tests and demos can fix them.

`PIVOTPREP_TODAY=2026-01-05` pins today's date (ISO format) for the whole process.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime


def today() -> date:
    pinned = os.environ.get("PIVOTPREP_TODAY")
    if pinned:
        try:
            return date.fromisoformat(pinned)
        except ValueError:
            pass
    return date.today()


def now() -> datetime:
    """Timezone-aware UTC now."""
    return datetime.now(UTC)
