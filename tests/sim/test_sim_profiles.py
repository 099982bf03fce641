"""Answer profiles: the SDK survives the wire's quirks; June 2026 book frames lack ``clock``."""

from __future__ import annotations

import json

import pytest
from test_sim_tour import _tour

from kalshi_ext.sim import Simulator


def test_the_whole_tour_parses_under_the_quirks_profile() -> None:
    sim = Simulator(seed=5, markets=6, profile="quirks")
    with sim.client() as kalshi:
        raw = kalshi.request("GET", "/markets", params={"limit": 1})
        assert "settlement_bounds_type" not in raw["markets"][0]  # a "required" field, missing
        assert raw["markets"][0]["strike_type"] == "quantum"
        assert kalshi.request("GET", "/series")["series"][0]["tags"] is None
        assert kalshi.series.list().series[0].tags in (None, [])  # the SDK survives a null array
        market = kalshi.markets.list(status="open").markets[0]
        assert market.ticker  # the typed model still parses
        _tour(kalshi, sim)


def test_wire_2026_06_book_frames_have_no_clock() -> None:
    sim = Simulator(seed=5, markets=3, profile="wire-2026-06")
    ws = sim.ws_session()
    ticker = next(iter(sim.state.markets))
    ws.receive(
        json.dumps(
            {"id": 1, "cmd": "subscribe", "params": {"channels": ["orderbook_delta"], "market_tickers": [ticker]}}
        )
    )
    frames = [json.loads(f) for f in ws.drain()]
    snapshot = next(f for f in frames if f["type"] == "orderbook_snapshot")
    assert "clock" not in snapshot["msg"] and snapshot["msg"]["market_ticker"] == ticker
    ws.close()
    with pytest.raises(ValueError, match="profile"):
        Simulator(seed=1, markets=1, profile="chaos")
