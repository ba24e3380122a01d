"""The matcher's phrase keys are cached on disk as JSON, and the cache never changes a result."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pivotprep.content import content_path
from pivotprep.resume.matching import matcher_cache, normalize
from pivotprep.resume.matching.taxonomy import SkillMatcher, load_taxonomy

TEXTS = ["machine learning", "CI/CD", "scikit-learn", "Data Pipelines"]
SAMPLE = (
    "Built data pipelines in Python and Go with Airflow; trained ML models in sklearn, "
    "deployed on k8s with CI/CD. Reported to stakeholders with Tableau dashboards."
)


def test_keys_are_written_once_and_read_back_without_normalising(
    isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = matcher_cache.phrase_keys(TEXTS, "abc123")
    path = matcher_cache.cache_path("abc123")
    assert path.is_relative_to(isolated_home) and path.exists()
    assert json.loads(path.read_text(encoding="utf-8"))["keys"] == [list(k) for k in first]

    def boom(text: str) -> tuple[str, ...]:
        raise AssertionError("normalised again instead of reading the cache")

    monkeypatch.setattr(normalize, "phrase_key", boom)
    assert matcher_cache.phrase_keys(TEXTS, "abc123") == first


@pytest.mark.parametrize(
    "body",
    [
        "not json{",
        json.dumps({"format": 1, "fingerprint": "abc123", "keys": [["x"]]}),  # wrong count
        json.dumps({"format": 1, "fingerprint": "other", "keys": [[], [], [], []]}),
        json.dumps({"format": 1, "fingerprint": "abc123", "keys": [[1], [], [], []]}),
    ],
)
def test_a_corrupt_or_foreign_cache_file_is_ignored_and_rebuilt(body: str) -> None:
    expected = [normalize.phrase_key(t) for t in TEXTS]
    path = matcher_cache.cache_path("abc123")
    path.parent.mkdir(parents=True)
    path.write_text(body, encoding="utf-8")
    assert matcher_cache.phrase_keys(TEXTS, "abc123") == expected
    assert json.loads(path.read_text(encoding="utf-8"))["keys"] == [list(k) for k in expected]


def test_an_unwritable_cache_folder_still_gives_the_keys(isolated_home: Path) -> None:
    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "cache").write_text("a file where the folder should be", encoding="utf-8")
    assert matcher_cache.phrase_keys(TEXTS, "abc123") == [normalize.phrase_key(t) for t in TEXTS]


def test_a_new_taxonomy_replaces_the_old_cache_file() -> None:
    matcher_cache.phrase_keys(TEXTS, "old")
    matcher_cache.phrase_keys(TEXTS, "new")
    folder = matcher_cache.cache_path("new").parent
    assert [p.name for p in folder.glob("phrase-keys-*.json")] == ["phrase-keys-new.json"]


def test_the_fingerprint_follows_the_taxonomy_bytes() -> None:
    assert matcher_cache.fingerprint(b"{}") != matcher_cache.fingerprint(b"{ }")
    assert load_taxonomy().fingerprint == matcher_cache.fingerprint(
        content_path("skills", "taxonomy.json").read_bytes()
    )


def test_a_matcher_from_the_disk_cache_finds_exactly_what_a_fresh_one_finds() -> None:
    taxonomy = load_taxonomy()
    fresh = SkillMatcher(taxonomy)  # computes and writes the cache
    assert matcher_cache.cache_path(taxonomy.fingerprint).exists()
    cached = SkillMatcher(taxonomy)  # reads it
    assert [(m.skill.name, m.start, m.end) for m in cached.find(SAMPLE)] == [
        (m.skill.name, m.start, m.end) for m in fresh.find(SAMPLE)
    ]
    assert len(cached.find(SAMPLE)) >= 8
