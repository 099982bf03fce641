"""The bounded decoder: what the client asks for (gzip, deflate) decodes as before; anything else,
or a corrupt stream, is a KalshiResponseError; the cap is a validated constructor option."""

from __future__ import annotations

import gzip
import json
import socket
import zlib
from typing import Any

import pytest
from safety_server import RawServer, Request

from kalshi_ext import KalshiClient, KalshiConfigurationError, KalshiResponseError, RetryPolicy

STATUS = {"exchange_active": True, "trading_active": False}


def _serve(server: RawServer, body: bytes, encoding: str | None) -> None:
    def behaviour(request: Request, conn: socket.socket) -> None:
        server.seen_encoding = request.headers.get("accept-encoding")  # type: ignore[attr-defined]
        head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        if encoding:
            head += f"Content-Encoding: {encoding}\r\n"
        conn.sendall(f"{head}Content-Length: {len(body)}\r\n\r\n".encode() + body)

    server.behaviour = behaviour


def _status(server: RawServer, **extra: Any) -> Any:
    options = {
        "base_url": server.url + "/trade-api/v2",
        "allow_custom_host": True,
        "retry": RetryPolicy(max_attempts=1),
    }
    with KalshiClient(**options, **extra) as kalshi:
        return kalshi.exchange.status()


def _raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        (None, lambda b: b),
        ("identity", lambda b: b),
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", _raw_deflate),  # raw deflate sent as "deflate" (seen from some servers)
    ],
    ids=["none", "identity", "gzip", "zlib deflate", "raw deflate"],
)
def test_supported_encodings_decode(server: RawServer, encoding: str | None, encode: Any) -> None:
    _serve(server, encode(json.dumps(STATUS).encode()), encoding)
    status = _status(server)
    assert status.exchange_active is True and status.trading_active is False
    assert server.seen_encoding == "gzip, deflate"  # type: ignore[attr-defined]


@pytest.mark.parametrize(("encoding", "body"), [("br", b"\x1b\x00"), ("gzip", b"not gzip at all"), ("gzip, br", b"x")])
def test_unsupported_or_corrupt_encodings_are_response_errors(server: RawServer, encoding: str, body: bytes) -> None:
    _serve(server, body, encoding)
    with pytest.raises(KalshiResponseError, match="could not decode the response body"):
        _status(server)


@pytest.mark.parametrize("bad", [0, 1023, 2**31, True, 1.5, "64MiB", None])
def test_max_response_bytes_is_validated(bad: Any) -> None:
    with pytest.raises(KalshiConfigurationError, match="max_response_bytes"):
        KalshiClient(max_response_bytes=bad)


def test_a_small_cap_refuses_a_normal_answer_by_name(server: RawServer) -> None:
    _serve(server, json.dumps({**STATUS, "pad": "x" * 5000}).encode(), None)
    with pytest.raises(KalshiResponseError, match="max_response_bytes=1024"):
        _status(server, max_response_bytes=1024)
