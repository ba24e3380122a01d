"""`pivotprep serve`: run the web app."""

from __future__ import annotations

import typer

app = typer.Typer(help="Start the web app.")


@app.command()
def serve(
    host: str = typer.Option(
        "127.0.0.1",
        help="Interface to bind. Keep 127.0.0.1 unless you know who else can reach this machine.",
    ),
    port: int = typer.Option(8765, help="Port to listen on."),
) -> None:
    """Start the web app and print its URL."""
    import uvicorn

    from pivotprep.cli.common import console
    from pivotprep.core.db import get_engine
    from pivotprep.core.migrate import ensure_current
    from pivotprep.web.app import create_app

    ensure_current(get_engine())
    console().print(f"pivotprep is running at [bold]http://{host}:{port}[/bold]  (Ctrl+C to stop)")
    uvicorn.run(create_app(bind_host=host), host=host, port=port, log_level="warning")
