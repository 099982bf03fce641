"""What Kalshi's live APIs do on the wire, handled by the facade and transport (KALSHI_NOTES.md)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from fakes import Recorder
from kalshi_trade_api.models import AcceptQuoteRequest, BatchCreateOrdersV2Request, CreateOrderV2Request

from kalshi_ext import KalshiClient, KalshiConfigurationError, PaginationError


def _client(mock: Callable[..., Any], answer: Callable[[httpx.Request], httpx.Response]) -> tuple[Any, Recorder]:
    recorder = Recorder(answer)
    return mock(KalshiClient, recorder), recorder


def test_orderbooks_take_repeated_tickers_and_candlesticks_comma_joined(mock: Callable[..., Any]) -> None:
    kalshi, seen = _client(mock, lambda r: httpx.Response(200, json={}))
    with kalshi:
        kalshi.markets.bulk_orderbooks(tickers=["A-1", "B-2"])
        kalshi.markets.bulk_candlesticks(market_tickers="A-1,B-2", start_ts=1, end_ts=2, period_interval=60)
    assert seen.requests[0].url.query == b"tickers=A-1&tickers=B-2"
    assert seen.requests[1].url.params["market_tickers"] == "A-1,B-2"


def test_bulk_requests_over_100_markets_are_refused_before_sending(mock: Callable[..., Any]) -> None:
    kalshi, seen = _client(mock, lambda r: httpx.Response(200, json={}))
    with kalshi:
        with pytest.raises(KalshiConfigurationError, match="at most 100 markets, not 101"):
            kalshi.markets.bulk_orderbooks(tickers=[f"M-{i}" for i in range(101)])
        with pytest.raises(KalshiConfigurationError, match="at most 100"):
            kalshi.markets.bulk_candlesticks(
                market_tickers=",".join(f"M-{i}" for i in range(101)), start_ts=1, end_ts=2, period_interval=60
            )
    assert seen.requests == []


def test_a_204_with_no_body_returns_none(mock: Callable[..., Any]) -> None:
    kalshi, seen = _client(mock, lambda r: httpx.Response(204))
    with kalshi:
        assert (
            kalshi.communications.quotes.accept("q-1", body=AcceptQuoteRequest.from_dict({"accepted_side": "yes"}))
            is None
        )
        assert kalshi.communications.quotes.confirm("q-1") is None
    assert [r.method for r in seen.requests] == ["PUT", "PUT"]


def test_body_less_writes_send_json_content_type_and_an_empty_object(mock: Callable[..., Any]) -> None:
    kalshi, seen = _client(mock, lambda r: httpx.Response(201, json={"subaccount_number": 4}))
    with kalshi:
        assert kalshi.subaccounts.create().subaccount_number == 4  # declares an optional body: {}
        kalshi.account.upgrade()  # declares no body: none is sent (the spec's judge refuses one)
    created, upgraded = seen.requests
    assert created.headers["content-type"] == "application/json" and created.content == b"{}"
    assert upgraded.headers["content-type"] == "application/json" and upgraded.content == b""


def test_a_batch_reports_every_leg_even_when_one_fails(mock: Callable[..., Any]) -> None:
    legs = {
        "orders": [
            {"order_id": "o-1", "client_order_id": "c-1", "fill_count": "0.00", "remaining_count": "5.00"},
            {"client_order_id": "c-2", "error": {"code": "insufficient_balance", "message": "not enough funds"}},
            {"order_id": "o-3", "client_order_id": "c-3", "fill_count": "5.00", "remaining_count": "0.00"},
        ]
    }
    kalshi, _ = _client(mock, lambda r: httpx.Response(201, json=legs))
    order = {
        "ticker": "T",
        "side": "bid",
        "count": "5",
        "price": "0.40",
        "time_in_force": "good_till_canceled",
        "self_trade_prevention_type": "taker_at_cross",
    }
    body = BatchCreateOrdersV2Request(
        orders=[CreateOrderV2Request.from_dict({**order, "client_order_id": f"c-{i}"}) for i in (1, 2, 3)]
    )
    with kalshi:
        result = kalshi.orders.batch_create_v2(body=body)
    assert result.orders and [leg.client_order_id for leg in result.orders] == ["c-1", "c-2", "c-3"]
    assert result.orders[1].error and result.orders[1].error.code == "insufficient_balance"
    assert result.orders[0].order_id == "o-1" and result.orders[2].order_id == "o-3"


def _pages(pages: dict[str | None, dict[str, Any]]) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(200, json=pages[request.url.params.get("cursor")])


def test_list_all_follows_cursors_passes_limit_and_stops_at_the_empty_cursor(mock: Callable[..., Any]) -> None:
    pages = {
        None: {"markets": [{"ticker": "A"}, {"ticker": "B"}], "cursor": "c1"},
        "c1": {"markets": None, "cursor": "c2"},  # the live API sends null lists
        "c2": {"markets": [{"ticker": "C"}], "cursor": ""},
    }
    kalshi, seen = _client(mock, _pages(pages))
    with kalshi:
        assert [m.ticker for m in kalshi.markets.list_all(limit=2, status="open")] == ["A", "B", "C"]
        assert [m.ticker for m in kalshi.markets.list_all(max_pages=1)] == ["A", "B"]
    assert [r.url.params.get("limit") for r in seen.requests[:3]] == ["2", "2", "2"]
    assert [r.url.params.get("cursor") for r in seen.requests[:3]] == [None, "c1", "c2"]


def test_incentive_programs_page_with_next_cursor(mock: Callable[..., Any]) -> None:
    pages = {
        None: {"incentive_programs": [{"id": "p1"}], "next_cursor": "n1"},
        "n1": {"incentive_programs": [{"id": "p2"}], "next_cursor": ""},
    }
    kalshi, _ = _client(mock, _pages(pages))
    with kalshi:
        assert [p.id for p in kalshi.incentive_programs.list_all()] == ["p1", "p2"]


def test_a_repeated_cursor_is_an_error_not_an_endless_loop(mock: Callable[..., Any]) -> None:
    pages = {None: {"fills": [{"fill_id": "f1"}], "cursor": "same"}, "same": {"fills": [], "cursor": "same"}}
    kalshi, seen = _client(mock, _pages(pages))
    with kalshi, pytest.raises(PaginationError, match="cursor of an earlier page"):
        list(kalshi.portfolio.fills_all())
    assert len(seen.requests) == 2


def test_bad_arguments_are_refused_with_their_name(mock: Callable[..., Any]) -> None:
    kalshi, seen = _client(mock, lambda r: httpx.Response(200, json={}))
    with kalshi:
        with pytest.raises(KalshiConfigurationError, match=r"limit takes int \| Unset, not a float"):
            kalshi.markets.list(limit=10.5)  # type: ignore[arg-type]
        with pytest.raises(KalshiConfigurationError, match="not a bool"):
            kalshi.markets.list(limit=True)
        with pytest.raises(KalshiConfigurationError, match="status must be one of 'closed', 'open'"):
            kalshi.markets.list(status="opened")
    assert seen.requests == []


def test_plain_values_for_enums_and_dates_are_accepted(mock: Callable[..., Any]) -> None:
    kalshi, seen = _client(mock, lambda r: httpx.Response(200, json={"markets": [], "cursor": ""}))
    with kalshi:
        kalshi.markets.list(status="open", limit=5)
        kalshi.markets.candlesticks("S", "T", start_ts=1, end_ts=2, period_interval=60)
    assert seen.requests[0].url.params["status"] == "open"
    assert seen.requests[1].url.params["period_interval"] == "60"


def test_date_times_need_a_time_zone(mock: Callable[..., Any]) -> None:
    from kalshi_ext import KlearClient

    klear = mock(KlearClient, Recorder(lambda r: httpx.Response(200, json={})))
    with klear:
        with pytest.raises(KalshiConfigurationError, match="funding_time: '2026-11-21T14:00:00' has no time zone"):
            klear.margin.member_funding_payments(funding_time="2026-11-21T14:00:00")
        klear.margin.member_funding_payments(funding_time="2026-11-21T14:00:00Z")


def test_client_paginate_walks_any_list_method(mock: Callable[..., Any]) -> None:
    pages = {
        None: {"trades": [{"trade_id": "t1"}], "cursor": "c1"},
        "c1": {"trades": [{"trade_id": "t2"}], "cursor": ""},
    }
    kalshi, seen = _client(mock, _pages(pages))
    with kalshi:
        assert [t.trade_id for t in kalshi.paginate(kalshi.markets.list_trades, ticker="T")] == ["t1", "t2"]
        assert [t.trade_id for t in kalshi.paginate(kalshi.markets.list_trades, max_pages=1)] == ["t1"]
        with pytest.raises(KalshiConfigurationError, match="not a cursor-paginated list"):
            kalshi.paginate(kalshi.exchange.status)
    assert seen.requests[0].url.params["ticker"] == "T"


async def test_async_client_paginate(mock: Callable[..., Any]) -> None:
    from kalshi_ext import AsyncKalshiClient

    pages = {None: {"markets": [{"ticker": "A"}], "cursor": "c1"}, "c1": {"markets": [{"ticker": "B"}], "cursor": ""}}
    async with mock(AsyncKalshiClient, Recorder(_pages(pages))) as kalshi:
        assert [m.ticker async for m in kalshi.paginate(kalshi.markets.list, status="open")] == ["A", "B"]


def test_every_paginator_is_its_list_method_plus_all() -> None:
    from pathlib import Path

    rows = [
        line.split("\t")
        for line in (Path(__file__).resolve().parents[2] / "openapi" / "operations.tsv").read_text().splitlines()
        if not line.startswith("#")
    ][1:]
    assert [(r[4], r[5]) for r in rows if r[5] != "-" and r[5] != r[4] + "_all"] == []


def test_a_list_item_that_does_not_parse_raises_a_kalshi_error_when_read(mock: Callable[..., Any]) -> None:
    from kalshi_ext import KalshiResponseError

    page = {
        "markets": [{"ticker": "ok", "yes_bid_dollars": "0.21"}, {"ticker": "bad", "yes_bid_dollars": "n/a"}],
        "cursor": "",
    }
    kalshi, _ = _client(mock, lambda r: httpx.Response(200, json=page))
    with kalshi:
        markets = kalshi.markets.list().markets
    assert markets and markets[0].ticker == "ok"
    assert markets[1].ticker == "bad"  # one bad field spoils neither the page nor the rest of its item
    with pytest.raises(KalshiResponseError, match=r"Market\.yes_bid_dollars: not a decimal number"):
        _ = markets[1].yes_bid_dollars
