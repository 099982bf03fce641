from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.weather_index_station_reading import WeatherIndexStationReading


class WeatherIndexPoint(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        t (int): Event minute, unix milliseconds UTC. Required (reading raises MissingFieldError if absent).
        v (float): Published index value, Fahrenheit rounded to 0.01. Absent on `incomplete` points, which have
            no canonical value yet. Optional (None if absent).
        status (str): `normal` (every member contributed its exact-minute primary observation) or `degraded` (a
            member was absent, fallback-fed, or substituted by quality control; the value is equally settlement-
            eligible). With `detailed=true`, trailing minutes still inside their receipt deadline are additionally
            served as `incomplete`: no value, and stations carrying the raw readings recorded so far (code
            `pending`, not yet quality-controlled — more readings may still arrive, and the canonical value may
            differ). Required (reading raises MissingFieldError if absent).
        contributors (int): Number of accepted member stations backing the point. Absent on `incomplete` points.
            Optional (None if absent).
        receipt_basis (str): Present only on points produced by the labelled historical backfill that seeds a
            city's series for the period before it went live. `synoptic_latency` means the receipt-deadline test
            used `observation_time + Synoptic ingest latency` in place of Kalshi's local receipt clock. Absent on
            canonical points, which are the only settlement-eligible ones. Optional (None if absent).
        stations (list[WeatherIndexStationReading]): Per-station audit readings (only with `detailed=true`),
            sorted by station ID — every configured member's reported value and QC disposition before incorporation
            into the index. Empty when absent or null.
    """

    __slots__ = (
        "t",
        "v",
        "status",
        "contributors",
        "receipt_basis",
        "stations",
    )

    t: int
    """Event minute, unix milliseconds UTC. Required (reading raises MissingFieldError if absent)."""

    v: float | None
    """Published index value, Fahrenheit rounded to 0.01. Absent on `incomplete` points, which have no canonical
    value yet. Optional (None if absent)."""

    status: str
    """`normal` (every member contributed its exact-minute primary observation) or `degraded` (a member was absent,
    fallback-fed, or substituted by quality control; the value is equally settlement-eligible). With
    `detailed=true`, trailing minutes still inside their receipt deadline are additionally served as
    `incomplete`: no value, and stations carrying the raw readings recorded so far (code `pending`, not yet
    quality-controlled — more readings may still arrive, and the canonical value may differ). Required (reading
    raises MissingFieldError if absent)."""

    contributors: int | None
    """Number of accepted member stations backing the point. Absent on `incomplete` points. Optional (None if
    absent)."""

    receipt_basis: str | None
    """Present only on points produced by the labelled historical backfill that seeds a city's series for the
    period before it went live. `synoptic_latency` means the receipt-deadline test used `observation_time +
    Synoptic ingest latency` in place of Kalshi's local receipt clock. Absent on canonical points, which are the
    only settlement-eligible ones. Optional (None if absent)."""

    stations: list[WeatherIndexStationReading]
    """Per-station audit readings (only with `detailed=true`), sorted by station ID — every configured member's
    reported value and QC disposition before incorporation into the index. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "t": _t.IntField("t", required=True),
        "v": _t.FloatField("v"),
        "status": _t.StrField("status", required=True),
        "contributors": _t.IntField("contributors"),
        "receipt_basis": _t.StrField("receipt_basis"),
        "stations": _t.ModelListField(
            "stations", f"{__package__}.weather_index_station_reading", "WeatherIndexStationReading", empty=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("t")) is int:
            self.t = v
        else:
            self._slow_field("t")
        if type(v := g("v")) is float:
            self.v = v
        elif type(v) is int:
            self.v = float(v)
        elif v is None:
            self.v = None
        else:
            self._slow_field("v")
        if type(v := g("status")) is str:
            self.status = v
        else:
            self._slow_field("status")
        if type(v := g("contributors")) is int:
            self.contributors = v
        elif v is None:
            self.contributors = None
        else:
            self._slow_field("contributors")
        if type(v := g("receipt_basis")) is str:
            self.receipt_basis = v
        elif v is None:
            self.receipt_basis = None
        else:
            self._slow_field("receipt_basis")
        if type(v := g("stations")) is list:
            self.stations = _BUILD["stations"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("stations")

    def __init__(
        self,
        *,
        t: int | None | Unset = UNSET,
        v: float | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        contributors: int | None | Unset = UNSET,
        receipt_basis: str | None | Unset = UNSET,
        stations: list[WeatherIndexStationReading] | None | Unset = UNSET,
    ) -> None:
        """A WeatherIndexPoint from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("t", t)
        self._set("v", v)
        self._set("status", status)
        self._set("contributors", contributors)
        self._set("receipt_basis", receipt_basis)
        self._set("stations", stations)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "stations": _t.builder(WeatherIndexPoint, "stations"),
}
