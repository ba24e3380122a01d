"""Content packs: roles, skills, problems, SQL, behavioral. Data files, validated on load."""

from __future__ import annotations

from pathlib import Path

CONTENT_DIR = Path(__file__).resolve().parent


def content_path(*parts: str) -> Path:
    return CONTENT_DIR.joinpath(*parts)
