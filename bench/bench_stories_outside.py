"""The STAR analyzer on answers written outside pivotprep, next to a keyword baseline.

Reads the outside labelled set in bench/data/star/ (see its README): per story the
findings an experienced interviewer would raise, a 1-5 rating and the S/T/A/R/O role of
every sentence. For the tune half, the held-out half (never used to change a rule) and,
when their texts were fetched, the independent reference-only stories, it prints:

- precision and recall per finding and micro over the substantive findings (the length
  checks too_short / too_long left out, as the issue asks);
- sentence-role agreement: each labelled sentence is matched by position to the
  analyzer's sentence that covers its middle, and an analyzer "none" counts as O;
- Spearman's rank correlation between the analyzer's score and the 1-5 rating;
- how many answers (all English) were refused.

The keyword baseline is measured in the same run on the same stories: a sentence is S if
it has "when"/"while", A if it has "I did"/"I built", R if it has a number; a component
with no sentence is missing; its score is 25 points per component found.

    python bench/bench_stories_outside.py
    python bench/bench_stories_outside.py --split tune --details

`--split` measures one half only (tune, heldout or independent); `--round N` only the
stories marked `round: N` (the 85 stories of the first two collections carry no round
and are left out by it), so a later round's held-out stories can be reported on their
own as text never read while the analyzer was changed; `--details` lists, per
finding type, the stories it was raised on wrongly or missed, with the analyzer's
reading of each sentence beside the label. Details are printed for the tune half only:
the held-out half is read as its aggregate and never story by story. `--no-headings`
also measures the tune half with its STAR headings removed ("- **Situation:**",
"[Action]", "R:"), the same answers told as prose: rules that hold only because a
heading carried the role show up as findings that change (sentence roles are not
compared there, since the labelled sentences keep their headings).

To measure an earlier analyzer on the same set, put its source first on the path
(`git archive <commit> src | tar -x -C /tmp/prev`, then
`PYTHONPATH=/tmp/prev/src python bench/bench_stories_outside.py`); an analyzer without
the question parameter is run without it.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from inspect import signature

from star_eval_data import Story, load

LENGTH_CODES = ("too_short", "too_long")
TARGETS = {"precision": 0.75, "recall": 0.75, "roles": 0.80, "spearman": 0.70}


@dataclass(frozen=True)
class Reading:
    """What one checker made of one story: finding codes, a role per labelled sentence,
    a score, or that it refused the text."""

    codes: frozenset[str]
    roles: tuple[str, ...]
    score: float
    refused: bool = False


def _spans(story: Story) -> list[tuple[int, int]]:
    """Character span of each labelled sentence in the story's text, found in order."""
    out, cursor = [], 0
    for text, _ in story.sentences:
        start = story.text.find(text, cursor)
        if start < 0:
            start = cursor
        out.append((start, start + len(text)))
        cursor = start + len(text)
    return out


def analyzer_reading(story: Story) -> Reading:
    from pivotprep.core.errors import ValidationError
    from pivotprep.resume.report.translation import find_jargon
    from pivotprep.stories.analyzer.analysis import analyze

    extra = {"question": story.question} if "question" in signature(analyze).parameters else {}
    try:
        result = analyze(story.text, domain=story.domain, jargon_finder=find_jargon, **extra)
    except ValidationError:
        return Reading(frozenset(), tuple("?" for _ in story.sentences), 0.0, refused=True)
    roles = []
    for start, end in _spans(story):
        middle = (start + end) // 2
        label = "none"
        for s in result.sentences:
            if s.sentence.start <= middle < max(s.sentence.end, s.sentence.start + 1):
                label = s.label
                break
        roles.append("O" if label == "none" else label)
    return Reading(frozenset(result.codes), tuple(roles), float(result.score))


def _keyword_role(sentence: str) -> str:
    low = sentence.lower()
    if re.search(r"\b(?:when|while)\b", low):
        return "S"
    if re.search(r"\bi (?:did|built)\b", low):
        return "A"
    if re.search(r"\d", low):
        return "R"
    return "O"


def baseline_reading(story: Story) -> Reading:
    roles = tuple(_keyword_role(text) for text, _ in story.sentences)
    codes = set()
    for key, code in (("S", "missing_situation"), ("A", "missing_action"), ("R", "missing_result")):
        if key not in roles:
            codes.add(code)
    if "R" in roles and "A" in roles and roles.index("R") < roles.index("A"):
        codes.add("result_first")
    score = 25.0 * len({r for r in roles if r in "SAR"})
    return Reading(frozenset(codes), roles, score)


def _ranks(values: list[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def spearman(xs: list[float], ys: list[float]) -> float | None:
    """Spearman's rho with average ranks for ties (None when either side is constant)."""
    if len(xs) < 3:
        return None
    rx, ry = _ranks(xs), _ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    vx = sum((a - mx) ** 2 for a in rx) ** 0.5
    vy = sum((b - my) ** 2 for b in ry) ** 0.5
    return cov / (vx * vy) if vx and vy else None


@dataclass
class Figures:
    counts: dict[str, list[int]]  # code -> [tp, fp, fn]
    agree: int
    sentences: int
    rho: float | None
    refused: int

    def micro(self, codes: tuple[str, ...]) -> tuple[float | None, float | None, int]:
        tp = sum(self.counts[c][0] for c in codes)
        fp = sum(self.counts[c][1] for c in codes)
        fn = sum(self.counts[c][2] for c in codes)
        return (tp / (tp + fp) if tp + fp else None, tp / (tp + fn) if tp + fn else None, tp + fn)


def measure(
    stories: list[Story], read: Callable[[Story], Reading], codes: tuple[str, ...]
) -> Figures:
    counts = {c: [0, 0, 0] for c in codes}
    agree = total = refused = 0
    scores, ratings = [], []
    for story in stories:
        got = read(story)
        refused += got.refused
        expected = set(story.findings)
        for code in codes:
            if code in got.codes and code in expected:
                counts[code][0] += 1
            elif code in got.codes:
                counts[code][1] += 1
            elif code in expected:
                counts[code][2] += 1
        for (_, gold), role in zip(story.sentences, got.roles, strict=True):
            total += 1
            agree += gold == role
        scores.append(got.score)
        ratings.append(float(story.rating))
    return Figures(counts, agree, total, spearman(scores, ratings), refused)


def _f(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.2f}"


def substantive_codes() -> tuple[str, ...]:
    """The finding codes measured here and in the micro figure: the analyzer's codes and
    off_topic, the length checks left out."""
    from pivotprep.stories.analyzer.findings import FINDING_CODES

    return tuple(dict.fromkeys(c for c in (*FINDING_CODES, "off_topic") if c not in LENGTH_CODES))


def report(name: str, stories: list[Story]) -> None:
    codes = substantive_codes()
    ours = measure(stories, analyzer_reading, codes)
    base_codes = ("missing_situation", "missing_action", "missing_result", "result_first")
    base = measure(stories, baseline_reading, base_codes)
    print(f"\n[{name}] {len(stories)} stories, {ours.sentences} labelled sentences")
    print(f"{'finding':22} {'pos':>4}  {'P':>5} {'R':>5}   {'base P':>6} {'base R':>6}")
    for code in codes:
        tp, fp, fn = ours.counts[code]
        if not (tp or fp or fn):
            continue
        p = tp / (tp + fp) if tp + fp else None
        r = tp / (tp + fn) if tp + fn else None
        if code in base.counts:
            btp, bfp, bfn = base.counts[code]
            bp = btp / (btp + bfp) if btp + bfp else None
            br = btp / (btp + bfn) if btp + bfn else None
            cols = f"{_f(bp):>6} {_f(br):>6}"
        else:
            cols = f"{'-':>6} {'-':>6}"
        print(f"{code:22} {tp + fn:4d}  {_f(p)} {_f(r)}   {cols}  (fp {fp})")
    p, r, pos = ours.micro(codes)
    bp, br, _ = base.micro(base_codes)
    sp, sr, spos = ours.micro(base_codes)
    print(f"{'substantive (micro)':22} {pos:4d}  {_f(p)} {_f(r)}")
    print(f"{'structure only (micro)':22} {spos:4d}  {_f(sp)} {_f(sr)}   {_f(bp):>6} {_f(br):>6}")
    roles = ours.agree / ours.sentences if ours.sentences else None
    base_roles = base.agree / base.sentences if base.sentences else None
    print(f"sentence-role agreement: analyzer {_f(roles)}, keyword baseline {_f(base_roles)}")
    print(f"Spearman score vs rating: analyzer {_f(ours.rho)}, keyword baseline {_f(base.rho)}")
    print(f"refused as not English: analyzer {ours.refused} of {len(stories)}")
    if name == "held-out":
        met = [
            (p or 0) >= TARGETS["precision"],
            (r or 0) >= TARGETS["recall"],
            (roles or 0) >= TARGETS["roles"],
            (ours.rho or 0) >= TARGETS["spearman"],
            ours.refused == 0,
        ]
        print(f"targets met (P, R, roles, Spearman, no refusal): {met}")


_HEADING = re.compile(
    r"^(\s*(?:[-*]|\d+[.)])?\s*)(?:\*\*|\[)?(?:situation|task|action|result|learning|s|t|a|r)"
    r"(?:\s*\([^)]*\))?(?:\*\*|\])?\s*(?::|(?<=\])|$)(?:\*\*)?[ \t]*",
    re.I | re.M,
)


def without_headings(story: Story) -> Story:
    """The story told as prose: STAR heading labels removed, the rest of each line kept."""
    text = _HEADING.sub(lambda m: m.group(1), story.text)
    return replace(story, text=text, sentences=())


def _story_details(story: Story, codes: tuple[str, ...]) -> None:
    from pivotprep.resume.report.translation import find_jargon
    from pivotprep.stories.analyzer.analysis import analyze

    got = analyzer_reading(story)
    expected = set(story.findings)
    fp = sorted(c for c in codes if c in got.codes and c not in expected)
    fn = sorted(c for c in codes if c in expected and c not in got.codes)
    if not (fp or fn):
        return
    print(f"\n--- {story.id} rating {story.rating} score {got.score:.0f} fp {fp} fn {fn}")
    for code in fn:
        print(f"    missed {code}: {story.findings[code]}")
    result = analyze(story.text, domain=story.domain, jargon_finder=find_jargon)
    for finding in result.findings:
        if finding.code in fp:
            print(f"    raised {finding.code}: {finding.message} {list(finding.quotes)}")
    for (text, gold), role in zip(story.sentences, got.roles, strict=True):
        mark = "  " if gold == role else "!!"
        print(f"    {mark} {gold}/{role} {text[:110]}")


def details(stories: list[Story]) -> None:
    codes = substantive_codes()
    for story in stories:
        _story_details(story, codes)


def of_round(stories: list[Story], number: int | None) -> list[Story]:
    """The stories marked with one collection round (number None: every story; 0: the
    first collections, which carry no round)."""
    if number is None:
        return stories
    return [s for s in stories if s.round == (number or None)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--split", choices=("all", "tune", "heldout", "independent"), default="all")
    parser.add_argument(
        "--details", action="store_true", help="per-story errors of the tune half (tune only)"
    )
    parser.add_argument(
        "--no-headings", action="store_true", help="also the tune half told as prose (tune only)"
    )
    parser.add_argument(
        "--round",
        type=int,
        default=None,
        help="only the stories of this collection round (0: those of the first collections)",
    )
    args = parser.parse_args(argv)
    if (args.details or args.no_headings) and args.split != "tune":
        parser.error("--details and --no-headings are for the tune half only: add --split tune")
    stories = of_round(load("main.yaml"), args.round)
    if args.split in ("all", "tune"):
        tune = [s for s in stories if s.split == "tune"]
        report("tune", tune)
        if args.no_headings:
            report("tune, headings removed", [without_headings(s) for s in tune])
        if args.details:
            details(tune)
    if args.split in ("all", "heldout"):
        report("held-out", [s for s in stories if s.split == "heldout"])
    if args.split in ("all", "independent"):
        independent = of_round(load("independent.yaml"), args.round)
        if independent:
            report("independent", independent)
        else:
            print("\n[independent] no fetched texts (see bench/data/star/README.md); not measured")
    return 0


if __name__ == "__main__":
    sys.exit(main())
