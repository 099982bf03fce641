from __future__ import annotations

import datetime
from typing import Any

from .. import types as _t
from ..models.fee_type import FeeType
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class SeriesFeeChange(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        id (str): Unique identifier for this fee change. Required (reading raises MissingFieldError if absent).
        series_ticker (str): Series ticker this fee change applies to. Required (reading raises
            MissingFieldError if absent).
        fee_type (FeeType): Fee type for a series or scheduled fee override. Required (reading raises
            MissingFieldError if absent).
        fee_multiplier (float): New fee multiplier for the series. Required (reading raises MissingFieldError if
            absent).
        scheduled_ts (datetime.datetime): Timestamp when this fee change is scheduled to take effect. Required
            (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    id: str = _field(_t.StrField("id", required=True))
    """Unique identifier for this fee change. Required (reading raises MissingFieldError if absent)."""

    series_ticker: str = _field(_t.StrField("series_ticker", required=True))
    """Series ticker this fee change applies to. Required (reading raises MissingFieldError if absent)."""

    fee_type: FeeType = _field(_t.EnumField("fee_type", FeeType, required=True))
    """Fee type for a series or scheduled fee override. Required (reading raises MissingFieldError if absent)."""

    fee_multiplier: float = _field(_t.FloatField("fee_multiplier", required=True))
    """New fee multiplier for the series. Required (reading raises MissingFieldError if absent)."""

    scheduled_ts: datetime.datetime = _field(_t.DateTimeField("scheduled_ts", required=True))
    """Timestamp when this fee change is scheduled to take effect. Required (reading raises MissingFieldError if
    absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("id", _M)
        if type(v) is str:
            d["id"] = v
        elif v is not _M:
            slow("id")
        v = g("series_ticker", _M)
        if type(v) is str:
            d["series_ticker"] = v
        elif v is not _M:
            slow("series_ticker")
        v = g("fee_type", _M)
        m = FeeType._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["fee_type"] = m
        elif v is not _M:
            slow("fee_type")
        v = g("fee_multiplier", _M)
        if type(v) is float:
            d["fee_multiplier"] = v
        elif type(v) is int:
            d["fee_multiplier"] = float(v)
        elif v is not _M:
            slow("fee_multiplier")
        v = g("scheduled_ts", _M)
        if type(v) is str:
            d["scheduled_ts"] = _iso(v)
        elif v is not _M:
            slow("scheduled_ts")

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        series_ticker: str | None | Unset = UNSET,
        fee_type: FeeType | None | Unset = UNSET,
        fee_multiplier: float | None | Unset = UNSET,
        scheduled_ts: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """A SeriesFeeChange from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("id", id)
        self._set("series_ticker", series_ticker)
        self._set("fee_type", fee_type)
        self._set("fee_multiplier", fee_multiplier)
        self._set("scheduled_ts", scheduled_ts)
