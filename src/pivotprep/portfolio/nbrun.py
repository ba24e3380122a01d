"""Runs inside the clean room with the project's environment (nbclient and ipykernel
added after the other stages): each notebook top to bottom in a fresh kernel, a time cap
per cell, and one JSON line per notebook: {"path", "ok", "cell", "error", "seconds"}.

`cell` is the index (among code cells) of the first cell that failed, so the host can
compare it with the outputs the notebook was saved with (hidden state).
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any


def run_one(path: str, cell_seconds: int) -> dict[str, Any]:
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError

    started = time.monotonic()
    notebook = nbformat.read(path, as_version=4)
    folder = path.rsplit("/", 1)[0] if "/" in path else "."
    client = NotebookClient(
        notebook,
        timeout=cell_seconds,
        kernel_name="python3",
        resources={"metadata": {"path": folder}},
    )
    result: dict[str, Any] = {"path": path, "ok": True, "cell": None, "error": ""}
    try:
        client.execute()
    except (CellExecutionError, CellTimeoutError) as error:
        code_cells = [c for c in notebook.cells if c.cell_type == "code"]
        failed = next(
            (
                i
                for i, c in enumerate(code_cells)
                if any(o.get("output_type") == "error" for o in c.get("outputs", []))
            ),
            None,
        )
        if isinstance(error, CellTimeoutError):
            failed = sum(1 for c in code_cells if c.get("execution_count") is not None) - 1
        lines = [line for line in str(error).splitlines() if line.strip()]
        result.update(ok=False, cell=failed, error=(lines[-1] if lines else type(error).__name__))
    except Exception as error:  # noqa: BLE001 - any failure of the notebook is its verdict
        result.update(ok=False, error=f"{type(error).__name__}: {error}"[:300])
    result["seconds"] = round(time.monotonic() - started, 3)
    return result


def main() -> int:
    config = json.loads(sys.argv[1])
    for path in config["notebooks"]:
        print(json.dumps(run_one(path, config["cell_seconds"])), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
