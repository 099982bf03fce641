"""Pages and *_all results: typed iteration, data frames (pandas, polars) by the documented rules, progress."""

from __future__ import annotations

import datetime
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
from fakes import Recorder

from kalshi_ext import AsyncKalshiClient, KalshiClient, KalshiConfigurationError

MARKETS = [
    {
        "ticker": "A",
        "status": "active",
        "yes_bid_dollars": "0.5600",
        "volume_fp": "10.00",
        "close_time": "2026-11-22T05:00:00Z",
        "price_ranges": [{"start": "0.01", "end": "1.00", "step": "0.01"}],
    },
    {"ticker": "B", "yes_bid_dollars": "0.0100"},
]


def _pages(request: httpx.Request) -> httpx.Response:
    if request.url.params.get("cursor") == "p2":
        return httpx.Response(200, json={"markets": MARKETS[1:], "cursor": ""})
    return httpx.Response(200, json={"markets": MARKETS[:1], "cursor": "p2"})


def test_a_page_iterates_has_len_cursor_and_has_next(mock: Callable[..., Any]) -> None:
    with mock(KalshiClient, Recorder(_pages)) as kalshi:
        page = kalshi.markets.list()
        assert [m.ticker for m in page] == ["A"] and len(page) == 1
        assert page.cursor == "p2" and page.has_next
        last = kalshi.markets.list(cursor=page.cursor)
        assert not last.has_next and [m.ticker for m in last] == ["B"]


def test_star_all_and_paginate_are_typed_iterators_with_to_list(mock: Callable[..., Any]) -> None:
    with mock(KalshiClient, Recorder(_pages)) as kalshi:
        walk = kalshi.markets.list_all()
        assert next(walk).ticker == "A"
        assert [m.ticker for m in walk.to_list()] == ["B"]
        assert [m.ticker for m in kalshi.paginate(kalshi.markets.list)] == ["A", "B"]


def test_to_pandas_follows_the_documented_rules(mock: Callable[..., Any]) -> None:
    pd = pytest.importorskip("pandas")
    with mock(KalshiClient, Recorder(_pages)) as kalshi:
        frame = kalshi.markets.list_all().to_pandas()
        page_frame = kalshi.markets.list().to_pandas()
        as_float = kalshi.markets.list_all().to_pandas(decimals="float")
    assert list(frame["ticker"]) == ["A", "B"] and len(page_frame) == 1
    assert frame["yes_bid_dollars"].tolist() == [Decimal("0.5600"), Decimal("0.0100")]  # exact by default
    assert frame["status"].tolist()[0] == "active"  # enums as their text
    assert frame["status"].isna().tolist()[1]  # absent: null
    assert str(frame["close_time"].dtype) in ("datetime64[ns, UTC]", "datetime64[us, UTC]")
    assert frame["close_time"][0] == pd.Timestamp("2026-11-22T05:00:00Z")
    assert isinstance(frame["price_ranges"][0], list)  # lists kept
    assert as_float["yes_bid_dollars"].dtype == "float64"
    assert list(page_frame.columns) == list(frame.columns)  # every model field is a column


def test_nested_objects_are_flattened_into_dotted_columns() -> None:
    from kalshi_ext._frames import rows
    from kalshi_ext.models import GetMarketResponse

    answer = GetMarketResponse.from_dict({"market": {"ticker": "A", "yes_bid_dollars": "0.50"}})
    columns, data = rows([answer], GetMarketResponse)
    assert "market" not in columns and "market.ticker" in columns and "market.yes_bid_dollars" in columns
    assert data[0]["market.ticker"] == "A" and data[0]["market.yes_bid_dollars"] == Decimal("0.50")
    assert data[0]["market.status"] is None


def test_to_polars_keeps_decimals_and_utc_datetimes(mock: Callable[..., Any]) -> None:
    pl = pytest.importorskip("polars")
    with mock(KalshiClient, Recorder(_pages)) as kalshi:
        frame = kalshi.markets.list_all().to_polars()
    assert frame["ticker"].to_list() == ["A", "B"]
    assert isinstance(frame.schema["yes_bid_dollars"], pl.Decimal)
    assert frame["yes_bid_dollars"].to_list() == [Decimal("0.5600"), Decimal("0.0100")]
    assert frame.schema["close_time"] == pl.Datetime("us", "UTC")
    assert frame["close_time"][0] == datetime.datetime(2026, 11, 22, 5, tzinfo=datetime.UTC)


def test_progress_callback_and_bar(mock: Callable[..., Any], capsys: pytest.CaptureFixture[str]) -> None:
    seen: list[tuple[int, int]] = []
    with mock(KalshiClient, Recorder(_pages)) as kalshi:
        assert len(kalshi.markets.list_all(progress=lambda pages, items: seen.append((pages, items))).to_list()) == 2
        pytest.importorskip("tqdm")
        assert len(list(kalshi.markets.list_all(progress=True))) == 2
        with pytest.raises(KalshiConfigurationError, match="progress must be"):
            kalshi.markets.list_all(progress="yes")  # type: ignore[arg-type]
    assert seen == [(1, 1), (2, 2)]
    assert "items" in capsys.readouterr().err


async def test_async_star_all_to_list_and_frames(mock: Callable[..., Any]) -> None:
    pytest.importorskip("pandas")
    async with mock(AsyncKalshiClient, Recorder(_pages)) as kalshi:
        assert [m.ticker for m in await kalshi.markets.list_all().to_list()] == ["A", "B"]
        frame = await kalshi.paginate(kalshi.markets.list).to_pandas()
    assert list(frame["ticker"]) == ["A", "B"]


def test_the_core_works_without_pandas_polars_and_tqdm() -> None:
    code = """
import sys
for name in ("pandas", "polars", "tqdm"):
    sys.modules[name] = None  # as if not installed
import httpx
from kalshi_ext import KalshiClient, KalshiConfigurationError
body = {"markets": [{"ticker": "A"}], "cursor": ""}
with KalshiClient(transport=httpx.MockTransport(lambda r: httpx.Response(200, json=body))) as kalshi:
    assert [m.ticker for m in kalshi.markets.list_all()] == ["A"]
    for call, extra in ((lambda: kalshi.markets.list().to_pandas(), "pandas"),
                        (lambda: kalshi.markets.list_all().to_polars(), "polars"),
                        (lambda: kalshi.markets.list_all(progress=True).to_list(), "progress")):
        try:
            call()
        except KalshiConfigurationError as exc:
            assert f"pip install 'kalshi-ext[{extra}]'" in str(exc), exc
        else:
            raise AssertionError(extra)
print("ok")
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr
