"""Errors and logs a person can act on: where a request went, why it was retried, never a secret."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from fakes import Recorder

from kalshi_ext import (
    KalshiClient,
    KalshiConnectionError,
    KalshiTimeoutError,
    RateLimits,
    RetryPolicy,
)

FAST = RetryPolicy(max_attempts=2, backoff_base=0.001, backoff_max=0.001)


def _refused(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def test_a_transport_error_names_method_host_path_and_environment(mock: Callable[..., Any]) -> None:
    with mock(KalshiClient, Recorder(_refused), demo=True, retry=FAST) as kalshi:
        with pytest.raises(KalshiConnectionError) as caught:
            kalshi.markets.list()
    error = caught.value
    assert str(error).startswith("GET /trade-api/v2/markets on demo-api.kalshi.co (demo) failed")
    assert (error.method, error.path, error.host, error.environment) == (
        "GET",
        "/trade-api/v2/markets",
        "demo-api.kalshi.co",
        "demo",
    )
    assert error.attempts == 2 and isinstance(error.__cause__, httpx.ConnectError)

    def timeout(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with mock(KalshiClient, Recorder(timeout), retry=RetryPolicy(max_attempts=1)) as kalshi:
        with pytest.raises(KalshiTimeoutError, match=r"on api\.elections\.kalshi\.com \(production\) timed out"):
            kalshi.portfolio.balance()


def test_each_retry_is_one_info_line_with_method_path_reason_and_wait(
    mock: Callable[..., Any], caplog: pytest.LogCaptureFixture, pem: str
) -> None:
    answers = iter([httpx.Response(503), httpx.Response(200, json={"markets": [], "cursor": ""})])
    caplog.set_level(logging.INFO, logger="kalshi_ext")
    with mock(KalshiClient, Recorder(lambda r: next(answers)), retry=FAST) as kalshi:
        kalshi.markets.list(status="open")
    info = [r for r in caplog.records if r.levelno == logging.INFO]
    assert len(info) == 1
    line = info[0].getMessage()
    assert line.startswith("retrying GET /trade-api/v2/markets in ") and "503" in line and "attempt 1" in line
    assert "status=open" not in line and "key-1" not in line and pem.splitlines()[1] not in line


def test_a_rate_limit_wait_is_one_info_line(mock: Callable[..., Any], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="kalshi_ext")
    limits = RateLimits.per_second(reads=1, writes=1)
    ok = Recorder(lambda r: httpx.Response(200, json={"exchange_active": True, "trading_active": True}))
    with mock(KalshiClient, ok, rate_limit=limits) as kalshi:
        kalshi._transport._sleep = lambda seconds: None  # the wait is decided and logged, not slept
        for _ in range(3):
            kalshi.exchange.status()
    waits = [r.getMessage() for r in caplog.records if r.getMessage().startswith("rate limit: waiting")]
    assert waits and all(w.endswith("before GET /trade-api/v2/exchange/status") for w in waits)


def test_the_readme_error_fields_exist_on_every_class() -> None:
    """The README's "Errors" list, attribute by attribute."""
    import kalshi_ext

    api = kalshi_ext.NotFoundError(status=404, message="m")
    for name in ("status", "status_code", "code", "message", "details", "service", "request_id", "method", "path"):
        assert hasattr(api, name), name
    assert hasattr(api, "hints") and hasattr(api, "outcome_unknown")
    transport = kalshi_ext.KalshiTimeoutError("t")
    for name in ("method", "path", "host", "environment", "attempts", "outcome_unknown", "status_code"):
        assert hasattr(transport, name), name
    response = kalshi_ext.KalshiResponseError("r", status=200)
    for name in ("status", "status_code", "request_id", "body"):
        assert hasattr(response, name), name
    assert kalshi_ext.OrderStatusUnknownError("o", client_order_id="c").client_order_id == "c"
    assert kalshi_ext.KalshiConfigurationError("x").status_code is None
