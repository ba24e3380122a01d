"""Would a model trained here on the labelled sentences find STAR weaknesses the rules miss?

Issue 12 leaves the method open: better rules or a small model trained on the outside
labelled set. This bench measures the model route before any of it ships. For three
findings whose misses on unseen answers are told "in words no rule lists" (vague_actions,
unquantified_result, filler), a sentence is positive when it holds one of the labelled
quotes of that finding. A logistic regression over all-MiniLM-L6-v2 sentence embeddings
(the `[semantic]` extra) is trained and scored leave-one-source-out on the tune half only:
every source's sentences are scored by a model that never saw that source, which is what
an answer from a new writer looks like. A story is flagged when one of its sentences
scores above the threshold.

Printed per finding: the sentence-level ROC AUC, then story-level precision and recall at
three thresholds. Beside them, in the same run on the same stories, the analyzer's rules;
they were shaped on this tune half, so theirs is an in-sample figure, an upper bound of
what they do on new text (their held-out figures are in bench/data/star/README.md).

    python bench/bench_stories_learned.py

Needs the `[semantic]` extra and scikit-learn (installed with it); says so and stops
without them. The held-out half is never read here.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench_stories_outside import analyzer_reading
from star_eval_data import Story, load

CODES = ("vague_actions", "unquantified_result", "filler")
THRESHOLDS = (0.5, 0.7, 0.85)


def _sentence_rows(stories: Sequence[Story], code: str) -> tuple[list[str], list[int]]:
    """Every labelled sentence's text, and whether it holds a quote of the finding."""
    texts, labels = [], []
    for story in stories:
        quotes = [q for q in story.findings.get(code, ()) if q]
        for text, _role in story.sentences:
            texts.append(text)
            labels.append(int(any(q in text for q in quotes)))
    return texts, labels


def _out_of_source_scores(vectors, labels, groups):  # type: ignore[no-untyped-def]
    """Each sentence scored by a model trained on every other source's sentences."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    y = np.array(labels)
    scores = np.zeros(len(y))
    for group in sorted(set(groups)):
        test = np.array([g == group for g in groups])
        if y[~test].sum() == 0:
            continue
        model = LogisticRegression(class_weight="balanced", max_iter=2000)
        model.fit(vectors[~test], y[~test])
        scores[test] = model.predict_proba(vectors[test])[:, 1]
    return scores


def _story_pr(flags: dict[str, bool], stories: Sequence[Story], code: str) -> str:
    tp = sum(flags[s.id] and code in s.findings for s in stories)
    fp = sum(flags[s.id] and code not in s.findings for s in stories)
    fn = sum(not flags[s.id] and code in s.findings for s in stories)
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    return f"P {precision:4.2f} R {recall:4.2f} ({tp} right, {fp} wrong, {fn} missed)"


def _measure(code: str, stories: Sequence[Story], encode, rules: dict[str, frozenset]) -> None:  # type: ignore[no-untyped-def]
    from sklearn.metrics import roc_auc_score

    texts, labels = _sentence_rows(stories, code)
    owners = [s for s in stories for _ in s.sentences]
    scores = _out_of_source_scores(encode(texts), labels, [s.source for s in owners])
    print(
        f"\n{code}: {sum(labels)} labelled sentences of {len(labels)}, "
        f"{sum(code in s.findings for s in stories)} stories"
    )
    print(f"  learned, sentence ROC AUC (out of source): {roc_auc_score(labels, scores):.2f}")
    for threshold in THRESHOLDS:
        flags = {s.id: False for s in stories}
        for owner, score in zip(owners, scores, strict=True):
            flags[owner.id] |= bool(score > threshold)
        print(f"  learned, stories, score > {threshold:.2f}: {_story_pr(flags, stories, code)}")
    rule_flags = {s.id: code in rules[s.id] for s in stories}
    print(f"  rules (in-sample: shaped on these): {_story_pr(rule_flags, stories, code)}")


def main() -> int:
    from pivotprep.resume.matching import semantic

    if not semantic.available():
        print("needs the [semantic] extra (sentence-transformers, all-MiniLM-L6-v2); not run")
        return 0
    stories = [s for s in load("main.yaml") if s.split == "tune" and s.sentences]
    model = semantic.model()

    def encode(texts: list[str]):  # type: ignore[no-untyped-def]
        return model.encode(texts, normalize_embeddings=True, convert_to_numpy=True)

    rules = {s.id: analyzer_reading(s).codes for s in stories}
    print(f"tune half: {len(stories)} stories from {len({s.source for s in stories})} sources")
    for code in CODES:
        _measure(code, stories, encode, rules)
    return 0


if __name__ == "__main__":
    sys.exit(main())
