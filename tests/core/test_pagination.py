"""Cursor pagination used by the facade's *_all methods, sync and async."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from kalshi_ext import AsyncKalshiClient, KalshiClient, KalshiConfigurationError, PaginationError
from kalshi_ext._pagination import apaginate, paginate


class Page:
    def __init__(self, items: Any, cursor: Any) -> None:
        self.markets = items
        self.cursor = cursor


def _pages(*pages: Page) -> tuple[list[dict[str, Any]], Any]:
    calls: list[dict[str, Any]] = []
    by_cursor = {None: pages[0], **{f"c{i}": page for i, page in enumerate(pages[1:], 1)}}

    def page_fn(**kwargs: Any) -> Page:
        calls.append(kwargs)
        return by_cursor[kwargs.get("cursor")]

    return calls, page_fn


def test_follows_cursor_until_empty() -> None:
    calls, fn = _pages(Page([1, 2], "c1"), Page(None, "c2"), Page([3], ""))
    assert list(paginate(fn, items="markets", cursor_field="cursor", params={"limit": 2}, max_pages=None)) == [1, 2, 3]
    assert calls == [{"limit": 2}, {"limit": 2, "cursor": "c1"}, {"limit": 2, "cursor": "c2"}]


def test_max_pages_stops_early() -> None:
    calls, fn = _pages(Page([1], "c1"), Page([2], "c2"), Page([3], None))
    assert list(paginate(fn, items="markets", cursor_field="cursor", params={}, max_pages=2)) == [1, 2]
    assert len(calls) == 2


def test_repeated_cursor_raises() -> None:
    pages = {None: Page([1], "c1"), "c1": Page([2], "c1")}
    with pytest.raises(PaginationError, match="earlier page"):
        list(
            paginate(
                lambda **kw: pages[kw.get("cursor")], items="markets", cursor_field="cursor", params={}, max_pages=None
            )
        )


def test_missing_items_field_raises() -> None:
    with pytest.raises(PaginationError, match="no 'events' field"):
        list(paginate(lambda **kw: Page([1], None), items="events", cursor_field="cursor", params={}, max_pages=None))


@pytest.mark.parametrize("bad", [0, -1, True, 1.5])
def test_bad_max_pages_raises_immediately(bad: Any) -> None:
    with pytest.raises(KalshiConfigurationError, match="max_pages"):
        paginate(lambda **kw: None, items="x", cursor_field="cursor", params={}, max_pages=bad)


async def test_async_paginate() -> None:
    pages = {None: Page([1], "c1"), "c1": Page([2, 3], None)}

    async def fn(**kwargs: Any) -> Page:
        return pages[kwargs.get("cursor")]

    items = [i async for i in apaginate(fn, items="markets", cursor_field="cursor", params={}, max_pages=None)]
    assert items == [1, 2, 3]


def _markets_handler(request: httpx.Request) -> httpx.Response:
    cursor = request.url.params.get("cursor")
    if cursor is None:
        return httpx.Response(200, json={"markets": [{"ticker": "A"}], "cursor": "next"})
    return httpx.Response(200, json={"markets": None, "cursor": None})  # null list: the live API sends it


def test_facade_list_all_through_client() -> None:
    with KalshiClient(transport=httpx.MockTransport(_markets_handler)) as client:
        assert [m.ticker for m in client.markets.list_all(limit=1)] == ["A"]


async def test_async_facade_list_all_through_client() -> None:
    async with AsyncKalshiClient(transport=httpx.MockTransport(_markets_handler)) as client:
        assert [m.ticker async for m in client.markets.list_all()] == ["A"]
