"""The ATS scan on the hand-labelled evaluation set (bench/data/ats), against two baselines.

    python bench/bench_ats_eval.py [--split heldout|tune|all|independent] [--round N] [--details]

`--round N` keeps only the postings labelled with `round: N` in labels.yaml (and their
pairs), so the postings a round added can be reported on their own; default all rounds.

`--split independent` measures the reference-only postings of independent.yaml (sources kept
out of labels.yaml; their texts must first be cut into bench/data/ats/fetched/, see the
README's "Independent check"): keyword precision, recall and noise only, since they have no
resume pairs (decisions, correlation and time print as n/a). Postings without their text are
skipped with a message; a text that does not match its hash stops the run.

For every posting of the split the scan's hard-skill keywords are compared with the hand
labels; for every pair its matched/missing calls and its rate are compared with the labelled
statuses and the labelled true coverage. Methods, all run in this process on the same files:

- pivotprep: `pivotprep.resume.service.scan_texts` on the documents as `read_job` and
  `read_resume` read them (the whole scan a user runs, without storing);
- literal: every taxonomy skill whose name or alias occurs in the posting, with no reading
  of the posting's structure (no sections, no negation, no context guards): what a plain
  keyword list finds; a skill is matched when the resume names it the same way;
- unigram: every word of 3+ letters that is not a stop word is a keyword (the method of
  simple resume matchers); a labelled skill counts as found when one of its words is one.

Figures (targets from the issue in brackets):
- precision [>= 0.95]: extracted hard skills that are labelled hard skills of the posting;
- recall [>= 0.85]: labelled hard skills the scan extracts (a one-of group member counts);
- decisions [>= 0.95]: labelled skills both extracted and called matched/missing like the
  label, over the labelled skills extracted;
- noise: extracted keywords whose every job occurrence lies on a line labelled as a
  non-keyword line (company text, benefit, EEO, link, negation) [0]; in brackets, how many
  of them are not labelled skills of the posting either (a labelled skill can share its
  line with a non-keyword: "we are using Python 3 ... we occasionally code in Go");
- correlation [>= 0.85]: Pearson correlation of the rate with labelled true coverage;
- time: wall time per pair of the whole scan (reading both documents included).
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import time
from functools import lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from ats_eval_data import EvalSet, Pair, Posting, load  # noqa: E402
from ats_independent_data import FETCHED, INDEPENDENT, load_independent, skip_message  # noqa: E402

STOP = frozenset(
    """
    a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for
    from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your yours
    yourself yourselves also must may well able new within across like etc including using
    use used work working role team teams job experience years year strong good great
    ability skills skill knowledge looking
    """.split()  # noqa: SIM905
)
WORD = re.compile(r"[A-Za-z][A-Za-z+#.\-]*[A-Za-z+#]|[A-Za-z]")


VENDOR = re.compile(r"^(?:amazon|aws|apache|microsoft|google|oracle)\s+", re.IGNORECASE)


def norm(text: str) -> str:
    """A comparison key: lower case, a vendor prefix ("Amazon DynamoDB") and punctuation
    other than + and # dropped."""
    return re.sub(r"[^a-z0-9+#]+", "", VENDOR.sub("", text.strip()).lower())


class Gold:
    """A posting's labelled hard skills, looked up by any name or surface form."""

    def __init__(self, posting: Posting) -> None:
        self.skills = [s["name"] for s in posting.labels["hard_skills"]]
        self.keys: dict[str, str] = {}
        for skill in posting.labels["hard_skills"]:
            self.keys[norm(skill["name"])] = skill["name"]
            for form in skill["forms"]:
                self.keys.setdefault(norm(form), skill["name"])
        self.noise_lines = [n["line"] for n in posting.labels["non_keywords"]]

    def find(self, names: list[str]) -> str | None:
        for name in names:
            hit = self.keys.get(norm(name))
            if hit is not None:
                return hit
        return None


# ---- pivotprep ---------------------------------------------------------------------------


def run_pivotprep(posting: Posting, resume_text: str) -> tuple[Any, float]:
    from pivotprep.resume.documents.reading import read_job, read_resume
    from pivotprep.resume.service import job_input, resume_input, scan_texts

    started = time.perf_counter()
    job = read_job(posting.text, Path(posting.labels["file"]).name)
    doc = read_resume(resume_text.encode("utf-8"), "resume.md")
    report, _triage = scan_texts(resume_input(doc), job_input(job))
    return report, time.perf_counter() - started


def pivotprep_calls(report: Any) -> list[tuple[list[str], bool, list[tuple[int, int]]]]:
    """(names, matched, job spans) per extracted hard skill; a group gives one per member."""
    out = []
    for kw in report.keywords:
        if kw.kind != "hard_skills":
            continue
        if kw.alternatives:
            written = _member_forms(kw.job_forms)
            for member in kw.alternatives:
                names = [member, *written.get(member, [])]
                out.append((names, member in kw.matched_by, kw.job_spans))
        else:
            out.append(([kw.name, *kw.job_forms], kw.matched, kw.job_spans))
    return out


def _member_forms(forms: list[str]) -> dict[str, list[str]]:
    """How the job wrote each member of a one-of group ("Containers" for containerization)."""
    from pivotprep.resume.matching.extraction import extract_mentions

    written: dict[str, list[str]] = {}
    for form in forms:
        for mention in extract_mentions(form):
            written.setdefault(mention.skill.name, []).append(form)
    return written


# ---- literal baseline --------------------------------------------------------------------


@lru_cache(maxsize=1)
def _literal_patterns() -> list[tuple[str, re.Pattern[str]]]:
    from pivotprep.resume.matching.taxonomy import load_taxonomy

    out = []
    for skill in load_taxonomy().skills.values():
        if skill.is_broad or not skill.is_hard:
            continue
        for alias in sorted({skill.name, *skill.aliases}):
            pattern = r"(?<![\w+#])" + re.escape(alias.lower()) + r"(?![\w+#])"
            out.append((skill.name, re.compile(pattern)))
    return out


@lru_cache(maxsize=64)
def _literal_names(text: str) -> dict[str, list[tuple[int, int]]]:
    found: dict[str, list[tuple[int, int]]] = {}
    lower = text.lower()
    for name, pattern in _literal_patterns():
        spans = [(m.start(), m.end()) for m in pattern.finditer(lower)]
        if spans:
            found.setdefault(name, []).extend(spans)
    return found


def literal_calls(posting: Posting, resume: str) -> list[tuple[list[str], bool, list]]:
    in_resume = _literal_names(resume)
    return [
        ([name], name in in_resume, spans) for name, spans in _literal_names(posting.text).items()
    ]


# ---- unigram baseline --------------------------------------------------------------------


def _unigrams(text: str) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {}
    for m in WORD.finditer(text):
        word = m.group().lower()
        if len(word) >= 3 and word not in STOP:
            out.setdefault(word, []).append((m.start(), m.end()))
    return out


def unigram_calls(posting: Posting, resume: str) -> list[tuple[list[str], bool, list]]:
    in_resume = _unigrams(resume)
    return [([w], w in in_resume, spans) for w, spans in _unigrams(posting.text).items()]


def unigram_gold(posting: Posting) -> Gold:
    """For unigrams a labelled skill is found through any of its words."""
    gold = Gold(posting)
    for skill in posting.labels["hard_skills"]:
        for form in [skill["name"], *skill["forms"]]:
            for word in WORD.findall(form):
                gold.keys.setdefault(norm(word), skill["name"])
    return gold


# ---- scoring -----------------------------------------------------------------------------


class Score:
    def __init__(self) -> None:
        self.predicted = self.correct = self.gold = self.recalled = 0
        self.decided = self.right = self.noise = self.noise_unlabelled = 0
        self.noisy: list[str] = []
        self.rates: list[float] = []
        self.coverages: list[float] = []
        self.times: list[float] = []
        self.wrong: list[str] = []
        self.missed: list[str] = []
        self.bad_calls: list[str] = []

    def extraction(self, posting: Posting, calls: list, gold: Gold) -> None:
        found: set[str] = set()
        line_spans = _noise_spans(posting.text, gold.noise_lines)
        for names, _matched, spans in calls:
            self.predicted += 1
            hit = gold.find(names)
            if hit is None:
                self.wrong.append(f"{posting.id}: {names[0]}")
            else:
                self.correct += 1
                found.add(hit)
            if spans and all(any(s <= a and b <= e for s, e in line_spans) for a, b in spans):
                self.noise += 1
                self.noise_unlabelled += hit is None
                label = "" if hit is None else " (a labelled skill)"
                self.noisy.append(f"{posting.id}: {names[0]}{label}")
        self.gold += len(gold.skills)
        self.recalled += len(found)
        self.missed += [f"{posting.id}: {s}" for s in gold.skills if s not in found]

    def decisions(self, pair: Pair, calls: list, gold: Gold) -> None:
        said: dict[str, bool] = {}
        for names, matched, _spans in calls:
            hit = gold.find(names)
            if hit is not None:
                said[hit] = said.get(hit, False) or matched
        for skill in pair.skills:
            if skill["name"] in said:
                self.decided += 1
                ok = said[skill["name"]] == (skill["status"] == "matched")
                self.right += ok
                if not ok:
                    self.bad_calls.append(f"{pair.id}: {skill['name']} said {said[skill['name']]}")

    def row(self, name: str) -> str:
        p = self.correct / self.predicted if self.predicted else 0.0
        r = self.recalled / self.gold if self.gold else 0.0
        if self.times:
            d = self.right / self.decided if self.decided else 0.0
            corr = pearson(self.rates, self.coverages) if self.rates else float("nan")
            ms = 1000 * sum(self.times) / len(self.times)
            decisions, correlation, per_pair = f"{d:5.3f}", f"{corr:5.2f}", f"{ms:6.1f}"
        else:  # no resume pairs (the independent split): nothing decided, rated or timed
            decisions, correlation, per_pair = "  n/a", "  n/a", "   n/a"
        return (
            f"  {name:10} precision {p:5.3f}  recall {r:5.3f}  decisions {decisions}"
            f"  noise {self.noise:3d} ({self.noise_unlabelled:3d})  corr {correlation}"
            f"  {per_pair} ms/pair"
        )


def _noise_spans(text: str, lines: list[str]) -> list[tuple[int, int]]:
    spans = []
    for needle in lines:
        for m in re.finditer(re.escape(needle), text):
            start = text.rfind("\n", 0, m.start()) + 1
            end = text.find("\n", m.end())
            spans.append((start, len(text) if end < 0 else end))
    return spans


def pearson(xs: list[float], ys: list[float]) -> float:
    n = len(xs)
    if n < 2:
        return float("nan")
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sx = math.sqrt(sum((x - mx) ** 2 for x in xs))
    sy = math.sqrt(sum((y - my) ** 2 for y in ys))
    return sxy / (sx * sy) if sx and sy else float("nan")


def literal_rate(calls: list) -> float:
    return 100.0 * sum(m for _, m, _ in calls) / len(calls) if calls else 0.0


def selected(posting: Posting, split: str, rnd: int | tuple[int, int] | None) -> bool:
    """Whether a posting belongs to the split ("all": any) and the round (None: any; 0:
    the postings of the first rounds, which carry no round; (a, b): rounds a to b, 0 for
    the first rounds)."""
    if split not in ("all", posting.split):
        return False
    if rnd is None:
        return True
    if isinstance(rnd, tuple):
        return rnd[0] <= (posting.round or 0) <= rnd[1]
    return (rnd or None) == posting.round


def round_range(text: str) -> int | tuple[int, int]:
    """A --round value: one round ("12") or an inclusive range ("13-17"; "0-12" is the
    first rounds and rounds up to 12)."""
    first, dash, last = text.partition("-")
    return (int(first), int(last)) if dash else int(first)


def evaluate(
    data: EvalSet,
    split: str,
    rnd: int | tuple[int, int] | None = None,
    any_resume: str | None = None,
) -> dict[str, Score]:
    """Score every method on the split's postings and pairs. Keyword extraction runs each
    posting against `any_resume` (default: the first pair's resume), which it does not use."""
    scores = {name: Score() for name in ("pivotprep", "literal", "unigram")}
    postings = [p for p in data.postings.values() if selected(p, split, rnd)]
    pairs = [p for p in data.pairs if selected(p.posting, split, rnd)]
    any_resume = any_resume if any_resume is not None else data.pairs[0].resume_text
    for posting in postings:
        report, _ = run_pivotprep(posting, any_resume)
        scores["pivotprep"].extraction(posting, pivotprep_calls(report), Gold(posting))
        scores["literal"].extraction(posting, literal_calls(posting, ""), Gold(posting))
        scores["unigram"].extraction(posting, unigram_calls(posting, ""), unigram_gold(posting))
    for pair in pairs:
        report, seconds = run_pivotprep(pair.posting, pair.resume_text)
        gold = Gold(pair.posting)
        score = scores["pivotprep"]
        score.decisions(pair, pivotprep_calls(report), gold)
        score.rates.append(report.rate)
        score.coverages.append(pair.coverage or 0.0)
        score.times.append(seconds)
        for name, fn, g in (
            ("literal", literal_calls, gold),
            ("unigram", unigram_calls, unigram_gold(pair.posting)),
        ):
            started = time.perf_counter()
            calls = fn(pair.posting, pair.resume_text)
            scores[name].times.append(time.perf_counter() - started)
            scores[name].decisions(pair, calls, g)
            scores[name].rates.append(literal_rate(calls))
            scores[name].coverages.append(pair.coverage or 0.0)
    return scores


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--split", default="heldout", choices=("heldout", "tune", "all", "independent")
    )
    parser.add_argument(
        "--round",
        type=round_range,
        default=None,
        help="only postings of this round (0: the first rounds) or range of rounds (13-17)",
    )
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args(argv)
    if args.split == "independent":
        return run_independent(args.details)
    data = load()
    n_post = sum(1 for p in data.postings.values() if selected(p, args.split, args.round))
    if not n_post:
        print(f"no postings in split {args.split}, round {args.round}", file=sys.stderr)
        return 1
    n_pair = sum(1 for p in data.pairs if selected(p.posting, args.split, args.round))
    rnd = args.round
    rounds = f"{rnd[0]}-{rnd[1]}" if isinstance(rnd, tuple) else rnd
    which = args.split if args.round is None else f"{args.split}, round {rounds}"
    print(f"ATS evaluation set, {which}: {n_post} postings, {n_pair} pairs")
    print("  targets: precision >= 0.95, recall >= 0.85, decisions >= 0.95, noise 0, corr >= 0.85")
    scores = evaluate(data, args.split, args.round)
    for name, score in scores.items():
        print(score.row(name))
    if args.details:
        mine = scores["pivotprep"]
        print("\nextracted, not a labelled skill:\n  " + "\n  ".join(mine.wrong))
        print("\nlabelled, not extracted:\n  " + "\n  ".join(mine.missed))
        print("\nnoise:\n  " + "\n  ".join(mine.noisy))
        print("\nwrong calls:\n  " + "\n  ".join(mine.bad_calls))
        for r, c in zip(mine.rates, mine.coverages, strict=True):
            print(f"  rate {r:5.1f}  coverage {100 * c:5.1f}")
    return 0


def run_independent(details: bool, path: Path = INDEPENDENT, fetched_dir: Path = FETCHED) -> int:
    """The reference-only postings of independent.yaml: keyword figures, no pairs."""
    loaded = load_independent(path, fetched_dir)
    if loaded.skipped:
        print(skip_message(loaded, fetched_dir), file=sys.stderr)
    if loaded.problems:
        print("\n".join(loaded.problems), file=sys.stderr)
        return 1
    if not loaded.postings:
        print("no independent posting has its text; nothing measured", file=sys.stderr)
        return 1
    labelled = load()
    data = EvalSet(loaded.postings, [], labelled.weights)
    print(f"ATS evaluation set, independent: {len(data.postings)} postings, 0 pairs")
    print("  targets: precision >= 0.95, recall >= 0.85, noise 0 (no pairs: decisions, corr n/a)")
    scores = evaluate(data, "independent", any_resume=labelled.pairs[0].resume_text)
    for name, score in scores.items():
        print(score.row(name))
    if details:
        mine = scores["pivotprep"]
        print("\nextracted, not a labelled skill:\n  " + "\n  ".join(mine.wrong))
        print("\nlabelled, not extracted:\n  " + "\n  ".join(mine.missed))
        print("\nnoise:\n  " + "\n  ".join(mine.noisy))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
