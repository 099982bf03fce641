"""Lists of models parse item by item on first access, and otherwise behave as lists of models."""

from __future__ import annotations

import copy
import pickle
from typing import Any

import pytest
from kalshi_trade_api.models.get_markets_response import GetMarketsResponse
from kalshi_trade_api.models.market import Market
from kalshi_trade_api.types import LazyList


def _page(n: int = 3) -> GetMarketsResponse:
    return GetMarketsResponse.from_dict({"markets": [{"ticker": f"M{i}"} for i in range(n)], "cursor": ""})


def _raw(lazy: list[Any]) -> list[Any]:
    return [list.__getitem__(lazy, i) for i in range(len(lazy))]


def test_items_parse_on_first_access_and_stay_parsed() -> None:
    markets = _page().markets
    assert isinstance(markets, LazyList) and isinstance(markets, list)
    assert all(type(item) is dict for item in _raw(markets))
    first = markets[0]
    assert isinstance(first, Market) and first.ticker == "M0"
    assert markets[0] is first
    assert [type(item) for item in _raw(markets)] == [Market, dict, dict]
    assert markets[-1].ticker == "M2"
    assert [m.ticker for m in markets[1:]] == ["M1", "M2"]


def test_iteration_and_whole_list_operations_see_models() -> None:
    markets = _page().markets
    assert [m.ticker for m in markets] == ["M0", "M1", "M2"]
    assert [m.ticker for m in reversed(_page().markets)] == ["M2", "M1", "M0"]
    fresh = _page().markets
    assert Market.from_dict({"ticker": "M1"}) in fresh
    assert fresh == [Market.from_dict({"ticker": f"M{i}"}) for i in range(3)]
    assert "Market(ticker='M0'" in repr(_page().markets)
    unsorted = _page().markets
    unsorted.sort(key=lambda m: m.ticker, reverse=True)
    assert [m.ticker for m in unsorted] == ["M2", "M1", "M0"]
    assert _page().markets.index(Market.from_dict({"ticker": "M2"})) == 2
    assert list(_page().markets) == fresh and len(_page(5).markets) == 5


def test_copies_and_pickles_are_plain_lists_of_models() -> None:
    for clone in (
        copy.copy(_page().markets),
        copy.deepcopy(_page().markets),
        pickle.loads(pickle.dumps(_page().markets)),
    ):
        assert type(clone) is list
        assert [m.ticker for m in clone] == ["M0", "M1", "M2"]


def test_round_trip_and_appended_models() -> None:
    page = _page()
    assert page.markets  # not UNSET
    page.markets.append(Market(ticker="M3"))
    assert [m["ticker"] for m in page.to_dict()["markets"]] == ["M0", "M1", "M2", "M3"]


def test_a_bad_item_fails_when_read_not_before(monkeypatch: pytest.MonkeyPatch) -> None:
    import kalshi_trade_api.types

    monkeypatch.setattr(kalshi_trade_api.types, "item_error", None)  # no client installed its hook
    page = GetMarketsResponse.from_dict({"markets": [{"ticker": "ok"}, 42], "cursor": ""})
    assert page.markets and page.markets[0].ticker == "ok"
    with pytest.raises((TypeError, AttributeError)):
        page.markets[1]

    class ItemError(Exception):
        pass

    monkeypatch.setattr(kalshi_trade_api.types, "item_error", lambda exc, model: ItemError(model.__name__))
    with pytest.raises(ItemError, match="Market"):
        page.markets[1]
