from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


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

    __slots__ = (
        "station_id",
        "weight",
        "offset_c",
        "update_note",
    )

    station_id: str
    """Member station ID (e.g. `KMIA1M`). Required (reading raises MissingFieldError if absent)."""

    weight: float
    """Base weight (weights sum to 1.0 across members). Required (reading raises MissingFieldError if absent)."""

    offset_c: float
    """Station offset in Celsius (positive = station normally runs warmer than its peers). Required (reading raises
    MissingFieldError if absent)."""

    update_note: str | None
    """Weekly-calibration disposition, present only on weekly calibration records: `updated ...` with the residual
    count, target, and applied adjustment, or `insufficient ...` when the prior offset was retained. Optional
    (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "station_id": _t.StrField("station_id", required=True),
        "weight": _t.FloatField("weight", required=True),
        "offset_c": _t.FloatField("offset_c", required=True),
        "update_note": _t.StrField("update_note"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("station_id")) is str:
            self.station_id = v
        else:
            self._slow_field("station_id")
        if type(v := g("weight")) is float:
            self.weight = v
        elif type(v) is int:
            self.weight = float(v)
        else:
            self._slow_field("weight")
        if type(v := g("offset_c")) is float:
            self.offset_c = v
        elif type(v) is int:
            self.offset_c = float(v)
        else:
            self._slow_field("offset_c")
        if type(v := g("update_note")) is str:
            self.update_note = v
        elif v is None:
            self.update_note = None
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
