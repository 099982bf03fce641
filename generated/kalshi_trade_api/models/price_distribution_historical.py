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


class PriceDistributionHistorical(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        open_ (Decimal): Price of the first trade during the candlestick period (in dollars). Null if no trades
            occurred. Example: 0.5600. Required (reading raises MissingFieldError if absent).
        low (Decimal): Lowest trade price during the candlestick period (in dollars). Null if no trades
            occurred. Example: 0.5600. Required (reading raises MissingFieldError if absent).
        high (Decimal): Highest trade price during the candlestick period (in dollars). Null if no trades
            occurred. Example: 0.5600. Required (reading raises MissingFieldError if absent).
        close (Decimal): Price of the last trade during the candlestick period (in dollars). Null if no trades
            occurred. Example: 0.5600. Required (reading raises MissingFieldError if absent).
        mean (Decimal): Volume-weighted average price during the candlestick period (in dollars). Null if no
            trades occurred. Example: 0.5600. Required (reading raises MissingFieldError if absent).
        previous (Decimal): Close price from the previous candlestick period (in dollars). Null if this is the
            first candlestick or no prior trade exists. Example: 0.5600. Required (reading raises MissingFieldError
            if absent).
    """

    __slots__ = ()

    open_: Decimal | None = _field(_t.DecimalField("open", required=True, nullable=True))
    """Price of the first trade during the candlestick period (in dollars). Null if no trades occurred. Example:
    0.5600. Required (reading raises MissingFieldError if absent)."""

    low: Decimal | None = _field(_t.DecimalField("low", required=True, nullable=True))
    """Lowest trade price during the candlestick period (in dollars). Null if no trades occurred. Example: 0.5600.
    Required (reading raises MissingFieldError if absent)."""

    high: Decimal | None = _field(_t.DecimalField("high", required=True, nullable=True))
    """Highest trade price during the candlestick period (in dollars). Null if no trades occurred. Example: 0.5600.
    Required (reading raises MissingFieldError if absent)."""

    close: Decimal | None = _field(_t.DecimalField("close", required=True, nullable=True))
    """Price of the last trade during the candlestick period (in dollars). Null if no trades occurred. Example:
    0.5600. Required (reading raises MissingFieldError if absent)."""

    mean: Decimal | None = _field(_t.DecimalField("mean", required=True, nullable=True))
    """Volume-weighted average price during the candlestick period (in dollars). Null if no trades occurred.
    Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

    previous: Decimal | None = _field(_t.DecimalField("previous", required=True, nullable=True))
    """Close price from the previous candlestick period (in dollars). Null if this is the first candlestick or no
    prior trade exists. Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

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
        elif v is None:
            d["open_"] = None
        elif v is not _M and v != "":
            slow("open_")
        v = g("low", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["low"] = x
            else:
                slow("low")
        elif v is None:
            d["low"] = None
        elif v is not _M and v != "":
            slow("low")
        v = g("high", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["high"] = x
            else:
                slow("high")
        elif v is None:
            d["high"] = None
        elif v is not _M and v != "":
            slow("high")
        v = g("close", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["close"] = x
            else:
                slow("close")
        elif v is None:
            d["close"] = None
        elif v is not _M and v != "":
            slow("close")
        v = g("mean", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["mean"] = x
            else:
                slow("mean")
        elif v is None:
            d["mean"] = None
        elif v is not _M and v != "":
            slow("mean")
        v = g("previous", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["previous"] = x
            else:
                slow("previous")
        elif v is None:
            d["previous"] = None
        elif v is not _M and v != "":
            slow("previous")

    def __init__(
        self,
        *,
        open_: Decimal | None | Unset = UNSET,
        low: Decimal | None | Unset = UNSET,
        high: Decimal | None | Unset = UNSET,
        close: Decimal | None | Unset = UNSET,
        mean: Decimal | None | Unset = UNSET,
        previous: Decimal | None | Unset = UNSET,
    ) -> None:
        """A PriceDistributionHistorical from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("open_", open_)
        self._set("low", low)
        self._set("high", high)
        self._set("close", close)
        self._set("mean", mean)
        self._set("previous", previous)
