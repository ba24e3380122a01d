"""The SQL problem packs in `content/sql/problems/<id>/` (format: content/sql/README.md).

`load_sql_problems()` is the provider the practice catalogue calls: it turns every pack into
the kind-agnostic `ProblemInfo`, so `practice next`, hints, the solution lock and reviews
work for SQL problems without knowing anything about SQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from pivotprep.core.errors import NextStep, NotFoundError
from pivotprep.sql.datasets import CONTENT
from pivotprep.sql.errors import SqlPackError
from pivotprep.sql.judge import DEFAULT_ROW_LIMIT, DEFAULT_TIME_LIMIT, SqlSpec

if TYPE_CHECKING:
    from pivotprep.practice.service import ProblemInfo

PROBLEMS = CONTENT / "problems"
KINDS = ("query", "mutation", "drill")
TOPICS = (
    "filtering", "joins", "aggregation", "window-functions", "ctes", "recursive-ctes",
    "dates-strings", "nulls", "deduplication", "top-n", "funnels", "retention", "cohorts",
    "sessionisation", "optimisation",
)  # fmt: skip
DIFFICULTIES = ("easy", "medium", "hard")
ID_RE = re.compile(r"^sql-[a-z0-9-]+$")


@dataclass(frozen=True)
class SqlProblem:
    id: str
    title: str
    kind: str
    dataset: str
    topic: str
    difficulty: str
    estimated_minutes: int
    ordered: bool
    float_tolerance: float
    row_limit: int
    time_limit: float
    hints: tuple[str, ...]
    statement_md: str
    reference: str
    wrongs: dict[str, str]  # file stem -> SQL (line 1 says what is wrong)
    # trap_*.sql: the plausible wrong answer to a pitfall the statement names; it must
    # return rows that differ (never an error) on the small data, so the data holds the
    # rows that make the pitfall bite
    traps: dict[str, str] = field(default_factory=dict)
    # variant_*.sql: other results the statement allows (an extra row, a tie order, a
    # rounding tie), each accepted by the judge as well as the reference's
    variants: dict[str, str] = field(default_factory=dict)
    check: str | None = None
    slow: str | None = None
    speedup: float | None = None
    folder: Path | None = None

    @property
    def is_drill(self) -> bool:
        return self.kind == "drill"

    def spec(self) -> SqlSpec:
        return SqlSpec(
            id=self.id, dataset=self.dataset, reference=self.reference, ordered=self.ordered,
            float_tolerance=self.float_tolerance, row_limit=self.row_limit,
            time_limit=self.time_limit, check=self.check,
            variants=tuple(self.variants.values()),
        )  # fmt: skip


def _read(folder: Path, name: str) -> str:
    path = folder / name
    if not path.is_file():
        raise SqlPackError(f"{folder.name}: missing {name}")
    return path.read_text(encoding="utf-8")


def _check_meta(folder: Path, meta: dict[str, Any]) -> str:
    """The problem id, once meta.yaml's fields are valid; SqlPackError naming the bad ones."""
    from pivotprep.sql.datasets import datasets

    pid = meta.get("id")
    if pid != folder.name or not ID_RE.match(str(pid)):
        raise SqlPackError(f"{folder.name}: id must equal the folder name and start with 'sql-'")
    kind = meta.get("kind", "query")
    checks = {
        "kind": kind in KINDS,
        "dataset": meta.get("dataset") in datasets()
        and (kind != "drill" or datasets()[meta["dataset"]].folder is None),  # one size
        "topic": meta.get("topic") in TOPICS,
        "difficulty": meta.get("difficulty") in DIFFICULTIES,
        "hints": isinstance(meta.get("hints"), list) and 1 <= len(meta["hints"]) <= 4,
        "estimated_minutes": isinstance(meta.get("estimated_minutes"), int),
        "check": kind != "mutation" or bool(meta.get("check")),
        "speedup": kind != "drill" or float(meta.get("speedup") or 0) > 1,
    }
    bad = [name for name, ok in checks.items() if not ok]
    if bad:
        raise SqlPackError(f"{pid}: invalid {', '.join(bad)} in meta.yaml")
    return str(pid)


def _commented(folder: Path, pid: str, prefix: str) -> dict[str, str]:
    """The pack's `<prefix>*.sql` by file stem; each must say on line 1 what it is."""
    files = {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob(f"{prefix}*.sql"))}
    for stem, sql in files.items():
        if not sql.lstrip().startswith("--"):
            raise SqlPackError(f"{pid}: {stem}.sql must start with a '--' comment on what it is")
    return files


def _wrongs(folder: Path, pid: str) -> tuple[dict[str, str], dict[str, str]]:
    """The pack's wrong_*.sql and trap_*.sql by file stem; at least one of either."""
    wrongs, traps = _commented(folder, pid, "wrong_"), _commented(folder, pid, "trap_")
    if not wrongs and not traps:
        raise SqlPackError(f"{pid}: needs at least one wrong_*.sql or trap_*.sql")
    return wrongs, traps


def load_pack(folder: Path) -> SqlProblem:
    """Read and check one problem folder."""
    meta = yaml.safe_load(_read(folder, "meta.yaml")) or {}
    pid = _check_meta(folder, meta)
    kind = meta.get("kind", "query")
    wrongs, traps = _wrongs(folder, pid)
    statement = _read(folder, "problem.md")
    title = str(meta.get("title") or "").strip()
    if not statement.startswith(f"# {title}"):
        raise SqlPackError(f"{pid}: problem.md must start with '# {title}'")
    return SqlProblem(
        id=pid,
        title=title,
        kind=kind,
        dataset=meta["dataset"],
        topic=meta["topic"],
        difficulty=meta["difficulty"],
        estimated_minutes=int(meta["estimated_minutes"]),
        ordered=bool(meta.get("ordered", False)),
        float_tolerance=float(meta.get("float_tolerance", 1e-6)),
        row_limit=int(meta.get("row_limit", DEFAULT_ROW_LIMIT)),
        time_limit=float(meta.get("time_limit", DEFAULT_TIME_LIMIT)),
        hints=tuple(str(h) for h in meta["hints"]),
        statement_md=statement,
        reference=_read(folder, "reference.sql"),
        wrongs=wrongs,
        traps=traps,
        variants=_commented(folder, pid, "variant_"),
        check=meta.get("check"),
        slow=_read(folder, "slow.sql") if kind == "drill" else None,
        speedup=float(meta["speedup"]) if kind == "drill" else None,
        folder=folder,
    )


@lru_cache(maxsize=1)
def load_packs() -> dict[str, SqlProblem]:
    """Every SQL problem, by id, sorted."""
    folders = sorted(p for p in PROBLEMS.iterdir() if p.is_dir() and not p.name.startswith("."))
    return {problem.id: problem for problem in map(load_pack, folders)}


def get_sql_problem(problem_id: str) -> SqlProblem:
    try:
        return load_packs()[problem_id]
    except KeyError:
        raise NotFoundError(
            f"No SQL problem {problem_id!r}.", next_step=NextStep("sql.list")
        ) from None


def load_sql_problems() -> list[ProblemInfo]:
    """The catalogue provider: every SQL pack as a practice `ProblemInfo`, its file in the
    SQL workspace (a review keeps the file)."""
    from pivotprep.practice.service import ProblemInfo, Workspace
    from pivotprep.sql.workspace import starter, workspace_path

    space = Workspace(workspace_path, starter, "sql.test")
    return [
        ProblemInfo(
            id=p.id,
            kind="sql",
            title=p.title,
            pattern=p.topic,
            difficulty=p.difficulty,
            estimated_minutes=p.estimated_minutes,
            hints=p.hints,
            statement_md=p.statement_md,
            solution=p.reference,
            workspace=space,
        )
        for p in load_packs().values()
    ]
