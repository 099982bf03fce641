from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


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
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("ticker", _M)
        if type(v) is str:
            d["ticker"] = v
        elif v is not _M:
            slow("ticker")
        v = g("exchange_index", _M)
        if type(v) is int:
            d["exchange_index"] = v
        elif v is not _M:
            slow("exchange_index")
        v = g("total_traded_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["total_traded_dollars"] = x
            else:
                slow("total_traded_dollars")
        elif v is not _M and v != "":
            slow("total_traded_dollars")
        v = g("position_fp", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["position_fp"] = x
            else:
                slow("position_fp")
        elif v is not _M and v != "":
            slow("position_fp")
        v = g("market_exposure_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["market_exposure_dollars"] = x
            else:
                slow("market_exposure_dollars")
        elif v is not _M and v != "":
            slow("market_exposure_dollars")
        v = g("realized_pnl_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["realized_pnl_dollars"] = x
            else:
                slow("realized_pnl_dollars")
        elif v is not _M and v != "":
            slow("realized_pnl_dollars")
        v = g("fees_paid_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["fees_paid_dollars"] = x
            else:
                slow("fees_paid_dollars")
        elif v is not _M and v != "":
            slow("fees_paid_dollars")
        v = g("last_updated_ts", _M)
        if type(v) is str:
            d["last_updated_ts"] = _iso(v)
        elif v is not _M:
            slow("last_updated_ts")

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
        self._set("ticker", ticker)
        self._set("exchange_index", exchange_index)
        self._set("total_traded_dollars", total_traded_dollars)
        self._set("position_fp", position_fp)
        self._set("market_exposure_dollars", market_exposure_dollars)
        self._set("realized_pnl_dollars", realized_pnl_dollars)
        self._set("fees_paid_dollars", fees_paid_dollars)
        self._set("last_updated_ts", last_updated_ts)
