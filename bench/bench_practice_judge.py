"""Judge latency and throughput for a 20-case easy problem, with the sandbox on.

The judge keeps one pre-started sandboxed child ready (the web app and `practice test
--watch` judge repeatedly), so the figure is the warm latency; the cold start (a new bwrap
and interpreter per submission, as a one-shot `practice test`) is printed too.
Baselines measured in the same run: (a) the bare interpreter running the same cases
in-process (no isolation at all), (b) the same cases through pytest in a subprocess (how
Exercism's Python test runner works), with PYTEST_DISABLE_PLUGIN_AUTOLOAD=1 so installed
plugins do not inflate it. Prints p50/p95 and ratios; exits 0.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from pivotprep.practice.judge import judge
from pivotprep.practice.judge.compare import matches
from pivotprep.practice.judge.selftest import isolation
from pivotprep.practice.problems import load_pack, parse_pack

SUBMISSIONS = 100
PYTEST_SUBMISSIONS = 15
COLD_SUBMISSIONS = 30


def twenty_case_pack(root: Path):
    """first-repeated-badge with 8 more cases: a 20-case easy problem."""
    source = load_pack("first-repeated-badge")
    folder = root / source.id
    shutil.copytree(source.folder, folder)
    data = json.loads((folder / "cases.json").read_text())
    extra = []
    for i in range(8):
        scans = list(range(i * 10, i * 10 + 30)) + [i * 10 + 3]
        extra.append(
            {
                "id": f"extra-{i}",
                "description": "more",
                "input": {"scans": scans},
                "expected": i * 10 + 3,
            }
        )
    data["cases"].append({"description": "extra", "cases": extra})
    (folder / "cases.json").write_text(json.dumps(data))
    pack = parse_pack(folder)
    assert len(pack.cases) == 20
    return pack


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def in_process(pack, code: str) -> bool:
    namespace: dict = {}
    exec(compile(code, "solution.py", "exec"), namespace)
    fn = namespace[pack.meta.entry]
    return all(matches(c.expected, fn(**json.loads(json.dumps(c.input)))) for c in pack.cases)


def pytest_files(pack, code: str, folder: Path) -> None:
    (folder / "solution.py").write_text(code)
    cases = [(c.id, c.input, c.expected) for c in pack.cases]
    (folder / "test_solution.py").write_text(
        "import json, pytest\nfrom solution import first_repeated\n"
        f"CASES = json.loads({json.dumps(json.dumps(cases))})\n"
        "@pytest.mark.parametrize('name,inp,expected', CASES)\n"
        "def test_case(name, inp, expected):\n    assert first_repeated(**inp) == expected\n"
    )


def main() -> int:
    level = isolation()
    print(f"isolation: {level.level} ({level.reason})")
    with tempfile.TemporaryDirectory() as tmp:
        pack = twenty_case_pack(Path(tmp))
        code = pack.reference_path.read_text()
        judge(pack, code)  # warm-up (self-test already cached)
        sandboxed = []
        for _ in range(SUBMISSIONS):
            started = time.perf_counter()
            result = judge(pack, code)
            sandboxed.append(time.perf_counter() - started)
            assert result.passed, result.to_dict()
        os.environ["PIVOTPREP_JUDGE_WARM"] = "0"
        cold = []
        for _ in range(COLD_SUBMISSIONS):
            started = time.perf_counter()
            assert judge(pack, code).passed
            cold.append(time.perf_counter() - started)
        del os.environ["PIVOTPREP_JUDGE_WARM"]
        bare = []
        for _ in range(SUBMISSIONS):
            started = time.perf_counter()
            assert in_process(pack, code)
            bare.append(time.perf_counter() - started)
        folder = Path(tmp) / "pytest-run"
        folder.mkdir()
        pytest_files(pack, code, folder)
        via_pytest = []
        for _ in range(PYTEST_SUBMISSIONS):
            started = time.perf_counter()
            proc = subprocess.run(
                [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(folder)],
                capture_output=True,
                cwd=folder,
                # installed plugins (xdist, cov, ...) would inflate the baseline's start-up
                env={**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"},
            )
            via_pytest.append(time.perf_counter() - started)
            assert proc.returncode == 0, proc.stdout[-500:]
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=2) as pool:
            results = list(pool.map(lambda _: judge(pack, code), range(40)))
        elapsed = time.perf_counter() - started
        assert all(r.passed for r in results)

    def line(name: str, values: list[float]) -> str:
        return (
            f"{name:<34} p50 {statistics.median(values) * 1e3:8.1f} ms   "
            f"p95 {pct(values, 0.95) * 1e3:8.1f} ms   (n={len(values)})"
        )

    print("20-case easy problem, one submission = all 20 cases judged")
    print(line(f"judge, sandbox {level.level}", sandboxed))
    print(line("  same, cold start (no spare child)", cold))
    print(line("(a) bare interpreter, in-process", bare))
    print(line("(b) pytest in a subprocess", via_pytest))
    p50 = statistics.median(sandboxed)
    print(f"sandbox vs in-process: {p50 / statistics.median(bare):.0f}x slower (isolation cost)")
    print(f"pytest subprocess vs sandbox: {statistics.median(via_pytest) / p50:.1f}x slower")
    print(f"throughput, 2 workers: {len(results) / elapsed:.1f} submissions/s")
    print(f"goal p50 < 150 ms: {'met' if p50 < 0.150 else 'NOT met'} ({p50 * 1e3:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
