"""Load and validate the hand-labelled ATS evaluation set in bench/data/ats.

    python bench/ats_eval_data.py      # validates the set and prints its make-up

The set is real job postings (public sources with permissive licences, listed in
bench/data/ats/SOURCES), synthetic resumes, and hand labels in labels.yaml (schema and
labelling guide in bench/data/ats/README.md). Loading checks every label against the text
it points to, so a label that drifts from its file fails loudly instead of skewing a score:
surface forms must occur in the posting, non-keywords on the line given, evidence in the
resume, and each pair's coverage must equal the one recomputed from its skill statuses.

A posting may carry `round: N`, the labelling round that added it (postings without it
predate the field); `bench_ats_eval.py --round N` measures those postings and their pairs only.

labels_second.yaml, a second labeller's hard skills for the held-out postings (used by
bench/bench_ats_agreement.py), is checked the same way by `load_second`: one entry per
held-out posting that has no `round` (later rounds were not labelled twice), known levels
and categories, and every surface form in its posting.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parent / "data" / "ats"
ROLES = ("data-analyst", "data-engineer", "data-scientist", "ml-engineer", "backend-engineer")
SIZES = ("<50", "50-500", "500+")
SPLITS = ("tune", "heldout")
LEVELS = ("required", "preferred")
CATEGORIES = ("language", "framework", "tool", "database", "cloud", "concept", "practice")


class LabelError(ValueError):
    """A label that does not agree with the text it describes."""


@dataclass(frozen=True)
class Posting:
    id: str
    text: str
    role: str
    company_size: str
    split: str
    labels: dict[str, Any]
    round: int | None = None


@dataclass(frozen=True)
class Pair:
    id: str
    posting: Posting
    resume_id: str
    resume_text: str
    split: str
    skills: list[dict[str, Any]]
    coverage: float | None


@dataclass(frozen=True)
class EvalSet:
    postings: dict[str, Posting]
    pairs: list[Pair]
    weights: dict[str, int]


def coverage(
    hard_skills: list[dict[str, Any]], matched: set[str], weights: dict[str, int]
) -> float | None:
    """Weighted share of the posting's keyword units that the resume evidences.

    A one-of group ("Python or R") is one unit, matched by any member, weighted by its
    strongest level. None when the posting names no hard skill.
    """
    units: dict[str, tuple[int, bool]] = {}
    for skill in hard_skills:
        key = skill.get("group") or skill["name"]
        weight, hit = units.get(key, (0, False))
        units[key] = (max(weight, weights[skill["level"]]), hit or skill["name"] in matched)
    total = sum(w for w, _ in units.values())
    if not total:
        return None
    return round(sum(w for w, h in units.values() if h) / total, 4)


def _check(cond: bool, message: str) -> None:
    if not cond:
        raise LabelError(message)


def _posting(raw: dict[str, Any]) -> Posting:
    pid = raw["id"]
    text = (DATA / raw["file"]).read_text(encoding="utf-8")
    _check(raw["role"] in ROLES, f"{pid}: unknown role {raw['role']}")
    _check(raw["company_size"] in SIZES, f"{pid}: unknown size {raw['company_size']}")
    _check(raw["split"] in SPLITS, f"{pid}: unknown split {raw['split']}")
    rnd = raw.get("round")
    _check(
        rnd is None or (isinstance(rnd, int) and rnd > 0), f"{pid}: round must be a positive int"
    )
    names = [s["name"] for s in raw["hard_skills"]]
    _check(len(names) == len(set(names)), f"{pid}: duplicate hard-skill names")
    for skill in raw["hard_skills"]:
        _check(skill["level"] in LEVELS, f"{pid}: {skill['name']} has level {skill['level']}")
        for form in skill["forms"]:
            _check(form in text, f"{pid}: form {form!r} of {skill['name']} is not in the posting")
    for item in raw["non_keywords"]:
        lines = [ln for ln in text.splitlines() if item["line"] in ln]
        _check(bool(lines), f"{pid}: non-keyword line {item['line']!r} is not in the posting")
        _check(item["text"] in item["line"], f"{pid}: non-keyword {item['text']!r} not on its line")
    return Posting(pid, text, raw["role"], raw["company_size"], raw["split"], raw, rnd)


def _pair(raw: dict[str, Any], postings: dict[str, Posting], weights: dict[str, int]) -> Pair:
    posting = postings[raw["posting"]]
    files = sorted((DATA / "resumes").glob(raw["resume"] + ".*"))
    _check(len(files) == 1, f"{raw['id']}: resume {raw['resume']} not found once")
    resume = files[0].read_text(encoding="utf-8")
    labelled = [s["name"] for s in raw["skills"]]
    expected = [s["name"] for s in posting.labels["hard_skills"]]
    _check(labelled == expected, f"{raw['id']}: skills differ from the posting's hard skills")
    matched = set()
    for skill in raw["skills"]:
        if skill["status"] == "matched":
            _check(
                skill["evidence"] is not None and skill["evidence"] in resume,
                f"{raw['id']}: evidence for {skill['name']} is not in the resume",
            )
            _check(
                skill["form"] in ("exact", "variant"), f"{raw['id']}: bad form for {skill['name']}"
            )
            matched.add(skill["name"])
        else:
            _check(
                skill["status"] == "missing" and skill["evidence"] is None,
                f"{raw['id']}: {skill['name']} must be matched with evidence or missing without",
            )
    want = coverage(posting.labels["hard_skills"], matched, weights)
    _check(raw["coverage"] == want, f"{raw['id']}: coverage {raw['coverage']} != {want}")
    _check(raw["split"] == posting.split, f"{raw['id']}: split differs from its posting's")
    return Pair(raw["id"], posting, raw["resume"], resume, raw["split"], raw["skills"], want)


def load(path: Path = DATA / "labels.yaml") -> EvalSet:
    """Read labels.yaml and the files it names; raise LabelError on any disagreement."""
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    weights = {k: int(v) for k, v in doc["weights"].items()}
    postings = {p["id"]: _posting(p) for p in doc["postings"]}
    _check(len(postings) == len(doc["postings"]), "duplicate posting ids")
    pairs = [_pair(p, postings, weights) for p in doc["pairs"]]
    return EvalSet(postings, pairs, weights)


def load_second(
    data: EvalSet, path: Path = DATA / "labels_second.yaml"
) -> dict[str, list[dict[str, Any]]]:
    """Read a second labelling of the held-out postings' hard skills, checked like labels.yaml.

    Returns the hard skills by posting id. Raises LabelError when a posting is not a held-out
    posting of `data`, a held-out posting is missing or repeated, a name repeats within a
    posting, a level or category is unknown, or a surface form does not occur in the posting.
    """
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    # the second labelling predates the `round` field: it covers the held-out postings without one
    heldout = {pid for pid, p in data.postings.items() if p.split == "heldout" and p.round is None}
    out: dict[str, list[dict[str, Any]]] = {}
    for raw in doc["postings"]:
        pid = raw["id"]
        _check(pid in heldout, f"{path.name}: {pid} is not a held-out posting")
        _check(pid not in out, f"{path.name}: {pid} is labelled twice")
        text = data.postings[pid].text
        names = [s["name"] for s in raw["hard_skills"]]
        _check(len(names) == len(set(names)), f"{path.name}: {pid}: duplicate hard-skill names")
        for skill in raw["hard_skills"]:
            where = f"{path.name}: {pid}: {skill['name']}"
            _check(skill["level"] in LEVELS, f"{where} has level {skill['level']}")
            _check(skill["category"] in CATEGORIES, f"{where} has category {skill['category']}")
            _check(bool(skill["forms"]), f"{where} has no surface form")
            for form in skill["forms"]:
                _check(form in text, f"{where}: form {form!r} is not in the posting")
        out[pid] = raw["hard_skills"]
    _check(set(out) == heldout, f"{path.name}: held-out postings missing: {heldout - set(out)}")
    return out


def summary(data: EvalSet) -> str:
    """The set's make-up by role, size and split, as printed by the self check."""
    rows = Counter((p.role, p.company_size, p.split) for p in data.postings.values())
    out = [
        f"{len(data.postings)} postings, {len(data.pairs)} pairs, "
        f"{len({p.resume_id for p in data.pairs})} resumes used"
    ]
    for role in ROLES:
        cells = [
            f"{size} {rows[(role, size, 'tune')]}/{rows[(role, size, 'heldout')]}" for size in SIZES
        ]
        out.append(f"  {role:17} " + "  ".join(cells) + "   (tune/heldout)")
    rounds = Counter((p.round, p.split) for p in data.postings.values() if p.round)
    for rnd in sorted({r for r, _ in rounds}):
        out.append(f"  round {rnd}: {rounds[(rnd, 'tune')]}/{rounds[(rnd, 'heldout')]} postings")
    split_pairs = Counter(p.split for p in data.pairs)
    out.append(f"  pairs: tune {split_pairs['tune']}, heldout {split_pairs['heldout']}")
    covs = [p.coverage for p in data.pairs if p.coverage is not None]
    mean = sum(covs) / len(covs)
    out.append(f"  coverage: min {min(covs):.2f}, mean {mean:.2f}, max {max(covs):.2f}")
    return "\n".join(out)


def main() -> int:
    data = load()
    print(summary(data))
    splits = Counter(p.split for p in data.postings.values())
    if abs(splits["tune"] - splits["heldout"]) > 1:
        print(f"unbalanced split: {dict(splits)}", file=sys.stderr)
        return 1
    print("labels agree with their files")
    second = DATA / "labels_second.yaml"
    if second.exists():
        skills = load_second(data, second)
        n = sum(len(v) for v in skills.values())
        print(
            f"{second.name}: {len(skills)} held-out postings, {n} hard skills, forms in their files"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
