"""Agreement between two labellers of the ATS set's held-out postings (bench/data/ats).

    python bench/bench_ats_agreement.py [--lines]

Why: the scanner scores far lower on the held-out half than on the tune half, and part of
that gap may be label noise. Comparing an independent second labelling of the held-out
postings (labels_second.yaml, labeller B, made by the same guide without seeing the first
labels or the scanner's output) with labels.yaml (labeller A, the reference) shows how far
two careful people agree, so the scanner's targets can be read against human agreement.

What it prints, per held-out posting and over all of them (micro, every skill counted once):

- precision: B's hard skills that match one of A's, over B's hard skills;
- recall: A's hard skills that one of B's matches, over A's hard skills;
- F1, which for an extraction task (no fixed set of negatives, so no Cohen's kappa) is the
  positive specific agreement between the two labellers, symmetric in A and B;
- level: on the skills both labellers found, how often both say required or both preferred,
  with Cohen's kappa for that two-way choice and the confusion counts;
- grouping: on the same skills, how often both put the skill in a one-of group or both leave
  it on its own;
- every disagreement, for adjudication: the posting, which labeller alone gave the skill (or
  which level each gave), the skill and its surface forms; --lines adds the posting line that
  holds the first form.

Matching rule: a B skill matches an A skill of the same posting when the two share the
canonical name or any surface form, compared with the key the ATS bench uses to look up
labelled skills (`norm` in bench_ats_eval.py: case-insensitive, punctuation other than + and
# dropped, a vendor prefix such as "Amazon" or "Apache" dropped). As in that bench, every
member of a one-of group is a skill of its own (a group member counts when matched), and a
skill may match several skills of the other labeller (B's "machine learning" written
"artificial intelligence/machine learning" matches both A's ML and A's AI); a level is
compared against the first match in the other labeller's order.

Only the label files and the posting texts are read: nothing here runs the scanner.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from ats_eval_data import DATA, load, load_second  # noqa: E402
from bench_ats_eval import norm  # noqa: E402

Skill = dict[str, Any]


def keys(skill: Skill) -> set[str]:
    return {norm(skill["name"]), *(norm(form) for form in skill["forms"])}


def matches(skill: Skill, others: list[Skill]) -> list[Skill]:
    """The other labeller's skills that share a name or surface form with this one."""
    mine = keys(skill)
    return [other for other in others if mine & keys(other)]


class Tally:
    """Counts for one posting or for all of them."""

    def __init__(self) -> None:
        self.b_total = self.b_matched = self.a_total = self.a_found = 0
        self.near_b = self.near_a = 0  # unmatched skills whose forms overlap the other's
        self.levels: Counter[tuple[str, str]] = Counter()  # (A level, B level)
        self.grouping: Counter[tuple[bool, bool]] = Counter()  # (A grouped, B grouped)

    def add(self, other: Tally) -> None:
        self.b_total += other.b_total
        self.b_matched += other.b_matched
        self.a_total += other.a_total
        self.a_found += other.a_found
        self.near_b += other.near_b
        self.near_a += other.near_a
        self.levels.update(other.levels)
        self.grouping.update(other.grouping)

    @property
    def precision(self) -> float:
        return self.b_matched / self.b_total if self.b_total else 0.0

    @property
    def recall(self) -> float:
        return self.a_found / self.a_total if self.a_total else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def level_agreement(self) -> tuple[int, int, float]:
        both = sum(self.levels.values())
        same = self.levels[("required", "required")] + self.levels[("preferred", "preferred")]
        return same, both, kappa(self.levels)

    def row(self, name: str) -> str:
        same, both, k = self.level_agreement()
        level = f"{same}/{both}" if both else "-"
        grouped = sum(n for (a, b), n in self.grouping.items() if a == b)
        return (
            f"  {name:36} A {self.a_total:3d}  B {self.b_total:3d}  "
            f"precision {self.precision:5.3f}  recall {self.recall:5.3f}  F1 {self.f1:5.3f}  "
            f"level {level:>7}  grouping {grouped}/{sum(self.grouping.values())}"
        )


def kappa(levels: Counter[tuple[str, str]]) -> float:
    """Cohen's kappa of the required/preferred choice on skills both labellers found."""
    n = sum(levels.values())
    if not n:
        return float("nan")
    observed = (levels[("required", "required")] + levels[("preferred", "preferred")]) / n
    expected = 0.0
    for level in ("required", "preferred"):
        a = sum(c for (x, _), c in levels.items() if x == level) / n
        b = sum(c for (_, y), c in levels.items() if y == level) / n
        expected += a * b
    return (observed - expected) / (1 - expected) if expected < 1 else float("nan")


def _line(text: str, form: str) -> str:
    at = text.find(form)
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : len(text) if end < 0 else end].strip()
    return line if len(line) <= 160 else line[:157] + "..."


def _contains(longer: str, shorter: str) -> bool:
    pattern = r"(?<![a-z0-9])" + re.escape(shorter) + r"(?![a-z0-9])"
    return re.search(pattern, longer) is not None


def near(skill: Skill, other: Skill) -> bool:
    """Two differently named skills whose surface forms overlap ("high-availability" and
    "high-availability systems"): one form holds the other as whole words, ignoring case."""
    mine = [f.casefold() for f in skill["forms"]]
    theirs = [f.casefold() for f in other["forms"]]
    return any(_contains(x, y) or _contains(y, x) for x in mine for y in theirs)


def compare(
    pid: str, a: list[Skill], b: list[Skill], text: str, with_lines: bool
) -> tuple[Tally, list[tuple[str, str]]]:
    """Tally one posting's two labellings and describe each disagreement."""
    tally = Tally()
    notes: list[tuple[str, str]] = []

    def show(skill: Skill) -> str:
        forms = ", ".join(repr(f) for f in skill["forms"])
        group = f" group {skill['group']}" if skill.get("group") else ""
        return f"{skill['name']} [{skill['level']} {skill['category']}{group}] forms {forms}"

    def note(kind: str, skill: Skill, extra: str = "") -> None:
        notes.append((kind, f"  {pid}: {kind}: {show(skill)}{extra}"))
        if with_lines:
            notes.append(("line", f"      | {_line(text, skill['forms'][0])}"))

    only_b = [skill for skill in b if not matches(skill, a)]
    only_a = [skill for skill in a if not matches(skill, b)]
    tally.b_total, tally.b_matched = len(b), len(b) - len(only_b)
    tally.a_total, tally.a_found = len(a), len(a) - len(only_a)
    tally.near_b = sum(any(near(s, o) for o in only_a) for s in only_b)
    tally.near_a = sum(any(near(s, o) for o in only_b) for s in only_a)
    for skill in a:
        hits = matches(skill, b)
        if not hits:
            continue
        other = hits[0]
        tally.levels[(skill["level"], other["level"])] += 1
        grouped = (bool(skill.get("group")), bool(other.get("group")))
        tally.grouping[grouped] += 1
        if skill["level"] != other["level"]:
            note("level", skill, f"; B: {other['level']}")
        if grouped[0] != grouped[1]:
            note("grouping", skill, f"; B: {show(other)}")
    for skill in only_a:
        alike = [o["name"] for o in only_b if near(skill, o)]
        note("only A", skill, f"; near B's {', '.join(alike)}" if alike else "")
    for skill in only_b:
        note("only B", skill, "; near an A skill" if any(near(skill, o) for o in only_a) else "")
    return tally, notes


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", action="store_true", help="print the posting line per note")
    args = parser.parse_args(argv)
    data = load()
    second = load_second(data)
    print(
        f"ATS label agreement, held-out postings: {len(second)} postings; "
        "A = labels.yaml, B = labels_second.yaml"
    )
    print("  precision/recall/F1 of B against A; level and grouping on skills both found")
    total = Tally()
    notes: list[tuple[str, str]] = []
    for pid, posting in data.postings.items():
        if pid not in second:
            continue
        a_skills = posting.labels["hard_skills"]
        tally, posting_notes = compare(pid, a_skills, second[pid], posting.text, args.lines)
        print(tally.row(pid))
        total.add(tally)
        notes += posting_notes
    print(total.row("all (micro)"))
    near_p = (total.b_matched + total.near_b) / total.b_total
    near_r = (total.a_found + total.near_a) / total.a_total
    print(
        f"  counting the unmatched skills whose forms overlap one of the other labeller's as "
        f"agreed ({total.near_b} of B, {total.near_a} of A): precision {near_p:.3f}, "
        f"recall {near_r:.3f}"
    )
    same, both, k = total.level_agreement()
    lv = total.levels
    print(
        f"\nlevel on the {both} skills of A that B also found: {same}/{both} = "
        f"{same / both:.3f} agree, Cohen's kappa {k:.2f}\n"
        f"  A required/B required {lv[('required', 'required')]}, "
        f"A required/B preferred {lv[('required', 'preferred')]}, "
        f"A preferred/B required {lv[('preferred', 'required')]}, "
        f"A preferred/B preferred {lv[('preferred', 'preferred')]}"
    )
    g = total.grouping
    print(
        f"grouping on the same skills: both in a one-of group {g[(True, True)]}, both alone "
        f"{g[(False, False)]}, only A groups {g[(True, False)]}, only B groups {g[(False, True)]}"
    )
    kinds = Counter(kind for kind, _ in notes)
    print(
        f"disagreements: {kinds['only A']} skills only A gives, {kinds['only B']} only B gives, "
        f"{kinds['level']} levels, {kinds['grouping']} groupings"
    )
    print(
        "\ndisagreements (only A / only B: one labeller alone gives the skill; level, grouping:"
        " both give it, A's label shown first):"
    )
    print("\n".join(line for _, line in notes) if notes else "  none")
    print(f"\nfiles: {DATA / 'labels.yaml'} (A), {DATA / 'labels_second.yaml'} (B)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
