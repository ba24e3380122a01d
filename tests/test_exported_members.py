"""Each feature service's public surface, pinned (as httpx pins its own).

A service is the one door into its feature (`tests/test_architecture.py`); what it exports
is what the interfaces and the other features may use. Adding or removing a name is a
decision: make it here, in the feature's entry, on purpose.

One entry per feature: its name -> the sorted names of its service's `__all__`.
"""

from __future__ import annotations

import importlib

import pytest

EXPORTED_MEMBERS: dict[str, list[str]] = {
    "resume": [
        "JargonHit",
        "PlacedGap",
        "SEMANTIC_MODES",
        "ScanResult",
        "ScanSummary",
        "ScanView",
        "Segment",
        "StoredScan",
        "Tone",
        "Upload",
        "add_gap_to_plan",
        "add_gaps_to_plan",
        "find_jargon",
        "get_scan",
        "job_input",
        "latest_scan",
        "list_scans",
        "loads_semantic_model",
        "replaced_hours",
        "resume_input",
        "scan_documents",
        "scan_texts",
        "scan_upload",
        "semantic_available",
    ],
}


@pytest.mark.parametrize("feature", sorted(EXPORTED_MEMBERS))
def test_a_service_exports_exactly_its_pinned_members(feature: str) -> None:
    service = importlib.import_module(f"pivotprep.{feature}.service")
    assert sorted(service.__all__) == EXPORTED_MEMBERS[feature]
    assert len(set(service.__all__)) == len(service.__all__), "a name is exported twice"
    missing = [name for name in service.__all__ if not hasattr(service, name)]
    assert not missing, f"{feature}/service.py exports names it does not define: {missing}"
