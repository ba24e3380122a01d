"""The outside complexity set: functions written outside pivotprep, with a known class.

    python bench/complexity_outside_data.py    # checks the set and prints its make-up

Each function's file is kept verbatim under bench/data/complexity/ (source, commit and
licence in bench/data/complexity/SOURCES). Written here: which function is called
(`entry`), the class its code runs in (`expected`: stated in the file where `stated` names a
line, else the textbook class of the algorithm as written), the input generator for size n
(`generate`, run where the judge runs a pack's generate.py) and, where the pack rule's sizes
would not fit (an n x n grid at n = 4000), the sizes. `lines` takes part of a file whose
other parts import what the judge does not offer (numpy, matplotlib) or use syntax newer
than the Python the baseline runs in.

This is an evaluation set only: the classifier is never tuned on it.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "complexity"
CLASSES = ("1", "log n", "n", "n log n", "n^2", "n^3", "2^n")

RANDOM_INTS = "[rng.randint(-10**6, 10**6) for _ in range(n)]"
SORTED_INTS = "sorted(rng.sample(range(4 * n), n))"


@dataclass(frozen=True)
class Function:
    """One outside function: where it is, what to call, its class, and its inputs."""

    id: str
    path: str  # under bench/data/complexity/
    entry: str
    expected: str
    stated: str  # where the class is stated ("line 15"), or why it is the textbook one
    generate: str  # the body of generate(n, rng): an expression giving the keyword arguments
    lines: tuple[tuple[int, int], ...] = ()  # 1-based inclusive ranges; () = whole file
    sizes: tuple[int, ...] = ()  # () = the sizes a pack of this class gets

    def code(self) -> str:
        """The code the judge loads: the file, or the stated line ranges of it, verbatim."""
        text = (DATA / self.path).read_text(encoding="utf-8")
        if not self.lines:
            return text
        rows = text.splitlines(keepends=True)
        return "".join("".join(rows[a - 1 : b]) for a, b in self.lines)

    def generator(self) -> str:
        """generate.py for this function, in the form a problem pack's takes."""
        return (
            "import random\n\n\n"
            "def generate(n: int, rng: random.Random) -> dict:\n"
            f"    return {self.generate}\n"
        )


TA = "thealgorithms/"

FUNCTIONS: tuple[Function, ...] = (
    # O(1)
    Function(
        "is-even", TA + "bit_manipulation/is_even.py", "is_even", "1",
        "textbook: one bitwise and", '{"number": rng.randint(0, n)}',
    ),
    Function(
        "is-power-of-two", TA + "bit_manipulation/is_power_of_two.py", "is_power_of_two",
        "1", "textbook: n & (n - 1) on a machine-size integer", '{"number": n}',
    ),
    Function(
        "abs-val", TA + "maths/abs.py", "abs_val", "1", "textbook: one comparison",
        '{"num": -n}',
    ),
    Function(
        "perfect-square", TA + "maths/perfect_square.py", "perfect_square", "1",
        "textbook: one math.sqrt", '{"num": rng.randint(0, n * n)}',
    ),
    # O(log n)
    Function(
        "bisect-left", TA + "searches/binary_search.py", "bisect_left", "log n",
        "textbook binary search (no check of the input)",
        f'{{"sorted_collection": {SORTED_INTS}, "item": rng.randrange(4 * n)}}',
    ),
    Function(
        "binary-exp-mod-recursive", TA + "maths/binary_exponentiation.py",
        "binary_exp_mod_recursive", "log n", "line 4: O(log b), b the exponent",
        '{"base": rng.randint(2, 10**6), "exponent": n, "modulus": 10**9 + 7}',
    ),
    Function(
        "greatest-common-divisor", TA + "maths/greatest_common_divisor.py",
        "greatest_common_divisor", "log n", "textbook: Euclid's algorithm, O(log min(a, b))",
        '{"a": rng.randint(n, 2 * n), "b": rng.randint(n, 2 * n)}',
        lines=((10, 36),),  # main() is Python 3.14 syntax, which this bench's Python lacks
    ),
    Function(
        "integer-square-root", TA + "maths/integer_square_root.py", "integer_square_root",
        "log n", "line 11: O(log(x))", '{"num": n}',
    ),
    Function(
        "perfect-square-binary-search", TA + "maths/perfect_square.py",
        "perfect_square_binary_search", "log n", "line 27: O(Log(n))", '{"n": n}',
    ),
    # O(n)
    Function(
        "binary-search-checked", TA + "searches/binary_search.py", "binary_search", "n",
        "as written: line 200 checks the order of every pair before the O(log n) search",
        f'(lambda a: {{"sorted_collection": a, "item": rng.choice(a)}})({SORTED_INTS})',
    ),
    Function(
        "linear-search", TA + "searches/linear_search.py", "linear_search", "n",
        "textbook (the target is absent: every item is read)",
        f'{{"sequence": {RANDOM_INTS}, "target": 10**7}}',
    ),
    Function(
        "max-subarray-sum", TA + "dynamic_programming/max_subarray_sum.py",
        "max_subarray_sum", "n", "line 8: O(n) time", f'{{"arr": {RANDOM_INTS}}}',
    ),
    Function(
        "z-function", TA + "strings/z_function.py", "z_function", "n", "line 8: O(n)",
        '{"input_str": "".join(rng.choice("ab") for _ in range(n))}',
    ),
    Function(
        "prefix-function", TA + "strings/prefix_function.py", "prefix_function", "n",
        "line 10: O(n)", '{"input_string": "".join(rng.choice("ab") for _ in range(n))}',
    ),
    Function(
        "knuth-morris-pratt", TA + "strings/knuth_morris_pratt.py", "knuth_morris_pratt",
        "n", "line 7: O(n + m), the pattern's length m fixed at 12",
        '{"text": "".join(rng.choice("ab") for _ in range(n)), "pattern": "abababababbc"}',
    ),
    Function(
        "dutch-national-flag", TA + "sorts/dutch_national_flag_sort.py",
        "dutch_national_flag_sort", "n", "line 14: O(n)",
        '{"sequence": [rng.randint(0, 2) for _ in range(n)]}',
    ),
    Function(
        "abs-max", TA + "maths/abs.py", "abs_max", "n", "textbook: one pass",
        f'{{"x": {RANDOM_INTS}}}',
    ),
    # O(n log n)
    Function(
        "merge-sort", TA + "sorts/merge_sort.py", "merge_sort", "n log n",
        "line 20: O(n log n)", f'{{"collection": {RANDOM_INTS}}}',
    ),
    Function(
        "heap-sort", TA + "sorts/heap_sort.py", "heap_sort", "n log n", "textbook",
        f'{{"unsorted": {RANDOM_INTS}}}',
    ),
    Function(
        "quick-sort", TA + "sorts/quick_sort.py", "quick_sort", "n log n",
        "textbook, expected (random pivot)", f'{{"collection": {RANDOM_INTS}}}',
    ),
    Function(
        "lis-length", TA + "dynamic_programming/longest_increasing_subsequence_o_nlogn.py",
        "longest_increasing_subsequence_length", "n log n", "line 5: O(NLogN)",
        f'{{"v": {RANDOM_INTS}}}',
    ),
    Function(
        "closest-pair", TA + "divide_and_conquer/closest_pair_of_points.py",
        "closest_pair_of_points", "n log n", "line 19: O(n * log n)",
        '{"points": [[rng.random(), rng.random()] for _ in range(n)], "points_counts": n}',
    ),
    Function(
        "max-subarray-divide", TA + "divide_and_conquer/max_subarray.py", "max_subarray",
        "n log n", "line 7: O(n log n)",
        f'{{"arr": {RANDOM_INTS}, "low": 0, "high": n - 1}}',
        lines=((10, 10), (13, 13), (17, 86)),  # without the matplotlib import and plotting
    ),
    Function(
        "binary-search-recursive-checked", TA + "searches/binary_search.py",
        "binary_search_by_recursion", "n log n",
        "as written: each of the log n calls compares the list with a sorted copy (line 345)",
        f'(lambda a: {{"sorted_collection": a, "item": rng.choice(a)}})({SORTED_INTS})',
    ),
    # O(n^2)
    Function(
        "bubble-sort", TA + "sorts/bubble_sort.py", "bubble_sort_iterative", "n^2",
        "line 15: O(n^2) average and worst case", f'{{"collection": {RANDOM_INTS}}}',
    ),
    Function(
        "selection-sort", TA + "sorts/selection_sort.py", "selection_sort", "n^2",
        "textbook", f'{{"collection": {RANDOM_INTS}}}',
    ),
    Function(
        "cocktail-shaker-sort", TA + "sorts/cocktail_shaker_sort.py", "cocktail_shaker_sort",
        "n^2", "textbook (random order)", f'{{"arr": {RANDOM_INTS}}}',
    ),
    Function(
        "gnome-sort", TA + "sorts/gnome_sort.py", "gnome_sort", "n^2",
        "textbook (random order)", f'{{"lst": {RANDOM_INTS}}}',
    ),
    Function(
        "longest-common-subsequence", TA + "dynamic_programming/longest_common_subsequence.py",
        "longest_common_subsequence", "n^2", "textbook O(mn) table, both strings of length n",
        '{"x": "".join(rng.choice("ACGT") for _ in range(n)), '
        '"y": "".join(rng.choice("ACGT") for _ in range(n))}',
    ),
    Function(
        "naive-string-search", TA + "strings/naive_string_search.py", "naive_pattern_search",
        "n^2", "line 6: O(n*m), with m = n/2 and every position matching",
        '{"s": "a" * n, "pattern": "a" * (n // 2)}',
    ),
    Function(
        "count-negatives-brute-force", TA + "matrix/count_negative_numbers_in_sorted_matrix.py",
        "count_negatives_brute_force", "n^2", "line 104: O(n^2), an n x n grid",
        '{"grid": [[n - i - j for j in range(n)] for i in range(n)]}',
        sizes=(25, 50, 100, 200, 400, 800),
    ),
    # O(n^3)
    Function(
        "matrix-chain-order", TA + "dynamic_programming/matrix_chain_order.py",
        "matrix_chain_order", "n^3", "line 6: O(n^3)",
        '{"array": [rng.randint(1, 100) for _ in range(n + 1)]}',
    ),
    Function(
        "matrix-multiply", TA + "matrix/matrix_multiplication_recursion.py", "matrix_multiply",
        "n^3", "textbook: n x n by n x n",
        '{"matrix_a": [[rng.randint(0, 9) for _ in range(n)] for _ in range(n)], '
        '"matrix_b": [[rng.randint(0, 9) for _ in range(n)] for _ in range(n)]}',
    ),
    # O(2^n)
    Function(
        "fibonacci-recursive", TA + "maths/fibonacci.py", "fib_recursive", "2^n",
        "textbook: naive recursion, about 1.62^n", '{"n": n}',
        lines=((91, 132),),  # without the numpy import and the matrix functions
    ),
    Function(
        "sum-of-subsets", TA + "backtracking/sum_of_subsets.py",
        "generate_sum_of_subsets_solutions", "2^n",
        "textbook: backtracking over the subsets (1..n, target half the total)",
        '{"nums": list(range(1, n + 1)), "max_sum": n * (n + 1) // 4}',
    ),
)  # fmt: skip


def load_generate(function: Function) -> Any:
    """The generator as a callable, loaded the way the judge loads a pack's generate.py."""
    namespace: dict[str, Any] = {"random": random}
    exec(compile(function.generator(), f"{function.id}/generate.py", "exec"), namespace)
    return namespace["generate"]


def check() -> list[str]:
    """Problems with the set (empty when it is sound): ids unique, classes known, files
    present, each entry defined, each generator giving its arguments at a small n."""
    problems = []
    ids = Counter(f.id for f in FUNCTIONS)
    problems += [f"duplicate id {i}" for i, count in ids.items() if count > 1]
    for f in FUNCTIONS:
        if f.expected not in CLASSES:
            problems.append(f"{f.id}: unknown class {f.expected!r}")
        if not (DATA / f.path).is_file():
            problems.append(f"{f.id}: {f.path} is missing")
            continue
        if f"def {f.entry}(" not in f.code():
            problems.append(f"{f.id}: {f.entry} is not defined in the code taken")
        kwargs = load_generate(f)(8, random.Random(1))
        if not isinstance(kwargs, dict):
            problems.append(f"{f.id}: generate does not return a dict")
    return problems


def main() -> int:
    problems = check()
    for line in problems:
        print(line)
    counts = Counter(f.expected for f in FUNCTIONS)
    print(f"{len(FUNCTIONS)} functions: " + ", ".join(f"{c} {counts[c]}" for c in CLASSES))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
