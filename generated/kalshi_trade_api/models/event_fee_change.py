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


class EventFeeChange(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        id (str): Unique identifier for this fee change. Required (reading raises MissingFieldError if absent).
        event_ticker (str): Event ticker this fee change applies to. Required (reading raises MissingFieldError
            if absent).
        series_ticker (str): Series ticker for the event. Required (reading raises MissingFieldError if absent).
        fee_type_override (FeeType): New fee type override for the event. When null, the event clears any prior
            override and falls back to the parent series' fee structure. Example: quadratic. Required (reading
            raises MissingFieldError if absent).
        fee_multiplier_override (float): New fee multiplier override for the event. When null, the event clears
            any prior override and falls back to the parent series' fee multiplier. Required (reading raises
            MissingFieldError if absent).
        scheduled_ts (datetime.datetime): Timestamp when this fee change is scheduled to take effect. Required
            (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    id: str = _field(_t.StrField("id", required=True))
    """Unique identifier for this fee change. Required (reading raises MissingFieldError if absent)."""

    event_ticker: str = _field(_t.StrField("event_ticker", required=True))
    """Event ticker this fee change applies to. Required (reading raises MissingFieldError if absent)."""

    series_ticker: str = _field(_t.StrField("series_ticker", required=True))
    """Series ticker for the event. Required (reading raises MissingFieldError if absent)."""

    fee_type_override: FeeType | None = _field(_t.EnumField("fee_type_override", FeeType, required=True, nullable=True))
    """New fee type override for the event. When null, the event clears any prior override and falls back to the
    parent series' fee structure. Example: quadratic. Required (reading raises MissingFieldError if absent)."""

    fee_multiplier_override: float | None = _field(
        _t.FloatField("fee_multiplier_override", required=True, nullable=True)
    )
    """New fee multiplier override for the event. When null, the event clears any prior override and falls back to
    the parent series' fee multiplier. Required (reading raises MissingFieldError if absent)."""

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
        v = g("event_ticker", _M)
        if type(v) is str:
            d["event_ticker"] = v
        elif v is not _M:
            slow("event_ticker")
        v = g("series_ticker", _M)
        if type(v) is str:
            d["series_ticker"] = v
        elif v is not _M:
            slow("series_ticker")
        v = g("fee_type_override", _M)
        m = FeeType._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["fee_type_override"] = m
        elif v is None:
            d["fee_type_override"] = None
        elif v is not _M:
            slow("fee_type_override")
        v = g("fee_multiplier_override", _M)
        if type(v) is float:
            d["fee_multiplier_override"] = v
        elif type(v) is int:
            d["fee_multiplier_override"] = float(v)
        elif v is None:
            d["fee_multiplier_override"] = None
        elif v is not _M:
            slow("fee_multiplier_override")
        v = g("scheduled_ts", _M)
        if type(v) is str:
            d["scheduled_ts"] = _iso(v)
        elif v is not _M:
            slow("scheduled_ts")

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        event_ticker: str | None | Unset = UNSET,
        series_ticker: str | None | Unset = UNSET,
        fee_type_override: FeeType | None | Unset = UNSET,
        fee_multiplier_override: float | None | Unset = UNSET,
        scheduled_ts: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """A EventFeeChange from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("id", id)
        self._set("event_ticker", event_ticker)
        self._set("series_ticker", series_ticker)
        self._set("fee_type_override", fee_type_override)
        self._set("fee_multiplier_override", fee_multiplier_override)
        self._set("scheduled_ts", scheduled_ts)
