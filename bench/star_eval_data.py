"""Load and check the outside labelled STAR set in bench/data/star/.

The set holds behavioral answers written outside pivotprep, each labelled by hand with
the findings an experienced interviewer would raise, a 1-5 rating and, for part of the
stories, the S/T/A/R role of every sentence (see bench/data/star/README.md). This module
splits text into sentences with the rule the README states, loads the YAML files and
checks that every label is consistent with its text, so a benchmark can trust them.

main.yaml keeps its texts, all from permissively licensed sources. independent.yaml keeps
no text (its sources grant no licence): each entry has the SHA-256 of the labelled text,
finding quotes as character spans and one role letter per sentence. A story whose text has
been fetched into bench/data/star/fetched/<id>.txt is checked against the hash and loaded;
one whose text is missing is skipped with a message.

second.yaml is a second labeller's findings and ratings for the held-out stories of
main.yaml (no text of its own: it points at main.yaml's stories by id). `load_second`
checks it against those texts: every quote an exact substring, the length findings as
the word count says, every held-out story labelled once. Stories added in a later round
carry `round: N` and are outside the second labelling.

    python bench/star_eval_data.py                   # check the files and print counts
    python bench/star_eval_data.py --fetched DIR     # read fetched reference texts from DIR
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reference_texts import fetched_text  # noqa: E402

DATA_DIR = Path(__file__).resolve().parent / "data" / "star"
FETCHED_DIR = DATA_DIR / "fetched"
FILES = ("main.yaml", "independent.yaml")
SECOND = "second.yaml"
# Licences under which a source's text may be kept in main.yaml (SOURCES 'licence:' line).
PERMISSIVE = (
    "MIT",
    "Apache-2.0",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "CC0-1.0",
    "CC-BY-4.0",
    "CC-BY-SA-4.0",
    "public domain",
)
CODES = frozenset(
    [
        "missing_situation",
        "missing_task",
        "missing_action",
        "missing_result",
        "unquantified_result",
        "we_ownership",
        "vague_actions",
        "result_first",
        "filler",
        "hedging",
        "jargon",
        "long_setup",
        "too_long",
        "too_short",
        "off_topic",
    ]
)
# Findings whose point is an absence or a length: they carry no quotes.
QUOTELESS = frozenset(
    [
        "missing_situation",
        "missing_task",
        "missing_action",
        "missing_result",
        "too_short",
        "too_long",
    ]
)
ROLES = frozenset("STARO")
DOMAINS = frozenset(
    [
        "finance",
        "healthcare",
        "military",
        "operations",
        "research",
        "retail",
        "sales",
        "teaching",
        "software",
        "other",
    ]
)
SPLITS = {"main.yaml": {"tune", "heldout"}, "independent.yaml": {"independent"}}
FORMATS = frozenset({"prose", "headings-prose", "headings-bullets", "bullets"})

_ABBREVIATIONS = frozenset(
    [
        "e.g",
        "i.e",
        "etc",
        "vs",
        "dr",
        "mr",
        "mrs",
        "ms",
        "st",
        "no",
        "u.s",
        "a.m",
        "p.m",
        "inc",
        "ltd",
        "co",
        "jr",
        "sr",
        "approx",
        "dept",
    ]
)
# A line that holds only a STAR heading ("- Result:", "**Situation:**", "S – Situation").
_HEADING_ONLY = re.compile(
    r"(?i)^\s*(?:[-*\u2022]\s*)?(?:\*\*)?\s*(?:[STAR]\s*[\u2013\u2014-]\s*)?"
    r"(?:situation|task|action|actions|result|results|nugget)(?:\s*\([STAR]\))?"
    r"\s*(?:\*\*)?\s*:?\s*(?:\*\*)?\s*$"
)
# A list marker at the start of a line ("- ", "* ", "3. ", "2) ") is not a sentence end.
_MARKER = re.compile(r"^(?:[-*\u2022]|\d+[.)])\s+")
_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]*]*(?=\s+)")
_STARTS_SENTENCE = re.compile(r"\s+[\"'\u201c\u2018(*\[]*[A-Z0-9]")
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)[.!?]+[\"'\u201d\u2019)\]*]*$")


def _lines(text: str) -> list[str]:
    """Non-empty lines, a heading-only line joined to the line after it."""
    out: list[str] = []
    pending = ""
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        if _HEADING_ONLY.match(line):
            pending = f"{pending} {line}".strip()
            continue
        out.append(f"{pending} {line}".strip() if pending else line)
        pending = ""
    if pending:
        out.append(pending)
    return out


def _is_abbreviation(chunk: str) -> bool:
    match = _LAST_WORD.search(chunk[-16:])
    if not match:
        return False
    word = match.group(1).lower().rstrip(".")
    return word in _ABBREVIATIONS or (len(word) == 1 and word != "i")


def _split_line(line: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    marker = _MARKER.match(line)
    for match in _END.finditer(line, marker.end() if marker else 0):
        end = match.end()
        if not _STARTS_SENTENCE.match(line, end) or _is_abbreviation(line[start:end]):
            continue
        pieces.append(line[start:end].strip())
        start = end
    rest = line[start:].strip()
    if rest:
        pieces.append(rest)
    return pieces


def split_sentences(text: str) -> list[str]:
    """The README's rule: every line break ends a sentence (a heading-only line joins the
    next line), and inside a line . ! ? end one when the next word starts with a capital
    letter, a digit or an opening quote, except after common abbreviations and initials."""
    return [piece for line in _lines(text) for piece in _split_line(line)]


@dataclass(frozen=True)
class Story:
    """One labelled answer."""

    id: str
    source: str
    split: str
    question: str
    domain: str
    format: str
    rating: int
    rating_reason: str
    text: str
    findings: dict[str, tuple[str, ...]]
    sentences: tuple[tuple[str, str], ...] = field(default=())
    text_sha256: str = ""
    round: int | None = None  # the collection round a later addition belongs to

    @property
    def words(self) -> int:
        return len(self.text.split())


def _story(entry: dict[str, Any], text: str) -> Story:
    """A Story from a YAML entry and its text (kept in the entry or fetched for it)."""
    if "text" in entry:
        findings = {f["code"]: tuple(f.get("quotes") or ()) for f in entry.get("findings") or ()}
        sentences = tuple((x["text"], x["role"]) for x in entry.get("sentences") or ())
    else:
        findings = {
            f["code"]: tuple(text[a:b] for a, b in f.get("spans") or ())
            for f in entry.get("findings") or ()
        }
        roles = entry.get("roles") or ""
        sentences = tuple(zip(split_sentences(text), roles, strict=True)) if roles else ()
    return Story(
        id=entry["id"],
        source=entry["source"],
        split=entry["split"],
        question=entry.get("question") or "",
        domain=entry["domain"],
        format=entry["format"],
        rating=int(entry["rating"]),
        rating_reason=entry["rating_reason"],
        text=text,
        findings=findings,
        sentences=sentences,
        text_sha256=entry.get("text_sha256") or "",
        round=entry.get("round"),
    )


@dataclass
class Loaded:
    """The stories of one file that could be loaded, and why the others could not."""

    stories: list[Story]
    skipped: list[str]
    problems: list[str]


def _reference_text(entry: dict[str, Any], fetched_dir: Path) -> tuple[str | None, str | None]:
    """The fetched text of a reference-only entry, or (None, problem); (None, None) = missing."""
    text, problem = fetched_text(entry, fetched_dir)
    if text is None:
        return None, problem
    roles = entry.get("roles") or ""
    if roles and len(roles) != len(split_sentences(text)):
        return None, f"{entry['id']}: {len(roles)} roles for {len(split_sentences(text))} sentences"
    return text, None


def load_checked(name: str, fetched_dir: Path = FETCHED_DIR) -> Loaded:
    """Load one file of the set; reference-only stories need their text in fetched_dir."""
    raw = yaml.safe_load((DATA_DIR / name).read_text(encoding="utf-8")) or []
    result = Loaded([], [], [])
    for entry in raw:
        if "text" in entry:
            result.stories.append(_story(entry, entry["text"]))
            continue
        text, problem = _reference_text(entry, fetched_dir)
        if problem:
            result.problems.append(problem)
        elif text is None:
            result.skipped.append(entry["id"])
        else:
            result.stories.append(_story(entry, text))
    return result


def load(name: str, fetched_dir: Path = FETCHED_DIR) -> list[Story]:
    """The stories of one file of the set (main.yaml or independent.yaml) that have text."""
    return load_checked(name, fetched_dir).stories


@dataclass(frozen=True)
class SecondLabel:
    """A second labeller's reading of one main.yaml story: findings and rating only."""

    id: str
    rating: int
    rating_reason: str
    findings: dict[str, tuple[str, ...]]


def _second_problems(label: SecondLabel, story: Story | None) -> list[str]:
    """Every way one second label disagrees with the schema or with its story's text."""
    if story is None:
        return [f"{label.id}: not a story of main.yaml"]
    out = []
    if story.split != "heldout" or story.round is not None:
        out.append(f"{label.id}: the second labelling covers held-out stories without a round")
    if not 1 <= label.rating <= 5:
        out.append(f"{label.id}: rating {label.rating}")
    if not label.rating_reason.strip():
        out.append(f"{label.id}: no rating_reason")
    unknown = set(label.findings) - CODES
    if unknown:
        out.append(f"{label.id}: unknown codes {sorted(unknown)}")
    for code, quotes in label.findings.items():
        if code in QUOTELESS and quotes:
            out.append(f"{label.id}: {code} takes no quotes")
        for quote in quotes:
            if not quote or quote not in story.text:
                out.append(f"{label.id}: {code} quote not in text: {quote!r}")
    for code, due in (("too_short", story.words < 120), ("too_long", story.words > 450)):
        if due != (code in label.findings):
            out.append(
                f"{label.id}: {code} {'missing' if due else 'raised'} at {story.words} words"
            )
    return out


def load_second(
    stories: list[Story], path: Path = DATA_DIR / SECOND
) -> tuple[list[SecondLabel], list[str]]:
    """The second labelling in `path`, checked against `stories` (main.yaml's): each quote
    an exact substring of its story's text, length findings by the word count, known codes,
    a 1-5 rating with a reason, every held-out story labelled exactly once."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    by_id = {story.id: story for story in stories}
    labels: list[SecondLabel] = []
    problems_found: list[str] = []
    seen: set[str] = set()
    for entry in raw:
        findings: dict[str, tuple[str, ...]] = {}
        for finding in entry.get("findings") or ():
            if finding["code"] in findings:
                problems_found.append(f"{entry['id']}: {finding['code']} listed twice")
            findings[finding["code"]] = tuple(finding.get("quotes") or ())
        label = SecondLabel(
            id=entry["id"],
            rating=int(entry["rating"]),
            rating_reason=str(entry.get("rating_reason") or ""),
            findings=findings,
        )
        if label.id in seen:
            problems_found.append(f"{label.id}: duplicate id")
        seen.add(label.id)
        problems_found.extend(_second_problems(label, by_id.get(label.id)))
        labels.append(label)
    for story in stories:
        if story.split == "heldout" and story.round is None and story.id not in seen:
            problems_found.append(f"{story.id}: held-out story without a second label")
    return labels, problems_found


def source_licences() -> dict[str, str]:
    """Each source key declared in SOURCES ('key: <name>') with its 'licence:' line."""
    text = (DATA_DIR / "SOURCES").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for block in re.split(r"(?m)^(?=key: )", text):
        key = re.match(r"key: (\S+)", block)
        if key:
            licence = re.search(r"(?m)^\s+licence: (.+)$", block)
            out[key.group(1)] = licence.group(1).strip() if licence else ""
    return out


def source_keys() -> set[str]:
    """The keys declared in SOURCES (lines of the form 'key: <name>')."""
    return set(source_licences())


def licence_problems(name: str, raw: list[dict[str, Any]], licences: dict[str, str]) -> list[str]:
    """main.yaml may keep only text under a permissive licence; independent.yaml keeps none."""
    out = []
    for entry in raw:
        if name == "independent.yaml" and "text" in entry:
            out.append(f"{entry['id']}: independent.yaml must not keep text (no licence)")
        if name == "independent.yaml" and not entry.get("text_sha256"):
            out.append(f"{entry['id']}: reference-only entry without text_sha256")
        if name == "main.yaml":
            licence = licences.get(entry["source"], "")
            if "text" not in entry:
                out.append(f"{entry['id']}: main.yaml entry without text")
            if not licence.startswith(PERMISSIVE):
                out.append(f"{entry['id']}: source licence {licence!r} is not permissive")
    return out


def problems(story: Story, allowed_splits: set[str], sources: set[str]) -> list[str]:
    """Every way a story's labels disagree with its text or the schema."""
    out = [f"{story.id}: {what}" for what in _schema_problems(story, allowed_splits, sources)]
    for code, quotes in story.findings.items():
        for quote in quotes:
            if quote not in story.text:
                out.append(f"{story.id}: {code} quote not in text: {quote!r}")
    if story.sentences:
        expected = split_sentences(story.text)
        got = [text for text, _ in story.sentences]
        if got != expected:
            out.append(f"{story.id}: sentences differ from the split rule")
        bad = {role for _, role in story.sentences} - ROLES
        if bad:
            out.append(f"{story.id}: unknown roles {sorted(bad)}")
    return out


def _schema_problems(story: Story, allowed_splits: set[str], sources: set[str]) -> list[str]:
    out = []
    if story.split not in allowed_splits:
        out.append(f"split {story.split!r}")
    if story.source not in sources:
        out.append(f"source {story.source!r} not in SOURCES")
    if story.domain not in DOMAINS:
        out.append(f"domain {story.domain!r}")
    if story.format not in FORMATS:
        out.append(f"format {story.format!r}")
    if not 1 <= story.rating <= 5:
        out.append(f"rating {story.rating}")
    if story.round is not None and (type(story.round) is not int or story.round < 1):
        out.append(f"round {story.round!r}: a positive integer, or no round field")
    unknown = set(story.findings) - CODES
    if unknown:
        out.append(f"unknown codes {sorted(unknown)}")
    return out


def _summary(stories: list[Story]) -> str:
    parts = []
    for label, key in (
        ("split", lambda s: s.split),
        ("rating", lambda s: s.rating),
        ("format", lambda s: s.format),
        ("domain", lambda s: s.domain),
        ("round (0: none)", lambda s: s.round or 0),
    ):
        counts = Counter(key(s) for s in stories)
        parts.append(f"  {label}: " + ", ".join(f"{k}={counts[k]}" for k in sorted(counts)))
    codes = Counter(code for s in stories for code in s.findings)
    parts.append("  findings: " + ", ".join(f"{k}={codes[k]}" for k in sorted(codes)))
    labelled = sum(1 for s in stories if s.sentences)
    roles = Counter(role for s in stories for _, role in s.sentences)
    parts.append(f"  sentence-labelled stories: {labelled}, roles: {dict(sorted(roles.items()))}")
    return "\n".join(parts)


def _check_file(
    name: str, licences: dict[str, str], seen: set[str], fetched_dir: Path
) -> list[str]:
    """Load one file, print its counts, and return every problem found in it."""
    raw = yaml.safe_load((DATA_DIR / name).read_text(encoding="utf-8")) or []
    loaded = load_checked(name, fetched_dir)
    failures = licence_problems(name, raw, licences) + loaded.problems
    for story in loaded.stories:
        if story.id in seen:
            failures.append(f"{story.id}: duplicate id")
        seen.add(story.id)
        failures.extend(problems(story, SPLITS[name], set(licences)))
    print(f"{name}: {len(raw)} stories listed, {len(loaded.stories)} with text")
    if loaded.skipped:
        print(
            f"  skipped {len(loaded.skipped)} without text: their sources grant no licence, so "
            f"fetch each text from the source named in SOURCES into {fetched_dir}/<id>.txt "
            "to include it (the hash is checked)"
        )
    if loaded.stories:
        print(_summary(loaded.stories))
        by_split = Counter(s.split for s in loaded.stories if s.sentences)
        print(f"  sentence-labelled by split: {dict(sorted(by_split.items()))}")
    return failures


def main(argv: list[str]) -> int:
    """Check both files; '--fetched DIR' reads fetched reference texts from DIR."""
    fetched_dir = Path(argv[argv.index("--fetched") + 1]) if "--fetched" in argv else FETCHED_DIR
    licences = source_licences()
    seen: set[str] = set()
    failures: list[str] = []
    for name in FILES:
        failures.extend(_check_file(name, licences, seen, fetched_dir))
    if (DATA_DIR / SECOND).is_file():
        labels, second_problems = load_second(load("main.yaml", fetched_dir))
        codes = Counter(code for label in labels for code in label.findings)
        ratings = Counter(label.rating for label in labels)
        print(f"{SECOND}: {len(labels)} second labels of held-out stories")
        print("  rating: " + ", ".join(f"{k}={ratings[k]}" for k in sorted(ratings)))
        print("  findings: " + ", ".join(f"{k}={codes[k]}" for k in sorted(codes)))
        failures.extend(second_problems)
    for line in failures:
        print("PROBLEM", line)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
