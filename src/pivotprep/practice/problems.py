"""Coding problem packs (format version 1, see content/problems/README.md): load and check.

`load_pack(id)` reads one folder into a `Problem` (meta, flattened cases, file paths);
`load_code_problems()` turns every pack into a catalogue `ProblemInfo`. Schema errors name
the file and the field, so a content writer can fix them from the message alone.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from pivotprep.content import content_path
from pivotprep.core.errors import NextStep, NotFoundError
from pivotprep.core.errors import PackError as ContentPackError

if TYPE_CHECKING:
    from pivotprep.practice.catalog import ProblemInfo

FORMAT_VERSION = 1
PATTERNS = (
    "arrays-hashing",
    "two-pointers",
    "sliding-window",
    "stack",
    "binary-search",
    "linked-list",
    "trees",
    "tries",
    "heap",
    "backtracking",
    "graphs",
    "dp-1d",
    "dp-2d",
    "greedy",
    "intervals",
    "bit-manipulation",
    "math",
    "data-structures",
    "dataframes",
)
CLASSES = ("1", "log n", "n", "n log n", "n^2", "n^3", "2^n")
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
Conversion = Literal["linked_list", "tree"]
Library = Literal["pandas"]  # what a problem may import besides the standard library


class FrameRules(BaseModel):
    """How a returned DataFrame or Series is compared with the expected one (meta `frame:`).
    Each rule is stated in the problem, so the learner knows what counts."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    row_order: bool = True  # False: rows may come in any order
    index: bool = False  # True: the index (labels and name) must match too
    dtypes: bool = True  # True: each column's kind (integer, float, text ...) must match
    column_order: bool = True  # False: the same columns in any order


class Drill(BaseModel):
    """A speed drill (meta `drill:`): the pack's slow.py is the starting file, right but
    slow; the learner's version must run `factor` times faster on generate(n), timed in the
    same run as slow.py."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    factor: float = Field(ge=1.5, le=1000)
    n: int = Field(ge=10, le=200_000)


class PackError(ContentPackError):
    """A coding problem pack does not follow the format; the message names the file and
    field."""


class Complexity(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    time: Literal["1", "log n", "n", "n log n", "n^2", "n^3", "2^n"]
    space: Literal["1", "log n", "n", "n log n", "n^2", "n^3", "2^n"]


class Meta(BaseModel):
    """meta.yaml."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    format: Literal[1]
    id: str = Field(pattern=ID_RE.pattern)
    title: str = Field(min_length=3, max_length=120)
    kind: Literal["function", "design"]
    entry: str = Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    pattern: Literal[PATTERNS]  # type: ignore[valid-type]
    difficulty: Literal["easy", "medium", "hard"]
    complexity: Complexity
    complexity_n: list[int] | None = Field(default=None, min_length=4, max_length=12)
    complexity_check: bool = True
    estimated_minutes: int = Field(ge=1, le=180)
    order_insensitive: bool = False
    float_tolerance: float | None = Field(default=None, gt=0, lt=1)
    arguments: dict[str, Conversion] = {}
    returns: Conversion | None = None
    libraries: list[Library] = []
    frame: FrameRules = FrameRules()
    drill: Drill | None = None
    hints: list[str] = Field(min_length=1, max_length=6)
    tags: list[str] = []
    forbid: list[str] = Field(default=[], max_length=20)  # see practice/forbid.py

    @model_validator(mode="after")
    def _forbid_known(self) -> Meta:
        from pivotprep.practice.forbid import check_entry

        for entry in self.forbid:
            problem = check_entry(entry)
            if problem:
                raise ValueError(f"forbid: {problem}")
        return self

    @model_validator(mode="after")
    def _sizes_grow(self) -> Meta:
        sizes = self.complexity_n
        if sizes is not None and (
            sizes[0] < 1 or any(b <= a for a, b in zip(sizes, sizes[1:], strict=False))
        ):
            raise ValueError("complexity_n must be positive and strictly increasing")
        return self


class Case(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$", max_length=80)
    description: str
    input: dict[str, Any]
    expected: Any = None
    raises: str | None = Field(default=None, pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    has_expected: bool = False
    group: str = ""


def _flatten(items: list[Any], group: str, out: list[Case], where: str) -> None:
    for item in items:
        if not isinstance(item, dict):
            raise PackError(f"{where}: every entry of `cases` must be an object")
        if "cases" in item:
            extra = set(item) - {"description", "cases"}
            if extra or not isinstance(item["cases"], list):
                raise PackError(f"{where}: a group has only `description` and `cases`")
            label = str(item.get("description", ""))
            _flatten(item["cases"], f"{group} / {label}" if group else label, out, where)
            continue
        has_expected = "expected" in item
        if has_expected == ("raises" in item):
            raise PackError(
                f"{where}: case {item.get('id')!r} needs exactly one of `expected` or `raises`"
            )
        try:
            out.append(Case.model_validate({**item, "has_expected": has_expected, "group": group}))
        except ValidationError as exc:
            raise PackError(f"{where}: case {item.get('id')!r}: {_first_error(exc)}") from None


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    loc = ".".join(str(part) for part in err["loc"])
    return f"{loc}: {err['msg']}" if loc else err["msg"]


@dataclass(frozen=True)
class Problem:
    """One loaded pack."""

    meta: Meta
    folder: Path
    cases: tuple[Case, ...]
    statement_md: str

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def reference_path(self) -> Path:
        return self.folder / "reference.py"

    @property
    def generate_path(self) -> Path:
        return self.folder / "generate.py"

    @property
    def slow_path(self) -> Path:
        """A speed drill's starting file (right, but slow)."""
        return self.folder / "slow.py"

    @property
    def checker_path(self) -> Path | None:
        path = self.folder / "checker.py"
        return path if path.exists() else None

    def wrong_paths(self) -> list[Path]:
        return sorted(self.folder.glob("wrong_*.py"))

    def wrong_docstring(self, path: Path) -> str:
        import ast

        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
        return doc.strip()


def problems_dir() -> Path:
    return content_path("problems")


def parse_pack(folder: Path) -> Problem:
    """Read and validate one pack folder; raises PackError naming the file."""
    pid = folder.name
    for name in ("problem.md", "meta.yaml", "cases.json", "reference.py", "generate.py"):
        if not (folder / name).is_file():
            raise PackError(f"{pid}: {name} is missing")
    try:
        raw_meta = yaml.safe_load((folder / "meta.yaml").read_text(encoding="utf-8"))
        meta = Meta.model_validate(raw_meta)
    except yaml.YAMLError as exc:
        raise PackError(f"{pid}/meta.yaml is not valid YAML: {exc}") from None
    except ValidationError as exc:
        raise PackError(f"{pid}/meta.yaml: {_first_error(exc)}") from None
    if meta.id != pid:
        raise PackError(f"{pid}/meta.yaml: id {meta.id!r} does not match the folder name")
    if meta.drill is not None and not (folder / "slow.py").is_file():
        raise PackError(f"{pid}: a speed drill needs slow.py (the starting file)")
    where = f"{pid}/cases.json"
    try:
        raw_cases = json.loads((folder / "cases.json").read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise PackError(f"{where} is not valid JSON: {exc}") from None
    if not isinstance(raw_cases, dict) or raw_cases.get("format") != FORMAT_VERSION:
        raise PackError(f'{where}: expected an object with "format": {FORMAT_VERSION}')
    cases: list[Case] = []
    _flatten(raw_cases.get("cases") or [], "", cases, where)
    if not cases:
        raise PackError(f"{where}: no cases")
    ids = [case.id for case in cases]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise PackError(f"{where}: duplicate case ids {dupes}")
    if meta.kind == "design":
        for case in cases:
            ops, args = case.input.get("operations"), case.input.get("arguments")
            if not (isinstance(ops, list) and isinstance(args, list) and len(ops) == len(args)):
                raise PackError(
                    f"{where}: case {case.id!r} needs `operations` and `arguments` lists "
                    "of the same length"
                )
            if not ops or ops[0] != meta.entry:
                raise PackError(f"{where}: case {case.id!r} must start with {meta.entry!r}")
    statement = (folder / "problem.md").read_text(encoding="utf-8")
    return Problem(meta=meta, folder=folder, cases=tuple(cases), statement_md=statement)


def pack_folders() -> list[Path]:
    root = problems_dir()
    return sorted(p for p in root.iterdir() if p.is_dir() and (p / "meta.yaml").exists())


@lru_cache(maxsize=1)
def load_packs() -> dict[str, Problem]:
    """Every pack that parses. Broken packs are reported by `problems validate`, not here."""
    packs: dict[str, Problem] = {}
    for folder in pack_folders():
        try:
            packs[folder.name] = parse_pack(folder)
        except PackError:
            continue
    return packs


def load_pack(problem_id: str) -> Problem:
    packs = load_packs()
    if problem_id not in packs:
        folder = problems_dir() / problem_id
        if ID_RE.match(problem_id) and folder.is_dir():
            return parse_pack(folder)  # raises the PackError that explains why
        raise NotFoundError(
            f"No coding problem {problem_id!r}.", next_step=NextStep("practice.list")
        )
    return packs[problem_id]


def forbid_note(meta: Meta) -> str:
    """The statement's closing line about `forbid:` (empty when nothing is forbidden)."""
    if not meta.forbid:
        return ""
    names = ", ".join(f"`{name}`" for name in meta.forbid)
    return (
        f"\n\n**Build it yourself:** the judge refuses code that uses {names} "
        "(type annotations are fine).\n"
    )


def _starter(problem_id: str) -> str:
    from pivotprep.practice.stubs import make_stub

    return make_stub(load_pack(problem_id))


def load_code_problems() -> list[ProblemInfo]:
    """The catalogue provider: every coding pack as a practice `ProblemInfo`."""
    from pivotprep.practice.catalog import ProblemInfo, Workspace
    from pivotprep.practice.workspace import workspace_file

    space = Workspace(workspace_file, _starter, "practice.test", fresh_on_review=True)
    infos = []
    for problem in load_packs().values():
        meta = problem.meta
        infos.append(
            ProblemInfo(
                id=meta.id,
                kind="code",
                title=meta.title,
                pattern=meta.pattern,
                difficulty=meta.difficulty,
                estimated_minutes=meta.estimated_minutes,
                hints=tuple(meta.hints),
                statement_md=problem.statement_md + forbid_note(meta),
                solution=problem.reference_path.read_text(encoding="utf-8"),
                workspace=space,
            )
        )
    return infos
