"""Order-entry semantics (SIMULATOR.md 1.2-1.5, 1.8-1.10) as a bot sees them through the SDK."""

from __future__ import annotations

from decimal import Decimal

import pytest
from simkit import first_market, order

from kalshi_ext import BadRequestError, ConflictError, KalshiClient, NotFoundError
from kalshi_ext.sim import Simulator


@pytest.fixture
def pair(quiet_sim: Simulator) -> tuple[Simulator, str, KalshiClient, KalshiClient]:
    ticker = first_market(quiet_sim)
    a, b = quiet_sim.new_user("100.00"), quiet_sim.new_user("100.00")
    return quiet_sim, ticker, quiet_sim.client(a), quiet_sim.client(b)


def test_taker_walks_levels_at_maker_prices_fifo(pair: tuple[Simulator, str, KalshiClient, KalshiClient]) -> None:
    _sim, ticker, a, b = pair
    first = a.orders.create_v2(body=order(ticker, "ask", "2", "0.5500"))
    second = a.orders.create_v2(body=order(ticker, "ask", "2", "0.5500"))
    a.orders.create_v2(body=order(ticker, "ask", "5", "0.6000"))
    resp = b.orders.create_v2(body=order(ticker, "bid", "5", "0.9900", "ioc"))
    assert resp.fill_count == Decimal("5.00")
    assert resp.average_fill_price == Decimal("0.5600")  # 2 + 2 at 0.55, 1 at 0.60
    assert a.orders.get(first.order_id).order.status.value == "executed"
    assert a.orders.get(second.order_id).order.status.value == "executed"
    assert [t.yes_price_dollars for t in b.markets.list_trades(ticker=ticker).trades] == [
        Decimal("0.6000"),
        Decimal("0.5500"),
        Decimal("0.5500"),
    ]


def test_queue_position_and_decrease_keeps_priority_amend_up_loses_it(
    pair: tuple[Simulator, str, KalshiClient, KalshiClient],
) -> None:
    _sim, ticker, a, b = pair
    one = a.orders.create_v2(body=order(ticker, "bid", "3", "0.4000"))
    two = b.orders.create_v2(body=order(ticker, "bid", "4", "0.4000"))
    assert a.orders.queue_position(one.order_id).queue_position_fp == Decimal("0.00")
    assert b.orders.queue_position(two.order_id).queue_position_fp == Decimal("3.00")
    a.orders.decrease_v2(one.order_id, reduce_to="2")
    assert b.orders.queue_position(two.order_id).queue_position_fp == Decimal("2.00")  # one kept the front
    a.orders.amend_v2(one.order_id, ticker=ticker, side="bid", price="0.4000", count="5")  # size up: to the back
    assert a.orders.queue_position(one.order_id).queue_position_fp == Decimal("4.00")
    assert b.orders.queue_position(two.order_id).queue_position_fp == Decimal("0.00")
    a.orders.amend_v2(one.order_id, ticker=ticker, side="bid", price="0.4000", count="3")  # size down: keeps it
    assert a.orders.queue_position(one.order_id).queue_position_fp == Decimal("4.00")
    with pytest.raises(BadRequestError) as info:
        a.orders.amend_v2(one.order_id, ticker=ticker, side="ask", price="0.4000", count="3")
    assert info.value.code == "order_side_mismatch"
    a.orders.decrease_v2(one.order_id, reduce_by="3")
    assert a.orders.get(one.order_id).order.status.value == "canceled"
    with pytest.raises(NotFoundError):
        a.orders.cancel_v2(one.order_id)  # canceled orders answer 404, as on the wire


def test_amend_to_a_crossing_price_fills(pair: tuple[Simulator, str, KalshiClient, KalshiClient]) -> None:
    sim, ticker, a, b = pair
    b.orders.create_v2(body=order(ticker, "ask", "2", "0.5000"))
    mine = a.orders.create_v2(body=order(ticker, "bid", "3", "0.4000"))
    resp = a.orders.amend_v2(mine.order_id, ticker=ticker, side="bid", price="0.5000", count="3")
    assert resp.fill_count == Decimal("2.00")
    assert resp.remaining_count == Decimal("1.00")
    assert [e["event"] for e in sim.explain(mine.order_id)] == ["created", "amend", "fill"]


def test_fill_or_kill_is_all_or_nothing(pair: tuple[Simulator, str, KalshiClient, KalshiClient]) -> None:
    _sim, ticker, a, b = pair
    a.orders.create_v2(body=order(ticker, "ask", "3", "0.5000"))
    with pytest.raises(ConflictError) as info:
        b.orders.create_v2(body=order(ticker, "bid", "5", "0.5000", "fok"))
    assert info.value.code == "fill_or_kill_insufficient_resting_volume"
    assert b.portfolio.positions().market_positions == []
    assert b.orders.create_v2(body=order(ticker, "bid", "3", "0.5000", "fok")).fill_count == Decimal("3.00")


def test_post_only_cross_is_rejected_at_create(pair: tuple[Simulator, str, KalshiClient, KalshiClient]) -> None:
    _sim, ticker, a, b = pair
    a.orders.create_v2(body=order(ticker, "ask", "3", "0.5000"))
    with pytest.raises(BadRequestError) as info:
        b.orders.create_v2(body=order(ticker, "bid", "1", "0.5000", post_only=True))
    assert (info.value.code, info.value.details) == ("invalid_order", "post only cross")
    assert b.orders.create_v2(body=order(ticker, "bid", "1", "0.4900", post_only=True)).remaining_count == Decimal(
        "1.00"
    )


def test_self_trade_prevention_both_modes(pair: tuple[Simulator, str, KalshiClient, KalshiClient]) -> None:
    sim, ticker, a, _b = pair
    resting = a.orders.create_v2(body=order(ticker, "ask", "3", "0.5000"))
    cross = a.orders.create_v2(body=order(ticker, "bid", "3", "0.5000", "ioc"))
    assert (cross.fill_count, cross.remaining_count) == (Decimal("0.00"), Decimal("0.00"))  # as observed on demo
    assert a.orders.get(resting.order_id).order.status.value == "resting"
    a.orders.create_v2(body=order(ticker, "bid", "2", "0.5000", "ioc", stp="maker"))
    got = a.orders.get(resting.order_id).order
    assert got.status.value == "canceled"
    assert sim.state.orders[resting.order_id].last_update_reason == "SelfTradeCancel"


def test_reduce_only_caps_at_the_position_and_needs_ioc(
    pair: tuple[Simulator, str, KalshiClient, KalshiClient],
) -> None:
    _sim, ticker, a, b = pair
    with pytest.raises(BadRequestError):
        a.orders.create_v2(body=order(ticker, "ask", "1", "0.5000", reduce_only=True))
    b.orders.create_v2(body=order(ticker, "ask", "2", "0.5000"))
    a.orders.create_v2(body=order(ticker, "bid", "2", "0.5000", "ioc"))
    b.orders.create_v2(body=order(ticker, "bid", "5", "0.4000"))
    resp = a.orders.create_v2(body=order(ticker, "ask", "5", "0.4000", "ioc", reduce_only=True))
    assert resp.fill_count == Decimal("2.00")
    (pos,) = a.portfolio.positions().market_positions
    assert pos.position_fp == Decimal("0.00")


def test_idempotent_client_order_id_grid_and_balance(pair: tuple[Simulator, str, KalshiClient, KalshiClient]) -> None:
    _sim, ticker, a, _b = pair
    placed = a.orders.create_v2(body=order(ticker, "bid", "1", "0.1000", client_order_id="c-1"))
    a.orders.cancel_v2(placed.order_id)
    with pytest.raises(ConflictError) as dup:
        a.request(
            "POST",
            "/portfolio/events/orders",
            json={**order(ticker, "bid", "1", "0.1000", client_order_id="c-1").to_dict()},
        )
    assert dup.value.code == "order_already_exists"  # ids are never freed, even after a cancel
    with pytest.raises(BadRequestError) as bad:
        a.orders.create_v2(body=order(ticker, "bid", "1", "0.1050"))
    assert bad.value.code == "invalid_price"
    # A price of 0 never leaves the client's facade (KalshiConfigurationError); request() sends it as is.
    with pytest.raises(BadRequestError) as bad:
        a.request(
            "POST", "/portfolio/events/orders", json=order(ticker, "bid", "1", "0.0000", client_order_id="z").to_dict()
        )
    assert bad.value.code == "invalid_price"
    with pytest.raises(BadRequestError) as broke:
        a.orders.create_v2(body=order(ticker, "bid", "500", "0.5000"))
    assert broke.value.code == "insufficient_balance"
    with pytest.raises(BadRequestError) as number:
        a.request(
            "POST", "/portfolio/events/orders", json={**order(ticker, "bid", "1", "0.1000").to_dict(), "count": 1}
        )
    assert number.value.code == "bad_request"  # a JSON number: the flat body


def test_expiry_close_pause_and_reactivation(pair: tuple[Simulator, str, KalshiClient, KalshiClient]) -> None:
    sim, ticker, a, _b = pair
    soon = sim.now_ms() // 1000 + 30
    expiring = a.orders.create_v2(body=order(ticker, "bid", "1", "0.2000", expiration_time=soon))
    flagged = a.orders.create_v2(body=order(ticker, "bid", "1", "0.2100", cancel_order_on_pause=True))
    kept = a.orders.create_v2(body=order(ticker, "bid", "1", "0.2200"))
    sim.advance(31)
    assert sim.state.orders[expiring.order_id].last_update_reason == "ExpiryCancel"
    sim.pause("trading")
    assert sim.state.orders[flagged.order_id].status == "canceled"
    with pytest.raises(BadRequestError) as paused:
        a.orders.create_v2(body=order(ticker, "bid", "1", "0.2000"))
    assert paused.value.code == "trading_paused"
    a.orders.decrease_v2(kept.order_id, reduce_by="0.5")  # cancels and decreases still work
    sim.resume()
    sim.deactivate(ticker)
    with pytest.raises(BadRequestError) as inactive:
        a.orders.cancel_v2(kept.order_id)
    assert inactive.value.code == "market_inactive"
    sim.activate(ticker)
    assert sim.state.orders[kept.order_id].status == "canceled"  # reactivation cancels resting orders


def test_order_group_triggers_on_rolling_volume(pair: tuple[Simulator, str, KalshiClient, KalshiClient]) -> None:
    sim, ticker, a, b = pair
    group = a.order_groups.create(contracts_limit=3)
    gid = group.order_group_id
    resting = a.orders.create_v2(body=order(ticker, "bid", "10", "0.3000", order_group_id=gid))
    b.orders.create_v2(body=order(ticker, "ask", "2", "0.3000", "ioc"))
    assert a.order_groups.get(gid).is_auto_cancel_enabled is False
    b.orders.create_v2(body=order(ticker, "ask", "2", "0.3000", "ioc"))  # 4 > 3 within 15 s
    assert sim.state.orders[resting.order_id].status == "canceled"
    with pytest.raises(BadRequestError):
        a.orders.create_v2(body=order(ticker, "bid", "1", "0.3000", order_group_id=gid))
    a.order_groups.reset(gid)
    sim.advance(16)
    assert a.orders.create_v2(body=order(ticker, "bid", "1", "0.3000", order_group_id=gid)).remaining_count == Decimal(
        "1.00"
    )


def test_candlesticks_are_derived_from_trades(pair: tuple[Simulator, str, KalshiClient, KalshiClient]) -> None:
    sim, ticker, a, b = pair
    series = sim.state.markets[ticker].series_ticker
    start = sim.now_ms() // 1000
    for price in ("0.4000", "0.4500", "0.4200"):
        a.orders.create_v2(body=order(ticker, "ask", "2", price))
        b.orders.create_v2(body=order(ticker, "bid", "2", price, "ioc"))
        sim.advance(10)
    sim.advance(120)
    (candle,) = b.markets.candlesticks(
        series, ticker, start_ts=start - 60, end_ts=start + 60, period_interval=1
    ).candlesticks
    p = candle.price
    assert (p.open_dollars, p.high_dollars, p.low_dollars, p.close_dollars) == (
        Decimal("0.4000"), Decimal("0.4500"), Decimal("0.4000"), Decimal("0.4200"),
    )  # fmt: skip
    assert candle.volume_fp == Decimal("6.00")
    assert candle.end_period_ts == (start // 60 + 1) * 60


def test_scalar_market_pays_yes_the_value_and_no_the_rest() -> None:
    sim = Simulator(seed=2, markets=12, agents=False, cash="100.00")
    (ticker,) = [t for t, m in sim.state.markets.items() if m.market_type == "scalar"]
    yes, no = sim.new_user("100.00"), sim.new_user("100.00")
    with sim.client(yes) as a, sim.client(no) as b:
        assert a.markets.get(ticker).market.market_type.value == "scalar"
        a.orders.create_v2(body=order(ticker, "bid", "10", "0.5000"))  # YES at 0.50 = 5.00
        b.orders.create_v2(body=order(ticker, "ask", "10", "0.5000", "ioc"))  # NO at 0.50 = 5.00
        sim.determine(ticker, "scalar", settlement_value="0.3700")
        sim.advance(sim.state.markets[ticker].settlement_timer_s)
        (row,) = a.portfolio.settlements().settlements
        assert (row.market_result.value, row.value, row.revenue) == ("scalar", 37, 370)
        assert b.portfolio.settlements().settlements[0].revenue == 630
        fees_a = sum(f.fee_cost for f in a.portfolio.fills().fills)
        fees_b = sum(f.fee_cost for f in b.portfolio.fills().fills)
        assert a.portfolio.balance().balance_dollars == Decimal("100") - Decimal("5") + Decimal("3.70") - fees_a
        assert b.portfolio.balance().balance_dollars == Decimal("100") - Decimal("5") + Decimal("6.30") - fees_b
        assert a.markets.get(ticker).market.settlement_value_dollars == Decimal("0.3700")
