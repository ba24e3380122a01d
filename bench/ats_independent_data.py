"""Load the reference-only independent part of the ATS evaluation set (independent.yaml).

    python bench/ats_independent_data.py   # loads every entry it can and prints the counts

independent.yaml keeps no posting text: each entry names its source (repository, path,
commit), says how the text was cut from the file (`changes`), and holds the SHA-256 of that
exact UTF-8 text with the labels; surface forms and non-keywords are character spans
[start, end) into it. Whoever runs the check cuts each text into fetched/<id>.txt. The
loader checks the hash, rebuilds the forms and the non-keyword lines from the spans, and
skips, with a message, every posting whose text is missing; a text that does not match its
hash, or a label that does not fit the text or the schema, is reported as a problem.
The postings come out as `ats_eval_data.Posting`s, so `bench_ats_eval.py --split independent`
scores them like the labelled set (keywords only: there are no resume pairs).
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ats_eval_data import CATEGORIES, DATA, LEVELS, ROLES, SIZES, Posting  # noqa: E402
from reference_texts import fetched_text  # noqa: E402

INDEPENDENT = DATA / "independent.yaml"
FETCHED = DATA / "fetched"
SPLIT = "independent"
# the two job-description fixtures of srbhr/Resume-Matcher name no employer
INDEPENDENT_SIZES = (*SIZES, "unknown")


@dataclass
class Loaded:
    """The postings that could be loaded, the ids skipped for want of text, and problems."""

    postings: dict[str, Posting] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _span(text: str, span: list[int], where: str, out: list[str]) -> str:
    """text[start:end] for a label's span; an empty or out-of-range span is a problem."""
    start, end = span
    if not 0 <= start < end <= len(text):
        out.append(f"{where}: span {span} outside the text ({len(text)} characters)")
        return ""
    return text[start:end]


def _line(text: str, start: int) -> str:
    """The whole line of `text` that the character at `start` sits on."""
    end = text.find("\n", start)
    return text[text.rfind("\n", 0, start) + 1 : len(text) if end < 0 else end]


def _schema_problems(entry: dict[str, Any]) -> list[str]:
    pid = entry["id"]
    out = []
    if entry.get("split") != SPLIT:
        out.append(f"{pid}: split must be {SPLIT}")
    if entry.get("role") not in ROLES:
        out.append(f"{pid}: unknown role {entry.get('role')}")
    if entry.get("company_size") not in INDEPENDENT_SIZES:
        out.append(f"{pid}: unknown size {entry.get('company_size')}")
    source = entry.get("source") or {}
    if not all(source.get(k) for k in ("repository", "path", "commit")):
        out.append(f"{pid}: source needs repository, path and commit")
    names = [s["name"] for s in entry["hard_skills"]]
    if len(names) != len(set(names)):
        out.append(f"{pid}: duplicate hard-skill names")
    for skill in entry["hard_skills"]:
        if skill["level"] not in LEVELS or skill["category"] not in CATEGORIES:
            out.append(f"{pid}: {skill['name']}: level {skill['level']}, {skill['category']}")
        if not skill.get("forms"):
            out.append(f"{pid}: {skill['name']} has no surface form")
    return out


def rebuild(entry: dict[str, Any], text: str) -> tuple[Posting | None, list[str]]:
    """The Posting an entry describes, its forms and non-keywords rebuilt from the spans
    (labels as labels.yaml writes them: forms as strings, non-keywords with text and line)."""
    problems = _schema_problems(entry)
    pid = entry["id"]
    skills = []
    for skill in entry["hard_skills"]:
        where = f"{pid}: {skill['name']}"
        forms = [_span(text, span, where, problems) for span in skill.get("forms") or ()]
        skills.append({**skill, "forms": list(dict.fromkeys(forms))})
    noise = []
    for item in entry.get("non_keywords") or ():
        word = _span(text, item["span"], f"{pid}: non-keyword", problems)
        line = _line(text, item["span"][0])
        noise.append({"text": word, "line": line, "why": item["why"]})
    if problems:
        return None, problems
    labels = {
        **entry,
        "file": f"fetched/{pid}.txt",
        "hard_skills": skills,
        "non_keywords": noise,
    }
    return Posting(pid, text, entry["role"], entry["company_size"], SPLIT, labels), []


def load_independent(path: Path = INDEPENDENT, fetched_dir: Path = FETCHED) -> Loaded:
    """Every posting of independent.yaml whose text is in fetched_dir and checks clean."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    result = Loaded()
    for entry in raw:
        if entry["id"] in result.postings or entry["id"] in result.skipped:
            result.problems.append(f"{entry['id']}: listed twice")
            continue
        text, problem = fetched_text(entry, fetched_dir)
        if problem:
            result.problems.append(problem)
        elif text is None:
            result.skipped.append(entry["id"])
        else:
            posting, problems = rebuild(entry, text)
            result.problems += problems
            if posting is not None:
                result.postings[posting.id] = posting
    return result


def skip_message(loaded: Loaded, fetched_dir: Path = FETCHED) -> str:
    """One line naming the postings skipped for want of their text."""
    return (
        f"skipped {len(loaded.skipped)} without text in {fetched_dir} "
        f"(cut them from their sources as 'changes' says): {', '.join(loaded.skipped)}"
    )


def summary(loaded: Loaded) -> str:
    """Counts of the loaded postings: by role, hard skills, keyword units, non-keywords."""
    postings = list(loaded.postings.values())
    skills = [s for p in postings for s in p.labels["hard_skills"]]
    units = sum(
        len({s.get("group") or s["name"] for s in p.labels["hard_skills"]}) for p in postings
    )
    levels = Counter(s["level"] for s in skills)
    roles = Counter(p.role for p in postings)
    noise = sum(len(p.labels["non_keywords"]) for p in postings)
    return "\n".join(
        [
            f"{len(postings)} postings loaded, {len(loaded.skipped)} skipped, "
            f"{len(loaded.problems)} problems",
            "  " + "  ".join(f"{role} {roles[role]}" for role in ROLES),
            f"  {len(skills)} hard skills ({levels['required']} required, "
            f"{levels['preferred']} preferred) in {units} keyword units; {noise} non-keywords",
        ]
    )


def main() -> int:
    loaded = load_independent()
    print(summary(loaded))
    if loaded.skipped:
        print(skip_message(loaded))
    for problem in loaded.problems:
        print(problem, file=sys.stderr)
    return 1 if loaded.problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
