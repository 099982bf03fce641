from __future__ import annotations

from decimal import Decimal
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset


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
