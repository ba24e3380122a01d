"""`pivotprep stories ...` end to end, in-process, on a real SQLite file."""

from __future__ import annotations

from tests.stories.conftest import GOOD_STORY, WE_STORY


def test_add_show_list_and_analyze(cli, tmp_path):
    story_file = tmp_path / "story.txt"
    story_file.write_text(GOOD_STORY + " [red]not markup[/red]", encoding="utf-8")
    out = cli(
        "stories",
        "add",
        "--title",
        "Attendance",
        "--file",
        str(story_file),
        "--signal",
        "data-driven",
        "--domain",
        "teaching",
    )
    assert out.exit_code == 0, out.output
    assert "Saved story #1" in out.output
    assert "Situation: present" in out.output
    out = cli("stories", "show", "1")
    assert out.exit_code == 0
    assert "[red]not markup[/red]" in out.output  # escaped, not interpreted
    assert "subject 'I'" in out.output
    out = cli("stories", "list")
    assert "Attendance" in out.output and "data-driven" in out.output
    out = cli("stories", "analyze", "--text", WE_STORY)
    assert "we_ownership" in out.output and "Fix:" in out.output


def test_edit_replaces_only_what_is_given(cli):
    cli("stories", "add", "--title", "Old", "--text", GOOD_STORY, "-s", "proactivity")
    out = cli("stories", "edit", "1", "--title", "New title")
    assert out.exit_code == 0, out.output
    out = cli("stories", "show", "1")
    assert "New title" in out.output and "proactivity" in out.output


def test_errors_exit_2_with_a_message(cli):
    out = cli("stories", "add", "--title", "Empty", "--text", "   ")
    assert out.exit_code == 2 and "The story is empty" in out.output
    out = cli("stories", "show", "42")
    assert out.exit_code == 2 and "No story #42" in out.output
    out = cli("stories", "add", "--title", "Huge", "--text", "word " * 50_000)
    assert out.exit_code == 2 and "limit is 3,000 words" in out.output
    out = cli("stories", "practice", "--signal", "telepathy", "--answer-file", "-", input="x")
    assert out.exit_code == 2 and "Unknown signal" in out.output


def test_coverage_and_add_to_plan(cli):
    assert (
        cli(
            "init",
            "--role",
            "data-engineer",
            "--sizes",
            "50-500",
            "--hours",
            "15",
            "--months",
            "4",
            "--domain",
            "teaching",
        ).exit_code
        == 0
    )
    cli("stories", "add", "--title", "Attendance", "--text", GOOD_STORY, "-s", "data-driven")
    out = cli("stories", "coverage")
    assert "No story shows conflict resolution." in out.output
    out = cli("stories", "coverage", "--add-to-plan")
    assert out.exit_code == 0, out.output
    said = " ".join(out.output.split())  # Rich wraps long lines
    assert said.count("Added “Write a STAR story") == 10
    assert "in place of" in said  # the default plan is full: practice made room
    again = " ".join(cli("stories", "coverage", "--add-to-plan").output.split())
    assert again.count("is already in your plan") == 10
    out = cli("stories", "add", "-t", "Dispute", "--text", GOOD_STORY, "-s", "conflict-resolution")
    said = " ".join(out.output.split())
    assert "done: Write a STAR story that shows conflict resolution." in said
    again = " ".join(cli("stories", "coverage", "--add-to-plan").output.split())
    assert again.count("is already in your plan") == 9  # the filled gap is no longer a gap


def test_practice_from_stdin_then_history(cli):
    cli("stories", "add", "--title", "Attendance", "--text", GOOD_STORY, "-s", "data-driven")
    out = cli(
        "stories",
        "practice",
        "--question",
        "q059",
        "--story",
        "1",
        "--answer-file",
        "-",
        input=WE_STORY,
    )
    assert out.exit_code == 0, out.output
    assert "Saved attempt #1" in out.output and "we_ownership" in out.output
    out = cli("stories", "practice", "--question", "q059", "--answer-file", "-", input=GOOD_STORY)
    assert "Saved attempt #2" in out.output
    out = cli("stories", "history")
    assert out.exit_code == 0
    assert "First" in out.output and "latest" in out.output
    assert "“We” instead of “I”: 1 → 0 (fixed)" in out.output


def test_questions_signals_explain_and_export(cli, tmp_path):
    out = cli("stories", "questions", "--kind", "career-change")
    assert "leaving your previous career" in out.output
    out = cli("stories", "signals", "--level", "senior")
    assert "senior:" in out.output
    out = cli("stories", "explain")
    assert "f1-score" in out.output
    out = cli(
        "stories",
        "explain",
        "caching",
        "--answer",
        "We keep copies of popular answers close by so pages load faster for customers "
        "and servers cost less, which matters for the budget.",
    )
    assert out.exit_code == 0 and "Why it matters: 30/30" in out.output
    cli("stories", "add", "--title", "Attendance", "--text", GOOD_STORY)
    target = tmp_path / "bank.md"
    out = cli("stories", "export", "--output", str(target))
    assert out.exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("# Story bank")


def test_typed_keys_edit_the_answer():
    from pivotprep.cli.stories_timer import _feed, clock

    chars: list[str] = []
    assert _feed(chars, "I buil\x7fld it\x1b[A\r") is False
    assert "".join(chars) == "I build it\n"
    assert _feed(chars, "x\x04ignored") is True
    assert "".join(chars) == "I build it\nx"
    assert clock(61) == "1:01" and clock(0.2) == "0:01" and clock(-3) == "0:00"


def test_bad_input_gets_a_message_never_a_traceback(cli, tmp_path):
    out = cli("stories", "--help")
    assert out.exit_code == 0 and "practice" in out.output and "export" in out.output
    out = cli("stories", "show", "abc")
    assert out.exit_code == 2 and "Invalid value" in out.output
    assert "Traceback" not in out.output
    out = cli("stories", "show", "99999")
    assert out.exit_code == 2 and "No story #99999" in out.output
    for command in ("show", "analyze", "edit", "delete"):  # too big to be a database key
        out = cli("stories", command, "99999999999999999999999")
        assert out.exit_code == 2 and "No story #99999999999999999999999" in out.output
    out = cli("stories", "export", "--output", str(tmp_path / "missing" / "bank.md"))
    assert out.exit_code == 2 and "Cannot write" in out.output
    out = cli("stories", "export", "--output", str(tmp_path))
    assert out.exit_code == 2 and "Cannot write" in out.output


def test_practice_checks_its_options_before_the_answer(cli):
    out = cli("stories", "practice", "--story", "42", "--answer-file", "-", input=GOOD_STORY)
    assert out.exit_code == 2 and "No story #42" in out.output
    out = cli(
        "stories", "practice", "-q", "q001", "-s", "telepathy", "--answer-file", "-", input="x"
    )
    assert out.exit_code == 2 and "Unknown signal" in out.output
    assert "No practice yet" in cli("stories", "history").output


def test_picking_a_story_asks_again_until_the_number_is_one_of_them(monkeypatch):
    from types import SimpleNamespace

    import typer

    from pivotprep.cli.stories_practice import _choose_story

    stories = [SimpleNamespace(id=3, title="Close"), SimpleNamespace(id=7, title="Rota")]
    typed = iter(["²", "99", " 7 "])
    monkeypatch.setattr(typer, "prompt", lambda *a, **k: next(typed))
    assert _choose_story(stories, None, True) == 7
    monkeypatch.setattr(typer, "prompt", lambda *a, **k: "")
    assert _choose_story(stories, None, True) is None
    assert _choose_story(stories, 3, True) == 3


def test_a_story_saved_before_the_reader_goes_away_is_kept(isolated_home):
    """`pivotprep stories add ... | head -1`: the pipe closes while the analysis prints;
    the story the first line said was saved must still be there."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, PIVOTPREP_HOME=str(isolated_home))
    cmd = [sys.executable, "-m", "pivotprep.cli.main", "stories"]
    proc = subprocess.Popen(
        [*cmd, "add", "--title", "Attendance", "--text", GOOD_STORY],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    proc.stdout.close()  # the reader is gone before anything is printed
    proc.wait(timeout=120)
    listed = subprocess.run(
        [*cmd, "list"], env=env, capture_output=True, text=True, timeout=120, check=True
    )
    assert "Attendance" in listed.stdout


FINANCE_STORY = (
    "Our board pack was late every month because the variance analysis took nine days. I "
    "rebuilt the workbook and I wrote checks for the ten most common mismatches. The pack "
    "now goes out in four days."
)


def test_analyze_text_uses_the_profile_domain_and_refuses_an_unknown_one(cli):
    out = cli("stories", "analyze", "--text", FINANCE_STORY, "--domain", "nonsense")
    assert out.exit_code == 2
    assert "Unknown past domain 'nonsense'" in out.output and "finance" in out.output
    out = cli("stories", "analyze", "--text", FINANCE_STORY)  # no profile: every domain
    assert "jargon" in out.output and "board pack" in out.output
    cli(
        "init",
        "--role",
        "data-engineer",
        "--sizes",
        "50-500",
        "--hours",
        "15",
        "--months",
        "4",
        "--domain",
        "teaching",
    )
    out = cli("stories", "analyze", "--text", FINANCE_STORY)  # the profile says teaching
    assert out.exit_code == 0, out.output
    assert "jargon" not in out.output
    out = cli("stories", "analyze", "--text", FINANCE_STORY, "--domain", "Finance")
    assert "jargon" in out.output


def test_practice_takes_the_answer_with_text_like_add_and_analyze(cli):
    out = cli("stories", "practice", "--question", "q059", "--text", GOOD_STORY)
    assert out.exit_code == 0, out.output
    assert "Saved attempt #1" in out.output and "Situation: present" in out.output


def test_practice_refuses_two_answer_sources(cli, tmp_path):
    answer = tmp_path / "answer.txt"
    answer.write_text(GOOD_STORY, encoding="utf-8")
    out = cli("stories", "practice", "-q", "q059", "--text", "I did it", "--editor")
    assert out.exit_code == 2 and "you gave --text and --editor" in out.output
    out = cli("stories", "practice", "-q", "q059", "--text", "I did", "--answer-file", str(answer))
    assert out.exit_code == 2 and "you gave --text and --answer-file" in out.output
    assert "No practice yet" in cli("stories", "history").output


def test_empty_or_unreadable_text_is_a_user_error_in_every_command(cli, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    for args in (
        ("analyze", "--text", ""),
        ("analyze", "--text", "   "),
        ("analyze", "--file", str(empty)),
        ("add", "--title", "Empty", "--file", str(empty)),
    ):
        out = cli("stories", *args)
        assert out.exit_code == 2, args
        assert "The story is empty" in out.output, args
    out = cli("stories", "analyze", "--text", "Ich habe die Tabelle für die Schüler gebaut.")
    assert out.exit_code == 2 and "The analyzer reads English." in out.output
    assert "kept" not in out.output  # nothing was saved, so nothing is "kept"
    out = cli("stories", "practice", "-q", "q059", "--text", "  ")
    assert out.exit_code == 2 and "The answer is empty" in out.output
    out = cli("stories", "practice", "-q", "q059", "--answer-file", str(empty))
    assert out.exit_code == 2 and "The answer is empty" in out.output
    out = cli("stories", "explain", "caching", "--answer", "")
    assert out.exit_code == 2 and "The answer is empty" in out.output
    cli("stories", "add", "--title", "Attendance", "--text", GOOD_STORY)
    out = cli("stories", "edit", "1", "--text", "")
    assert out.exit_code == 2 and "The story is empty" in out.output


def test_history_of_one_attempt_claims_no_trend_and_names_findings_for_people(cli):
    out = cli("stories", "practice", "--question", "q059", "--text", WE_STORY)
    assert out.exit_code == 0, out.output
    out = cli("stories", "history")
    assert out.exit_code == 0
    said = " ".join(out.output.split())
    assert "Practise again to see how it moves" in said
    assert "To work on:" in said and "“We” instead of “I”" in said and "Too short" in said
    assert "earlier" not in said and "→" not in said  # no trend from a single attempt
    assert "we_ownership" not in said and "too_short" not in said


def test_every_finding_code_has_a_human_name():
    from pivotprep.stories.analyzer.findings import FINDING_CODES, FINDING_NAMES, finding_name

    assert set(FINDING_NAMES) == set(FINDING_CODES)
    assert finding_name("too_short") == "Too short"
    assert finding_name("some_new_code") == "Some new code"


def test_an_option_typed_empty_is_refused_not_ignored(cli):
    cli("stories", "add", "--title", "Attendance", "--text", GOOD_STORY)
    for args, option in (
        (("practice", "--signal", "", "--text", GOOD_STORY), "--signal"),
        (("practice", "--question", " ", "--text", GOOD_STORY), "--question"),
        (("history", "--signal", ""), "--signal"),
        (("questions", "--kind", ""), "--kind"),
        (("add", "--title", "T", "--text", GOOD_STORY, "--signal", ""), "--signal"),
        (("edit", "1", "--tag", ""), "--tag"),
    ):
        out = cli("stories", *args)
        assert out.exit_code == 2, args
        assert f"{option} is empty" in out.output, args
    assert "No practice yet" in cli("stories", "history").output
    assert "No story #2" in cli("stories", "show", "2").output  # the add saved nothing


def test_analyze_takes_a_file_in_place_of_a_story_number(cli, tmp_path):
    answer = tmp_path / "answer.md"
    answer.write_text(WE_STORY, encoding="utf-8")
    out = cli("stories", "analyze", str(answer))
    assert out.exit_code == 0, out.output
    assert "we_ownership" in out.output
    out = cli("stories", "analyze", str(tmp_path / "missing.md"))
    assert out.exit_code == 2 and "Cannot read" in out.output and "Traceback" not in out.output
    out = cli("stories", "analyze", str(answer), "--text", WE_STORY)
    assert out.exit_code == 2 and "is no story number" in out.output


def test_analyze_refuses_a_document_or_binary_file_instead_of_scoring_garbage(cli, tmp_path):
    """A story saved as PDF or Word, or a binary file named .txt, used to be decoded with
    replacement characters and scored (a page of garbled 'sentences', 40/100)."""
    files = {
        "story.pdf": b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" + bytes(range(256)) * 20,
        "story.docx": b"PK\x03\x04" + bytes(range(256)) * 20,
        "story.txt": bytes(range(256)) * 40,
    }
    for name, data in files.items():
        path = tmp_path / name
        path.write_bytes(data)
        out = cli("stories", "analyze", str(path))
        assert out.exit_code == 2, (name, out.output)
        assert "not plain text" in out.output or "does not contain plain text" in out.output
        assert "--text" in out.output and "Score" not in out.output, name
    assert "is a PDF" in cli("stories", "analyze", str(tmp_path / "story.pdf")).output


def test_analyze_reads_a_windows_text_file_and_a_byte_order_mark(cli, tmp_path):
    windows = tmp_path / "windows.txt"
    windows.write_bytes((GOOD_STORY + " It became the school\u2019s routine.").encode("cp1252"))
    marked = tmp_path / "marked.txt"
    marked.write_bytes(b"\xef\xbb\xbf" + GOOD_STORY.encode("utf-8"))
    for path in (windows, marked):
        out = cli("stories", "analyze", str(path), "--json")
        assert out.exit_code == 0, out.output
        assert "\ufffd" not in out.output and "\\ufffd" not in out.output
        assert "\ufeff" not in out.output and "\\ufeff" not in out.output
    assert "school\u2019s routine" in cli("stories", "analyze", str(windows), "--json").output


def test_a_finding_does_not_repeat_the_quote_its_message_already_gives(cli):
    """'the story starts with “I did it.”.' was followed by the same “I did it.” on a line
    of its own; a quote the message does not give is still printed."""
    out = cli("stories", "analyze", "--text", "I did it.")
    assert out.exit_code == 0, out.output
    findings = out.output[out.output.index("Findings") :]
    lines = [line.strip() for line in findings.splitlines()]
    starts = next(i for i, line in enumerate(lines) if "missing_situation" in line)
    assert "I did it." in lines[starts]
    assert lines[starts + 1].startswith("Fix:"), lines[starts : starts + 3]
    assert "“I did it.”" in lines  # missing_task's message names no sentence: its quote stays


def test_analyze_refuses_an_empty_question(cli):
    """`-q ""` (a variable that was never set) silently checked nothing."""
    for flag in ("-q", "--question"):
        out = cli("stories", "analyze", "--text", GOOD_STORY, flag, " ")
        assert out.exit_code == 2, out.output
        assert "--question is empty" in out.output
    assert cli("stories", "analyze", "--text", GOOD_STORY).exit_code == 0


def test_a_short_answer_says_its_spoken_time_in_seconds(cli):
    out = cli("stories", "analyze", "--text", "I fixed the printer by restarting it.")
    assert "≈ 3 s spoken" in out.output and "0.0 min" not in out.output
