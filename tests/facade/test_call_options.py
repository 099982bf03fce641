"""Per-call options (timeout, retry, headers), with_options views and with_raw_response."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from fakes import Recorder

from kalshi_ext import (
    AsyncKalshiClient,
    KalshiClient,
    KalshiConfigurationError,
    RetryPolicy,
    ServerError,
)

FAST = RetryPolicy(max_attempts=3, backoff_base=0.001, backoff_max=0.001)
MARKETS = {"markets": [{"ticker": "A"}, {"ticker": "B"}], "cursor": ""}


def _ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=MARKETS, headers={"x-request-id": "req-9", "X-RateLimit-Remaining": "7"})


def test_a_per_call_timeout_reaches_every_attempt(mock: Callable[..., Any]) -> None:
    recorder = Recorder(_ok)
    with mock(KalshiClient, recorder, timeout=10) as kalshi:
        kalshi.markets.list(timeout=1.5)
        kalshi.markets.list()
    first, second = (r.extensions["timeout"] for r in recorder.requests)
    assert first == {"connect": 1.5, "read": 1.5, "write": 1.5, "pool": 1.5}
    assert second["read"] == 10


def test_per_call_headers_are_sent_and_auth_headers_refused(mock: Callable[..., Any]) -> None:
    recorder = Recorder(_ok)
    with mock(KalshiClient, recorder) as kalshi:
        kalshi.markets.list(headers={"X-Trace": "t-1"})
        with pytest.raises(KalshiConfigurationError, match="reserved"):
            kalshi.markets.list(headers={"KALSHI-ACCESS-KEY": "other"})
        with pytest.raises(KalshiConfigurationError, match="timeout"):
            kalshi.markets.list(timeout=0)
        with pytest.raises(KalshiConfigurationError, match="RetryPolicy"):
            kalshi.markets.list(retry=3)
    assert len(recorder.requests) == 1 and recorder.requests[0].headers["X-Trace"] == "t-1"


def test_a_per_call_retry_policy_replaces_the_clients(mock: Callable[..., Any]) -> None:
    recorder = Recorder(lambda r: httpx.Response(503, json={"error": {"code": "unavailable"}}))
    with mock(KalshiClient, recorder, retry=FAST) as kalshi:
        with pytest.raises(ServerError):
            kalshi.markets.list()
        assert len(recorder.requests) == 3
        with pytest.raises(ServerError):
            kalshi.markets.list(retry=RetryPolicy(max_attempts=1))
        assert len(recorder.requests) == 4
        with pytest.raises(ServerError):
            kalshi.with_options(retry=RetryPolicy(max_attempts=2, backoff_base=0.001, backoff_max=0.001)).markets.list()
        assert len(recorder.requests) == 6


def test_a_view_shares_the_pool_and_merges_options(mock: Callable[..., Any]) -> None:
    recorder = Recorder(_ok)
    kalshi = mock(KalshiClient, recorder)
    view = kalshi.with_options(timeout=2, headers={"X-A": "1"})
    inner = view.with_options(headers={"X-B": "2"})
    assert view._http is kalshi._http and inner._http is kalshi._http
    inner.markets.list(timeout=0.5)
    view.markets.list()
    kalshi.markets.list()
    sent = recorder.requests
    assert (sent[0].headers["X-A"], sent[0].headers["X-B"], sent[0].extensions["timeout"]["read"]) == ("1", "2", 0.5)
    assert sent[1].headers["X-A"] == "1" and "X-B" not in sent[1].headers and sent[1].extensions["timeout"]["read"] == 2
    assert "X-A" not in sent[2].headers
    view.close()  # a view does not own the pool
    kalshi.markets.list()
    kalshi.close()
    with pytest.raises(KalshiConfigurationError, match="closed"):
        view.markets.list()


def test_options_reach_every_page_and_the_order_lookups(mock: Callable[..., Any]) -> None:
    pages = iter([{"markets": [{"ticker": "A"}], "cursor": "c2"}, {"markets": [{"ticker": "B"}], "cursor": ""}])
    recorder = Recorder(lambda r: httpx.Response(200, json=next(pages)))
    with mock(KalshiClient, recorder) as kalshi:
        tickers = [m.ticker for m in kalshi.markets.list_all(headers={"X-Walk": "w"}, timeout=3)]
    assert tickers == ["A", "B"]
    assert [r.headers.get("X-Walk") for r in recorder.requests] == ["w", "w"]
    assert {r.extensions["timeout"]["read"] for r in recorder.requests} == {3}


def test_order_placement_keeps_the_call_options_across_lookups(mock: Callable[..., Any]) -> None:
    answers = iter(["lost", "orders"])

    def exchange(request: httpx.Request) -> httpx.Response:
        step = next(answers)
        if step == "lost":
            raise httpx.ReadTimeout("lost", request=request)
        body = json.loads(recorder.requests[0].content)
        order = {"order_id": "o-1", "client_order_id": body["client_order_id"], "ticker": body["ticker"]}
        return httpx.Response(200, json={"orders": [order], "cursor": ""})

    recorder = Recorder(exchange)
    with mock(KalshiClient, recorder) as kalshi:
        result = kalshi.orders.create_v2(
            ticker="KX-1",
            side="bid",
            count=1,
            price="0.5",
            time_in_force="good_till_canceled",
            self_trade_prevention_type="maker",
            headers={"X-Bot": "b"},
        )
    assert result.order_id == "o-1"
    assert [r.method for r in recorder.requests] == ["POST", "GET"]
    assert all(r.headers["X-Bot"] == "b" for r in recorder.requests)


def test_with_raw_response_gives_status_headers_request_id_and_the_model(mock: Callable[..., Any]) -> None:
    with mock(KalshiClient, Recorder(_ok)) as kalshi:
        raw = kalshi.with_raw_response(kalshi.markets.list, status="open", limit=2)
        assert (raw.status_code, raw.request_id, raw.method, raw.path) == (200, "req-9", "GET", "/trade-api/v2/markets")
        assert raw.rate_limit == {"x-ratelimit-remaining": "7"}
        assert raw.headers["x-request-id"] == "req-9" and raw.attempts == 1
        assert type(raw.parsed).__name__ == "GetMarketsResponse" and raw.parse() is raw.parsed
        assert raw.http.request.url.params["status"] == "open"
        with pytest.raises(KalshiConfigurationError, match="sent no request"):
            kalshi.with_raw_response(kalshi.markets.list_all)


def test_with_raw_response_counts_retries(mock: Callable[..., Any]) -> None:
    answers = iter([httpx.Response(503), httpx.Response(200, json=MARKETS)])
    with mock(KalshiClient, Recorder(lambda r: next(answers)), retry=FAST) as kalshi:
        raw = kalshi.with_raw_response(kalshi.markets.list)
    assert raw.attempts == 2 and [r.status_code for r in raw.responses] == [503, 200] and raw.status_code == 200


async def test_async_options_views_and_raw_responses(mock: Callable[..., Any]) -> None:
    recorder = Recorder(_ok)
    async with mock(AsyncKalshiClient, recorder) as kalshi:
        raw = await kalshi.with_raw_response(kalshi.with_options(headers={"X-A": "1"}).markets.list, timeout=4)
        assert raw.request_id == "req-9" and len(raw.parsed.markets) == 2
        tickers = [m.ticker async for m in kalshi.markets.list_all(headers={"X-Walk": "w"})]
    assert tickers == ["A", "B"]
    assert recorder.requests[0].headers["X-A"] == "1" and recorder.requests[0].extensions["timeout"]["read"] == 4
    assert recorder.requests[1].headers["X-Walk"] == "w"


async def test_a_per_call_timeout_is_the_attempts_wall_clock_limit(mock: Callable[..., Any]) -> None:
    import asyncio

    from kalshi_ext import KalshiTimeoutError

    async def slow(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(2)
        return httpx.Response(200, json=MARKETS)

    async with AsyncKalshiClient(transport=httpx.MockTransport(slow), retry=RetryPolicy(max_attempts=1)) as kalshi:
        started = asyncio.get_running_loop().time()
        with pytest.raises(KalshiTimeoutError):
            await kalshi.markets.list(timeout=0.05)
        assert asyncio.get_running_loop().time() - started < 1.5
