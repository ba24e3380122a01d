"""`pivotprep serve`: run the web app."""

from __future__ import annotations

import os
import socket

import typer

from pivotprep.core.errors import UserError

app = typer.Typer(help="Start the web app.")


def bind(host: str, port: int) -> socket.socket:
    """Bind the listening socket before printing the URL, so the URL shown is one that
    answers; a port already taken is a clear error, not a traceback after the banner.
    Port 0 picks a free port."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP, not 0: asyncio turns Nagle off (TCP_NODELAY) only on sockets that
    # say they are TCP, and with Nagle on, keep-alive responses wait ~40 ms for an ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as error:
        sock.close()
        if error.errno in (98, 48):  # EADDRINUSE on Linux, macOS
            raise UserError(
                f"Port {port} on {host} is already in use (another pivotprep, perhaps). "
                "Stop that program or choose another port: pivotprep serve --port 8766"
            ) from None
        raise UserError(f"Cannot listen on {host}:{port}: {error.strerror}.") from None
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


@app.command()
def serve(
    host: str = typer.Option(
        "127.0.0.1",
        help="Interface to bind. Keep 127.0.0.1 unless you know who else can reach this machine.",
    ),
    port: int = typer.Option(8765, min=0, max=65535, help="Port to listen on (0: any free port)."),
    server: bool = typer.Option(
        False,
        "--server",
        help="Multi-user server on PostgreSQL: accounts, one schema per learner (see README).",
    ),
) -> None:
    """Start the web app and print its URL."""
    import uvicorn

    from pivotprep.cli.common import console
    from pivotprep.core.db import get_engine
    from pivotprep.core.migrate import ensure_current
    from pivotprep.web.app import create_app

    config = None
    if server:
        from pivotprep.server.service import ensure_store, server_config, upgrade_learners

        config = server_config()
        ensure_store(get_engine(config.database_url))
        upgrade_learners(get_engine(config.database_url))
    else:
        ensure_current(get_engine())
    sock = bind(host, port)
    port = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    console().print(f"pivotprep is running at [bold]http://{shown}:{port}[/bold]  (Ctrl+C to stop)")
    if server or os.environ.get("PIVOTPREP_LOG", "").lower() == "json":
        from pivotprep.web.request_log import configure

        configure()
    web_app = create_app(bind_host=host, server=config)
    uvicorn.Server(uvicorn.Config(web_app, log_level="warning")).run(sockets=[sock])
