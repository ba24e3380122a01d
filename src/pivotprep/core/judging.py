"""The one result vocabulary of every judge: the one place it is written down.

A judge is a contract, as an Exercism test runner is: a problem and a submission go in, one
`JudgeOutcome` comes out, with a `CaseResult` per case. The coding judge (a sandboxed run
of the learner's Python against each case) and the SQL judge (the learner's rows against
the reference's, plus the timing of a drill) both answer in these words, and so does any
later checker, so that a reader (practice history, mock interviews, readiness) reads every
kind of run the same way.

Statuses, the same words for one case and for a whole run:

    pass     judged, and right
    wrong    judged, and not right: another value or other rows, an expected exception not
             raised, a drill rewrite slower than the drill asks
    error    not judged: the submission did not load or run (a syntax error, an exception,
             a database error), or this case could not be judged (not run after an earlier
             crash; a drill's speed on data too small to time)
    timeout  stopped at the time limit
    memory   stopped at the memory limit
    refused  not run: the submission does something the judge does not allow (a statement
             practice connections refuse)

A run's status is `pass` when every case passes; otherwise it is the status of its first
case that did not pass (a run that could not load at all is `error`, with `message` saying
why once).

Serialised (`JudgeOutcome.to_dict()`, format version 2, the schema of `results.json`):

```
{
  "version": 2,
  "judge": "code" | "sql",
  "problem": "<problem id>",
  "status": "<status>",
  "message": "<what to read about the whole run>" | null,
  "elapsed_ms": 123.4,
  "tests": [
    {"name": "<case id>", "description": "...", "group": "...", "status": "<status>",
     "message": "<diff, trimmed traceback or limit>" | null,
     "output": "<what the code printed, capped>" | null,
     "time_ms": 1.2 | null}
  ]
}
```
A judge may add fields of its own beside these (the coding judge: "isolation", "warning").
Version 1 (the coding judge alone) said "fail" where version 2 says "wrong" and gave a run
with any failing case the status "fail".

`JudgeOutcome.summary()` is the compact form kept with each recorded practice run:
{"judge", "status", "message", "counts": {status: n}, "failed": [first five non-passing
cases as {"name", "status", "message"}]}.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

FORMAT_VERSION = 2
SUMMARY_CASES = 5  # non-passing cases kept in a summary
SUMMARY_MESSAGE = 300  # characters of each kept case's message


class Status(StrEnum):
    """How a case, or a whole run, was judged (see the module docstring)."""

    PASS = "pass"
    WRONG = "wrong"
    ERROR = "error"
    TIMEOUT = "timeout"
    MEMORY = "memory"
    REFUSED = "refused"


@dataclass(frozen=True)
class CaseResult:
    """One case: its name, how it was judged and why; what it printed and how long it took
    when the judge measures those."""

    name: str
    status: Status
    message: str | None = None
    description: str = ""
    group: str = ""
    output: str | None = None
    time_ms: float | None = None

    @property
    def passed(self) -> bool:
        return self.status is Status.PASS


def overall(cases: Iterable[CaseResult]) -> Status:
    """A run's status: `pass` when every case passes, else the first other status."""
    return next((case.status for case in cases if not case.passed), Status.PASS)


@dataclass(frozen=True)
class JudgeOutcome:
    """One judged run. `tests` holds a `CaseResult` per case (Exercism's name for them)."""

    problem: str
    status: Status
    tests: tuple[CaseResult, ...] = ()
    message: str | None = None
    elapsed_ms: float = 0.0
    judge: str = ""

    @property
    def passed(self) -> bool:
        return self.status is Status.PASS

    @property
    def counts(self) -> dict[str, int]:
        """How many cases ended with each status (only the statuses that occur)."""
        out: dict[str, int] = {}
        for case in self.tests:
            out[case.status] = out.get(case.status, 0) + 1
        return out

    def to_dict(self) -> dict[str, Any]:
        """The serialised form (format version 2, see the module docstring)."""
        return {
            "version": FORMAT_VERSION,
            "judge": self.judge,
            "problem": self.problem,
            "status": str(self.status),
            "message": self.message,
            "elapsed_ms": round(self.elapsed_ms, 1),
            "tests": [{**asdict(case), "status": str(case.status)} for case in self.tests],
        }

    def summary(self) -> dict[str, Any]:
        """The compact form kept with a recorded run: statuses and reasons, no outputs."""
        failed = [case for case in self.tests if not case.passed][:SUMMARY_CASES]
        return {
            "judge": self.judge,
            "status": str(self.status),
            "message": self.message,
            "counts": self.counts,
            "failed": [
                {
                    "name": case.name,
                    "status": str(case.status),
                    "message": (case.message or "")[:SUMMARY_MESSAGE],
                }
                for case in failed
            ],
        }


def outcome(
    problem: str,
    cases: Iterable[CaseResult],
    *,
    judge: str,
    message: str | None = None,
    elapsed_ms: float = 0.0,
) -> JudgeOutcome:
    """A `JudgeOutcome` whose status follows from its cases (see `overall`)."""
    tests = tuple(cases)
    return JudgeOutcome(problem, overall(tests), tests, message, elapsed_ms, judge)


__all__ = [
    "FORMAT_VERSION",
    "CaseResult",
    "JudgeOutcome",
    "Status",
    "outcome",
    "overall",
]
