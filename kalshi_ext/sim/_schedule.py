"""Timers that make markets live on their own: close at ``close_time``, determination a little later
(seeded, by fair value; one winner per mutually exclusive event), settlement after the timer, and the
expiry of resting orders. Scheduled from the state, so a restored simulator picks up where it was."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ._units import ONE

if TYPE_CHECKING:
    from ._simulator import Simulator

_OPEN = ("initialized", "active", "inactive")


def schedule_markets(sim: Simulator) -> None:
    eng = sim.engine
    for market in eng.markets.values():
        if market.status in _OPEN:
            sim.clock.at(market.close_ms, _closer(sim, market.ticker))
        if sim._auto_settle and market.status in (*_OPEN, "closed"):
            sim.clock.at(market.close_ms + sim._determination_delay_s * 1000, _determiner(sim, market.ticker))
        if market.status == "determined" and market.determined_ms is not None:
            sim.clock.at(market.determined_ms + market.settlement_timer_s * 1000, _settler(sim, market.ticker))
    for order in eng.orders.values():
        if order.status == "resting" and order.expiration_s is not None and order.expiry_timer is None:
            order.expiry_timer = sim.clock.at(order.expiration_s * 1000, eng._expirer(order))


def _closer(sim: Simulator, ticker: str) -> Callable[[], None]:
    return lambda: sim.engine.close(ticker)


def _settler(sim: Simulator, ticker: str) -> Callable[[], None]:
    return lambda: sim.engine.settle(ticker)


def _determiner(sim: Simulator, ticker: str) -> Callable[[], None]:
    """At close + delay: a closed, undetermined market resolves yes with probability = its fair value."""

    def determine() -> None:
        eng = sim.engine
        market = eng.markets[ticker]
        if market.status != "closed":
            return
        event = eng.events[market.event_ticker]
        if market.market_type == "scalar":  # a seeded outcome around the fair value, on whole cents
            value = max(0, min(ONE, market.fair_value + round(sim._results.gauss(0, 1500) / 100) * 100))
            eng.determine(ticker, "scalar", value)
            return
        if not event.mutually_exclusive:
            eng.determine(ticker, "yes" if sim._results.random() * ONE < market.fair_value else "no")
            return
        if event.event_ticker not in sim._winners:  # one winner per mutually exclusive event
            legs = [m for m in eng.markets.values() if m.event_ticker == event.event_ticker]
            weights = [max(m.fair_value, 1) for m in legs]
            sim._winners[event.event_ticker] = sim._results.choices(legs, weights)[0].ticker
        eng.determine(ticker, "yes" if sim._winners[event.event_ticker] == ticker else "no")

    return determine
