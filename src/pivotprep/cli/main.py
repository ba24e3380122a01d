"""Entry point of the `pivotprep` command.

Sub-commands are imported only when run, so `pivotprep --help` starts fast: the top
level is a Typer group that knows each command's name and one-line help, and loads the
feature's Typer app on demand. Usage errors print the usage and exit 2; a `UserError`
prints its message and exits 2; a traceback reaching a user is a bug.

The group is built with Typer's own classes (`typer.core.TyperGroup`), because Typer
commands run on Typer's copy of click: a plain-click parent would not understand their
usage errors.

To add a command: write `pivotprep/cli/<feature>.py` with a Typer `app`, then declare it
in the feature's entry of `pivotprep.registry` (which imports nothing until asked).
"""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperGroup

from pivotprep import __version__, registry

COMMANDS = registry.commands()


def _is_exit(error: BaseException) -> bool:
    """An exit request from any click flavour (Typer's, or click's own `Exit`)."""
    return type(error).__name__ == "Exit" and isinstance(getattr(error, "exit_code", None), int)


class LazyGroup(TyperGroup):
    """A Typer group whose sub-commands are imported on first use."""

    def list_commands(self, ctx: Any) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in COMMANDS:
            return None
        import typer.main

        command = typer.main.get_command(registry.load(COMMANDS[cmd_name].app))
        command.name = cmd_name
        return command

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        """One line per command from `COMMANDS`, without importing any of them."""
        rows = [(name, COMMANDS[name].help) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def invoke(self, ctx: Any) -> Any:
        from pivotprep.cli.common import print_user_error
        from pivotprep.core.errors import UserError

        try:
            return super().invoke(ctx)
        except UserError as error:
            print_user_error(error)
            ctx.exit(2)
        except Exception as error:
            if _is_exit(error):
                ctx.exit(error.exit_code)  # type: ignore[attr-defined]
            if hasattr(error, "show") and isinstance(getattr(error, "exit_code", None), int):
                error.show()  # a usage error raised by a command built on click itself
                ctx.exit(error.exit_code)  # type: ignore[attr-defined]
            raise


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"pivotprep {__version__}")
        raise typer.Exit()


app = typer.Typer(
    cls=LazyGroup,
    name="pivotprep",
    add_completion=False,
    rich_markup_mode=None,  # plain help: rich help would import every command to list them
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
)


@app.callback()
def root(
    version: bool = typer.Option(
        False, "--version", callback=_print_version, is_eager=True, help="Show the version."
    ),
) -> None:
    """pivotprep gets you through technical interviews when you change careers.

    Start with `pivotprep init`, then `pivotprep plan`. `pivotprep serve` opens the web app.
    """


def main() -> None:
    app(prog_name="pivotprep")


if __name__ == "__main__":
    main()
