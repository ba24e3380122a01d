"""Hostile: floods the result pipe with frames just under the per-frame cap, well past what
the judge reads for a whole run."""

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
    frame = {"t": "case", "id": "x", "ok": True, "nonce": NONCE, "value": [[]] * 200_000}
    data = json.dumps(frame).encode()
    packet = len(data).to_bytes(4, "big") + data
    for _ in range(40):
        view = memoryview(packet)
        while view:
            view = view[os.write(FD, view) :]
    return -1
