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
