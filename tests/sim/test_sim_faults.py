"""Seeded faults, and what the SDK makes of them."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
from simkit import first_market, order

from kalshi_ext import OrderStatusUnknownError, RateLimitedError, RetryPolicy, ServerError
from kalshi_ext.sim import Simulator

FAST = RetryPolicy(max_attempts=4, backoff_base=0.001, backoff_max=0.002)


def test_429_storm_is_retried_for_reads_and_surfaces_for_writes(quiet_sim: Simulator) -> None:
    rule = quiet_sim.faults.add("429", operations=["GetBalance"], times=2)
    with quiet_sim.client(retry=FAST) as kalshi:
        assert kalshi.portfolio.balance().balance_dollars == Decimal("100.0000")
        assert rule.fired == 2
        quiet_sim.faults.add("429", operations=["CreateOrderV2"], times=1)
        with pytest.raises(RateLimitedError):
            kalshi.orders.create_v2(body=order(first_market(quiet_sim), "bid", "1", "0.1000"))
    assert quiet_sim.state.orders == {}  # refused before the engine saw it


def _far_from_the_wall_clock() -> Simulator:
    """A quiet simulator at its default start (2026-01-01), months away from the wall clock: the
    SDK's lookup must list orders from the simulated time its client's ``clock`` gives, not the wall's."""
    sim = Simulator(seed=3, markets=3, agents=False)
    assert abs(sim.now_s() - time.time()) > 3600
    return sim


def test_a_write_applied_then_dropped_is_reconciled_not_duplicated() -> None:
    sim = _far_from_the_wall_clock()
    ticker = first_market(sim)
    sim.faults.add("drop_after_write", operations=["CreateOrderV2"], times=1)
    with sim.client(retry=FAST) as kalshi:
        resp = kalshi.orders.create_v2(body=order(ticker, "bid", "1", "0.1000", client_order_id="once"))
    (placed,) = sim.state.orders.values()
    assert placed.order_id == resp.order_id and placed.client_order_id == "once"


async def test_the_async_client_reconciles_on_the_simulated_clock_too() -> None:
    sim = _far_from_the_wall_clock()
    ticker = first_market(sim)
    sim.faults.add("drop_after_write", operations=["CreateOrderV2"], times=1)
    async with sim.async_client(retry=FAST) as kalshi:
        resp = await kalshi.orders.create_v2(body=order(ticker, "bid", "1", "0.1000", client_order_id="async-once"))
    (placed,) = sim.state.orders.values()
    assert placed.order_id == resp.order_id and placed.client_order_id == "async-once"


def test_a_dropped_batch_is_rebuilt_from_the_lookup() -> None:
    sim = _far_from_the_wall_clock()
    ticker = first_market(sim)
    sim.faults.add("drop_after_write", operations=["BatchCreateOrdersV2"], times=1)
    bids = [order(ticker, "bid", "1", price, client_order_id=f"b-{i}") for i, price in enumerate(["0.1000", "0.1100"])]
    with sim.client(retry=FAST) as kalshi:
        resp = kalshi.orders.batch_create_v2(orders=bids)
    assert [o.client_order_id for o in resp.orders] == ["b-0", "b-1"]
    assert sorted(o.client_order_id for o in sim.state.orders.values()) == ["b-0", "b-1"]


def test_a_client_on_the_wall_clock_cannot_tell_and_says_so() -> None:
    """What the simulated clock is for: with the wall clock, the lookup lists from months after the
    order was placed, finds nothing, and the resends are answered as duplicates."""
    sim = _far_from_the_wall_clock()
    ticker = first_market(sim)
    sim.faults.add("drop_after_write", operations=["CreateOrderV2"], times=1)
    with sim.client(retry=FAST, clock=time.time) as kalshi, pytest.raises(OrderStatusUnknownError):
        kalshi.orders.create_v2(body=order(ticker, "bid", "1", "0.1000", client_order_id="lost"))
    assert [o.client_order_id for o in sim.state.orders.values()] == ["lost"]  # placed once, never twice


def test_5xx_for_a_read_is_retried(quiet_sim: Simulator) -> None:
    quiet_sim.faults.add("5xx", operations="GetExchangeStatus", times=1, status=503)
    with quiet_sim.client(retry=FAST) as kalshi:
        assert kalshi.exchange.status().exchange_active is True
    quiet_sim.faults.add("5xx", operations="GetExchangeStatus", times=5, status=500)
    with quiet_sim.client(retry=FAST) as kalshi, pytest.raises(ServerError):
        kalshi.exchange.status()


def test_stale_read_shows_the_previous_answer(quiet_sim: Simulator) -> None:
    ticker = first_market(quiet_sim)
    with quiet_sim.client() as kalshi:
        placed = kalshi.orders.create_v2(body=order(ticker, "bid", "1", "0.1000"))
        quiet_sim.faults.add("stale_read", operations=["GetOrder"], times=1)
        assert kalshi.orders.get(placed.order_id).order.status.value == "resting"
        kalshi.orders.cancel_v2(placed.order_id)
        assert kalshi.orders.get(placed.order_id).order.status.value == "resting"  # stale, as seen on demo
        assert kalshi.orders.get(placed.order_id).order.status.value == "canceled"


def test_fault_rules_are_checked() -> None:
    sim = Simulator(seed=1, markets=1, agents=False)
    with pytest.raises(ValueError, match="unknown fault kind"):
        sim.faults.add("gremlins")
    with pytest.raises(ValueError, match="probability"):
        sim.faults.add("429", probability=2)
