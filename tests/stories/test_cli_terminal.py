"""The CLI in a real terminal (a pseudo-terminal and a subprocess) and with a real editor."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.stories.conftest import GOOD_STORY

pty = pytest.importorskip("pty")
PIVOTPREP = Path(sys.executable).parent / "pivotprep"


class Terminal:
    """A subprocess attached to a pseudo-terminal; reads what it prints."""

    def __init__(self, args: list[str], home: Path) -> None:
        env = {**os.environ, "PIVOTPREP_HOME": str(home), "TERM": "xterm", "COLUMNS": "100"}
        env.pop("PIVOTPREP_DATABASE_URL", None)
        self.master, slave = pty.openpty()
        self.proc = subprocess.Popen(
            [str(PIVOTPREP), *args], stdin=slave, stdout=slave, stderr=slave, env=env
        )
        os.close(slave)
        self.output = b""

    def wait_for(self, marker: bytes, limit: float = 90) -> bool:
        deadline = time.monotonic() + limit  # a bound against hanging, not a timing check
        while marker not in self.output and time.monotonic() < deadline:
            ready, _, _ = select.select([self.master], [], [], 0.5)
            if ready:
                try:
                    self.output += os.read(self.master, 65536)
                except OSError:
                    break
        return marker in self.output

    def type(self, text: str) -> None:
        os.write(self.master, text.encode())

    def close(self) -> int:
        code = self.proc.wait(timeout=90)
        os.close(self.master)
        return code


def test_practice_in_a_terminal_shows_a_countdown_and_keeps_the_typed_answer(tmp_path):
    term = Terminal(["stories", "practice", "--question", "q001", "--seconds", "300"], tmp_path)
    try:
        assert term.wait_for(b"Start typing"), term.output.decode(errors="replace")
        assert term.wait_for(b"left"), term.output.decode(errors="replace")
        assert b"5:00" in term.output or b"4:5" in term.output  # the clock counts down from 5:00
        term.type(GOOD_STORY)
        term.type("\x04")  # Ctrl-D submits
        assert term.wait_for(b"Saved attempt #1"), term.output.decode(errors="replace")
        assert term.wait_for(b"Findings") or b"No findings" in term.output
    finally:
        code = term.close()
    assert code == 0
    check = subprocess.run(
        [str(PIVOTPREP), "stories", "history"],
        env={**os.environ, "PIVOTPREP_HOME": str(tmp_path), "COLUMNS": "200"},
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert "Why are you leaving your previous career" in check.stdout


def test_add_with_the_editor_keeps_what_was_written(cli, tmp_path, monkeypatch):
    source = tmp_path / "written.txt"
    source.write_text(GOOD_STORY + "\n# this comment line is dropped\n", encoding="utf-8")
    monkeypatch.setenv("EDITOR", f"cp {source}")  # the "editor" writes the story into the file
    monkeypatch.setenv("VISUAL", f"cp {source}")
    out = cli("stories", "add", "--title", "From the editor", "--editor")
    assert out.exit_code == 0, out.output
    shown = cli("stories", "show", "1")
    assert "I built a spreadsheet" in shown.output
    assert "comment line" not in shown.output
    out = cli("stories", "practice", "--question", "q003", "--editor")
    assert out.exit_code == 0, out.output
    assert "Saved attempt #1" in out.output
    out = cli("stories", "edit", "1", "--editor")
    assert out.exit_code == 0 and "Updated story #1" in out.output
