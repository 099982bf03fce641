"""One debug line per attempt on the ``kalshi_ext`` logger, with no secret in it.

(The autouse fixture in conftest.py also checks every log record of every test.)"""

from __future__ import annotations

import logging
import re
from typing import Any

import httpx
import pytest
from kx_support import KeyPair, MockRecorder

from kalshi_ext import KalshiClient, KalshiTimeoutError, KlearClient, RetryPolicy, ServerError

LINE = re.compile(r"^(GET|POST|PUT|DELETE) (/\S+) -> (\w+) attempt=(\d+) elapsed_ms=\d+\.\d")


def _lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "kalshi_ext" and r.levelno == logging.DEBUG]


def test_one_line_per_attempt(rsa_key: KeyPair, recorder: Any, caplog: pytest.LogCaptureFixture) -> None:
    responses = [httpx.Response(503), httpx.Response(200, json={})]
    rec: MockRecorder = recorder(lambda r: responses.pop(0))
    policy = RetryPolicy(backoff_base=0.001, backoff_max=0.001)
    with KalshiClient(
        key_id="kid-log-1234", private_key=rsa_key.private, retry=policy, transport=httpx.MockTransport(rec)
    ) as c:
        c.request("GET", "/markets", params={"cursor": "secret-looking-cursor"})
    lines = _lines(caplog)
    assert len(lines) == 2
    first, second = (LINE.match(line) for line in lines)
    assert first is not None and second is not None
    assert first.groups()[:4] == ("GET", "/trade-api/v2/markets", "503", "1")
    assert second.groups()[:4] == ("GET", "/trade-api/v2/markets", "200", "2")
    assert "retry_in=" in lines[0]
    for line in lines:
        assert "secret-looking-cursor" not in line  # no query strings
        assert "kid-log-1234" not in line
        assert rec.requests[0].headers["kalshi-access-signature"] not in line


def test_failures_are_logged_by_exception_type(recorder: Any, caplog: pytest.LogCaptureFixture) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with KalshiClient(retry=RetryPolicy.disabled(), transport=httpx.MockTransport(handler)) as client:
        with pytest.raises(KalshiTimeoutError):
            client.request("POST", "/portfolio/events/orders", json={"client_order_id": "x"})
    (line,) = _lines(caplog)
    assert line.startswith("POST /trade-api/v2/portfolio/events/orders -> ReadTimeout attempt=1")
    assert "final (" in line


def test_klear_token_never_logged(recorder: Any, caplog: pytest.LogCaptureFixture) -> None:
    token = "klear-log-token-555555"
    rec: MockRecorder = recorder(lambda r: httpx.Response(500, json={"error": {"code": "x", "message": token}}))
    with KlearClient(admin_user_id="adm", access_token=token, transport=httpx.MockTransport(rec)) as klear:
        with pytest.raises(ServerError):
            klear.request("GET", "/margin/reports")
    assert len(_lines(caplog)) == 4  # default policy: 4 attempts
    assert all(token not in r.getMessage() for r in caplog.records)


def test_nothing_logged_when_debug_is_off(recorder: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="kalshi_ext")
    rec: MockRecorder = recorder(lambda r: httpx.Response(200, json={}))
    with KalshiClient(transport=httpx.MockTransport(rec)) as client:
        client.request("GET", "/exchange/status")
    assert _lines(caplog) == []
