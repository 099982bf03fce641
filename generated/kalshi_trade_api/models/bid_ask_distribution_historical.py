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


class BidAskDistributionHistorical(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        open_ (Decimal): Offer price on the market at the start of the candlestick period (in dollars). Example:
            0.5600. Required (reading raises MissingFieldError if absent).
        low (Decimal): Lowest offer price on the market during the candlestick period (in dollars). Example:
            0.5600. Required (reading raises MissingFieldError if absent).
        high (Decimal): Highest offer price on the market during the candlestick period (in dollars). Example:
            0.5600. Required (reading raises MissingFieldError if absent).
        close (Decimal): Offer price on the market at the end of the candlestick period (in dollars). Example:
            0.5600. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    open_: Decimal = _field(_t.DecimalField("open", required=True))
    """Offer price on the market at the start of the candlestick period (in dollars). Example: 0.5600. Required
    (reading raises MissingFieldError if absent)."""

    low: Decimal = _field(_t.DecimalField("low", required=True))
    """Lowest offer price on the market during the candlestick period (in dollars). Example: 0.5600. Required
    (reading raises MissingFieldError if absent)."""

    high: Decimal = _field(_t.DecimalField("high", required=True))
    """Highest offer price on the market during the candlestick period (in dollars). Example: 0.5600. Required
    (reading raises MissingFieldError if absent)."""

    close: Decimal = _field(_t.DecimalField("close", required=True))
    """Offer price on the market at the end of the candlestick period (in dollars). Example: 0.5600. Required
    (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("open", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["open_"] = x
            else:
                slow("open_")
        elif v is not _M and v != "":
            slow("open_")
        v = g("low", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["low"] = x
            else:
                slow("low")
        elif v is not _M and v != "":
            slow("low")
        v = g("high", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["high"] = x
            else:
                slow("high")
        elif v is not _M and v != "":
            slow("high")
        v = g("close", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["close"] = x
            else:
                slow("close")
        elif v is not _M and v != "":
            slow("close")

    def __init__(
        self,
        *,
        open_: Decimal | None | Unset = UNSET,
        low: Decimal | None | Unset = UNSET,
        high: Decimal | None | Unset = UNSET,
        close: Decimal | None | Unset = UNSET,
    ) -> None:
        """A BidAskDistributionHistorical from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("open_", open_)
        self._set("low", low)
        self._set("high", high)
        self._set("close", close)
