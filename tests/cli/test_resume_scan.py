"""Which `pivotprep scan ...` command lines run without Typer: only the plain form (two
files, known flags, each once); anything else is left to Typer, which reads it as before."""

from __future__ import annotations

import pytest

from pivotprep.cli.resume_scan import parse_plain


def test_the_plain_form_gives_the_scan_its_arguments() -> None:
    assert parse_plain(["cv.pdf", "job.txt"]) == {"resume": "cv.pdf", "job": "job.txt"}
    assert parse_plain(["--json", "cv.pdf", "job.txt", "--semantic", "off", "--full"]) == {
        "resume": "cv.pdf",
        "job": "job.txt",
        "as_json": True,
        "semantic": "off",
        "full": True,
    }
    assert parse_plain(["cv.pdf", "job.txt", "--semantic=on", "--no-store"]) == {
        "resume": "cv.pdf",
        "job": "job.txt",
        "semantic": "on",
        "no_store": True,
    }
    assert parse_plain(["cv.pdf", "job.txt", "--add-gaps-to-plan"]) == {
        "resume": "cv.pdf",
        "job": "job.txt",
        "add_gaps": True,
    }


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--help"],
        ["cv.pdf", "job.txt", "-h"],
        ["history"],
        ["show", "3"],
        ["gap", "add", "Airflow"],
        ["run", "cv.pdf", "job.txt"],
        ["cv.pdf"],
        ["cv.pdf", "-"],  # stdin
        ["cv.pdf", "job.txt", "more.txt"],
        ["cv.pdf", "--job-text", "Python"],
        ["cv.pdf", "job.txt", "--json", "--json"],
        ["cv.pdf", "job.txt", "--semantic"],
        ["cv.pdf", "job.txt", "--semantic", "--json"],
        ["cv.pdf", "job.txt", "--semantic", "off", "--semantic=on"],
        ["cv.pdf", "job.txt", "--jsn"],
        ["cv.pdf", "job.txt", "--json=yes"],
        ["cv.pdf", "job.txt", "--"],
    ],
)
def test_anything_else_is_left_to_typer(args: list[str]) -> None:
    assert parse_plain(args) is None
