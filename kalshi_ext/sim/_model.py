"""The engine's records: plain mutable dataclasses, in integer units (see ``_units``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from ._fees import FeeSchedule, RoundingAccumulator

Outcome = Literal["yes", "no"]
BookSideName = Literal["bid", "ask"]


def book_side_of(outcome: Outcome) -> BookSideName:
    """A YES buy is the book's bid, a NO buy its ask (SIMULATOR.md 1.2)."""
    return "bid" if outcome == "yes" else "ask"


@dataclass(slots=True)
class Series:
    ticker: str
    title: str
    category: str
    frequency: str
    fees: FeeSchedule
    tags: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Event:
    event_ticker: str
    series_ticker: str
    title: str
    sub_title: str
    mutually_exclusive: bool
    category: str
    strike_date_ms: int | None = None
    fee_type_override: str | None = None
    fee_multiplier_override: str | None = None  # a decimal string


@dataclass(slots=True)
class Market:
    ticker: str
    event_ticker: str
    series_ticker: str
    title: str
    yes_sub_title: str
    no_sub_title: str
    market_type: Literal["binary", "scalar"]
    structure: str
    bands: list[tuple[int, int, int]]  # (start, end, step) in price units
    fees: FeeSchedule
    created_ms: int
    open_ms: int
    close_ms: int
    settlement_timer_s: int = 60
    status: str = "active"
    result: str = ""
    settlement_value: int | None = None  # price units; YES payout
    settled_ms: int | None = None
    determined_ms: int | None = None
    market_id: str = ""
    volume: int = 0
    open_interest: int = 0
    last_price: int = 0
    previous_price: int = 0
    previous_yes_bid: int = 0
    previous_yes_ask: int = 0
    updated_ms: int = 0
    clock: int = 0  # the book's exchange clock: bumped once per action that changes the book
    fair_value: int = 5_000  # where the seeded agents centre their quotes

    def on_grid(self, price: int) -> bool:
        """True if ``price`` lies strictly inside (0, 1) and on its band's step."""
        if price <= 0 or price >= 10_000:
            return False
        for start, end, step in self.bands:
            if start <= price <= end and (price - start) % step == 0:
                return True
        return price % 100 == 0  # whole cents are always valid


@dataclass(slots=True)
class Order:
    order_id: str
    user_id: str
    client_order_id: str
    ticker: str
    outcome: Outcome  # the side bought: yes (bid) or no (ask)
    price: int  # in the order's own outcome terms (a NO bid at 0.44 for an ask at 0.56)
    initial: int
    remaining: int
    tif: str
    stp: str
    created_ms: int
    updated_ms: int
    subaccount: int = 0
    post_only: bool = False
    reduce_only: bool = False
    cancel_on_pause: bool = False
    expiration_s: int | None = None
    order_group_id: str | None = None
    status: str = "resting"
    filled: int = 0
    taker_cost: int = 0  # micro-dollars paid as taker
    maker_cost: int = 0
    taker_fees: int = 0
    maker_fees: int = 0
    collateral: int = 0  # money still locked for the resting part
    last_update_reason: str = ""
    rounding: RoundingAccumulator = field(default_factory=RoundingAccumulator)
    history: list[dict[str, Any]] = field(default_factory=list)
    expiry_timer: Any = None

    @property
    def yes_price(self) -> int:
        return self.price if self.outcome == "yes" else 10_000 - self.price

    @property
    def book_side(self) -> BookSideName:
        return book_side_of(self.outcome)


@dataclass(slots=True)
class Fill:
    fill_id: str
    trade_id: str
    order_id: str
    user_id: str
    client_order_id: str
    ticker: str
    outcome: Outcome
    count: int
    yes_price: int
    is_taker: bool
    fee: int
    ts_ms: int
    subaccount: int
    post_position: int


@dataclass(slots=True)
class Trade:
    trade_id: str
    ticker: str
    count: int
    yes_price: int
    taker_outcome: Outcome
    ts_ms: int


@dataclass(slots=True)
class Position:
    ticker: str
    position: int = 0  # signed count units: YES +, NO -
    exposure: int = 0  # cost basis of the open position, micro-dollars
    total_traded: int = 0
    realized_pnl: int = 0
    fees_paid: int = 0
    volume: int = 0
    updated_ms: int = 0


@dataclass(slots=True)
class SettlementRow:
    ticker: str
    event_ticker: str
    result: str
    yes_count: int
    yes_cost: int
    no_count: int
    no_cost: int
    revenue: int  # micro-dollars
    value: int | None  # price units of the YES payout
    settled_ms: int
    fee: int = 0


@dataclass(slots=True)
class OrderGroup:
    group_id: str
    user_id: str
    subaccount: int
    limit: int  # count units
    triggered: bool = False
    window: list[tuple[int, int]] = field(default_factory=list)  # (ts_ms, matched count)
    created_ms: int = 0


@dataclass(slots=True)
class Account:
    user_id: str
    cash: int = 0  # micro-dollars, before resting collateral
    locked: int = 0  # sum of resting collateral
    precision: int = 100  # $0.0001: a direct member
    positions: dict[str, Position] = field(default_factory=dict)
    client_ids: set[str] = field(default_factory=set)
    deposits: list[tuple[str, int, int]] = field(default_factory=list)  # (id, amount, ts_ms)
    updated_ms: int = 0

    @property
    def balance(self) -> int:
        """Cash net of resting-order collateral (what ``GET /portfolio/balance`` reports)."""
        return self.cash - self.locked

    def position(self, ticker: str) -> Position:
        pos = self.positions.get(ticker)
        if pos is None:
            pos = self.positions[ticker] = Position(ticker)
        return pos
