"""Accessibility of every main page: axe-core's WCAG 2.1 A and AA violations per page, by
impact (critical / serious / moderate / minor, each rule counted once whether seen on a
desktop window or a phone screen), and how many pixels the page is wider than a 390 px
phone screen. Goal: 0 critical, 0 serious and 0 px on every page.

The pages are those of tests/e2e/test_accessibility.py, served by `pivotprep serve` and
opened in Debian's chromium: a fresh install (each page's empty state), then a data folder
with something in every feature. The baseline, audited in the same run with the same
code, is a small control page with one unlabelled field, one faint text and one wide
block: it shows the audit finds what it should (a critical, a serious and an overflow).

    python bench/bench_a11y.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.a11y import FRESH_PAGES, IMPACTS, SEEDED_PAGES, TODAY, PageAudit, audit, seed  # noqa: E402
from tests.browser import ARGS, CHROMIUM, served_app  # noqa: E402

CONTROL = (
    '<!doctype html><html lang="en"><head><title>control</title></head><body><main>'
    "<h1>Control page</h1><input type=text name=q>"
    '<p style="color:#bbb;background:#fff">faint text</p>'
    '<div style="width:600px">a block wider than a phone</div></main></body></html>'
)


def show(label: str, audits: Iterable[PageAudit]) -> Counter[str]:
    """Print one line per page and return the totals (rules by impact, overflowing pages)."""
    total: Counter[str] = Counter()
    print(f"\n{label}")
    print(f"  {'page':40} {'crit':>4} {'ser':>4} {'mod':>4} {'min':>4}  overflow@390")
    for found in audits:
        counts = [found.counts[i] for i in IMPACTS]
        overflow = f"{found.overflow_px} px" if found.overflow_px else "none"
        print(f"  {found.path[:40]:40} " + " ".join(f"{n:>4}" for n in counts) + f"  {overflow}")
        for violation in found.violations:
            print(f"      {violation[:160]}")
        total.update(found.counts)
        total["pages"] += 1
        total["overflowing"] += found.overflow_px > 0
    return total


def total_line(label: str, total: Counter[str]) -> str:
    counts = ", ".join(f"{total[i]} {i}" for i in IMPACTS)
    wide = total["overflowing"]
    return f"{label:9} {total['pages']:2} pages: {counts}; {wide} overflowing at 390 px"


def run(browser: Any, home: Path, pages: tuple[str, ...]) -> list[PageAudit]:
    with served_app(home, PIVOTPREP_TODAY=TODAY) as url:
        return [audit(browser, url, path) for path in pages]


def main() -> int:
    if not CHROMIUM.exists():
        print(f"skipped: chromium not found at {CHROMIUM}")
        return 0
    try:
        from axe_playwright_python.sync_playwright import Axe  # noqa: F401
        from playwright.sync_api import sync_playwright
    except ImportError as error:
        print(f"skipped: {error.name} is not installed (pip install -e '.[dev]')")
        return 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            control = audit(browser, "data:text/html;charset=utf-8,", quote(CONTROL))
            control.path = "control page (baseline)"
            baseline = show("Baseline: the control page", [control])
            fresh = show("Fresh install", run(browser, Path(tmp) / "fresh" / "home", FRESH_PAGES))
            seed(Path(tmp) / "seeded" / "home")
            seeded = show("With data", run(browser, Path(tmp) / "seeded" / "home", SEEDED_PAGES))
        finally:
            browser.close()
    print()
    print(total_line("baseline", baseline))
    print(total_line("fresh", fresh))
    print(total_line("with data", seeded))
    print(total_line("total", fresh + seeded))
    print(f"({time.perf_counter() - started:.0f} s; goal: 0 critical, 0 serious, 0 overflowing)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
