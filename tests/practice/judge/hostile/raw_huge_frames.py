"""Hostile: finds the harness's result fd and nonce, then writes a ~30 MB frame per case
straight to the pipe, around the harness's own size cap."""

import gc
import json
import os


def _sender():
    for obj in gc.get_objects():
        defaults = getattr(obj, "__defaults__", None)
        if getattr(obj, "__name__", "") == "send" and defaults and len(defaults) == 2:
            return defaults
    raise RuntimeError("no sender found")


FD, NONCE = _sender()


def first_repeated(scans):
    frame = {"t": "case", "id": "x", "nonce": NONCE, "ok": True, "value": list(range(3_000_000))}
    data = json.dumps(frame).encode()
    view = memoryview(len(data).to_bytes(4, "big") + data)
    while view:
        view = view[os.write(FD, view) :]
    return -1
