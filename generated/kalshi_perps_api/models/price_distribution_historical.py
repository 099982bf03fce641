from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


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

    __slots__ = (
        "open_",
        "low",
        "high",
        "close",
        "mean",
        "previous",
    )

    open_: Decimal | None
    """Price of the first trade during the candlestick period (in dollars). Null if no trades occurred. Example:
    0.5600. Required (reading raises MissingFieldError if absent)."""

    low: Decimal | None
    """Lowest trade price during the candlestick period (in dollars). Null if no trades occurred. Example: 0.5600.
    Required (reading raises MissingFieldError if absent)."""

    high: Decimal | None
    """Highest trade price during the candlestick period (in dollars). Null if no trades occurred. Example: 0.5600.
    Required (reading raises MissingFieldError if absent)."""

    close: Decimal | None
    """Price of the last trade during the candlestick period (in dollars). Null if no trades occurred. Example:
    0.5600. Required (reading raises MissingFieldError if absent)."""

    mean: Decimal | None
    """Volume-weighted average price during the candlestick period (in dollars). Null if no trades occurred.
    Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

    previous: Decimal | None
    """Close price from the previous candlestick period (in dollars). Null if this is the first candlestick or no
    prior trade exists. Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "open_": _t.DecimalField("open", required=True, nullable=True),
        "low": _t.DecimalField("low", required=True, nullable=True),
        "high": _t.DecimalField("high", required=True, nullable=True),
        "close": _t.DecimalField("close", required=True, nullable=True),
        "mean": _t.DecimalField("mean", required=True, nullable=True),
        "previous": _t.DecimalField("previous", required=True, nullable=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if (x := _dc(v := g("open"))) is not None:  # only text already parsed is in the cache
            self.open_ = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.open_ = _nd(v)
        else:
            self._slow_field("open_")
        if (x := _dc(v := g("low"))) is not None:  # only text already parsed is in the cache
            self.low = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.low = _nd(v)
        else:
            self._slow_field("low")
        if (x := _dc(v := g("high"))) is not None:  # only text already parsed is in the cache
            self.high = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.high = _nd(v)
        else:
            self._slow_field("high")
        if (x := _dc(v := g("close"))) is not None:  # only text already parsed is in the cache
            self.close = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.close = _nd(v)
        else:
            self._slow_field("close")
        if (x := _dc(v := g("mean"))) is not None:  # only text already parsed is in the cache
            self.mean = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.mean = _nd(v)
        else:
            self._slow_field("mean")
        if (x := _dc(v := g("previous"))) is not None:  # only text already parsed is in the cache
            self.previous = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.previous = _nd(v)
        else:
            self._slow_field("previous")

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
        self._done = None
        self._set("open_", open_)
        self._set("low", low)
        self._set("high", high)
        self._set("close", close)
        self._set("mean", mean)
        self._set("previous", previous)
