from __future__ import annotations

import datetime
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetHistoricalCutoffResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        market_settled_ts (datetime.datetime): Cutoff based on **market settlement time**. Markets and their
            candlesticks that settled before this timestamp must be accessed via `GET /historical/markets` and `GET
            /historical/markets/{ticker}/candlesticks`. Required (reading raises MissingFieldError if absent).
        trades_created_ts (datetime.datetime): Cutoff based on **trade fill time**. Fills that occurred before
            this timestamp must be accessed via `GET /historical/fills`. Required (reading raises MissingFieldError
            if absent).
        orders_updated_ts (datetime.datetime): Cutoff based on **order cancellation or execution time**. Orders
            canceled or fully executed before this timestamp must be accessed via `GET /historical/orders`. Resting
            (active) orders are always available in `GET /portfolio/orders`. Required (reading raises
            MissingFieldError if absent).
        market_positions_last_updated_ts (datetime.datetime): Cutoff based on **position last-update time**.
            Settled positions archived from the live data set before this timestamp are served through the
            historical section of position reads. Optional (None if absent).
    """

    __slots__ = ()

    market_settled_ts: datetime.datetime = _field(_t.DateTimeField("market_settled_ts", required=True))
    """Cutoff based on **market settlement time**. Markets and their candlesticks that settled before this
    timestamp must be accessed via `GET /historical/markets` and `GET
    /historical/markets/{ticker}/candlesticks`. Required (reading raises MissingFieldError if absent)."""

    trades_created_ts: datetime.datetime = _field(_t.DateTimeField("trades_created_ts", required=True))
    """Cutoff based on **trade fill time**. Fills that occurred before this timestamp must be accessed via `GET
    /historical/fills`. Required (reading raises MissingFieldError if absent)."""

    orders_updated_ts: datetime.datetime = _field(_t.DateTimeField("orders_updated_ts", required=True))
    """Cutoff based on **order cancellation or execution time**. Orders canceled or fully executed before this
    timestamp must be accessed via `GET /historical/orders`. Resting (active) orders are always available in
    `GET /portfolio/orders`. Required (reading raises MissingFieldError if absent)."""

    market_positions_last_updated_ts: datetime.datetime | None = _field(
        _t.DateTimeField("market_positions_last_updated_ts")
    )
    """Cutoff based on **position last-update time**. Settled positions archived from the live data set before this
    timestamp are served through the historical section of position reads. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("market_settled_ts", _M)
        if type(v) is str:
            d["market_settled_ts"] = _iso(v)
        elif v is not _M:
            slow("market_settled_ts")
        v = g("trades_created_ts", _M)
        if type(v) is str:
            d["trades_created_ts"] = _iso(v)
        elif v is not _M:
            slow("trades_created_ts")
        v = g("orders_updated_ts", _M)
        if type(v) is str:
            d["orders_updated_ts"] = _iso(v)
        elif v is not _M:
            slow("orders_updated_ts")
        v = g("market_positions_last_updated_ts", _M)
        if type(v) is str:
            d["market_positions_last_updated_ts"] = _iso(v)
        elif v is None:
            d["market_positions_last_updated_ts"] = None
        elif v is not _M:
            slow("market_positions_last_updated_ts")

    def __init__(
        self,
        *,
        market_settled_ts: datetime.datetime | None | Unset = UNSET,
        trades_created_ts: datetime.datetime | None | Unset = UNSET,
        orders_updated_ts: datetime.datetime | None | Unset = UNSET,
        market_positions_last_updated_ts: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """A GetHistoricalCutoffResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("market_settled_ts", market_settled_ts)
        self._set("trades_created_ts", trades_created_ts)
        self._set("orders_updated_ts", orders_updated_ts)
        self._set("market_positions_last_updated_ts", market_positions_last_updated_ts)
