"""Opt-in token buckets: Basic tier write budget, per-item batches, GetBalance's own bucket."""

from __future__ import annotations

import pytest
from simkit import first_market, order

from kalshi_ext import RateLimitedError, RetryPolicy
from kalshi_ext.sim import Simulator

NO_RETRY = RetryPolicy.disabled()


def _clock() -> tuple[list[int], object]:
    now = [1_000_000]
    return now, lambda: now[0]


def test_write_budget_and_batches_all_or_nothing() -> None:
    now, clock = _clock()
    sim = Simulator(seed=1, markets=1, agents=False, rate_limits="basic", auth_clock=clock, verify_signatures=False)
    ticker = first_market(sim)
    with sim.client(retry=NO_RETRY) as kalshi:
        for i in range(10):  # 10 x 10 tokens: the whole Basic write second
            kalshi.orders.create_v2(body=order(ticker, "bid", "1", "0.0100", client_order_id=f"r{i}"))
        with pytest.raises(RateLimitedError) as info:
            kalshi.orders.create_v2(body=order(ticker, "bid", "1", "0.0100"))
        assert info.value.retry_after is None  # no Retry-After, as on the wire
        now[0] += 500  # half a second refills 50 tokens
        leg = {
            "ticker": ticker,
            "side": "bid",
            "count": "1",
            "price": "0.0100",
            "time_in_force": "good_till_canceled",
            "self_trade_prevention_type": "maker",
        }
        with pytest.raises(RateLimitedError):
            kalshi.orders.batch_create_v2(orders=[leg] * 6)  # 60 > 50: refused whole
        assert len(kalshi.orders.batch_create_v2(orders=[leg] * 5).orders) == 5
    assert len(sim.state.orders) == 15


def test_balance_has_its_own_one_per_second_bucket() -> None:
    now, clock = _clock()
    sim = Simulator(seed=1, markets=1, agents=False, rate_limits="basic", auth_clock=clock, verify_signatures=False)
    with sim.client(retry=NO_RETRY) as kalshi:
        kalshi.portfolio.balance()
        with pytest.raises(RateLimitedError):
            kalshi.portfolio.balance()
        kalshi.portfolio.positions()  # other reads are not affected
        now[0] += 1000
        kalshi.portfolio.balance()
        assert kalshi.account.limits().write.refill_rate == 100
    with pytest.raises(ValueError, match="rate_limits"):
        Simulator(seed=1, markets=1, agents=False, rate_limits="platinum")
