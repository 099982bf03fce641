from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.market_candlestick import MarketCandlestick


class MarketCandlesticksResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        market_ticker (str): Market ticker string (e.g., 'INXD-24JAN01'). Required (reading raises
            MissingFieldError if absent).
        candlesticks (list[MarketCandlestick]): Array of candlestick data points for the market. Includes an
            initial data point at the start timestamp when available. Empty when absent or null.
    """

    __slots__ = (
        "market_ticker",
        "candlesticks",
    )

    market_ticker: str
    """Market ticker string (e.g., 'INXD-24JAN01'). Required (reading raises MissingFieldError if absent)."""

    candlesticks: list[MarketCandlestick]
    """Array of candlestick data points for the market. Includes an initial data point at the start timestamp when
    available. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "market_ticker": _t.StrField("market_ticker", required=True),
        "candlesticks": _t.ModelListField(
            "candlesticks", f"{__package__}.market_candlestick", "MarketCandlestick", required=True, empty=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("market_ticker")) is str:
            self.market_ticker = v
        else:
            self._slow_field("market_ticker")
        if type(v := g("candlesticks")) is list:
            self.candlesticks = _BUILD["candlesticks"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("candlesticks")

    def __init__(
        self,
        *,
        market_ticker: str | None | Unset = UNSET,
        candlesticks: list[MarketCandlestick] | None | Unset = UNSET,
    ) -> None:
        """A MarketCandlesticksResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("market_ticker", market_ticker)
        self._set("candlesticks", candlesticks)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "candlesticks": _t.builder(MarketCandlesticksResponse, "candlesticks"),
}
