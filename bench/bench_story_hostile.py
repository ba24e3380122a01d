"""Time for the STAR analyzer to read each hostile story, next to an ordinary story.

A story is text a person types or pastes, so its shape is anyone's: one sentence with no
full stop, thousands of tiny sentences or "I" clauses, runs of spaces, tabs, line breaks,
punctuation, emoji or zero-width spaces, thousands of headings, bullets or "Q:"/"A:"
lines, numbers everywhere, very long words, hard-wrapped prose, repeated phrases the
lexicon looks for ("and I", "which had been", "by December", "nobody has"), deeply nested
quotes and brackets, nothing but filler words. Every case is as long as the analyzer
accepts (20,000 characters and 3,000 words, `analysis.MAX_CHARS` / `MAX_WORDS`) and
English enough to be read, so each one reaches the whole analysis.

For each case it prints the time of one in-process `analyze` (with the jargon finder and
a question, as `pivotprep stories analyze` calls it), the wall time of one whole
`pivotprep stories analyze --json --file F` process (start-up included, on a fresh data
folder), and what came back (sentences and score, or the refusal). The baseline is an
ordinary 400-word story (the one bench_stories_analyzer.py times), measured the same way
in the same run; each case's ratio to it is printed. Goal: every hostile case under 2 s,
in-process and as a whole command (the faster of two runs, as machine load only adds).

    python bench/bench_story_hostile.py
    python bench/bench_story_hostile.py spaces headings   # only cases whose name has a word
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

GOAL_S = 2.0
QUESTION = "Tell me about a time you had to fix a problem under a tight deadline."
DOMAIN = "teaching"

# Ordinary sentences of a story, cycled to fill a case: each is plain English.
PROSE = (
    "In 2019 I was the head of science at a school of 900 students in Leeds. "
    "Our exam results had fallen for two years and the head teacher asked me to turn "
    "them around by December. I ran a review of every class, rewrote the marking scheme "
    "with two colleagues and coached six teachers, which had been the hardest part. "
    "Pass rates rose from 54% to 71% and nobody has missed a deadline since."
)


def ordinary_story() -> str:
    """The 400-word story bench_stories_analyzer.py times: labelled stories joined."""
    from pivotprep.stories.evaluation import load_labelled

    words: list[str] = []
    for story in load_labelled():
        words.extend(story.text.split())
        if len(words) >= 400:
            break
    return " ".join(words[:400])


def fit(text: str) -> str:
    """`text` cut to the analyzer's limits: 20,000 characters and 3,000 words."""
    from pivotprep.stories.analyzer.analysis import MAX_CHARS, MAX_WORDS

    text = text[:MAX_CHARS]
    if len(text.split()) > MAX_WORDS:
        # cut before the 3,001st word, keeping the separators as they were
        count, inside = 0, False
        for position, char in enumerate(text):
            if not char.isspace() and not inside:
                count += 1
                if count > MAX_WORDS:
                    return text[:position]
            inside = not char.isspace()
    return text


def fill(unit: str, head: str = "", tail: str = "") -> str:
    """`head`, then `unit` repeated up to the limits, then `tail` (kept whole)."""
    from pivotprep.stories.analyzer.analysis import MAX_CHARS, MAX_WORDS

    room_chars = MAX_CHARS - len(head) - len(tail)
    room_words = MAX_WORDS - len(head.split()) - len(tail.split())
    times = room_chars // len(unit)
    while len((head + unit * times + tail).split()) > MAX_WORDS:  # repeats may join words
        words = len((unit * times).split())
        times = max(0, min(times - 1, times * room_words // max(1, words)))
    return head + unit * times + tail


def run_of(chars: str) -> str:
    """One short story with a run of `chars` between its sentences, up to the limit."""
    head, tail = "I led the fix at our school.", " It worked and pass rates rose by 17%."
    return fill(chars, head, tail)


def unpunctuated() -> str:
    words = PROSE.replace(".", "").replace(",", "").replace("%", " percent").split()
    return fit(" ".join(words * 200))


def nested(depth: int, opening: str, closing: str) -> str:
    core = " I rewrote the marking scheme and pass rates rose from 54% to 71%. "
    return opening * depth + core + closing * depth


def wrapped(width: int) -> str:
    lines = textwrap.wrap(" ".join([PROSE] * 60), width=width)
    return fit("\n".join(lines))


def _lexicon_runs() -> list[tuple[str, Callable[[], str]]]:
    """Texts that make the lexicon's patterns look far ahead or try many ways."""
    return [
        (
            "'at my last company' repeated, no full stop",
            lambda: fill("at my last company I fixed it and ", "So basically "),
        ),
        ("'so well ok um' openers, then no match", lambda: fill("so well ok um ", "", "I won.")),
        (
            "'I was a [word ...] at the' job chain",
            lambda: fill("at the old school in ", "I was a science teacher ", "."),
        ),
        ("numbers and arrows '12% -> 40%'", lambda: fill("it went 12.5% -> 40% and 3.5x ")),
        ("'the [a-z ]' team runs", lambda: fill("the team and the group ", "I led ")),
        (
            "'to X ... , I' purpose clause, no comma",
            lambda: fill("to fix the marking scheme and ", "", "."),
        ),
        ("'took ... a' and vague amounts", lambda: fill("took a lot of time and a bit ", "It ")),
        # "really" is a listed adverb and an "-ly" word: each one doubled the ways to try
        ("'I really just' with no goal after", lambda: fill("really just ", "I ", "5 then.")),
        # every "in a" inside a place may start the next place of a job-only setup
        (
            "'I was a nurse at a school in a city ...'",
            lambda: fill(" at a school in a city", "I was a nurse", " 5."),
        ),
        ("', , ,' chained steps, then a number", lambda: fill(", then ", "I fixed it", "5.")),
    ]


def cases() -> list[tuple[str, Callable[[], str]]]:
    return [
        ("one unpunctuated sentence", unpunctuated),
        ("tiny sentences 'I won. We lost.'", lambda: fill("I won. We lost. ")),
        ("one-word sentences 'Yes. No. I.'", lambda: fill("Yes. No. I. ")),
        ("'I' clauses in one sentence", lambda: fill("I fixed it, I tested it, ", "", ".")),
        ("'we' clauses in one sentence", lambda: fill("we fixed it and we ", "", "won.")),
        ("spaces", lambda: run_of(" ")),
        ("tabs", lambda: run_of("\t")),
        ("newlines", lambda: run_of("\n")),
        ("newline, spaces, tab", lambda: run_of("\n  \t ")),
        ("full stops", lambda: run_of(".")),
        ("'!?' marks", lambda: run_of("!?")),
        ("commas", lambda: run_of(",")),
        ("hyphens", lambda: run_of("-")),
        ("asterisks", lambda: run_of("*")),
        ("hashes", lambda: run_of("#")),
        ("colons", lambda: run_of(":")),
        ("emoji", lambda: run_of("\U0001f3af")),
        ("emoji with variation selector", lambda: run_of("\u2705\ufe0f ")),
        ("zero-width spaces", lambda: run_of("\u200b")),
        ("no-break spaces", lambda: run_of("\u00a0")),
        ("em and ideographic spaces", lambda: run_of("\u2003\u3000")),
        ("line and paragraph separators", lambda: run_of("\u2028\u2029")),
        (
            "headings with text",
            lambda: fill(
                "Situation: I was new.\nTask: I had to fix it.\n"
                "Action: I fixed it.\nResult: It worked.\n"
            ),
        ),
        ("bare headings", lambda: fill("Situation:\nTask:\nAction:\nResult:\nI was.\n")),
        ("marked-up headings", lambda: fill("- **Situation (S):** \U0001f3af I was in the lab.\n")),
        ("letter headings 'S: T: A: R:'", lambda: fill("S: I T: we A: I R: it ")),
        ("bullets", lambda: fill("- I fixed the marking scheme\n")),
        ("nested bullets", lambda: fill("  * I fixed it\n    - and I tested it\n")),
        ("'Q:' / 'A:' lines", lambda: fill("Q: What did you do?\nA: I fixed it.\n")),
        ("inline tags '(S) (T) (A) (R)'", lambda: fill("(S) I was new (T) I fixed (A) I did (R) ")),
        ("writer's labels 'How it went:'", lambda: fill("How it went: I won.\n")),
        ("numbers everywhere", lambda: fill("I cut 12% of $1.2m in 3.5 weeks by 40 ")),
        ("percentages, no words", lambda: fill("12% 40% 3.5% ", "I cut costs by ", ".")),
        ("one run of digits", lambda: fill("1", "I saved ", " in total.")),
        ("digits and commas '1,2,3,'", lambda: fill("1,2,3,", "I saved ", " in total.")),
        ("digits and points '1.2.3.'", lambda: fill("1.2.3.", "I saved ", " in total.")),
        ("digits and separators '1,,,2.-/'", lambda: fill("1,,,2.-/", "I saved ", " in total.")),
        ("one very long word", lambda: fill("a", "I fixed it with ", " and it worked.")),
        ("long words", lambda: fill("supercalifragilisticexpialidocious" * 8 + " and I ")),
        ("hard-wrapped at 60", lambda: wrapped(60)),
        ("hard-wrapped at 50", lambda: wrapped(50)),
        ("hard-wrapped at 50, no full stop", lambda: fit(wrapped(50).replace(".", ""))),
        ("'and I' repeated", lambda: fill("and I ", "I won ", ".")),
        ("'which had been' repeated", lambda: fill("which had been ", "It ", "late.")),
        ("'by December' repeated", lambda: fill("by December ", "I fixed it ", ".")),
        ("'nobody has' repeated", lambda: fill("nobody has ", "Since then ", "failed.")),
        ("'I learned that' repeated", lambda: fill("I learned that ", "", "it works.")),
        ("parentheses nested", lambda: nested(9_000, "(", ")")),
        ("brackets nested", lambda: nested(9_000, "[", "]")),
        ("quotes nested", lambda: nested(4_500, "\"'", "'\"")),
        ("curly quotes nested", lambda: nested(4_500, "\u201c\u2018", "\u2019\u201d")),
        ("filler words only", lambda: fill("um so like you know basically actually I mean ")),
        ("hedges only", lambda: fill("I think maybe I sort of tried to kind of help. ")),
        ("ordinary story repeated", lambda: fill(PROSE + " ")),
        *_lexicon_runs(),
    ]


def time_in_process(text: str) -> tuple[float, str]:
    """Seconds for one `analyze` as the command runs it, and what came back."""
    from pivotprep.core.errors import ValidationError
    from pivotprep.resume.report.translation import find_jargon
    from pivotprep.stories.analyzer.analysis import analyze

    started = time.perf_counter()
    try:
        result = analyze(text, domain=DOMAIN, jargon_finder=find_jargon, question=QUESTION)
    except ValidationError as exc:
        return time.perf_counter() - started, f"refused: {type(exc).__name__}"
    seconds = time.perf_counter() - started
    return seconds, f"{len(result.sentences)} sentences, score {result.score}"


def time_command(text: str, home: str) -> tuple[float, str]:
    """Wall seconds of one whole `pivotprep stories analyze --json --file F` process."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
        f.write(text)
    args = [sys.executable, "-m", "pivotprep.cli.main", "stories", "analyze", "--json"]
    args += ["--file", f.name, "--domain", DOMAIN, "--question", QUESTION]
    try:
        started = time.perf_counter()
        done = subprocess.run(
            args, capture_output=True, text=True, env=dict(os.environ, PIVOTPREP_HOME=home)
        )
        seconds = time.perf_counter() - started
    finally:
        Path(f.name).unlink()
    if done.returncode != 0:
        return seconds, f"exit {done.returncode}"
    return seconds, f"score {json.loads(done.stdout)['analysis']['score']}"


def main(argv: list[str]) -> int:
    from pivotprep.stories.analyzer.analysis import MAX_CHARS, MAX_WORDS

    ordinary = ordinary_story()
    time_in_process(ordinary)  # warm the caches (compiled patterns, jargon map)
    base = statistics.median(time_in_process(ordinary)[0] for _ in range(20))
    selected = [(n, make) for n, make in cases() if not argv or any(w in n for w in argv)]
    print(
        f"limits: {MAX_CHARS:,} characters, {MAX_WORDS:,} words; goal < {GOAL_S:.0f} s a case; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )
    print("'command' is one whole process (the faster of two runs); 'ordinary' the same command")
    print("on the ordinary story, run just before it: start-up and machine load, which every")
    print("story pays alike")
    print(
        f"{'case':44} {'chars':>6} {'words':>5} {'analyze':>8} {'x base':>6} {'command':>8} "
        f"{'ordinary':>8}  result"
    )
    over, worst = 0, ("", 0.0)
    with tempfile.TemporaryDirectory(prefix="pivotprep-bench-") as home:
        time_command(ordinary, home)  # creates the data folder, as a first run would
        base_cmd, said = time_command(ordinary, home)
        print(
            f"{'ordinary 400-word story (baseline)':44} {len(ordinary):6d} "
            f"{len(ordinary.split()):5d} {base:8.3f} {1:6.1f} {base_cmd:8.2f} {base_cmd:8.2f}"
            f"  {len(split_of(ordinary))} sentences, {said}"
        )
        paired = []
        for name, make in selected:
            text = make()
            assert len(text) <= MAX_CHARS and len(text.split()) <= MAX_WORDS, name
            seconds, result = time_in_process(text)
            reference, _ = time_command(ordinary, home)
            command = min(time_command(text, home)[0] for _ in range(2))
            paired.append(reference)
            flag = " OVER" if max(seconds, command) >= GOAL_S else ""
            if flag and seconds < GOAL_S and reference >= GOAL_S:
                flag += " (the ordinary story too: machine load)"
            over += bool(flag)
            worst = max(worst, (name, max(seconds, command)), key=lambda w: w[1])
            print(
                f"{name[:44]:44} {len(text):6d} {len(text.split()):5d} {seconds:8.3f} "
                f"{seconds / base:6.0f} {command:8.2f} {reference:8.2f}  {result}{flag}",
                flush=True,
            )
    print(
        f"\nbaseline: analyze {base * 1000:.1f} ms (median of 20); the command on it "
        f"{statistics.median(paired or [base_cmd]):.2f} s (median of {len(paired)} runs)"
    )
    print(
        f"worst case: {worst[0]} at {worst[1]:.2f} s; over the {GOAL_S:.0f} s goal: {over} "
        f"of {len(selected)}"
    )
    return 0


def split_of(text: str) -> list[object]:
    from pivotprep.stories.analyzer.sentences import split_sentences

    return list(split_sentences(text))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
