"""Skill-mention extraction on the TECH and HOUSE benchmarks, against two baselines.

    python bench/bench_resume_extraction.py [--split test|validation]

Data: ../shared/data/skill-extraction-benchmark (Decorte et al. 2022, an extension of
SkillSpan; MIT). Each CSV row is (sentence, span, sub_span, label); every sentence in the
files has at least one annotated span, and a sentence annotated twice appears as two
rows. Gold = the set of distinct spans per sentence (any label, including "LABEL NOT
PRESENT": the span is a skill even when ESCO has no label for it).

Methods, all measured in this run on the same sentences:
- pivotprep: the taxonomy matcher (`resume.extraction.extract_mentions`);
- unigram: every word of 3+ letters that is not a stop word, each as a span
  (Resume-Matcher's keyword method);
- YAKE: `yake.KeywordExtractor(n=3)` per sentence, top-k keyphrases located in the
  sentence (k tuned on validation).

Matching rules, both reported:
- exact: a predicted span is correct when its text equals a gold span's text after
  lower-casing and trimming punctuation and spaces at both ends;
- overlap: a predicted span is correct when it shares at least one word with a gold
  span (character overlap); a gold span is recalled when a prediction overlaps it.
Precision = correct predictions / predictions; recall = recalled gold / gold.
The pivotprep settings (whether ESCO's broad vocabulary is used) and YAKE's k are chosen
on the validation split by exact F1, then reported on the test split. After the table the
bench lists, in words, every metric where pivotprep is below a baseline.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import OrderedDict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT.parent / "shared" / "data" / "skill-extraction-benchmark"

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
    ability skills skill knowledge looking will
    """.split()  # noqa: SIM905
)
WORD = re.compile(r"[A-Za-z][A-Za-z+#.\-]*[A-Za-z+#]|[A-Za-z]")
Span = tuple[int, int]


def load(name: str) -> list[tuple[str, list[Span]]]:
    groups: OrderedDict[str, set[Span]] = OrderedDict()
    with (DATA / name).open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            sentence, span = row["sentence"], row["span"]
            if not span.strip():
                continue
            start = sentence.find(span)
            if start < 0:
                continue
            groups.setdefault(sentence, set()).add(trim(sentence, start, start + len(span)))
    return [(s, sorted(spans)) for s, spans in groups.items()]


def trim(text: str, start: int, end: int) -> Span:
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in "+#"):
        end -= 1
    return start, end


def norm(text: str, span: Span) -> str:
    return " ".join(text[span[0] : span[1]].lower().split())


def score(data: list[tuple[str, list[Span]]], preds: list[list[Span]]) -> dict[str, float]:
    exact_tp_p = exact_tp_g = over_tp_p = over_tp_g = n_pred = n_gold = 0
    for (sentence, gold), pred in zip(data, preds, strict=True):
        gold_text = {norm(sentence, g) for g in gold}
        pred_text = {norm(sentence, p) for p in pred}
        n_pred += len(pred_text)
        n_gold += len(gold_text)
        exact_tp_p += len(pred_text & gold_text)
        exact_tp_g += len(gold_text & pred_text)
        uniq_pred = {norm(sentence, p): p for p in pred}.values()
        uniq_gold = {norm(sentence, g): g for g in gold}.values()
        over_tp_p += sum(any(p[0] < g[1] and g[0] < p[1] for g in gold) for p in uniq_pred)
        over_tp_g += sum(any(p[0] < g[1] and g[0] < p[1] for p in pred) for g in uniq_gold)

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    ep, er = exact_tp_p / max(n_pred, 1), exact_tp_g / max(n_gold, 1)
    op, orr = over_tp_p / max(n_pred, 1), over_tp_g / max(n_gold, 1)
    return {"P": ep, "R": er, "F1": f1(ep, er), "oP": op, "oR": orr, "oF1": f1(op, orr)}


def pivotprep_spans(sentence: str, broad: bool) -> list[Span]:
    from pivotprep.resume.matching.extraction import extract_mentions

    return [(m.start, m.end) for m in extract_mentions(sentence, broad=broad)]


def unigram_spans(sentence: str) -> list[Span]:
    out = []
    for m in WORD.finditer(sentence):
        word = m.group()
        if sum(c.isalpha() for c in word) >= 3 and word.lower() not in STOP:
            out.append((m.start(), m.end()))
    return out


def yake_spans(sentence: str, extractor) -> list[Span]:  # type: ignore[no-untyped-def]
    out = []
    lower = sentence.lower()
    for phrase, _score in extractor.extract_keywords(sentence):
        at = lower.find(phrase.lower())
        if at >= 0:
            out.append((at, at + len(phrase)))
    return out


def run_method(data, fn) -> tuple[dict[str, float], float]:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    preds = [fn(sentence) for sentence, _ in data]
    return score(data, preds), time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="test", choices=["test", "validation"])
    args = parser.parse_args()
    import yake

    # Tune on validation: pivotprep's vocabulary switch and YAKE's k.
    best_broad, best_k = True, 3
    best_f1 = best_yf = -1.0
    val = load("tech_validation_annotations.csv") + load("house_validation_annotations.csv")
    tuning = []
    for broad in (False, True):
        s, _ = run_method(val, lambda t, b=broad: pivotprep_spans(t, b))
        tuning.append(f"  pivotprep broad={broad}: exact F1 {s['F1']:.3f}")
        if s["F1"] > best_f1:
            best_f1, best_broad = s["F1"], broad
    for k in (1, 2, 3, 5, 8):
        ext = yake.KeywordExtractor(lan="en", n=3, top=k)
        s, _ = run_method(val, lambda t, e=ext: yake_spans(t, e))
        tuning.append(f"  YAKE top-{k}: exact F1 {s['F1']:.3f}")
        if s["F1"] > best_yf:
            best_yf, best_k = s["F1"], k
    print("Tuning on validation (TECH+HOUSE):")
    print("\n".join(tuning))
    print(f"  chosen: pivotprep broad={best_broad}, YAKE top-{best_k}\n")

    extractor = yake.KeywordExtractor(lan="en", n=3, top=best_k)
    methods = {
        "pivotprep": lambda t: pivotprep_spans(t, best_broad),
        "unigram": unigram_spans,
        f"YAKE top-{best_k}": lambda t: yake_spans(t, extractor),
    }
    header = (
        f"{'set':<7}{'method':<13}{'P':>6}{'R':>6}{'F1':>6}  | "
        f"{'oP':>6}{'oR':>6}{'oF1':>6} {'ms/sent':>8}"
    )
    print(f"Split: {args.split}. exact = P/R/F1; token overlap = oP/oR/oF1")
    print(header)
    print("-" * len(header))
    ratios = []
    per_corpus: dict[str, dict[str, dict[str, float]]] = {}
    for corpus in ("tech", "house"):
        data = load(f"{corpus}_{args.split}_annotations.csv")
        results = {}
        for name, fn in methods.items():
            s, secs = run_method(data, fn)
            results[name] = s
            print(
                f"{corpus.upper():<7}{name:<13}{s['P']:>6.3f}{s['R']:>6.3f}{s['F1']:>6.3f}  | "
                f"{s['oP']:>6.3f}{s['oR']:>6.3f}{s['oF1']:>6.3f} {1000 * secs / len(data):>8.2f}"
            )
        per_corpus[corpus] = results
        base = max(results["unigram"]["F1"], results[f"YAKE top-{best_k}"]["F1"])
        ratios.append((corpus, results["pivotprep"]["F1"] / base if base else float("inf")))
        print(f"{'':7}({len(data)} sentences, {sum(len(g) for _, g in data)} gold spans)")
    for corpus, ratio in ratios:
        print(f"ratio {corpus.upper()}: pivotprep exact F1 / best baseline exact F1 = {ratio:.2f}x")
    print()
    print("\n".join(shortfalls(per_corpus)))
    print()
    print(REFERENCE)
    return 0


# The published reference point, printed beside our figures so they are read in context.
REFERENCE = (
    "Reference: ESCOXLM-R reports span-F1 62.6 on the full SkillSpan English test set,\n"
    "a trained model scored on every test sentence, including the many with no skill.\n"
    "These local files hold only sentences with at least one skill, so no prediction can\n"
    "fall in a skill-free sentence: precision here is higher than the same extractor\n"
    "would get on the full test set, and the two F1 figures are not directly comparable."
)


METRIC_WORDS = {
    "P": "exact precision",
    "R": "exact recall",
    "F1": "exact F1",
    "oP": "word-overlap precision",
    "oR": "word-overlap recall",
    "oF1": "word-overlap F1",
}


def shortfalls(per_corpus: dict[str, dict[str, dict[str, float]]]) -> list[str]:
    """Every metric where pivotprep is below a baseline, said in words (the issue asks for
    an honest report of where it falls short, not only the ratio where it wins)."""
    lines = ["Where pivotprep falls short of a baseline (same sentences, same run):"]
    for corpus, results in per_corpus.items():
        ours = results["pivotprep"]
        for metric, words in METRIC_WORDS.items():
            for name, theirs in results.items():
                if name == "pivotprep" or ours[metric] >= theirs[metric]:
                    continue
                lines.append(
                    f"- {corpus.upper()}: {words} {ours[metric]:.3f} is below {name}'s "
                    f"{theirs[metric]:.3f} ({theirs[metric] - ours[metric]:.3f} behind)."
                )
    if len(lines) == 1:
        lines.append("- nowhere: pivotprep is at or above both baselines on every metric.")
    else:
        lines.append(
            "Why: the taxonomy finds only skills it has a name for, so a skill written as a "
            'free phrase (say, "keeping calm with angry customers") is missed, which costs '
            "recall. The unigram baseline marks nearly every content word and YAKE a few "
            "phrases per sentence, so both touch most gold spans and win word-overlap recall "
            "and word-overlap F1, while their exact precision is far below pivotprep's. An "
            "ATS scan needs the exact skill, so exact F1 is the figure tuned on."
        )
    return lines


if __name__ == "__main__":
    sys.exit(main())
