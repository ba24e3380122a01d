"""`pivotprep serve` binds before it prints its URL: a taken port is a clear error."""

from __future__ import annotations

import socket


def test_a_port_in_use_is_a_clear_error(cli) -> None:  # type: ignore[no-untyped-def]
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = cli("serve", "--port", str(port))
    assert result.exit_code == 2
    assert f"Port {port} on 127.0.0.1 is already in use" in result.output
    assert "is running at" not in result.output  # no URL that would not answer


def test_bind_port_zero_picks_a_free_port() -> None:
    from pivotprep.cli.serve import bind

    sock = bind("127.0.0.1", 0)
    try:
        assert sock.getsockname()[1] > 0
        # asyncio disables Nagle only on sockets created as TCP (else ~40 ms stalls)
        assert sock.proto == socket.IPPROTO_TCP
    finally:
        sock.close()
