"""The ATS set's independent part: reference-only entries, their hashes and spans.

None of these tests needs the fetched posting texts or runs the scanner."""

from __future__ import annotations

import hashlib
import re

import yaml

from tests.stories.bench_modules import load_bench

ind = load_bench("ats_independent_data")
bench = load_bench("bench_ats_eval")

TEXT = (
    "Data Engineer\n"
    "Acme - Remote\n"
    "\n"
    "Acme is a SaaS company.\n"
    "Requirements: Python and SQL; Airflow is a plus.\n"
)


def _span(word: str, after: int = 0) -> list[int]:
    start = TEXT.index(word, after)
    return [start, start + len(word)]


def _entry(text: str = TEXT, **changes: object) -> dict:
    entry = {
        "id": "ind-test",
        "split": "independent",
        "role": "data-engineer",
        "company_size": "<50",
        "title": "Data Engineer",
        "degree": "none",
        "source": {"repository": "https://example.org/r", "path": "p.md", "commit": "0" * 40},
        "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "changes": "verbatim",
        "hard_skills": [
            {
                "name": "Python",
                "forms": [_span("Python")],
                "level": "required",
                "category": "language",
            },
            {"name": "SQL", "forms": [_span("SQL")], "level": "required", "category": "language"},
            {
                "name": "Apache Airflow",
                "forms": [_span("Airflow")],
                "level": "preferred",
                "category": "tool",
            },
        ],
        "non_keywords": [{"span": _span("SaaS"), "why": "company blurb"}],
    }
    entry.update(changes)
    return entry


def _write(tmp_path, entries: list[dict], text: str | None = TEXT):
    path = tmp_path / "independent.yaml"
    path.write_text(yaml.safe_dump(entries), encoding="utf-8")
    fetched = tmp_path / "fetched"
    fetched.mkdir()
    if text is not None:
        (fetched / "ind-test.txt").write_text(text, encoding="utf-8")
    return path, fetched


def test_the_committed_entries_keep_no_text_and_are_skipped_without_fetched_texts(tmp_path):
    raw = yaml.safe_load(ind.INDEPENDENT.read_text(encoding="utf-8"))
    assert len(raw) >= 10
    for entry in raw:
        assert "text" not in entry and entry["split"] == "independent"
        assert re.fullmatch(r"[0-9a-f]{64}", entry["text_sha256"])
        assert re.fullmatch(r"[0-9a-f]{40}", entry["source"]["commit"])
        assert entry["source"]["repository"].startswith("https://github.com/")
        assert ind._schema_problems(entry) == []
    loaded = ind.load_independent(fetched_dir=tmp_path)
    assert loaded.postings == {} and loaded.problems == []
    assert loaded.skipped == [entry["id"] for entry in raw]
    assert f"skipped {len(raw)} without text" in ind.skip_message(loaded, tmp_path)


def test_a_fetched_text_is_rebuilt_from_its_spans(tmp_path):
    path, fetched = _write(tmp_path, [_entry()])
    loaded = ind.load_independent(path, fetched)
    assert loaded.problems == [] and loaded.skipped == []
    posting = loaded.postings["ind-test"]
    assert posting.split == "independent" and posting.text == TEXT
    assert [s["forms"] for s in posting.labels["hard_skills"]] == [["Python"], ["SQL"], ["Airflow"]]
    assert posting.labels["non_keywords"] == [
        {"text": "SaaS", "line": "Acme is a SaaS company.", "why": "company blurb"}
    ]


def test_a_fetched_text_that_differs_from_its_hash_is_a_problem(tmp_path):
    path, fetched = _write(tmp_path, [_entry()], TEXT.replace("Python", "Pyth0n"))
    loaded = ind.load_independent(path, fetched)
    assert loaded.postings == {} and loaded.skipped == []
    assert loaded.problems == ["ind-test: fetched text does not match text_sha256 (ind-test.txt)"]


def test_a_missing_text_is_skipped_not_a_problem(tmp_path):
    path, fetched = _write(tmp_path, [_entry()], None)
    loaded = ind.load_independent(path, fetched)
    assert loaded.postings == {} and loaded.skipped == ["ind-test"] and loaded.problems == []


def test_labels_that_do_not_fit_the_text_or_the_schema_are_problems(tmp_path):
    skills = _entry()["hard_skills"]
    bad = [
        {**skills[0], "forms": [[len(TEXT) - 2, len(TEXT) + 5]]},
        {**skills[1], "level": "bonus"},
    ]
    path, fetched = _write(tmp_path, [_entry(hard_skills=bad, role="designer")])
    loaded = ind.load_independent(path, fetched)
    assert loaded.postings == {}
    assert any("span" in p and "outside the text" in p for p in loaded.problems)
    assert any("SQL: level bonus" in p for p in loaded.problems)
    assert any("unknown role designer" in p for p in loaded.problems)


def test_the_bench_reports_skipped_postings_and_stops_on_a_bad_hash(tmp_path, capsys):
    path, fetched = _write(tmp_path, [_entry()], None)
    assert bench.run_independent(False, path, fetched) == 1
    err = capsys.readouterr().err
    assert "skipped 1 without text" in err and "nothing measured" in err
    (fetched / "ind-test.txt").write_text(TEXT + "edited\n", encoding="utf-8")
    assert bench.run_independent(False, path, fetched) == 1
    assert "does not match text_sha256" in capsys.readouterr().err


def test_a_score_without_pairs_prints_decisions_and_correlation_as_n_a():
    score = bench.Score()
    score.predicted, score.correct, score.gold, score.recalled = 4, 3, 5, 3
    row = score.row("pivotprep")
    assert "precision 0.750" in row and "recall 0.600" in row
    assert "decisions   n/a" in row and "corr   n/a" in row
    score.times, score.decided, score.right = [0.01], 2, 1
    assert "decisions 0.500" in score.row("pivotprep")


def test_a_round_range_selects_the_postings_of_those_rounds() -> None:
    """`--round 13-17` measures several new rounds at once; 0 is the first rounds."""
    from types import SimpleNamespace

    first, late = (
        SimpleNamespace(split="heldout", round=None),
        SimpleNamespace(split="heldout", round=14),
    )
    assert bench.round_range("13-17") == (13, 17) and bench.round_range("12") == 12
    assert bench.selected(late, "heldout", (13, 17)) and not bench.selected(
        first, "heldout", (13, 17)
    )
    assert bench.selected(first, "heldout", (0, 12)) and not bench.selected(
        late, "heldout", (0, 12)
    )
    assert bench.selected(first, "heldout", 0) and not bench.selected(late, "tune", (13, 17))
