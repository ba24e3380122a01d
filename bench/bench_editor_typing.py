"""The code editor (static/editor.js) while typing: keystroke to painted frame in Debian's
chromium, on the practice page of a real `pivotprep serve`, for a Python text of 200 and
2,000 lines (2,000 is where colouring stops), against a plain textarea holding the same text
on the same page in the same run (the baseline: what the page cost before the editor).

Measured in the page: from the keydown (a capturing listener, so before the editor's) to a
task queued from the animation frame that follows the input, i.e. after that frame's script,
style, layout and paint. Both sides wait for the same frames, so the difference is the
editor's cost. Goal: at 2,000 lines, the editor adds less than one frame (16.7 ms at 60 Hz)
to the plain textarea's median.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

KEYS = 40
SIZES = (200, 2000)
GOAL_MS = 16.7  # one frame at 60 Hz
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update"]  # fmt: skip

# A block of typical solution code, repeated to the wanted length.
BLOCK = '''@dataclass
class Interval:
    start: int  # inclusive
    end: int

def merge(intervals: list[Interval]) -> list[Interval]:
    """Sort by start, then fold overlapping ones together."""
    out: list[Interval] = []
    for item in sorted(intervals, key=lambda i: (i.start, i.end)):
        if out and item.start <= out[-1].end:
            out[-1] = Interval(out[-1].start, max(out[-1].end, item.end))
        else:
            out.append(item)
    print(f"{len(out)} merged from {len(intervals)}: {out!r}")
    return out
'''

# In the page: time every keystroke in `window.latencies` (milliseconds).
PROBE = """field => {
  window.latencies = [];
  let started = 0;
  field.addEventListener("keydown", () => { started = performance.now(); }, true);
  field.addEventListener("input", () => {
    const t0 = started;
    requestAnimationFrame(() => setTimeout(() => window.latencies.push(performance.now() - t0), 0));
  });
}"""

# A plain textarea beside the editor, the same size and text, with no editor on it.
PLAIN = """([text]) => {
  const area = document.createElement("textarea");
  area.id = "plain"; area.rows = 22; area.className = "editor"; area.value = text;
  document.querySelector("#run-form").appendChild(area);
}"""


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def source(lines: int) -> str:
    block = BLOCK.splitlines()
    return "\n".join(block[i % len(block)] for i in range(lines))


def start_server(home: str) -> tuple[subprocess.Popen[bytes], str]:
    env = {**os.environ, "PIVOTPREP_HOME": home, "COLUMNS": "200"}
    env.pop("PIVOTPREP_DATABASE_URL", None)
    log = Path(home).parent / "server.log"
    with log.open("wb") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "pivotprep.cli.main", "serve", "--port", "0"],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and server.poll() is None:
        found = re.search(r"running at (http://127\.0\.0\.1:\d+)", log.read_text(errors="replace"))
        if found:
            return server, found[1]
        time.sleep(0.2)
    server.terminate()
    raise SystemExit("the server did not start")


def type_into(page, selector: str) -> list[float]:  # type: ignore[no-untyped-def]
    """Latencies of KEYS keystrokes typed at the end of the field's last line."""
    field = page.locator(selector)
    field.evaluate(PROBE)
    field.focus()
    page.keyboard.press("Control+End")
    for _ in range(KEYS):
        page.keyboard.press("x")
        page.wait_for_function(f"window.latencies.length >= {_ + 1}")
    return list(page.evaluate("window.latencies"))


def measure(browser, url: str, lines: int) -> tuple[list[float], list[float]]:  # type: ignore[no-untyped-def]
    text = source(lines)
    page = browser.new_page(viewport={"width": 1200, "height": 1400}, bypass_csp=True)
    page.goto(url + "/practice/first-repeated-badge")
    start = page.locator("form[action$='/start'] button[type=submit]")
    if start.count():  # only on the first visit
        start.click()
    page.wait_for_selector(".ed.ed-on #code")
    # Playwright's fill() slows down badly on long texts (plain textareas too): set the value.
    page.locator("#code").evaluate(
        "(area, text) => { area.value = text; area.dispatchEvent(new Event('input')); }", text
    )
    page.wait_for_selector(f".ed[data-lines='{lines}']")
    page.evaluate(PLAIN, [text])
    editor = type_into(page, "#code")
    plain = type_into(page, "#plain")
    page.close()
    return editor, plain


def main() -> int:
    if not CHROMIUM.exists():
        print("skipped: Debian's chromium is not installed at /usr/bin/chromium")
        return 0
    from playwright.sync_api import sync_playwright

    home = os.path.join(tempfile.mkdtemp(prefix="pivotprep-bench-"), "home")
    server, url = start_server(home)
    met = True
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            for lines in SIZES:
                editor, plain = measure(browser, url, lines)
                e50, e95 = statistics.median(editor), percentile(editor, 0.95)
                b50, b95 = statistics.median(plain), percentile(plain, 0.95)
                print(f"{lines} lines, {KEYS} keystrokes, keydown to painted frame:")
                print(f"  editor:                     p50 {e50:.1f} ms, p95 {e95:.1f} ms")
                print(f"  plain textarea (baseline):  p50 {b50:.1f} ms, p95 {b95:.1f} ms")
                print(f"  ratio p50 {e50 / b50:.2f}x, editor's extra p95 {e95 - b95:+.1f} ms")
                if lines == max(SIZES):
                    met = e50 - b50 < GOAL_MS
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    verdict = "met" if met else "NOT met"
    print(f"goal: editor's extra p50 < {GOAL_MS} ms at {max(SIZES)} lines: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
