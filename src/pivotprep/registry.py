"""Which features have tables. Importing them completes `Base.metadata`.

Used by the migrations (to compare models with the schema) and by `backup` (to export
every table). Each feature with a `models.py` adds one line here.
"""

from __future__ import annotations

import importlib

FEATURE_MODELS: tuple[str, ...] = (
    "pivotprep.profile.models",
    "pivotprep.plan.models",
    "pivotprep.practice.models",
    "pivotprep.resume.models",
    "pivotprep.stories.models",
)


def import_all_models() -> None:
    for module in FEATURE_MODELS:
        importlib.import_module(module)
