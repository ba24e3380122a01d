"""Notebooks: each one run top to bottom in the clean room (nbclient, a time cap per cell
and for the stage), and hidden state found by comparing that run with the notebook as it
was saved: cells saved out of order, and a cell that worked when saved but fails from a
fresh kernel (it needs something an earlier session left behind).
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pivotprep.portfolio import sandbox
from pivotprep.portfolio.report import Check, Evidence, last_lines

RUNNER = Path(__file__).resolve().parent / "nbrun.py"
TOOLS = ("nbclient>=0.10,<0.12", "ipykernel>=6.29,<8")
CELL_SECONDS = 60
STAGE_SECONDS = 300.0
MAX_NOTEBOOKS = 10


@dataclass(frozen=True)
class Saved:
    """A notebook as saved: its code cells' execution counts and which saved an error."""

    counts: list[int | None]
    errors: list[bool]

    def out_of_order(self) -> list[int]:
        """Indexes of code cells saved with a count lower than a cell above them."""
        seen = 0
        late: list[int] = []
        for index, count in enumerate(self.counts):
            if count is None:
                continue
            if count < seen:
                late.append(index)
            seen = max(seen, count)
        return late


def read_saved(path: Path) -> Saved:
    """The saved state of a notebook file (empty when it is not valid JSON)."""
    try:
        data: dict[str, Any] = json.loads(path.read_text("utf-8", "replace"))
    except ValueError:
        return Saved([], [])
    cells = [c for c in data.get("cells", []) if c.get("cell_type") == "code"]
    counts = [
        c.get("execution_count") if isinstance(c.get("execution_count"), int) else None
        for c in cells
    ]
    errors = [any(o.get("output_type") == "error" for o in c.get("outputs", [])) for c in cells]
    return Saved(counts, errors)


def hidden_state(saved: Saved, failed_cell: int | None) -> str:
    """Why a notebook depends on hidden state ("" when it shows no sign of it)."""
    if (
        failed_cell is not None
        and failed_cell < len(saved.counts)
        and saved.counts[failed_cell] is not None
        and not saved.errors[failed_cell]
    ):
        return (
            f"code cell {failed_cell + 1} ran without error when saved but fails "
            "from a fresh kernel"
        )
    late = saved.out_of_order()
    if late:
        return f"code cell {late[0] + 1} was run before a cell above it"
    return ""


def _install_tools(room: sandbox.Room) -> sandbox.Outcome:
    pip = sandbox.base_pip() or ["/env/bin/python", "-m", "pip"]
    offline = room.wheels is not None
    source = ["--no-index", "--find-links", "/wheels"] if offline else ["--prefer-binary"]
    return sandbox.run(
        room,
        [*pip, "install", *source, *TOOLS],
        seconds=STAGE_SECONDS,
        network=not offline,
        env=sandbox.install_environment(),
        name="notebook-tools",
    )


def run_notebooks(room: sandbox.Room, names: list[str]) -> list[Check]:
    """Run every notebook (at most MAX_NOTEBOOKS) and judge it and its hidden state."""
    run = Check(
        "notebooks-run",
        "Notebooks run top to bottom",
        "notebooks",
        "pass",
        "",
        10,
        command="nbclient, fresh kernel, " + f"{CELL_SECONDS} s per cell",
    )
    state = Check(
        "notebook-state",
        "No hidden state in notebooks",
        "notebooks",
        "pass",
        "Saved in order, and every saved cell runs from a fresh kernel.",
        5,
    )
    tools = _install_tools(room)
    if tools.exit_code != 0:
        run.status, state.status = "skip", "skip"
        run.summary = state.summary = "nbclient could not be installed in the clean room."
        run.tail = last_lines(tools.output)
        return [run, state]
    shutil.copy(RUNNER, room.bridge / "nbrun.py")
    chosen = names[:MAX_NOTEBOOKS]
    config = json.dumps({"notebooks": chosen, "cell_seconds": CELL_SECONDS})
    outcome = sandbox.run(
        room,
        ["/env/bin/python", "/bridge/nbrun.py", config],
        seconds=STAGE_SECONDS,
        name="notebooks",
    )
    results = [json.loads(line) for line in outcome.output.splitlines() if line.startswith("{")]
    run.seconds = round(outcome.seconds, 2)
    _judge(room.project, chosen, results, outcome, run, state)
    return [run, state]


def _judge(
    root: Path,
    names: list[str],
    results: list[dict[str, Any]],
    outcome: sandbox.Outcome,
    run: Check,
    state: Check,
) -> None:
    by_path = {r["path"]: r for r in results}
    failed = [
        by_path.get(
            n, {"path": n, "ok": False, "cell": None, "error": "did not finish within the time cap"}
        )
        for n in names
        if not by_path.get(n, {}).get("ok")
    ]
    run.summary = f"{len(names) - len(failed)} of {len(names)} notebook(s) ran top to bottom."
    if failed:
        run.status = "fail"
        run.evidence = [
            Evidence(
                f["path"],
                0,
                (f"code cell {f['cell'] + 1}: " if f["cell"] is not None else "")
                + f["error"][:200],
            )
            for f in failed
        ]
        run.fix = f"Restart the kernel and run {failed[0]['path']} top to bottom until it passes."
        run.tail = last_lines(outcome.output)
    hidden = []
    for name in names:
        reason = hidden_state(read_saved(root / name), by_path.get(name, {}).get("cell"))
        if reason:
            hidden.append(Evidence(name, 0, reason))
    if hidden:
        state.status = "fail" if any("fresh kernel" in e.text for e in hidden) else "warn"
        state.summary = f"{len(hidden)} notebook(s) show signs of hidden state."
        state.evidence = hidden
        state.fix = "Restart the kernel, run all cells in order, and save the notebook that way."
