from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.market_candlestick_historical import MarketCandlestickHistorical


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetMarketCandlesticksHistoricalResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        ticker (str): Unique identifier for the market. Required (reading raises MissingFieldError if absent).
        candlesticks (list[MarketCandlestickHistorical]): Array of candlestick data points for the specified
            time range. Empty when absent or null.
    """

    __slots__ = ()

    ticker: str = _field(_t.StrField("ticker", required=True))
    """Unique identifier for the market. Required (reading raises MissingFieldError if absent)."""

    candlesticks: list[MarketCandlestickHistorical] = _field(
        _t.ModelListField(
            "candlesticks",
            f"{__package__}.market_candlestick_historical",
            "MarketCandlestickHistorical",
            required=True,
            empty=True,
        )
    )
    """Array of candlestick data points for the specified time range. Empty when absent or null."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("ticker")) is str:
            d["ticker"] = v
        else:
            self._slow_field("ticker")
        if type(v := g("candlesticks")) is list:
            d["candlesticks"] = _BUILD["candlesticks"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("candlesticks")

    def __init__(
        self,
        *,
        ticker: str | None | Unset = UNSET,
        candlesticks: list[MarketCandlestickHistorical] | None | Unset = UNSET,
    ) -> None:
        """A GetMarketCandlesticksHistoricalResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("ticker", ticker)
        self._set("candlesticks", candlesticks)


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "candlesticks": GetMarketCandlesticksHistoricalResponse.__dict__["candlesticks"].build,
}
