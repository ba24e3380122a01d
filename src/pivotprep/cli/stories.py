"""`pivotprep stories`: the STAR story bank, its analyzer, coverage, practice and VP drills.

    pivotprep stories add --title "Cut the close to 4 days" --file close.txt --signal data-driven
    pivotprep stories show 1
    pivotprep stories coverage --add-to-plan
    pivotprep stories practice --weakest
    pivotprep stories explain f1-score

The commands live in `stories_bank` (the bank itself), `stories_signals` (signals,
coverage, questions) and `stories_practice` (timed practice, history, explain drills);
this module registers them on one Typer app, in the order `--help` lists them.
"""

from __future__ import annotations

import typer

from pivotprep.cli import stories_bank, stories_practice, stories_signals

app = typer.Typer(
    no_args_is_help=True,
    help="STAR stories: write them, analyse them, cover every signal, practise against a timer.",
)

COMMANDS = (
    ("add", stories_bank.add),
    ("edit", stories_bank.edit),
    ("list", stories_bank.list_),
    ("show", stories_bank.show),
    ("analyze", stories_bank.analyze),
    ("delete", stories_bank.delete),
    ("export", stories_bank.export),
    ("coverage", stories_signals.coverage_),
    ("signals", stories_signals.signals),
    ("questions", stories_signals.questions),
    ("practice", stories_practice.practice),
    ("history", stories_practice.history),
    ("explain", stories_practice.explain),
)
for _name, _command in COMMANDS:
    app.command(_name)(_command)
