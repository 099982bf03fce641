from __future__ import annotations

import datetime
from typing import Any

from .. import types as _t
from ..models.fee_type import FeeType
from ..types import UNSET, Unset

_tc = _t.cached_datetime
_nt = _t.new_datetime
_FeeType_get = _t.member_lookup(FeeType)


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

    __slots__ = (
        "id",
        "event_ticker",
        "series_ticker",
        "fee_type_override",
        "fee_multiplier_override",
        "scheduled_ts",
    )

    id: str
    """Unique identifier for this fee change. Required (reading raises MissingFieldError if absent)."""

    event_ticker: str
    """Event ticker this fee change applies to. Required (reading raises MissingFieldError if absent)."""

    series_ticker: str
    """Series ticker for the event. Required (reading raises MissingFieldError if absent)."""

    fee_type_override: FeeType | None
    """New fee type override for the event. When null, the event clears any prior override and falls back to the
    parent series' fee structure. Example: quadratic. Required (reading raises MissingFieldError if absent)."""

    fee_multiplier_override: float | None
    """New fee multiplier override for the event. When null, the event clears any prior override and falls back to
    the parent series' fee multiplier. Required (reading raises MissingFieldError if absent)."""

    scheduled_ts: datetime.datetime
    """Timestamp when this fee change is scheduled to take effect. Required (reading raises MissingFieldError if
    absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "id": _t.StrField("id", required=True),
        "event_ticker": _t.StrField("event_ticker", required=True),
        "series_ticker": _t.StrField("series_ticker", required=True),
        "fee_type_override": _t.EnumField("fee_type_override", FeeType, required=True, nullable=True),
        "fee_multiplier_override": _t.FloatField("fee_multiplier_override", required=True, nullable=True),
        "scheduled_ts": _t.DateTimeField("scheduled_ts", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        m: Any  # an enum member, of each field's own enum
        if type(v := g("id")) is str:
            self.id = v
        else:
            self._slow_field("id")
        if type(v := g("event_ticker")) is str:
            self.event_ticker = v
        else:
            self._slow_field("event_ticker")
        if type(v := g("series_ticker")) is str:
            self.series_ticker = v
        else:
            self._slow_field("series_ticker")
        if (m := _FeeType_get(v := g("fee_type_override"))) is not None:
            self.fee_type_override = m
        else:
            self._slow_field("fee_type_override")
        if type(v := g("fee_multiplier_override")) is float:
            self.fee_multiplier_override = v
        elif type(v) is int:
            self.fee_multiplier_override = float(v)
        else:
            self._slow_field("fee_multiplier_override")
        if (t := _tc(v := g("scheduled_ts"))) is not None:
            self.scheduled_ts = t
        elif isinstance(v, str):
            self.scheduled_ts = _nt(v)
        else:
            self._slow_field("scheduled_ts")

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
        self._done = None
        self._set("id", id)
        self._set("event_ticker", event_ticker)
        self._set("series_ticker", series_ticker)
        self._set("fee_type_override", fee_type_override)
        self._set("fee_multiplier_override", fee_multiplier_override)
        self._set("scheduled_ts", scheduled_ts)
