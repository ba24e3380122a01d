"""`pivotprep design ...` end to end, in-process, on a real SQLite file."""

from __future__ import annotations

import json
import re

from tests.design.conftest import STRONG_SHORTENER


def test_list_shows_every_track_and_json_is_machine_readable(cli):
    out = cli("design", "list")
    assert out.exit_code == 0
    assert "ML systems" in out.output and "Classic systems" in out.output
    data = json.loads(cli("design", "list", "--json").output)
    assert len(data) >= 30 and {"id", "title", "track"} <= set(data[0])
    only = json.loads(cli("design", "list", "--track", "data", "--json").output)
    assert only and {row["track"] for row in only} == {"data"}
    out = cli("design", "list", "--track", "physics")
    assert out.exit_code == 2 and "Unknown track" in out.output


def test_review_a_file_prints_evidence_and_json_has_every_part(cli, tmp_path):
    answer = tmp_path / "answer.md"
    answer.write_text(STRONG_SHORTENER, encoding="utf-8")
    out = cli("design", "review", "url-shortener", "--file", str(answer))
    assert out.exit_code == 0, out.output
    assert "COVERED" in out.output and "base62" in out.output
    assert "Follow-up questions" in out.output and "Trade-offs named" in out.output
    data = json.loads(
        cli("design", "review", "url-shortener", "--file", str(answer), "--json").output
    )
    assert {"items", "tradeoffs", "numbers", "followups", "score", "counts"} <= set(data)
    assert all(i["status"] in ("covered", "partly", "missing") for i in data["items"])


def test_review_refuses_unknown_prompts_huge_files_and_empty_answers(cli, tmp_path):
    answer = tmp_path / "answer.md"
    answer.write_text("words", encoding="utf-8")
    out = cli("design", "review", "url-lengthener", "--file", str(answer))
    assert out.exit_code == 2 and "no design prompt" in out.output
    assert "pivotprep design list" in out.output
    huge = tmp_path / "huge.md"
    huge.write_text("word " * 220_000, encoding="utf-8")  # about 1.1 MB
    out = cli("design", "review", "url-shortener", "--file", str(huge))
    assert out.exit_code == 2 and "at most" in out.output
    empty = tmp_path / "empty.md"
    empty.write_text("  \n", encoding="utf-8")
    out = cli("design", "review", "url-shortener", "--file", str(empty))
    assert out.exit_code == 2 and "empty" in out.output


def test_a_timed_session_from_start_to_export(cli, tmp_path, isolated_home):
    out = cli("design", "start", "url-shortener", "--minutes", "60")
    assert out.exit_code == 0, out.output
    path = isolated_home / "workspace" / "design" / "session-1.md"
    assert path.exists() and "## API" in path.read_text(encoding="utf-8")
    out = cli("design", "next")
    assert "▶ Core entities" in out.output
    out = cli("design", "status", "1")
    assert "Clock:" in out.output and "of 60:00" in out.output
    path.write_text(STRONG_SHORTENER, encoding="utf-8")
    out = cli("design", "finish")
    assert out.exit_code == 0, out.output
    assert "Time per phase" in out.output and "Review of" in out.output
    out = cli("design", "sessions")
    assert re.search(r"1 .* url-shortener .* score \d+%", out.output)
    target = tmp_path / "export.md"
    out = cli("design", "export", "1", "-o", str(target))
    assert out.exit_code == 0
    assert "![Diagram](export.svg)" in target.read_text(encoding="utf-8")
    assert (tmp_path / "export.svg").read_text(encoding="utf-8").startswith("<svg")


def test_a_broken_diagram_names_its_line_and_nothing_is_lost(cli, tmp_path, isolated_home):
    cli("design", "start", "chat-system")
    path = isolated_home / "workspace" / "design" / "session-1.md"
    path.write_text(
        "## Requirements\nReal-time delivery.\n\n```mermaid\nflowchart LR\na[Gateway --> b\n```\n",
        encoding="utf-8",
    )
    out = cli("design", "save")
    assert out.exit_code == 0 and "Diagram line 2" in out.output
    bad = tmp_path / "bad.mmd"
    bad.write_text("flowchart TD\na --> b\nb -->\n", encoding="utf-8")
    out = cli("design", "diagram", str(bad))
    assert out.exit_code == 2 and "Diagram line 3" in out.output
    good = tmp_path / "good.mmd"
    good.write_text("flowchart TD\na[API] --> b[(DB)]\n", encoding="utf-8")
    svg = tmp_path / "good.svg"
    assert cli("design", "diagram", str(good), "-o", str(svg)).exit_code == 0
    assert "<svg" in svg.read_text(encoding="utf-8")


def test_a_drill_is_graded_with_the_worked_answer(cli):
    out = cli("design", "drill", "chat-message-rate", "--answer", "23k")
    assert out.exit_code == 0 and "Right" in out.output and "Worked answer" in out.output
    out = cli("design", "drill", "chat-message-rate", "--answer", "plenty")
    assert out.exit_code == 2 and "not a number" in out.output
    out = cli("design", "drill", "chat-message-rate", input="many\n2300000\n")
    assert "not a number" in out.output and "too high" in out.output
    assert "✓ chat-message-rate" in cli("design", "drills").output


def test_cards_are_asked_checked_and_rated(cli):
    out = cli(
        "design", "cards", "--deck", "design", "--limit", "2", input="\ncache-aside\nzzz\na\n"
    )
    assert out.exit_code == 0, out.output
    assert "Type an answer first" in out.output  # the empty answer is asked again
    assert "Answer with one of the letters" in out.output
    assert re.search(r"(Easy|Good|Hard): right", out.output)
    assert "Again: wrong" in out.output


def test_the_lab_grades_choices_and_the_plan(cli, tmp_path):
    plan = tmp_path / "plan.md"
    plan.write_text("Data-quality checks run first, before the drift checks.", encoding="utf-8")
    args = ["design", "lab", "--reference", "last_year", "--plan", str(plan)]
    for feature in ("amount", "hour", "account_age_days", "model_score"):
        args += ["--choose", f"{feature}=ks:0.1"]
    for feature in ("merchant_category", "is_fraud"):
        args += ["--choose", f"{feature}=chi2:0.001"]
    out = cli(*args)
    assert out.exit_code == 0, out.output
    assert "Detection" in out.output and "precision" in out.output
    assert "COVERED" in out.output and "Data-quality checks before drift checks" in out.output
    out = cli("design", "lab", "--choose", "amount=ks:0.1")
    assert out.exit_code == 2 and "Choose a statistic" in out.output
    assert "Black Friday" in cli("design", "scenarios").output


def test_plan_lists_linked_step_three_tasks(cli):
    assert "No step-3 task" in cli("design", "plan").output
    cli("init", "--role", "ml-engineer", "--sizes", "500+", "--hours", "18", "--months", "4")
    out = cli("design", "plan")
    assert "Drift lab" in out.output and "Design session:" in out.output
