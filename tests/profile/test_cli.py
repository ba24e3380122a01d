"""`pivotprep init` and `pivotprep profile` from the command line."""

from __future__ import annotations


def test_init_with_flags_then_profile_shows_the_role(cli):
    result = cli(
        "init",
        "--role",
        "data-engineer",
        "--sizes",
        "<50,500+",
        "--hours",
        "18",
        "--months",
        "5",
        "--past-roles",
        "Teacher|teaching|6",
    )
    assert result.exit_code == 0, result.output
    shown = cli("profile")
    assert shown.exit_code == 0
    assert "Data engineer" in shown.output
    assert "<50 people" in shown.output and "500+ people" in shown.output


def test_bad_profile_exits_2_with_every_message(cli):
    result = cli("init", "--role", "astronaut", "--hours", "200", "--months", "14")
    assert result.exit_code == 2
    assert "Unknown target role 'astronaut'" in result.output
    assert "between 4 and 60" in result.output
    assert "3 to 6 months" in result.output
    assert "Traceback" not in result.output


def test_profile_before_init_says_what_to_do(cli):
    result = cli("profile")
    assert result.exit_code == 2
    assert "pivotprep init" in result.output


def test_unwritable_home_exits_2(cli, monkeypatch, tmp_path):
    from pivotprep.core.settings import reset_settings

    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("PIVOTPREP_HOME", str(blocker / "home"))
    reset_settings()
    result = cli("profile")
    assert result.exit_code == 2
    assert "PIVOTPREP_HOME" in result.output


def _answers(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_interactive_init_asks_again_after_a_bad_answer(cli, monkeypatch):
    monkeypatch.setenv("PIVOTPREP_TODAY", "2026-11-23")
    answers = _answers(
        "astronaut",  # role: unknown
        "data-analyst",
        "huge",  # sizes: unknown
        "<50",
        "lots",  # hours: not a number (used to crash with a traceback)
        "200",  # hours: out of range
        "16",
        "many",  # months: not a number
        "4",
        "31/12/2026",  # start date: wrong format
        "2026-12-07",
        "astrology",  # domain: unknown
        "teaching",
        "Teacher|teaching|-5",  # past roles: bad years
        "Teacher|teaching|6; Tutor|teaching|2",
        "abc",  # years: not a number
        "8",
    )
    result = cli("init", "--interactive", input=answers)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    for message in (
        "Unknown target role 'astronaut'",
        "Unknown company size 'huge'",
        "Hours per week must be a whole number, got 'lots'",
        "between 4 and 60",
        "Timeline months must be a whole number, got 'many'",
        "Start date must look like 2026-01-31, got '31/12/2026'",
        "Unknown past domain 'astrology'",
        "Past role 'Teacher|teaching|-5'",
        "Years of experience must be 0 to 60, got 'abc'",
    ):
        assert message in result.output
    assert result.output.count("Please try again.") == 9
    assert "16 h/week for 4 months from 2026-12-07" in result.output
    shown = cli("profile").output
    assert "Teacher (teaching, 6 y); Tutor (teaching, 2 y)" in shown


def test_interactive_init_defaults_start_to_today_and_background_to_none(cli, monkeypatch):
    monkeypatch.setenv("PIVOTPREP_TODAY", "2026-11-23")
    result = cli("init", "--interactive", input=_answers("ml-engineer", "", "", "", "", "", "", ""))
    assert result.exit_code == 0, result.output
    assert "Start date (YYYY-MM-DD, within a year of today) [2026-11-23]" in result.output
    assert "18 h/week for 6 months from 2026-11-23" in result.output
    assert "Background" not in cli("profile").output


def test_interactive_init_asks_only_for_what_no_flag_gave(cli, monkeypatch):
    monkeypatch.setenv("PIVOTPREP_TODAY", "2026-11-23")
    result = cli(
        "init",
        "--interactive",
        "--role",
        "data-engineer",
        "--sizes",
        "mid",
        "--hours",
        "12",
        "--months",
        "3",
        "--start",
        "2026-12-01",
        "--domain",
        "finance",
        input=_answers("Analyst|finance|5", "5"),
    )
    assert result.exit_code == 0, result.output
    assert "Hours per week" not in result.output and "Start date" not in result.output
    assert "Past roles" in result.output and "Years of work experience" in result.output
    assert "Analyst (finance, 5 y)" in cli("profile").output


def test_init_refuses_a_start_date_far_off(cli, monkeypatch):
    monkeypatch.setenv("PIVOTPREP_TODAY", "2026-03-02")
    for start in ("9999-12-01", "0001-01-01"):
        result = cli("init", "--role", "data-engineer", "--start", start, "--no-interactive")
        assert result.exit_code == 2
        assert "within a year of today: from 2025-03-02 to 2027-03-02" in result.output
    assert "No profile yet" in cli("profile").output


def test_interactive_init_asks_again_for_a_start_date_far_off(cli, monkeypatch):
    monkeypatch.setenv("PIVOTPREP_TODAY", "2026-03-02")
    answers = "\n".join(["", "", "", "9999-12-01", "2026-03-09", "", "", ""]) + "\n"
    result = cli("init", "--role", "data-engineer", "--interactive", input=answers)
    assert result.exit_code == 0, result.output
    assert "within a year of today" in result.output and "Please try again" in result.output
    assert "from 2026-03-09" in result.output
