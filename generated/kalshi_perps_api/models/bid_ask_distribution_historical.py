from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


class BidAskDistributionHistorical(_t.ResponseModel):
    """OHLC data for quoted prices on one side of the orderbook during the candlestick period. These values reflect bid
    or ask quotes, not executed trade prices.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            open_ (Decimal): Quoted price at the start of the candlestick period (in dollars). Example: 0.5600.
                Required (reading raises MissingFieldError if absent).
            low (Decimal): Lowest quoted price during the candlestick period (in dollars). Example: 0.5600. Required
                (reading raises MissingFieldError if absent).
            high (Decimal): Highest quoted price during the candlestick period (in dollars). Example: 0.5600.
                Required (reading raises MissingFieldError if absent).
            close (Decimal): Quoted price at the end of the candlestick period (in dollars). Example: 0.5600.
                Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "open_",
        "low",
        "high",
        "close",
    )

    open_: Decimal
    """Quoted price at the start of the candlestick period (in dollars). Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    low: Decimal
    """Lowest quoted price during the candlestick period (in dollars). Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    high: Decimal
    """Highest quoted price during the candlestick period (in dollars). Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    close: Decimal
    """Quoted price at the end of the candlestick period (in dollars). Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "open_": _t.DecimalField("open", required=True),
        "low": _t.DecimalField("low", required=True),
        "high": _t.DecimalField("high", required=True),
        "close": _t.DecimalField("close", required=True),
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
        self._done = None
        self._set("open_", open_)
        self._set("low", low)
        self._set("high", high)
        self._set("close", close)
