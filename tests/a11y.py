"""The main pages' accessibility audit, shared by the browser tests
(tests/e2e/test_accessibility.py) and `bench/bench_a11y.py`.

A data folder is filled through the real CLI (a profile and its plan, a started problem,
a SQL problem, a design session, a story, a coding mock round, a company, a contact, an
application, a take-home and an ATS scan), so every page has something to show. Each page
is then audited twice in Debian's chromium: axe-core with the WCAG 2.1 A and AA rules on a
desktop-wide window, and the horizontal overflow on a 390 px wide phone screen (the page
must not scroll sideways; a wide table scrolls inside its own box instead).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TODAY = "2026-03-02"  # a Monday, inside the seeded plan's second week
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
IMPACTS = ("critical", "serious", "moderate", "minor")
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

# The pages of a fresh install (nothing saved yet): each must say clearly what to do first.
FRESH_PAGES = (
    "/",
    "/dashboard",
    "/plan",
    "/data",
    "/resume",
    "/stories",
    "/practice",
    "/sql",
    "/design",
    "/jobs",
    "/mock",
    "/portfolio",
)
# Every main page once the seed below has run (ids are the first of each kind).
SEEDED_PAGES = (
    "/",
    "/welcome/plan",
    "/dashboard",
    "/profile",
    "/plan",
    "/plan/week/2",
    "/data",
    "/resume",
    "/resume/scans/1",
    "/stories",
    "/stories/1",
    "/stories/coverage",
    "/stories/practice",
    "/practice",
    "/practice/best-trading-window",
    "/sql",
    "/sql/sql-average-tip-with-zeros",
    "/design",
    "/design/prompts/rate-limiter",
    "/design/sessions/1",
    "/mock",
    "/mock/rounds/1",
    "/jobs",
    "/jobs/companies/1",
    "/jobs/contacts",
    "/jobs/applications",
    "/jobs/applications/1",
    "/jobs/funnel",
    "/portfolio",
    "/portfolio/briefs",
    "/portfolio/briefs/orders-etl",
    "/portfolio/takehomes/1",
)

RESUME = """Sam Rivera
sam@example.org

Experience
Teacher, Lincoln High School, 2019-2025
- Wrote Python scripts to grade 900 exams per term, from three weeks to four days.
- Kept student records in a SQL database and built weekly attendance reports.

Skills
Python, SQL, Excel, data cleaning

Education
BSc Mathematics, 2018
"""
JOB = """Data Engineer
We are looking for a data engineer to build batch pipelines with Python, SQL and Airflow.
Requirements: 2+ years of Python, strong SQL, experience with Airflow or dbt, data modeling.
Nice to have: Spark, Kafka, AWS.
"""
STORY = [
    "--title", "Rebuilt the grading pipeline",
    "--situation", "Our school graded 900 exams by hand each term; results took three weeks.",
    "--task", "I was asked to cut the turnaround without adding staff.",
    "--action", "I wrote a Python script that checked scanned answer sheets against the key "
    "and flagged unclear ones for a teacher.",
    "--result", "Results came back in four days instead of three weeks; errors fell from 3% to 1%.",
    "--role", "Teacher", "--domain", "teaching", "--signal", "proactivity",
]  # fmt: skip


def seed(home: Path) -> None:
    """Fill `home` through the CLI, one command per kind of record the pages show."""
    files = home.parent
    files.mkdir(parents=True, exist_ok=True)
    (files / "resume.txt").write_text(RESUME)
    (files / "job.txt").write_text(JOB)
    commands = [
        ["init", "--role", "data-engineer", "--sizes", "small,mid", "--hours", "16",
         "--months", "4", "--start", "2026-02-23", "--domain", "teaching", "--years", "6",
         "--name", "Sam", "--past-roles", "Teacher|teaching|6", "--no-interactive"],
        ["practice", "start", "best-trading-window"],
        ["sql", "start", "sql-average-tip-with-zeros"],
        ["design", "start", "rate-limiter"],
        ["stories", "add", *STORY],
        ["mock", "round", "coding", "--item", "merge-room-bookings"],
        ["jobs", "company", "add", "Northwind Data", "--size", "50-500", "--role", "Data engineer"],
        ["jobs", "contacts", "add", "--first", "Ana", "--last", "Lopez",
         "--company", "Northwind Data", "--position", "Data engineer"],
        ["jobs", "apply", "Northwind Data", "--role", "Data engineer", "--channel", "referral"],
        ["portfolio", "start", "orders-etl"],
        ["scan", "run", str(files / "resume.txt"), str(files / "job.txt"), "--semantic", "off"],
    ]  # fmt: skip
    env = {**os.environ, "PIVOTPREP_HOME": str(home), "PIVOTPREP_TODAY": TODAY, "COLUMNS": "200"}
    env.pop("PIVOTPREP_DATABASE_URL", None)
    for command in commands:
        done = subprocess.run(
            [sys.executable, "-m", "pivotprep.cli.main", *command],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"seeding failed at {command[:2]}: {done.stdout}{done.stderr}")


@dataclass
class PageAudit:
    """One page's findings: axe violations (rules) by impact, each with where it was seen,
    and how many pixels the page is wider than a 390 px screen (0: no sideways scroll)."""

    path: str
    counts: Counter[str] = field(default_factory=Counter)
    violations: list[str] = field(default_factory=list)
    overflow_px: int = 0
    too_wide: list[str] = field(default_factory=list)

    @property
    def blocking(self) -> int:
        """Critical and serious violations: the ones the issue allows none of."""
        return self.counts["critical"] + self.counts["serious"]


# Elements whose right edge passes the screen's, outermost first, leaving out those inside
# a box that scrolls or clips them: what to fix when the page scrolls sideways.
_TOO_WIDE = """() => {
  const boxed = (el) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== 'visible') return true;
    }
    return false;
  };
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.right > window.innerWidth + 0.5 && !out.some(o => o.el.contains(el)) && !boxed(el)) {
      out.push({el, text: el.tagName.toLowerCase() + (el.className ? '.' + el.className : '')
                + ' ' + Math.round(r.right) + 'px'});
    }
  }
  return out.slice(0, 5).map(o => o.text);
}"""


def audit(browser: Any, url: str, path: str, cookies: list[Any] | None = None) -> PageAudit:
    """Open `path` on a desktop window, then on a phone screen: axe on both (a rule broken
    on either counts once), and on the phone how far the page scrolls sideways. `cookies`
    (a logged-in context's, in server mode) are sent with every request."""
    result = PageAudit(path)
    seen: set[str] = set()
    for label, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        # bypass_csp: axe is injected as a script, which the app's CSP rightly forbids
        context = browser.new_context(viewport=viewport, bypass_csp=True)
        if cookies:
            context.add_cookies(cookies)
        try:
            page = context.new_page()
            _open(page, url + path)
            _run_axe(page, result, label, seen)
            if viewport is PHONE:
                _measure_overflow(page, result)
        finally:
            context.close()
    return result


def _measure_overflow(page: Any, result: PageAudit) -> None:
    script = "document.documentElement.scrollWidth - window.innerWidth"
    result.overflow_px = max(0, int(page.evaluate(script)))
    if result.overflow_px:
        result.too_wide = list(page.evaluate(_TOO_WIDE))


def _open(page: Any, address: str) -> None:
    """Go to `address`; an error page is not what was meant to be audited."""
    response = page.goto(address, wait_until="load")
    if response is not None and response.status >= 400:
        raise RuntimeError(f"{address} answered {response.status}")


def _run_axe(page: Any, result: PageAudit, label: str, seen: set[str]) -> None:
    from axe_playwright_python.sync_playwright import Axe

    response = Axe().run(page, options=AXE_OPTIONS).response
    for violation in response["violations"]:
        if violation["id"] in seen:
            continue
        seen.add(violation["id"])
        impact = violation.get("impact") or "minor"
        result.counts[impact] += 1
        targets = [", ".join(map(str, node["target"])) for node in violation["nodes"][:4]]
        result.violations.append(
            f"{violation['id']} ({impact}, {label}, {len(violation['nodes'])} nodes): "
            f"{violation['help']} at {'; '.join(targets)}"
        )
