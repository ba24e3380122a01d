"""Complexity classification accuracy: pivotprep's fit vs the `big-o` package, same run.

Functions whose class is known: each problem's reference (meta.yaml's complexity.time) and
each too-slow wrong_*.py whose docstring states its class, e.g. "Correct but slow: O(n^2)".
pivotprep times in the sandbox (CPU time, batched calls, repeats; see judge.time_code);
big-o times in-process on the same generate(n) inputs over the same sizes. Every such
function is measured (about 4 minutes on 2 cores); PIVOTPREP_BENCH_SAMPLE=12 measures a
random sample for a quick look. Accuracy is reported exact and within one class (n vs
n log n). big-o chooses only among the classes pivotprep knows (BIG_O_CLASSES: no
"Polynomial"), so a fit outside our table is not counted against it. Exits 0.
"""

from __future__ import annotations

import os
import random
import re
import sys
import time

import big_o

from pivotprep.practice import complexity as cx
from pivotprep.practice.judge import harness
from pivotprep.practice.problems import load_packs
from pivotprep.practice.submit import estimate

BIG_O_NAMES = {
    "Constant": "1",
    "Logarithmic": "log n",
    "Linear": "n",
    "Linearithmic": "n log n",
    "Quadratic": "n^2",
    "Cubic": "n^3",
    "Exponential": "2^n",
}
BIG_O_CLASSES = [getattr(big_o.complexities, name) for name in BIG_O_NAMES]
STATED = re.compile(r"O\(([^)]*)\)")


def normalise(text: str) -> str | None:
    t = text.replace(" ", "").replace("·", "").replace("*", "").replace("²", "^2").lower()
    table = {
        "1": "1",
        "logn": "log n",
        "n": "n",
        "nlogn": "n log n",
        "n^2": "n^2",
        "n^3": "n^3",
        "2^n": "2^n",
    }
    return table.get(t)


def known_functions():
    items = []
    for pack in load_packs().values():
        meta = pack.meta
        if not meta.complexity_check or meta.kind != "function":
            continue
        items.append((pack, pack.reference_path, meta.complexity.time))
        for path in pack.wrong_paths():
            doc = pack.wrong_docstring(path)
            match = STATED.search(doc)
            if "slow" in doc.lower() and match and normalise(match.group(1)):
                items.append((pack, path, normalise(match.group(1))))
    return items


def pick(items):
    sample = int(os.environ.get("PIVOTPREP_BENCH_SAMPLE") or 0)
    if not sample:
        return items
    refs = [i for i in items if i[1].name == "reference.py"]
    slow = [i for i in items if i[1].name != "reference.py"]
    rng = random.Random(4)
    return rng.sample(refs, min(len(refs), sample // 2)) + rng.sample(
        slow, min(len(slow), sample - sample // 2)
    )


def big_o_estimate(pack, code: str, sizes: list[int]) -> str:
    namespace = harness.load_module(code)
    config = {
        "entry": pack.meta.entry,
        "kind": pack.meta.kind,
        "arguments": dict(pack.meta.arguments),
        "returns": pack.meta.returns,
    }
    gen = harness.load_module(pack.generate_path.read_text(), {"random": random})["generate"]
    return big_o_class(namespace, config, gen, sizes)


def big_o_class(namespace, config: dict, gen, sizes: list[int]) -> str:
    """big-o's class for the entry in `namespace`, timed in this process on gen(n) over
    `sizes` (3 repeats, the classes pivotprep knows), in pivotprep's names."""
    rng = random.Random(7)

    def run(payload):
        return harness.make_call(namespace, config, payload)()

    best, _ = big_o.big_o(
        run,
        lambda n: gen(int(n), rng),
        min_n=sizes[0],
        max_n=sizes[-1],
        n_measures=len(sizes),
        n_repeats=3,
        classes=BIG_O_CLASSES,
    )
    return BIG_O_NAMES.get(type(best).__name__, type(best).__name__)


def score(label: str | None, expected: str) -> tuple[int, int]:
    if label not in cx.CLASSES:
        return 0, 0
    gap = abs(cx.CLASSES.index(label) - cx.CLASSES.index(expected))
    return int(gap == 0), int(gap <= 1)


def main() -> int:
    items = pick(known_functions())
    ours_exact = ours_near = theirs_exact = theirs_near = 0
    ours_time = theirs_time = 0.0
    print(f"{'function':<52} {'known':<8} {'pivotprep':<13} {'big-o':<8}")
    for pack, path, expected in items:
        code = path.read_text()
        started = time.perf_counter()
        timing, fit = estimate(pack, code)
        ours_time += time.perf_counter() - started
        label = fit.label if fit is not None else "error"
        reached = (fit.sizes if fit is not None and fit.sizes else timing.sizes) or [100, 1000]
        started = time.perf_counter()
        try:
            theirs = big_o_estimate(pack, code, list(reached))
        except Exception as exc:  # noqa: BLE001 - a baseline failure is a miss, not a crash
            theirs = f"failed ({type(exc).__name__})"
        theirs_time += time.perf_counter() - started
        e, n = score(label, expected)
        ours_exact += e
        ours_near += n
        e, n = score(theirs, expected)
        theirs_exact += e
        theirs_near += n
        name = f"{pack.id}/{path.name}"
        print(f"{name:<52} {expected:<8} {label:<13} {theirs:<8}")
    total = len(items)
    print(f"\n{total} functions with a known class")
    print(
        f"pivotprep: exact {ours_exact}/{total} ({ours_exact / total:.0%}), within one class "
        f"{ours_near}/{total} ({ours_near / total:.0%}), {ours_time / total:.2f} s per estimate"
    )
    print(
        f"big-o:     exact {theirs_exact}/{total} ({theirs_exact / total:.0%}), within one "
        f"class {theirs_near}/{total} ({theirs_near / total:.0%}), "
        f"{theirs_time / total:.2f} s per estimate"
    )
    ratio = (ours_exact / theirs_exact) if theirs_exact else float("inf")
    print(f"exact accuracy ratio pivotprep / big-o: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
