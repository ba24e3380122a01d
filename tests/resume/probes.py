"""Probe tables as pytest parameters: shared by the probe files of tests/resume.

A probe file lists probes as tuples whose first item is the probe's id, and the probes the
scanner is known to fail in `KNOWN` (id -> why). Each becomes a parameter named by its id;
a known failure is a strict expected failure, so it is reported the day it starts to pass.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pytest


def probe_params(
    probes: Iterable[tuple[Any, ...]], known: Mapping[str, str]
) -> list[pytest.ParameterSet]:
    """Each probe `(id, *values)` as `pytest.param(*values, id=id)`, marked strict xfail
    with its reason when `known` names it."""
    out = []
    for probe_id, *values in probes:
        reason = known.get(probe_id)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(*values, id=probe_id, marks=marks))
    return out


def assert_ids_unique_and_known(
    probes: Iterable[tuple[Any, ...]], known: Mapping[str, str]
) -> None:
    """Every probe id is used once, and every known failure names a probe of the table."""
    ids = [probe[0] for probe in probes]
    assert len(ids) == len(set(ids))
    assert set(known) <= set(ids)
