"""What a project declares it needs: its requirement files, pyproject dependencies and lock
files, each requirement with the file and line it came from.

Only files are read (setup.py is never run). The clean-room install uses `install_args`:
exactly what a reviewer following the declarations would install, nothing guessed from the
imports.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

LOCK_FILES = (
    "poetry.lock",
    "uv.lock",
    "Pipfile.lock",
    "pdm.lock",
    "requirements.lock",
    "conda-lock.yml",
)
REQUIREMENT_FILES = ("requirements.txt", "requirements.in")
DEV_FILES = (
    "requirements-dev.txt",
    "dev-requirements.txt",
    "requirements-test.txt",
    "test-requirements.txt",
    "requirements_dev.txt",
)
DEV_GROUPS = ("dev", "test", "tests", "testing")
NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$")
MAX_BYTES = 512 * 1024
# Imports whose package is named otherwise, for the fix's wording ("declare scikit-learn").
IMPORT_PACKAGES = {
    "sklearn": "scikit-learn",
    "cv2": "opencv-python",
    "PIL": "pillow",
    "yaml": "pyyaml",
    "bs4": "beautifulsoup4",
    "dotenv": "python-dotenv",
    "skimage": "scikit-image",
    "jwt": "pyjwt",
    "dateutil": "python-dateutil",
    "Crypto": "pycryptodome",
    "psycopg2": "psycopg2-binary",
    "multipart": "python-multipart",
    "google.protobuf": "protobuf",
    "sentence_transformers": "sentence-transformers",
}


@dataclass(frozen=True)
class Requirement:
    """One declared requirement: normalised name, version spec (may be ""), where."""

    name: str
    spec: str
    file: str
    line: int

    @property
    def pinned(self) -> bool:
        return self.spec.startswith("==") and "*" not in self.spec


@dataclass
class Declared:
    """Everything a project declares about its dependencies."""

    requirements: list[Requirement] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # where declarations live
    locks: list[str] = field(default_factory=list)
    install_args: list[str] = field(default_factory=list)  # for `pip install`
    errors: list[str] = field(default_factory=list)

    @property
    def names(self) -> set[str]:
        return {r.name for r in self.requirements}


def package_for(module: str) -> str:
    """The package to declare for an imported module name."""
    return IMPORT_PACKAGES.get(module, module.replace("_", "-"))


def requirements_of(names: set[str], depth: int = 6) -> set[str]:
    """Every package the declared ones bring along (normalised names), as far as this
    machine's installed metadata knows them: what makes an undeclared import "transitive"
    rather than missing."""
    from importlib import metadata

    seen: set[str] = set()
    frontier = {normalise(n) for n in names}
    for _ in range(depth):
        nxt: set[str] = set()
        for name in frontier - seen:
            seen.add(name)
            try:
                wanted = metadata.requires(name) or []
            except metadata.PackageNotFoundError:
                continue
            for item in wanted:
                if "extra ==" in item:
                    continue
                found = parse_requirement(item, "", 0)
                if found:
                    nxt.add(found.name)
        frontier = nxt
    return seen | frontier - {normalise(n) for n in names}


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def parse_requirement(text: str, file: str, line: int) -> Requirement | None:
    """A requirement line ("pandas>=2 ; python_version>'3.8'"), or None for anything else."""
    text = text.split(" #", 1)[0].split(";", 1)[0].strip()
    if not text or text.startswith(("#", "-", "git+", "http:", "https:", ".", "/")):
        return None
    match = NAME.match(text)
    if match is None:
        return None
    return Requirement(normalise(match.group(1)), match.group(3).strip(), file, line)


def _read(path: Path) -> str:
    with path.open("rb") as handle:
        return handle.read(MAX_BYTES).decode("utf-8", "replace")


def _requirements_file(root: Path, name: str, declared: Declared) -> None:
    declared.files.append(name)
    for number, line in enumerate(_read(root / name).splitlines(), start=1):
        found = parse_requirement(line, name, number)
        if found:
            declared.requirements.append(found)
    declared.install_args += ["-r", name]


def _line_of(text: str, needle: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    return 1


def _pep621(data: dict, text: str, declared: Declared) -> list[str]:  # type: ignore[type-arg]
    project = data.get("project") or {}
    wanted: list[str] = [d for d in project.get("dependencies") or [] if isinstance(d, str)]
    extras = project.get("optional-dependencies") or {}
    groups = data.get("dependency-groups") or {}
    for group in DEV_GROUPS:
        wanted += [d for d in extras.get(group) or [] if isinstance(d, str)]
        wanted += [d for d in groups.get(group) or [] if isinstance(d, str)]
    return wanted


def _poetry(data: dict) -> list[str]:  # type: ignore[type-arg]
    poetry = (data.get("tool") or {}).get("poetry") or {}
    found: list[str] = []
    tables = [poetry.get("dependencies") or {}]
    tables += [g.get("dependencies") or {} for g in (poetry.get("group") or {}).values()]
    tables.append(poetry.get("dev-dependencies") or {})
    for table in tables:
        for name, spec in table.items():
            if name.lower() == "python":
                continue
            version = spec if isinstance(spec, str) else ""
            found.append(name + (version if version[:1] in "=<>!~" else ""))
    return found


def _pyproject(root: Path, declared: Declared) -> None:
    text = _read(root / "pyproject.toml")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        declared.errors.append(f"pyproject.toml cannot be read: {error}")
        return
    wanted = _pep621(data, text, declared) + _poetry(data)
    if not wanted:
        return
    declared.files.append("pyproject.toml")
    for item in wanted:
        found = parse_requirement(item, "pyproject.toml", _line_of(text, item.split("[")[0]))
        if found:
            declared.requirements.append(found)
    if not any(a == "-r" for a in declared.install_args):
        declared.install_args += [r for r in wanted if parse_requirement(r, "", 0)]


def read_declared(root: Path) -> Declared:
    """The declarations of the project copied at `root`."""
    declared = Declared()
    for name in REQUIREMENT_FILES[:1] + DEV_FILES:
        if (root / name).is_file():
            _requirements_file(root, name, declared)
    if not declared.files and (root / "requirements.in").is_file():
        _requirements_file(root, "requirements.in", declared)
    if (root / "pyproject.toml").is_file():
        _pyproject(root, declared)
    for name in ("setup.py", "setup.cfg", "Pipfile", "environment.yml"):
        if (root / name).is_file() and name not in declared.files:
            declared.files.append(name)
    declared.locks = [name for name in LOCK_FILES if (root / name).is_file()]
    return declared
