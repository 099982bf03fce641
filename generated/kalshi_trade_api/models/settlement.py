from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from .. import types as _t
from ..models.settlement_market_result import SettlementMarketResult
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_tc = _t.cached_datetime
_nt = _t.new_datetime
_SettlementMarketResult_get = _t.member_lookup(SettlementMarketResult)


class Settlement(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        ticker (str): The ticker symbol of the market that was settled. Required (reading raises
            MissingFieldError if absent).
        exchange_index (int): Identifier for an exchange shard. Example: 0. Required (reading raises
            MissingFieldError if absent).
        event_ticker (str): The event ticker symbol of the market that was settled. Required (reading raises
            MissingFieldError if absent).
        market_result (SettlementMarketResult): The outcome of the market settlement. 'yes' = market resolved to
            YES, 'no' = market resolved to NO, 'scalar' = scalar market settled at a specific value. Required
            (reading raises MissingFieldError if absent).
        yes_count_fp (Decimal): String representation of the number of YES contracts owned at the time of
            settlement. Example: 10.00. Required (reading raises MissingFieldError if absent).
        yes_total_cost_dollars (Decimal): Total cost basis of all YES contracts in fixed-point dollars. Example:
            0.5600. Required (reading raises MissingFieldError if absent).
        no_count_fp (Decimal): String representation of the number of NO contracts owned at the time of
            settlement. Example: 10.00. Required (reading raises MissingFieldError if absent).
        no_total_cost_dollars (Decimal): Total cost basis of all NO contracts in fixed-point dollars. Example:
            0.5600. Required (reading raises MissingFieldError if absent).
        revenue (int): Total revenue earned from this settlement in cents (winning contracts pay out 100 cents
            each). Required (reading raises MissingFieldError if absent).
        settled_time (datetime.datetime): Timestamp when the market was settled and payouts were processed.
            Required (reading raises MissingFieldError if absent).
        fee_cost (Decimal): Total fees paid in fixed point dollars. Example: 0.3400. Required (reading raises
            MissingFieldError if absent).
        value (int): Payout of a single yes contract in cents. Optional (None if absent).
    """

    __slots__ = (
        "ticker",
        "exchange_index",
        "event_ticker",
        "market_result",
        "yes_count_fp",
        "yes_total_cost_dollars",
        "no_count_fp",
        "no_total_cost_dollars",
        "revenue",
        "settled_time",
        "fee_cost",
        "value",
    )

    ticker: str
    """The ticker symbol of the market that was settled. Required (reading raises MissingFieldError if absent)."""

    exchange_index: int
    """Identifier for an exchange shard. Example: 0. Required (reading raises MissingFieldError if absent)."""

    event_ticker: str
    """The event ticker symbol of the market that was settled. Required (reading raises MissingFieldError if
    absent)."""

    market_result: SettlementMarketResult
    """The outcome of the market settlement. 'yes' = market resolved to YES, 'no' = market resolved to NO, 'scalar'
    = scalar market settled at a specific value. Required (reading raises MissingFieldError if absent)."""

    yes_count_fp: Decimal
    """String representation of the number of YES contracts owned at the time of settlement. Example: 10.00.
    Required (reading raises MissingFieldError if absent)."""

    yes_total_cost_dollars: Decimal
    """Total cost basis of all YES contracts in fixed-point dollars. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    no_count_fp: Decimal
    """String representation of the number of NO contracts owned at the time of settlement. Example: 10.00.
    Required (reading raises MissingFieldError if absent)."""

    no_total_cost_dollars: Decimal
    """Total cost basis of all NO contracts in fixed-point dollars. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    revenue: int
    """Total revenue earned from this settlement in cents (winning contracts pay out 100 cents each). Required
    (reading raises MissingFieldError if absent)."""

    settled_time: datetime.datetime
    """Timestamp when the market was settled and payouts were processed. Required (reading raises MissingFieldError
    if absent)."""

    fee_cost: Decimal
    """Total fees paid in fixed point dollars. Example: 0.3400. Required (reading raises MissingFieldError if
    absent)."""

    value: int | None
    """Payout of a single yes contract in cents. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "ticker": _t.StrField("ticker", required=True),
        "exchange_index": _t.IntField("exchange_index", required=True),
        "event_ticker": _t.StrField("event_ticker", required=True),
        "market_result": _t.EnumField("market_result", SettlementMarketResult, required=True),
        "yes_count_fp": _t.DecimalField("yes_count_fp", required=True),
        "yes_total_cost_dollars": _t.DecimalField("yes_total_cost_dollars", required=True),
        "no_count_fp": _t.DecimalField("no_count_fp", required=True),
        "no_total_cost_dollars": _t.DecimalField("no_total_cost_dollars", required=True),
        "revenue": _t.IntField("revenue", required=True),
        "settled_time": _t.DateTimeField("settled_time", required=True),
        "fee_cost": _t.DecimalField("fee_cost", required=True),
        "value": _t.IntField("value", nullable=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        raw = self._raw
        g = raw.get
        if next(iter(raw), None) is not _KEYS.first:  # another decoder's key objects: adopt them
            _KEYS.adopt(raw)
        (
            k_ticker,
            k_exchange_index,
            k_event_ticker,
            k_market_result,
            k_yes_count_fp,
            k_yes_total_cost_dollars,
            k_no_count_fp,
            k_no_total_cost_dollars,
            k_revenue,
            k_settled_time,
            k_fee_cost,
            k_value,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        if type(v := g(k_ticker)) is str:
            self.ticker = v
        else:
            self._slow_field("ticker")
        if type(v := g(k_exchange_index)) is int:
            self.exchange_index = v
        else:
            self._slow_field("exchange_index")
        if type(v := g(k_event_ticker)) is str:
            self.event_ticker = v
        else:
            self._slow_field("event_ticker")
        if (m := _SettlementMarketResult_get(v := g(k_market_result))) is not None:
            self.market_result = m
        else:
            self._slow_field("market_result")
        if (x := _dc(v := g(k_yes_count_fp))) is not None:  # only text already parsed is in the cache
            self.yes_count_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.yes_count_fp = _nd(v)
        else:
            self._slow_field("yes_count_fp")
        if (x := _dc(v := g(k_yes_total_cost_dollars))) is not None:  # only text already parsed is in the cache
            self.yes_total_cost_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.yes_total_cost_dollars = _nd(v)
        else:
            self._slow_field("yes_total_cost_dollars")
        if (x := _dc(v := g(k_no_count_fp))) is not None:  # only text already parsed is in the cache
            self.no_count_fp = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.no_count_fp = _nd(v)
        else:
            self._slow_field("no_count_fp")
        if (x := _dc(v := g(k_no_total_cost_dollars))) is not None:  # only text already parsed is in the cache
            self.no_total_cost_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.no_total_cost_dollars = _nd(v)
        else:
            self._slow_field("no_total_cost_dollars")
        if type(v := g(k_revenue)) is int:
            self.revenue = v
        else:
            self._slow_field("revenue")
        if (t := _tc(v := g(k_settled_time))) is not None:
            self.settled_time = t
        elif isinstance(v, str):
            self.settled_time = _nt(v)
        else:
            self._slow_field("settled_time")
        if (x := _dc(v := g(k_fee_cost))) is not None:  # only text already parsed is in the cache
            self.fee_cost = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.fee_cost = _nd(v)
        else:
            self._slow_field("fee_cost")
        if type(v := g(k_value)) is int:
            self.value = v
        elif v is None:
            self.value = None
        else:
            self._slow_field("value")

    def __init__(
        self,
        *,
        ticker: str | None | Unset = UNSET,
        exchange_index: int | None | Unset = UNSET,
        event_ticker: str | None | Unset = UNSET,
        market_result: SettlementMarketResult | None | Unset = UNSET,
        yes_count_fp: Decimal | None | Unset = UNSET,
        yes_total_cost_dollars: Decimal | None | Unset = UNSET,
        no_count_fp: Decimal | None | Unset = UNSET,
        no_total_cost_dollars: Decimal | None | Unset = UNSET,
        revenue: int | None | Unset = UNSET,
        settled_time: datetime.datetime | None | Unset = UNSET,
        fee_cost: Decimal | None | Unset = UNSET,
        value: int | None | Unset = UNSET,
    ) -> None:
        """A Settlement from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("ticker", ticker)
        self._set("exchange_index", exchange_index)
        self._set("event_ticker", event_ticker)
        self._set("market_result", market_result)
        self._set("yes_count_fp", yes_count_fp)
        self._set("yes_total_cost_dollars", yes_total_cost_dollars)
        self._set("no_count_fp", no_count_fp)
        self._set("no_total_cost_dollars", no_total_cost_dollars)
        self._set("revenue", revenue)
        self._set("settled_time", settled_time)
        self._set("fee_cost", fee_cost)
        self._set("value", value)


_KEYS = _t.JsonKeys(*(field.key for field in Settlement._declared.values()))  # in _load_fast's order
