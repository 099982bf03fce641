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


class PriceDistribution(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        open_dollars (Decimal): First traded YES contract price on the market during the candlestick period (in
            dollars). May be null if there was no trade during the period. Example: 0.5600. Optional (None if
            absent).
        low_dollars (Decimal): Lowest traded YES contract price on the market during the candlestick period (in
            dollars). May be null if there was no trade during the period. Example: 0.5600. Optional (None if
            absent).
        high_dollars (Decimal): Highest traded YES contract price on the market during the candlestick period
            (in dollars). May be null if there was no trade during the period. Example: 0.5600. Optional (None if
            absent).
        close_dollars (Decimal): Last traded YES contract price on the market during the candlestick period (in
            dollars). May be null if there was no trade during the period. Example: 0.5600. Optional (None if
            absent).
        mean_dollars (Decimal): Mean traded YES contract price on the market during the candlestick period (in
            dollars). May be null if there was no trade during the period. Example: 0.5600. Optional (None if
            absent).
        previous_dollars (Decimal): Last traded YES contract price on the market before the candlestick period
            (in dollars). May be null if there were no trades before the period. Example: 0.5600. Optional (None if
            absent).
        min_dollars (Decimal): Minimum close price of any market during the candlestick period (in dollars).
            Example: 0.5600. Optional (None if absent).
        max_dollars (Decimal): Maximum close price of any market during the candlestick period (in dollars).
            Example: 0.5600. Optional (None if absent).
    """

    __slots__ = ()

    open_dollars: Decimal | None = _field(_t.DecimalField("open_dollars", nullable=True))
    """First traded YES contract price on the market during the candlestick period (in dollars). May be null if
    there was no trade during the period. Example: 0.5600. Optional (None if absent)."""

    low_dollars: Decimal | None = _field(_t.DecimalField("low_dollars", nullable=True))
    """Lowest traded YES contract price on the market during the candlestick period (in dollars). May be null if
    there was no trade during the period. Example: 0.5600. Optional (None if absent)."""

    high_dollars: Decimal | None = _field(_t.DecimalField("high_dollars", nullable=True))
    """Highest traded YES contract price on the market during the candlestick period (in dollars). May be null if
    there was no trade during the period. Example: 0.5600. Optional (None if absent)."""

    close_dollars: Decimal | None = _field(_t.DecimalField("close_dollars", nullable=True))
    """Last traded YES contract price on the market during the candlestick period (in dollars). May be null if
    there was no trade during the period. Example: 0.5600. Optional (None if absent)."""

    mean_dollars: Decimal | None = _field(_t.DecimalField("mean_dollars", nullable=True))
    """Mean traded YES contract price on the market during the candlestick period (in dollars). May be null if
    there was no trade during the period. Example: 0.5600. Optional (None if absent)."""

    previous_dollars: Decimal | None = _field(_t.DecimalField("previous_dollars", nullable=True))
    """Last traded YES contract price on the market before the candlestick period (in dollars). May be null if
    there were no trades before the period. Example: 0.5600. Optional (None if absent)."""

    min_dollars: Decimal | None = _field(_t.DecimalField("min_dollars", nullable=True))
    """Minimum close price of any market during the candlestick period (in dollars). Example: 0.5600. Optional
    (None if absent)."""

    max_dollars: Decimal | None = _field(_t.DecimalField("max_dollars", nullable=True))
    """Maximum close price of any market during the candlestick period (in dollars). Example: 0.5600. Optional
    (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("open_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["open_dollars"] = x
            else:
                slow("open_dollars")
        elif v is None:
            d["open_dollars"] = None
        elif v is not _M and v != "":
            slow("open_dollars")
        v = g("low_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["low_dollars"] = x
            else:
                slow("low_dollars")
        elif v is None:
            d["low_dollars"] = None
        elif v is not _M and v != "":
            slow("low_dollars")
        v = g("high_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["high_dollars"] = x
            else:
                slow("high_dollars")
        elif v is None:
            d["high_dollars"] = None
        elif v is not _M and v != "":
            slow("high_dollars")
        v = g("close_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["close_dollars"] = x
            else:
                slow("close_dollars")
        elif v is None:
            d["close_dollars"] = None
        elif v is not _M and v != "":
            slow("close_dollars")
        v = g("mean_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["mean_dollars"] = x
            else:
                slow("mean_dollars")
        elif v is None:
            d["mean_dollars"] = None
        elif v is not _M and v != "":
            slow("mean_dollars")
        v = g("previous_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["previous_dollars"] = x
            else:
                slow("previous_dollars")
        elif v is None:
            d["previous_dollars"] = None
        elif v is not _M and v != "":
            slow("previous_dollars")
        v = g("min_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["min_dollars"] = x
            else:
                slow("min_dollars")
        elif v is None:
            d["min_dollars"] = None
        elif v is not _M and v != "":
            slow("min_dollars")
        v = g("max_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["max_dollars"] = x
            else:
                slow("max_dollars")
        elif v is None:
            d["max_dollars"] = None
        elif v is not _M and v != "":
            slow("max_dollars")

    def __init__(
        self,
        *,
        open_dollars: Decimal | None | Unset = UNSET,
        low_dollars: Decimal | None | Unset = UNSET,
        high_dollars: Decimal | None | Unset = UNSET,
        close_dollars: Decimal | None | Unset = UNSET,
        mean_dollars: Decimal | None | Unset = UNSET,
        previous_dollars: Decimal | None | Unset = UNSET,
        min_dollars: Decimal | None | Unset = UNSET,
        max_dollars: Decimal | None | Unset = UNSET,
    ) -> None:
        """A PriceDistribution from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("open_dollars", open_dollars)
        self._set("low_dollars", low_dollars)
        self._set("high_dollars", high_dollars)
        self._set("close_dollars", close_dollars)
        self._set("mean_dollars", mean_dollars)
        self._set("previous_dollars", previous_dollars)
        self._set("min_dollars", min_dollars)
        self._set("max_dollars", max_dollars)
