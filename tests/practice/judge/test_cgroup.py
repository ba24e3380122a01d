"""Judge cgroups: a sweep of left-over folders never removes one a starting child is about
to join (twenty web Runs at once made children fail to start when it did)."""

from __future__ import annotations

import os

from pivotprep.practice.judge import cgroup
from tests.conftest import need


def test_a_sweep_keeps_live_folders_and_removes_ended_ones():
    found = cgroup.support()
    need(found.base is not None, f"no memory cgroup can be made here: {found.reason}")
    assert found.base is not None
    starting = cgroup.create(64 << 20)  # made, not joined yet: empty, like an ended one
    assert starting is not None
    ended = cgroup.create(64 << 20)
    assert ended is not None
    ended.remove()
    ended.path.mkdir()  # a folder this process's ended run left behind
    orphan = found.base / f"{cgroup.PREFIX}{2**22 + 7}-0"  # of a process that is gone
    orphan.mkdir()
    try:
        cgroup._sweep(found.base)
        assert starting.path.is_dir()
        assert not ended.path.exists()
        assert not orphan.exists()
    finally:
        starting.remove()
        for left in (ended.path, orphan):
            if left.exists():
                os.rmdir(left)
    assert not starting.path.exists()
