from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetMarginFundingRateEstimateResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        market_ticker (str): Ticker of the margin market. Optional (None if absent).
        computed_time (datetime.datetime): Timestamp when this estimate was computed. Optional (None if absent).
        funding_rate (float): Estimated funding rate for the in-progress period. Optional (None if absent).
        mark_price (Decimal): Mark price at the time the estimate was computed. Example: 0.5600. Optional (None
            if absent).
        next_funding_time (datetime.datetime): Timestamp of the next scheduled funding event. Required (reading
            raises MissingFieldError if absent).
        premium_index (Decimal): Premium index of the final bar evaluated by this funding estimate, as a signed
            decimal fraction before time weighting. Captured with the estimate from the same calculation inputs.
            Omitted when that bar has no available premium. Optional (None if absent).
        premium_index_ts (datetime.datetime): Timestamp of the last second of the final bar evaluated by the
            funding estimate. Can precede computed_time when input feeds are delayed. Optional (None if absent).
    """

    __slots__ = ()

    market_ticker: str | None = _field(_t.StrField("market_ticker"))
    """Ticker of the margin market. Optional (None if absent)."""

    computed_time: datetime.datetime | None = _field(_t.DateTimeField("computed_time"))
    """Timestamp when this estimate was computed. Optional (None if absent)."""

    funding_rate: float | None = _field(_t.FloatField("funding_rate"))
    """Estimated funding rate for the in-progress period. Optional (None if absent)."""

    mark_price: Decimal | None = _field(_t.DecimalField("mark_price"))
    """Mark price at the time the estimate was computed. Example: 0.5600. Optional (None if absent)."""

    next_funding_time: datetime.datetime = _field(_t.DateTimeField("next_funding_time", required=True))
    """Timestamp of the next scheduled funding event. Required (reading raises MissingFieldError if absent)."""

    premium_index: Decimal | None = _field(_t.DecimalField("premium_index"))
    """Premium index of the final bar evaluated by this funding estimate, as a signed decimal fraction before time
    weighting. Captured with the estimate from the same calculation inputs. Omitted when that bar has no
    available premium. Optional (None if absent)."""

    premium_index_ts: datetime.datetime | None = _field(_t.DateTimeField("premium_index_ts"))
    """Timestamp of the last second of the final bar evaluated by the funding estimate. Can precede computed_time
    when input feeds are delayed. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("market_ticker", _M)
        if type(v) is str:
            d["market_ticker"] = v
        elif v is None:
            d["market_ticker"] = None
        elif v is not _M:
            slow("market_ticker")
        v = g("computed_time", _M)
        if type(v) is str:
            d["computed_time"] = _iso(v)
        elif v is None:
            d["computed_time"] = None
        elif v is not _M:
            slow("computed_time")
        v = g("funding_rate", _M)
        if type(v) is float:
            d["funding_rate"] = v
        elif type(v) is int:
            d["funding_rate"] = float(v)
        elif v is None:
            d["funding_rate"] = None
        elif v is not _M:
            slow("funding_rate")
        v = g("mark_price", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["mark_price"] = x
            else:
                slow("mark_price")
        elif v is None:
            d["mark_price"] = None
        elif v is not _M and v != "":
            slow("mark_price")
        v = g("next_funding_time", _M)
        if type(v) is str:
            d["next_funding_time"] = _iso(v)
        elif v is not _M:
            slow("next_funding_time")
        v = g("premium_index", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["premium_index"] = x
            else:
                slow("premium_index")
        elif v is None:
            d["premium_index"] = None
        elif v is not _M and v != "":
            slow("premium_index")
        v = g("premium_index_ts", _M)
        if type(v) is str:
            d["premium_index_ts"] = _iso(v)
        elif v is None:
            d["premium_index_ts"] = None
        elif v is not _M:
            slow("premium_index_ts")

    def __init__(
        self,
        *,
        market_ticker: str | None | Unset = UNSET,
        computed_time: datetime.datetime | None | Unset = UNSET,
        funding_rate: float | None | Unset = UNSET,
        mark_price: Decimal | None | Unset = UNSET,
        next_funding_time: datetime.datetime | None | Unset = UNSET,
        premium_index: Decimal | None | Unset = UNSET,
        premium_index_ts: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """A GetMarginFundingRateEstimateResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("market_ticker", market_ticker)
        self._set("computed_time", computed_time)
        self._set("funding_rate", funding_rate)
        self._set("mark_price", mark_price)
        self._set("next_funding_time", next_funding_time)
        self._set("premium_index", premium_index)
        self._set("premium_index_ts", premium_index_ts)
