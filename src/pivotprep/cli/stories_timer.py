"""A typing box with a visible countdown, for `pivotprep stories practice`.

In a terminal, keys are read one at a time (raw mode, so the box owns the echo) while a
Rich `Live` display redraws the countdown and what has been typed four times a second.
Enter starts a new line, Ctrl-D submits, Ctrl-C abandons; when the time is up the text
typed so far is submitted. Where raw mode is not available (Windows, no TTY) the caller
reads the answer from stdin or an editor instead.
"""

from __future__ import annotations

import os
import select
import sys
import time
from dataclasses import dataclass

from rich.console import Console, Group
from rich.live import Live
from rich.panel import Panel
from rich.text import Text


@dataclass(frozen=True)
class TypedAnswer:
    text: str
    seconds_taken: int
    timed_out: bool


def can_type_live() -> bool:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        return False
    try:
        import termios  # noqa: F401
        import tty  # noqa: F401
    except ImportError:
        return False
    return True


def clock(seconds: float) -> str:
    seconds = max(0, int(seconds + 0.999))
    return f"{seconds // 60}:{seconds % 60:02d}"


def _render(typed: str, remaining: float, total: int) -> Panel:
    style = "bold red" if remaining <= 30 else "bold yellow" if remaining <= 60 else "bold green"
    filled = int(20 * max(0.0, remaining) / total)
    bar = "█" * filled + "░" * (20 - filled)
    words = len(typed.split())
    header = Text.assemble(
        ("⏱ ", style),
        (clock(remaining), style),
        (f" left  {bar}  ", "dim"),
        (f"{words} words  ·  Enter: new line · Ctrl-D: submit · Ctrl-C: quit", "dim"),
    )
    body = Text(typed[-2000:] + "▌")
    return Panel(Group(header, Text(""), body), title="Your answer", border_style=style)


def _feed(chars: list[str], data: str) -> bool:
    """Apply typed keys to `chars`; True when the person submits (Ctrl-D)."""
    index = 0
    while index < len(data):
        char = data[index]
        index += 1
        if char == "\x04":  # Ctrl-D
            return True
        if char == "\x1b":  # arrow keys and the like: ESC [ X, ignored
            if index < len(data) and data[index] in "[O":
                index += 2
            continue
        if char in ("\x7f", "\b"):
            if chars:
                chars.pop()
        elif char in ("\r", "\n"):
            chars.append("\n")
        elif ord(char) >= 32 or char == "\t":
            chars.append(char)
    return False


def type_with_countdown(console: Console, seconds: int) -> TypedAnswer:
    """Let the person type for up to `seconds`, showing the countdown. Needs a TTY."""
    import termios
    import tty

    fd = sys.stdin.fileno()
    saved = termios.tcgetattr(fd)
    chars: list[str] = []
    started = time.monotonic()
    deadline = started + seconds
    timed_out = False
    try:
        tty.setcbreak(fd)  # keys arrive one by one, without echo; Ctrl-C still interrupts
        new = termios.tcgetattr(fd)
        new[3] &= ~termios.ECHO
        termios.tcsetattr(fd, termios.TCSANOW, new)
        with Live(
            _render("", seconds, seconds), console=console, refresh_per_second=4, transient=False
        ) as live:
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    timed_out = True
                    break
                ready, _, _ = select.select([fd], [], [], min(0.25, remaining))
                if ready:
                    data = os.read(fd, 1024).decode("utf-8", errors="replace")
                    if _feed(chars, data):
                        break
                live.update(_render("".join(chars), deadline - time.monotonic(), seconds))
            live.update(_render("".join(chars), max(0.0, deadline - time.monotonic()), seconds))
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)
    taken = min(seconds, round(time.monotonic() - started))
    return TypedAnswer("".join(chars), taken, timed_out)
