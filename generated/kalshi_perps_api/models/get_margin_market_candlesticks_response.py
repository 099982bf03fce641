from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.margin_market_candlestick import MarginMarketCandlestick


class GetMarginMarketCandlesticksResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        ticker (str): Unique identifier for the margin market. Required (reading raises MissingFieldError if
            absent).
        candlesticks (list[MarginMarketCandlestick]): Array of candlestick data points for the specified time
            range. Empty when absent or null.
    """

    __slots__ = (
        "ticker",
        "candlesticks",
    )

    ticker: str
    """Unique identifier for the margin market. Required (reading raises MissingFieldError if absent)."""

    candlesticks: list[MarginMarketCandlestick]
    """Array of candlestick data points for the specified time range. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "ticker": _t.StrField("ticker", required=True),
        "candlesticks": _t.ModelListField(
            "candlesticks",
            f"{__package__}.margin_market_candlestick",
            "MarginMarketCandlestick",
            required=True,
            empty=True,
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("ticker")) is str:
            self.ticker = v
        else:
            self._slow_field("ticker")
        if type(v := g("candlesticks")) is list:
            self.candlesticks = _BUILD["candlesticks"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("candlesticks")

    def __init__(
        self,
        *,
        ticker: str | None | Unset = UNSET,
        candlesticks: list[MarginMarketCandlestick] | None | Unset = UNSET,
    ) -> None:
        """A GetMarginMarketCandlesticksResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("ticker", ticker)
        self._set("candlesticks", candlesticks)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "candlesticks": _t.builder(GetMarginMarketCandlesticksResponse, "candlesticks"),
}
