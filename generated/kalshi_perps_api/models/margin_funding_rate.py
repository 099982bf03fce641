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


class MarginFundingRate(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        market_ticker (str): Ticker of the margin market. Required (reading raises MissingFieldError if absent).
        funding_time (datetime.datetime): Timestamp when the funding rate was applied. Required (reading raises
            MissingFieldError if absent).
        funding_rate (float): Funding rate for this period. Required (reading raises MissingFieldError if
            absent).
        mark_price (Decimal): Mark price at the time of funding. Example: 0.5600. Required (reading raises
            MissingFieldError if absent).
    """

    __slots__ = ()

    market_ticker: str = _field(_t.StrField("market_ticker", required=True))
    """Ticker of the margin market. Required (reading raises MissingFieldError if absent)."""

    funding_time: datetime.datetime = _field(_t.DateTimeField("funding_time", required=True))
    """Timestamp when the funding rate was applied. Required (reading raises MissingFieldError if absent)."""

    funding_rate: float = _field(_t.FloatField("funding_rate", required=True))
    """Funding rate for this period. Required (reading raises MissingFieldError if absent)."""

    mark_price: Decimal = _field(_t.DecimalField("mark_price", required=True))
    """Mark price at the time of funding. Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("market_ticker", _M)
        if type(v) is str:
            d["market_ticker"] = v
        elif v is not _M:
            slow("market_ticker")
        v = g("funding_time", _M)
        if type(v) is str:
            d["funding_time"] = _iso(v)
        elif v is not _M:
            slow("funding_time")
        v = g("funding_rate", _M)
        if type(v) is float:
            d["funding_rate"] = v
        elif type(v) is int:
            d["funding_rate"] = float(v)
        elif v is not _M:
            slow("funding_rate")
        v = g("mark_price", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["mark_price"] = x
            else:
                slow("mark_price")
        elif v is not _M and v != "":
            slow("mark_price")

    def __init__(
        self,
        *,
        market_ticker: str | None | Unset = UNSET,
        funding_time: datetime.datetime | None | Unset = UNSET,
        funding_rate: float | None | Unset = UNSET,
        mark_price: Decimal | None | Unset = UNSET,
    ) -> None:
        """A MarginFundingRate from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("market_ticker", market_ticker)
        self._set("funding_time", funding_time)
        self._set("funding_rate", funding_rate)
        self._set("mark_price", mark_price)
