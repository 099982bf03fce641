from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_tc = _t.cached_datetime
_nt = _t.new_datetime


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class MarketPosition(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        ticker (str): Unique identifier for the market. Required (reading raises MissingFieldError if absent).
        exchange_index (int): Identifier for an exchange shard. Example: 0. Required (reading raises
            MissingFieldError if absent).
        total_traded_dollars (Decimal): Total spent on this market in dollars. Example: 0.5600. Required
            (reading raises MissingFieldError if absent).
        position_fp (Decimal): String representation of the number of contracts bought in this market. Negative
            means NO contracts and positive means YES contracts. Example: 10.00. Required (reading raises
            MissingFieldError if absent).
        market_exposure_dollars (Decimal): Cost of the aggregate market position in dollars. Example: 0.5600.
            Required (reading raises MissingFieldError if absent).
        realized_pnl_dollars (Decimal): Locked in profit and loss, in dollars. Example: 0.5600. Required
            (reading raises MissingFieldError if absent).
        fees_paid_dollars (Decimal): Fees paid on fill orders, in dollars. Example: 0.5600. Required (reading
            raises MissingFieldError if absent).
        last_updated_ts (datetime.datetime): Last time the position is updated. Required (reading raises
            MissingFieldError if absent).
    """

    __slots__ = ()

    ticker: str = _field(_t.StrField("ticker", required=True))
    """Unique identifier for the market. Required (reading raises MissingFieldError if absent)."""

    exchange_index: int = _field(_t.IntField("exchange_index", required=True))
    """Identifier for an exchange shard. Example: 0. Required (reading raises MissingFieldError if absent)."""

    total_traded_dollars: Decimal = _field(_t.DecimalField("total_traded_dollars", required=True))
    """Total spent on this market in dollars. Example: 0.5600. Required (reading raises MissingFieldError if
    absent)."""

    position_fp: Decimal = _field(_t.DecimalField("position_fp", required=True))
    """String representation of the number of contracts bought in this market. Negative means NO contracts and
    positive means YES contracts. Example: 10.00. Required (reading raises MissingFieldError if absent)."""

    market_exposure_dollars: Decimal = _field(_t.DecimalField("market_exposure_dollars", required=True))
    """Cost of the aggregate market position in dollars. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    realized_pnl_dollars: Decimal = _field(_t.DecimalField("realized_pnl_dollars", required=True))
    """Locked in profit and loss, in dollars. Example: 0.5600. Required (reading raises MissingFieldError if
    absent)."""

    fees_paid_dollars: Decimal = _field(_t.DecimalField("fees_paid_dollars", required=True))
    """Fees paid on fill orders, in dollars. Example: 0.5600. Required (reading raises MissingFieldError if
    absent)."""

    last_updated_ts: datetime.datetime = _field(_t.DateTimeField("last_updated_ts", required=True))
    """Last time the position is updated. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("ticker")) is str:
            d["ticker"] = v
        else:
            self._slow_field("ticker")
        if type(v := g("exchange_index")) is int:
            d["exchange_index"] = v
        else:
            self._slow_field("exchange_index")
        if (x := _dc(v := g("total_traded_dollars"))) is not None:  # only text already parsed is in the cache
            d["total_traded_dollars"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["total_traded_dollars"] = _nd(v)
        else:
            self._slow_field("total_traded_dollars")
        if (x := _dc(v := g("position_fp"))) is not None:  # only text already parsed is in the cache
            d["position_fp"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["position_fp"] = _nd(v)
        else:
            self._slow_field("position_fp")
        if (x := _dc(v := g("market_exposure_dollars"))) is not None:  # only text already parsed is in the cache
            d["market_exposure_dollars"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["market_exposure_dollars"] = _nd(v)
        else:
            self._slow_field("market_exposure_dollars")
        if (x := _dc(v := g("realized_pnl_dollars"))) is not None:  # only text already parsed is in the cache
            d["realized_pnl_dollars"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["realized_pnl_dollars"] = _nd(v)
        else:
            self._slow_field("realized_pnl_dollars")
        if (x := _dc(v := g("fees_paid_dollars"))) is not None:  # only text already parsed is in the cache
            d["fees_paid_dollars"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["fees_paid_dollars"] = _nd(v)
        else:
            self._slow_field("fees_paid_dollars")
        if (t := _tc(v := g("last_updated_ts"))) is not None:
            d["last_updated_ts"] = t
        elif isinstance(v, str):
            d["last_updated_ts"] = _nt(v)
        else:
            self._slow_field("last_updated_ts")

    def __init__(
        self,
        *,
        ticker: str | None | Unset = UNSET,
        exchange_index: int | None | Unset = UNSET,
        total_traded_dollars: Decimal | None | Unset = UNSET,
        position_fp: Decimal | None | Unset = UNSET,
        market_exposure_dollars: Decimal | None | Unset = UNSET,
        realized_pnl_dollars: Decimal | None | Unset = UNSET,
        fees_paid_dollars: Decimal | None | Unset = UNSET,
        last_updated_ts: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """A MarketPosition from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("ticker", ticker)
        self._set("exchange_index", exchange_index)
        self._set("total_traded_dollars", total_traded_dollars)
        self._set("position_fp", position_fp)
        self._set("market_exposure_dollars", market_exposure_dollars)
        self._set("realized_pnl_dollars", realized_pnl_dollars)
        self._set("fees_paid_dollars", fees_paid_dollars)
        self._set("last_updated_ts", last_updated_ts)
