from __future__ import annotations

import datetime

from .. import types as _t
from ..types import UNSET, Unset

_tc = _t.cached_datetime
_nt = _t.new_datetime


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

    __slots__ = (
        "market_settled_ts",
        "trades_created_ts",
        "orders_updated_ts",
        "market_positions_last_updated_ts",
    )

    market_settled_ts: datetime.datetime
    """Cutoff based on **market settlement time**. Markets and their candlesticks that settled before this
    timestamp must be accessed via `GET /historical/markets` and `GET
    /historical/markets/{ticker}/candlesticks`. Required (reading raises MissingFieldError if absent)."""

    trades_created_ts: datetime.datetime
    """Cutoff based on **trade fill time**. Fills that occurred before this timestamp must be accessed via `GET
    /historical/fills`. Required (reading raises MissingFieldError if absent)."""

    orders_updated_ts: datetime.datetime
    """Cutoff based on **order cancellation or execution time**. Orders canceled or fully executed before this
    timestamp must be accessed via `GET /historical/orders`. Resting (active) orders are always available in
    `GET /portfolio/orders`. Required (reading raises MissingFieldError if absent)."""

    market_positions_last_updated_ts: datetime.datetime | None
    """Cutoff based on **position last-update time**. Settled positions archived from the live data set before this
    timestamp are served through the historical section of position reads. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "market_settled_ts": _t.DateTimeField("market_settled_ts", required=True),
        "trades_created_ts": _t.DateTimeField("trades_created_ts", required=True),
        "orders_updated_ts": _t.DateTimeField("orders_updated_ts", required=True),
        "market_positions_last_updated_ts": _t.DateTimeField("market_positions_last_updated_ts"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if (t := _tc(v := g("market_settled_ts"))) is not None:
            self.market_settled_ts = t
        elif isinstance(v, str):
            self.market_settled_ts = _nt(v)
        else:
            self._slow_field("market_settled_ts")
        if (t := _tc(v := g("trades_created_ts"))) is not None:
            self.trades_created_ts = t
        elif isinstance(v, str):
            self.trades_created_ts = _nt(v)
        else:
            self._slow_field("trades_created_ts")
        if (t := _tc(v := g("orders_updated_ts"))) is not None:
            self.orders_updated_ts = t
        elif isinstance(v, str):
            self.orders_updated_ts = _nt(v)
        else:
            self._slow_field("orders_updated_ts")
        if (t := _tc(v := g("market_positions_last_updated_ts"))) is not None:
            self.market_positions_last_updated_ts = t
        elif isinstance(v, str):
            self.market_positions_last_updated_ts = _nt(v)
        elif v is None:
            self.market_positions_last_updated_ts = None
        else:
            self._slow_field("market_positions_last_updated_ts")

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
        self._done = None
        self._set("market_settled_ts", market_settled_ts)
        self._set("trades_created_ts", trades_created_ts)
        self._set("orders_updated_ts", orders_updated_ts)
        self._set("market_positions_last_updated_ts", market_positions_last_updated_ts)
