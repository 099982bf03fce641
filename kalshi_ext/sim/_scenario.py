"""Scenario builders: markets and events made while the simulator runs, and event fee overrides.

A new event is announced on ``market_lifecycle_v2`` as ``event_lifecycle``, a new market as
``market_lifecycle_v2`` ``created`` (with its open and close times and price grid), a fee override as
``event_fee_update``; the market then lives like any other (close, determination, settlement).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from ._book import Book
from ._catalogue import STRUCTURES
from ._errors import SimError
from ._fees import FEE_TYPES, FeeSchedule
from ._model import Event, Market, Series
from ._units import ONE

if TYPE_CHECKING:
    from ._simulator import Simulator


def add_market(
    sim: Simulator,
    ticker: str,
    *,
    event_ticker: str | None = None,
    title: str = "A simulated market",
    structure: str = "linear_cent",
    fee_type: str = "quadratic_with_maker_fees",
    market_type: str = "binary",
    close_in_s: float = 3600,
    fair_value: str = "0.50",
) -> Market:
    """Open a new market now (and its event and series if they do not exist).

    Raises:
        SimError: 400 for a ticker that exists, an unknown structure, fee type or market type.
    """
    eng = sim.engine
    if ticker in eng.markets:
        raise SimError.invalid_parameters(f"market {ticker} exists")
    if structure not in STRUCTURES or fee_type not in FEE_TYPES or market_type not in ("binary", "scalar"):
        raise SimError.invalid_parameters("unknown structure, fee type or market type")
    event_ticker = event_ticker or ticker.rsplit("-", 1)[0]
    series_ticker = event_ticker.split("-", 1)[0]
    fees = FeeSchedule(fee_type, Fraction(1))
    if series_ticker not in eng.series:
        eng.series[series_ticker] = Series(series_ticker, title, "Simulated", "custom", fees, [])
    if event_ticker not in eng.events:
        eng.events[event_ticker] = Event(event_ticker, series_ticker, title, "", False, "Simulated")
        eng.emit("event_lifecycle", eng.events[event_ticker])
    now = sim.clock.now_ms()
    market = Market(
        ticker=ticker,
        event_ticker=event_ticker,
        series_ticker=series_ticker,
        title=title,
        yes_sub_title=title,
        no_sub_title=title,
        market_type="scalar" if market_type == "scalar" else "binary",
        structure=structure,
        bands=list(STRUCTURES[structure]),
        fees=fees,
        created_ms=now,
        open_ms=now,
        close_ms=now + round(close_in_s * 1000),
        market_id=eng.new_id(),
        updated_ms=now,
        fair_value=int(Decimal(fair_value) * ONE),
    )
    eng.markets[ticker] = market
    eng.books[ticker] = Book()
    eng.emit("lifecycle", (ticker, "created", {}))
    from ._schedule import schedule_market

    schedule_market(sim, market)
    return market


def set_event_fee(sim: Simulator, event_ticker: str, fee_type: str | None, multiplier: str | None = None) -> None:
    """Override (or with ``None``, clear) the fee terms of an event's markets from now on.

    Raises:
        SimError: 404 for an unknown event, 400 for an unknown fee type.
    """
    eng = sim.engine
    event = eng.events.get(event_ticker)
    if event is None:
        raise SimError.not_found("event not found")
    if fee_type is not None and fee_type not in FEE_TYPES:
        raise SimError.invalid_parameters("unknown fee type")
    event.fee_type_override = fee_type
    event.fee_multiplier_override = multiplier if fee_type is not None else None
    series = eng.series[event.series_ticker]
    fees = series.fees if fee_type is None else FeeSchedule(fee_type, Fraction(multiplier or "1"))
    for market in eng.markets.values():
        if market.event_ticker == event_ticker:
            market.fees = fees
    eng.emit("event_fee_update", event)
