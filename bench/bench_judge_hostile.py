"""The app's peak memory and the time to a verdict for each hostile submission, at both judge
levels, next to a normal Run measured in the same way in the same run.

Each input is posted to the web app's Run route (`POST /practice/<id>/run`, the real app on
a fresh SQLite file, in a fresh process per input, so that one input's memory does not
hide in another's). The native level's inputs (tests/practice/judge/hostile/) run with
bubblewrap forced (PIVOTPREP_SANDBOX=bubblewrap); the WebAssembly level's own inputs
(tests/practice/judge/wasm_attacks/: a memory bomb, results over the caps, output floods),
and the 30 MB result, run with PIVOTPREP_SANDBOX=wasm, after one normal Run that starts the
worker (its start-up is not a refusal). The complexity timing that follows a passing Run is
left out (it is the same for every input and is measured in bench_practice_judge).

Prints, per input: the app process's peak RSS (ru_maxrss), its RSS before the Run, at the
WebAssembly level the peak of the wasmtime worker that holds the guest (VmHWM, a separate
process, read while it runs), the seconds until the page came back, the cases' verdicts
and the last line the first failing case said. The goal is an app peak under 300 MB for every
input. Exits 0; a level that is not available here is printed and skipped.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT / "tests" / "practice" / "judge" / "hostile"
ATTACKS = ROOT / "tests" / "practice" / "judge" / "wasm_attacks"
GOAL_MB = 300
NATIVE = [
    ("normal run (the reference)", "first-repeated-badge", None),
    ("a 30 MB result per case", "first-repeated-badge", "huge_result.py"),
    ("raw 30 MB frames around the harness", "first-repeated-badge", "raw_huge_frames.py"),
    ("a flood of result frames", "first-repeated-badge", "many_large_frames.py"),
    ("user namespace + 768 MB tmpfs", "first-repeated-badge", "userns_tmpfs.py"),
    ("SysV shared memory, 1 GB", "first-repeated-badge", "sysv_shm.py"),
    ("ptrace, bpf, keyctl, mount ...", "first-repeated-badge", "forbidden_syscalls.py"),
    ("a list growing to the limit", "first-repeated-badge", "growing_list.py"),
    ("a class named ValueError", "rate-limiter", "fake_value_error.py"),
]
WASM = [
    ("normal run (the reference)", "first-repeated-badge", None),
    ("memory bomb, 100 MB blocks", "first-repeated-badge", ATTACKS / "memory_bomb.py"),
    ("a 30 MB result per case", "first-repeated-badge", HOSTILE / "huge_result.py"),
    ("a 2 MB result, over the frame cap", "first-repeated-badge", ATTACKS / "huge_result.py"),
    ("frames past the run cap", "first-repeated-badge", ATTACKS / "many_large_frames.py"),
    ("raw writes to the result channel", "first-repeated-badge", ATTACKS / "raw_output_flood.py"),
    ("print() without end", "first-repeated-badge", ATTACKS / "print_flood.py"),
    ("raw bytes to stdout without end", "first-repeated-badge", ATTACKS / "raw_stdout_flood.py"),
    ("an endless loop", "first-repeated-badge", ATTACKS / "infinite_loop.py"),
]

DRIVER = r"""
import html, json, os, re, resource, sys, time
from pathlib import Path
from fastapi.testclient import TestClient
from pivotprep.core.db import make_engine
from pivotprep.core.migrate import upgrade
from pivotprep.practice import submit
from pivotprep.practice.judge.wasm_pool import pool
from pivotprep.practice.problems import load_pack
from pivotprep.web.app import create_app

submit.compare_complexity = lambda problem, code: None
problem, code = sys.argv[1], Path(sys.argv[2]).read_text()
engine = make_engine(f"sqlite:///{os.environ['PIVOTPREP_HOME']}/bench.db")
upgrade(engine)
with TestClient(create_app(engine, extra_hosts=("testserver",))) as client:
    client.get(f"/practice/{problem}")
    if os.environ["PIVOTPREP_SANDBOX"] == "wasm":  # start the worker: not part of a refusal
        warm = load_pack(problem).reference_path.read_text()
        client.post(f"/practice/{problem}/run", data={"code": warm})
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    page = client.post(f"/practice/{problem}/run", data={"code": code})
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    worker_kb = 0  # the WebAssembly workers' peak (VmHWM), read while they still run
    for each in pool().every:
        if each.proc is not None and each.proc.poll() is None:
            status = Path(f"/proc/{each.proc.pid}/status").read_text()
            worker_kb = max(worker_kb, int(re.search(r"VmHWM:\s+(\d+)", status).group(1)))
pool().stop()
rows = re.findall(r'<tr class="st-(\w+)">(.*?)</tr>', page.text, re.S)
counts = {}
for status, _ in rows:
    counts[status] = counts.get(status, 0) + 1
first = next((row for status, row in rows if status != "pass"), "")
said = re.search(r"<pre>(.*?)</pre>", first, re.S)
lines = [line for line in html.unescape(said.group(1)).splitlines() if line.strip()] if said else []
print(json.dumps({
    "status": page.status_code,
    "verdict": ", ".join(f"{n} {s}" for s, n in counts.items()),
    "said": lines[-1].strip()[:70] if lines else "",
    "seconds": seconds,
    "before_mb": before / 1024,
    "peak_mb": peak / 1024,
    "worker_mb": worker_kb / 1024,
}))
"""


def measure(level: str, problem: str, path: Path) -> dict[str, object]:
    """Post `path`'s code as a Run at `level` in a fresh app process; its figures. The app's
    data folder is fresh; the compiled module is the one prepared on this machine."""
    from pivotprep.practice.judge import wasm

    with tempfile.TemporaryDirectory(prefix="pivotprep-bench-") as home:
        env = dict(
            os.environ, PIVOTPREP_HOME=home, PIVOTPREP_JUDGE_WARM="0", PIVOTPREP_SANDBOX=level
        )
        prepared = wasm.prepared()
        if prepared is not None:
            env.setdefault("PIVOTPREP_WASM_CACHE", str(prepared.cwasm.parent))
        done = subprocess.run(
            [sys.executable, "-c", DRIVER, problem, str(path)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=600,
            check=False,
        )
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1:]}
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def at_level(level: str) -> bool:
    """Whether the judge works at `level` here; prints the level, why, and its controls."""
    from pivotprep.practice.judge.selftest import isolation, reset_isolation

    os.environ["PIVOTPREP_SANDBOX"] = level
    reset_isolation()
    found = isolation()
    print(f"\njudge level {level}: {found.level} ({found.reason})")
    if found.level != level:
        print(f"skipped: the {level} level is not available here")
        return False
    active = [c.name for c in found.controls() if c.active]
    print(f"controls active: {', '.join(active)}")
    return True


def level_rows(level: str, inputs: list[tuple[str, str, Path | None]]) -> float:
    """Measure every input at `level`; print a row each; the worst hostile app peak (MB)."""
    from pivotprep.practice.problems import load_pack

    worker = "worker" if level == "wasm" else ""
    print(f"{'input':40} {'app peak':>9} {'before':>7} {worker:>7} {'seconds':>8}  cases")
    worst = 0.0
    for label, problem, path in inputs:
        row = measure(level, problem, path or load_pack(problem).reference_path)
        if "error" in row:
            print(f"{label:40} failed: {row['error']}")
            continue
        peak = float(str(row["peak_mb"]))
        worst = max(worst, peak) if path else worst
        held = float(str(row["worker_mb"]))
        print(
            f"{label:40} {peak:7.0f}MB {float(str(row['before_mb'])):5.0f}MB "
            f"{f'{held:5.0f}MB' if held else '':>7} {float(str(row['seconds'])):8.2f}  "
            f"{row['verdict']}",
            flush=True,
        )
        if row["said"]:
            print(f"{'':40}   first failing case said: {row['said']}", flush=True)
    verdict = "under" if worst < GOAL_MB else "OVER"
    print(f"worst hostile app peak at {level}: {worst:.0f} MB, {verdict} the {GOAL_MB} MB goal")
    return worst


def main() -> int:
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    native = [(label, problem, HOSTILE / name if name else None) for label, problem, name in NATIVE]
    for level, inputs in (("bubblewrap", native), ("wasm", WASM)):
        if at_level(level):
            level_rows(level, inputs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
