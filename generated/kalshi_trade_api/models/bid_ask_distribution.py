from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


class BidAskDistribution(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        open_dollars (Decimal): Offer price on the market at the start of the candlestick period (in dollars).
            Example: 0.5600. Required (reading raises MissingFieldError if absent).
        low_dollars (Decimal): Lowest offer price on the market during the candlestick period (in dollars).
            Example: 0.5600. Required (reading raises MissingFieldError if absent).
        high_dollars (Decimal): Highest offer price on the market during the candlestick period (in dollars).
            Example: 0.5600. Required (reading raises MissingFieldError if absent).
        close_dollars (Decimal): Offer price on the market at the end of the candlestick period (in dollars).
            Example: 0.5600. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "open_dollars",
        "low_dollars",
        "high_dollars",
        "close_dollars",
    )

    open_dollars: Decimal
    """Offer price on the market at the start of the candlestick period (in dollars). Example: 0.5600. Required
    (reading raises MissingFieldError if absent)."""

    low_dollars: Decimal
    """Lowest offer price on the market during the candlestick period (in dollars). Example: 0.5600. Required
    (reading raises MissingFieldError if absent)."""

    high_dollars: Decimal
    """Highest offer price on the market during the candlestick period (in dollars). Example: 0.5600. Required
    (reading raises MissingFieldError if absent)."""

    close_dollars: Decimal
    """Offer price on the market at the end of the candlestick period (in dollars). Example: 0.5600. Required
    (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "open_dollars": _t.DecimalField("open_dollars", required=True),
        "low_dollars": _t.DecimalField("low_dollars", required=True),
        "high_dollars": _t.DecimalField("high_dollars", required=True),
        "close_dollars": _t.DecimalField("close_dollars", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if (x := _dc(v := g("open_dollars"))) is not None:  # only text already parsed is in the cache
            self.open_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.open_dollars = _nd(v)
        else:
            self._slow_field("open_dollars")
        if (x := _dc(v := g("low_dollars"))) is not None:  # only text already parsed is in the cache
            self.low_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.low_dollars = _nd(v)
        else:
            self._slow_field("low_dollars")
        if (x := _dc(v := g("high_dollars"))) is not None:  # only text already parsed is in the cache
            self.high_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.high_dollars = _nd(v)
        else:
            self._slow_field("high_dollars")
        if (x := _dc(v := g("close_dollars"))) is not None:  # only text already parsed is in the cache
            self.close_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.close_dollars = _nd(v)
        else:
            self._slow_field("close_dollars")

    def __init__(
        self,
        *,
        open_dollars: Decimal | None | Unset = UNSET,
        low_dollars: Decimal | None | Unset = UNSET,
        high_dollars: Decimal | None | Unset = UNSET,
        close_dollars: Decimal | None | Unset = UNSET,
    ) -> None:
        """A BidAskDistribution from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("open_dollars", open_dollars)
        self._set("low_dollars", low_dollars)
        self._set("high_dollars", high_dollars)
        self._set("close_dollars", close_dollars)
