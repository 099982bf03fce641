from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.market_candlestick import MarketCandlestick


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetEventCandlesticksResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        market_tickers (list[str]): Array of market tickers in the event. Empty when absent or null.
        market_candlesticks (list[list[MarketCandlestick]]): Array of market candlestick arrays, one for each
            market in the event. Empty when absent or null.
        adjusted_end_ts (int): Adjusted end timestamp if the requested candlesticks would be larger than
            maxAggregateCandidates. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    market_tickers: list[str] = _field(_t.ListField("market_tickers", _t.StrField("item"), required=True, empty=True))
    """Array of market tickers in the event. Empty when absent or null."""

    market_candlesticks: list[list[MarketCandlestick]] = _field(
        _t.ListField(
            "market_candlesticks",
            _t.ModelListField("item", f"{__package__}.market_candlestick", "MarketCandlestick"),
            required=True,
            empty=True,
        )
    )
    """Array of market candlestick arrays, one for each market in the event. Empty when absent or null."""

    adjusted_end_ts: int = _field(_t.IntField("adjusted_end_ts", required=True))
    """Adjusted end timestamp if the requested candlesticks would be larger than maxAggregateCandidates. Required
    (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("market_tickers", _M)
        if v is not _M:
            slow("market_tickers")
        v = g("market_candlesticks", _M)
        if v is not _M:
            slow("market_candlesticks")
        v = g("adjusted_end_ts", _M)
        if type(v) is int:
            d["adjusted_end_ts"] = v
        elif v is not _M:
            slow("adjusted_end_ts")

    def __init__(
        self,
        *,
        market_tickers: list[str] | None | Unset = UNSET,
        market_candlesticks: list[list[MarketCandlestick]] | None | Unset = UNSET,
        adjusted_end_ts: int | None | Unset = UNSET,
    ) -> None:
        """A GetEventCandlesticksResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("market_tickers", market_tickers)
        self._set("market_candlesticks", market_candlesticks)
        self._set("adjusted_end_ts", adjusted_end_ts)
