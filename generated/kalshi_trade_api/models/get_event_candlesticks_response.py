from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.market_candlestick import MarketCandlestick


class GetEventCandlesticksResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        market_tickers (list[str]): Array of market tickers in the event. Empty when absent or null.
        market_candlesticks (list[list[MarketCandlestick]]): Array of market candlestick arrays, one for each
            market in the event. Empty when absent or null.
        adjusted_end_ts (int): Adjusted end timestamp if the requested candlesticks would be larger than
            maxAggregateCandidates. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "market_tickers",
        "market_candlesticks",
        "adjusted_end_ts",
    )

    market_tickers: list[str]
    """Array of market tickers in the event. Empty when absent or null."""

    market_candlesticks: list[list[MarketCandlestick]]
    """Array of market candlestick arrays, one for each market in the event. Empty when absent or null."""

    adjusted_end_ts: int
    """Adjusted end timestamp if the requested candlesticks would be larger than maxAggregateCandidates. Required
    (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "market_tickers": _t.ListField("market_tickers", _t.StrField("item"), required=True, empty=True),
        "market_candlesticks": _t.ListField(
            "market_candlesticks",
            _t.ModelListField("item", f"{__package__}.market_candlestick", "MarketCandlestick"),
            required=True,
            empty=True,
        ),
        "adjusted_end_ts": _t.IntField("adjusted_end_ts", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        self._slow_field("market_tickers")
        self._slow_field("market_candlesticks")
        if type(v := g("adjusted_end_ts")) is int:
            self.adjusted_end_ts = v
        else:
            self._slow_field("adjusted_end_ts")

    def __init__(
        self,
        *,
        market_tickers: list[str] | None | Unset = UNSET,
        market_candlesticks: list[list[MarketCandlestick]] | None | Unset = UNSET,
        adjusted_end_ts: int | None | Unset = UNSET,
    ) -> None:
        """A GetEventCandlesticksResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("market_tickers", market_tickers)
        self._set("market_candlesticks", market_candlesticks)
        self._set("adjusted_end_ts", adjusted_end_ts)
