from __future__ import annotations

import datetime
from typing import Any

from .. import types as _t
from ..models.fee_type import FeeType
from ..types import UNSET, Unset

_tc = _t.cached_datetime
_nt = _t.new_datetime
_FeeType_get = _t.member_lookup(FeeType)


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

    __slots__ = (
        "id",
        "series_ticker",
        "fee_type",
        "fee_multiplier",
        "scheduled_ts",
    )

    id: str
    """Unique identifier for this fee change. Required (reading raises MissingFieldError if absent)."""

    series_ticker: str
    """Series ticker this fee change applies to. Required (reading raises MissingFieldError if absent)."""

    fee_type: FeeType
    """Fee type for a series or scheduled fee override. Required (reading raises MissingFieldError if absent)."""

    fee_multiplier: float
    """New fee multiplier for the series. Required (reading raises MissingFieldError if absent)."""

    scheduled_ts: datetime.datetime
    """Timestamp when this fee change is scheduled to take effect. Required (reading raises MissingFieldError if
    absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "id": _t.StrField("id", required=True),
        "series_ticker": _t.StrField("series_ticker", required=True),
        "fee_type": _t.EnumField("fee_type", FeeType, required=True),
        "fee_multiplier": _t.FloatField("fee_multiplier", required=True),
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
        if type(v := g("series_ticker")) is str:
            self.series_ticker = v
        else:
            self._slow_field("series_ticker")
        if (m := _FeeType_get(v := g("fee_type"))) is not None:
            self.fee_type = m
        else:
            self._slow_field("fee_type")
        if type(v := g("fee_multiplier")) is float:
            self.fee_multiplier = v
        elif type(v) is int:
            self.fee_multiplier = float(v)
        else:
            self._slow_field("fee_multiplier")
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
        series_ticker: str | None | Unset = UNSET,
        fee_type: FeeType | None | Unset = UNSET,
        fee_multiplier: float | None | Unset = UNSET,
        scheduled_ts: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """A SeriesFeeChange from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("id", id)
        self._set("series_ticker", series_ticker)
        self._set("fee_type", fee_type)
        self._set("fee_multiplier", fee_multiplier)
        self._set("scheduled_ts", scheduled_ts)
