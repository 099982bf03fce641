"""Every call is bounded in time and memory, against a hostile loopback server.

Time: ``timeout=`` is the wall-clock limit of one attempt, connect to last body byte, for dribbled
headers, dribbled bodies and 1xx floods, sync and async. Memory: a 200 MiB body, an endless chunked
body and a gzip bomb end in KalshiResponseError; peak RSS growth of a fresh client process is
measured and must stay within about the cap (figures printed with ``-s``).
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from safety_server import RawServer, Request

from kalshi_ext import AsyncKalshiClient, KalshiClient, KalshiResponseError, KalshiTimeoutError, RetryPolicy

MIB = 1024 * 1024
TIMEOUT = 1.0
# A loaded 2-core machine schedules late: the limit must hold within this slack, not to the ms.
SLACK = 1.5


def _stalling(server: RawServer, conn: socket.socket, head: bytes, step: bytes, every: float) -> None:
    """Send ``head`` then ``step`` every ``every`` seconds until the client hangs up (or 30 s)."""
    conn.sendall(head)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not server.stopped():
        time.sleep(every)
        try:
            conn.sendall(step)
        except OSError:
            return


HOSTILE: dict[str, Callable[[RawServer], Callable[[Request, socket.socket], None]]] = {
    "dribbled headers": lambda srv: lambda req, conn: _stalling(srv, conn, b"HTTP/1.1 200 OK\r\n", b"X", 0.1),
    "dribbled body": lambda srv: (
        lambda req, conn: _stalling(
            srv,
            conn,
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{",
            b" ",
            0.1,
        )
    ),
    "1xx flood": lambda srv: (
        lambda req, conn: _stalling(srv, conn, b"HTTP/1.1 100 Continue\r\n\r\n", b"HTTP/1.1 100 Continue\r\n\r\n", 0.25)
    ),
}


def _client_options(server: RawServer, attempts: int = 1, **extra: Any) -> dict[str, Any]:
    retry = RetryPolicy(max_attempts=attempts, backoff_base=0.01, backoff_max=0.01)
    return {"base_url": server.url + "/trade-api/v2", "allow_custom_host": True, "retry": retry, **extra}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("hostile", list(HOSTILE))
def test_one_attempt_never_outlasts_timeout(server: RawServer, hostile: str, mode: str) -> None:
    server.behaviour = HOSTILE[hostile](server)
    started = time.monotonic()
    with pytest.raises(KalshiTimeoutError):
        if mode == "sync":
            with KalshiClient(**_client_options(server), timeout=TIMEOUT) as kalshi:
                kalshi.exchange.status()
        else:

            async def run() -> None:
                async with AsyncKalshiClient(**_client_options(server), timeout=TIMEOUT) as kalshi:
                    await kalshi.exchange.status()

            asyncio.run(run())
    elapsed = time.monotonic() - started
    print(f"\n{hostile} ({mode}): timeout={TIMEOUT}s, 1 attempt, ended after {elapsed:.2f}s")
    assert TIMEOUT * 0.9 <= elapsed < TIMEOUT + SLACK


def test_retries_are_bounded_by_attempts_times_timeout(server: RawServer) -> None:
    server.behaviour = HOSTILE["1xx flood"](server)
    started = time.monotonic()
    with pytest.raises(KalshiTimeoutError) as info:
        with KalshiClient(**_client_options(server, attempts=3), timeout=TIMEOUT) as kalshi:
            kalshi.exchange.status()
    elapsed = time.monotonic() - started
    print(f"\n1xx flood: 3 attempts of timeout={TIMEOUT}s ended after {elapsed:.2f}s")
    assert info.value.attempts == 3
    assert 3 * TIMEOUT * 0.9 <= elapsed < 3 * TIMEOUT + 2 * SLACK


# ------------------------------------------------------------------------------------------ memory

CHILD = r"""
import json, sys, time


def status_kib(field):
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith(field + ":"))


def reset_peak():
    with open("/proc/self/clear_refs", "w") as refs:  # Linux >= 4.0: "5" resets the peak RSS
        refs.write("5")


from kalshi_ext import KalshiClient, KalshiError, RetryPolicy
url, cap = sys.argv[1], int(sys.argv[2])
options = {"base_url": url, "allow_custom_host": True, "retry": RetryPolicy(max_attempts=1), "timeout": 60}
if cap:
    options["max_response_bytes"] = cap
with KalshiClient(**options) as kalshi:
    kalshi.exchange.status()  # warm up: imports, connection, parsing
    before = status_kib("VmRSS")
    reset_peak()  # VmHWM now restarts from here: growth is the call's own peak
    started = time.monotonic()
    try:
        kalshi.exchange.status()
        outcome = "no error"
    except KalshiError as exc:
        outcome = type(exc).__name__
    after = status_kib("VmHWM")
print(json.dumps({"error": outcome, "growth_mib": (after - before) / 1024, "seconds": time.monotonic() - started}))
"""


def _gzip_bomb(inflated: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = b"\0" * MIB
    parts = [compressor.compress(zeros) for _ in range(inflated // MIB)]
    return b"".join([*parts, compressor.flush()])


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return _gzip_bomb(200 * MIB)


def _serve_hostile(kind: str, bomb: bytes, server: RawServer) -> Callable[[Request, socket.socket], None]:
    calls = {"n": 0}
    status_body = b'{"exchange_active": true, "trading_active": true}'

    def behaviour(request: Request, conn: socket.socket) -> None:
        calls["n"] += 1
        if calls["n"] == 1:  # the warm-up call
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(status_body), status_body))
            return
        block = b"[" + b"1," * (MIB // 2 - 1) + b"1]"
        try:
            if kind == "200 MiB body":
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % (200 * MIB))
                for _ in range(200):
                    conn.sendall(block)
            elif kind == "200 MiB body, no length":
                conn.sendall(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n")
                for _ in range(200):
                    conn.sendall(block)
            elif kind == "endless chunked body":
                conn.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
                chunk = b"%x\r\n%s\r\n" % (len(block), block)
                while not server.stopped():
                    conn.sendall(chunk)
            else:  # gzip bomb
                head = b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(bomb)
                conn.sendall(head + bomb)
        except OSError:
            pass  # the client hung up, as it should
        conn.close()

    return behaviour


def _measure(server: RawServer, cap: int) -> dict[str, Any]:
    env = {**os.environ, "PYTHONWARNINGS": "error"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, server.url + "/trade-api/v2", str(cap)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=Path(__file__).parent,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    measured: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return measured


@pytest.mark.parametrize("cap", [0, 8 * MIB], ids=["default 64 MiB cap", "8 MiB cap"])
@pytest.mark.parametrize("kind", ["200 MiB body", "200 MiB body, no length", "endless chunked body", "gzip bomb"])
def test_oversized_bodies_end_in_a_typed_error_with_bounded_memory(
    server: RawServer, bomb: bytes, kind: str, cap: int
) -> None:
    server.behaviour = _serve_hostile(kind, bomb, server)
    measured = _measure(server, cap)
    limit = cap or 64 * MIB
    print(
        f"\n{kind}: cap {limit // MIB} MiB -> {measured['error']} after {measured['seconds']:.2f}s, "
        f"peak RSS growth {measured['growth_mib']:.1f} MiB"
    )
    assert measured["error"] == KalshiResponseError.__name__
    # The body is kept up to the cap, never past it: growth stays within the cap plus interpreter noise
    # (the measure starts from the current RSS, so an earlier peak of ~20 MiB shows as a floor).
    assert measured["growth_mib"] < limit / MIB + 24
