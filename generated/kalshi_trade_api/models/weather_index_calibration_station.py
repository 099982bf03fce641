from __future__ import annotations

from typing import Any

from .. import types as _t
from ..types import UNSET, Unset


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class WeatherIndexCalibrationStation(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        station_id (str): Member station ID (e.g. `KMIA1M`). Required (reading raises MissingFieldError if
            absent).
        weight (float): Base weight (weights sum to 1.0 across members). Required (reading raises
            MissingFieldError if absent).
        offset_c (float): Station offset in Celsius (positive = station normally runs warmer than its peers).
            Required (reading raises MissingFieldError if absent).
        update_note (str): Weekly-calibration disposition, present only on weekly calibration records: `updated
            ...` with the residual count, target, and applied adjustment, or `insufficient ...` when the prior
            offset was retained. Optional (None if absent).
    """

    __slots__ = ()

    station_id: str = _field(_t.StrField("station_id", required=True))
    """Member station ID (e.g. `KMIA1M`). Required (reading raises MissingFieldError if absent)."""

    weight: float = _field(_t.FloatField("weight", required=True))
    """Base weight (weights sum to 1.0 across members). Required (reading raises MissingFieldError if absent)."""

    offset_c: float = _field(_t.FloatField("offset_c", required=True))
    """Station offset in Celsius (positive = station normally runs warmer than its peers). Required (reading raises
    MissingFieldError if absent)."""

    update_note: str | None = _field(_t.StrField("update_note"))
    """Weekly-calibration disposition, present only on weekly calibration records: `updated ...` with the residual
    count, target, and applied adjustment, or `insufficient ...` when the prior offset was retained. Optional
    (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("station_id")) is str:
            d["station_id"] = v
        else:
            self._slow_field("station_id")
        if type(v := g("weight")) is float:
            d["weight"] = v
        elif type(v) is int:
            d["weight"] = float(v)
        else:
            self._slow_field("weight")
        if type(v := g("offset_c")) is float:
            d["offset_c"] = v
        elif type(v) is int:
            d["offset_c"] = float(v)
        else:
            self._slow_field("offset_c")
        if type(v := g("update_note")) is str:
            d["update_note"] = v
        elif v is None:
            d["update_note"] = None
        else:
            self._slow_field("update_note")

    def __init__(
        self,
        *,
        station_id: str | None | Unset = UNSET,
        weight: float | None | Unset = UNSET,
        offset_c: float | None | Unset = UNSET,
        update_note: str | None | Unset = UNSET,
    ) -> None:
        """A WeatherIndexCalibrationStation from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("station_id", station_id)
        self._set("weight", weight)
        self._set("offset_c", offset_c)
        self._set("update_note", update_note)
