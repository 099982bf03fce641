from __future__ import annotations

import datetime
from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_tc = _t.cached_datetime
_nt = _t.new_datetime


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

    __slots__ = (
        "market_ticker",
        "computed_time",
        "funding_rate",
        "mark_price",
        "next_funding_time",
        "premium_index",
        "premium_index_ts",
    )

    market_ticker: str | None
    """Ticker of the margin market. Optional (None if absent)."""

    computed_time: datetime.datetime | None
    """Timestamp when this estimate was computed. Optional (None if absent)."""

    funding_rate: float | None
    """Estimated funding rate for the in-progress period. Optional (None if absent)."""

    mark_price: Decimal | None
    """Mark price at the time the estimate was computed. Example: 0.5600. Optional (None if absent)."""

    next_funding_time: datetime.datetime
    """Timestamp of the next scheduled funding event. Required (reading raises MissingFieldError if absent)."""

    premium_index: Decimal | None
    """Premium index of the final bar evaluated by this funding estimate, as a signed decimal fraction before time
    weighting. Captured with the estimate from the same calculation inputs. Omitted when that bar has no
    available premium. Optional (None if absent)."""

    premium_index_ts: datetime.datetime | None
    """Timestamp of the last second of the final bar evaluated by the funding estimate. Can precede computed_time
    when input feeds are delayed. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "market_ticker": _t.StrField("market_ticker"),
        "computed_time": _t.DateTimeField("computed_time"),
        "funding_rate": _t.FloatField("funding_rate"),
        "mark_price": _t.DecimalField("mark_price"),
        "next_funding_time": _t.DateTimeField("next_funding_time", required=True),
        "premium_index": _t.DecimalField("premium_index"),
        "premium_index_ts": _t.DateTimeField("premium_index_ts"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("market_ticker")) is str:
            self.market_ticker = v
        elif v is None:
            self.market_ticker = None
        else:
            self._slow_field("market_ticker")
        if (t := _tc(v := g("computed_time"))) is not None:
            self.computed_time = t
        elif isinstance(v, str):
            self.computed_time = _nt(v)
        elif v is None:
            self.computed_time = None
        else:
            self._slow_field("computed_time")
        if type(v := g("funding_rate")) is float:
            self.funding_rate = v
        elif type(v) is int:
            self.funding_rate = float(v)
        elif v is None:
            self.funding_rate = None
        else:
            self._slow_field("funding_rate")
        if (x := _dc(v := g("mark_price"))) is not None:  # only text already parsed is in the cache
            self.mark_price = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.mark_price = _nd(v)
        elif v is None or v == "":
            self.mark_price = None
        else:
            self._slow_field("mark_price")
        if (t := _tc(v := g("next_funding_time"))) is not None:
            self.next_funding_time = t
        elif isinstance(v, str):
            self.next_funding_time = _nt(v)
        else:
            self._slow_field("next_funding_time")
        if (x := _dc(v := g("premium_index"))) is not None:  # only text already parsed is in the cache
            self.premium_index = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.premium_index = _nd(v)
        elif v is None or v == "":
            self.premium_index = None
        else:
            self._slow_field("premium_index")
        if (t := _tc(v := g("premium_index_ts"))) is not None:
            self.premium_index_ts = t
        elif isinstance(v, str):
            self.premium_index_ts = _nt(v)
        elif v is None:
            self.premium_index_ts = None
        else:
            self._slow_field("premium_index_ts")

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
        self._done = None
        self._set("market_ticker", market_ticker)
        self._set("computed_time", computed_time)
        self._set("funding_rate", funding_rate)
        self._set("mark_price", mark_price)
        self._set("next_funding_time", next_funding_time)
        self._set("premium_index", premium_index)
        self._set("premium_index_ts", premium_index_ts)
