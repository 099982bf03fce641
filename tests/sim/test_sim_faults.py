"""Seeded faults, and what the SDK makes of them."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
from simkit import first_market, order

from kalshi_ext import RateLimitedError, RetryPolicy, ServerError
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


def test_a_write_applied_then_dropped_is_reconciled_not_duplicated() -> None:
    # The SDK looks the order up among orders created since (its wall clock - 120 s), so the simulated
    # clock has to start at the wall clock for this reconciliation to find it.
    sim = Simulator(seed=3, markets=3, agents=False, start_ms=time.time_ns() // 1_000_000)
    ticker = first_market(sim)
    sim.faults.add("drop_after_write", operations=["CreateOrderV2"], times=1)
    with sim.client(retry=FAST) as kalshi:
        resp = kalshi.orders.create_v2(body=order(ticker, "bid", "1", "0.1000", client_order_id="once"))
    (placed,) = sim.state.orders.values()
    assert placed.order_id == resp.order_id and placed.client_order_id == "once"


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
