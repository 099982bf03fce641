from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.weather_index_station_reading import WeatherIndexStationReading


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


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

    __slots__ = ()

    t: int = _field(_t.IntField("t", required=True))
    """Event minute, unix milliseconds UTC. Required (reading raises MissingFieldError if absent)."""

    v: float | None = _field(_t.FloatField("v"))
    """Published index value, Fahrenheit rounded to 0.01. Absent on `incomplete` points, which have no canonical
    value yet. Optional (None if absent)."""

    status: str = _field(_t.StrField("status", required=True))
    """`normal` (every member contributed its exact-minute primary observation) or `degraded` (a member was absent,
    fallback-fed, or substituted by quality control; the value is equally settlement-eligible). With
    `detailed=true`, trailing minutes still inside their receipt deadline are additionally served as
    `incomplete`: no value, and stations carrying the raw readings recorded so far (code `pending`, not yet
    quality-controlled — more readings may still arrive, and the canonical value may differ). Required (reading
    raises MissingFieldError if absent)."""

    contributors: int | None = _field(_t.IntField("contributors"))
    """Number of accepted member stations backing the point. Absent on `incomplete` points. Optional (None if
    absent)."""

    receipt_basis: str | None = _field(_t.StrField("receipt_basis"))
    """Present only on points produced by the labelled historical backfill that seeds a city's series for the
    period before it went live. `synoptic_latency` means the receipt-deadline test used `observation_time +
    Synoptic ingest latency` in place of Kalshi's local receipt clock. Absent on canonical points, which are the
    only settlement-eligible ones. Optional (None if absent)."""

    stations: list[WeatherIndexStationReading] = _field(
        _t.ModelListField(
            "stations", f"{__package__}.weather_index_station_reading", "WeatherIndexStationReading", empty=True
        )
    )
    """Per-station audit readings (only with `detailed=true`), sorted by station ID — every configured member's
    reported value and QC disposition before incorporation into the index. Empty when absent or null."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("t")) is int:
            d["t"] = v
        else:
            self._slow_field("t")
        if type(v := g("v")) is float:
            d["v"] = v
        elif type(v) is int:
            d["v"] = float(v)
        elif v is None:
            d["v"] = None
        else:
            self._slow_field("v")
        if type(v := g("status")) is str:
            d["status"] = v
        else:
            self._slow_field("status")
        if type(v := g("contributors")) is int:
            d["contributors"] = v
        elif v is None:
            d["contributors"] = None
        else:
            self._slow_field("contributors")
        if type(v := g("receipt_basis")) is str:
            d["receipt_basis"] = v
        elif v is None:
            d["receipt_basis"] = None
        else:
            self._slow_field("receipt_basis")
        if type(v := g("stations")) is list:
            d["stations"] = _BUILD["stations"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
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


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "stations": WeatherIndexPoint.__dict__["stations"].build,
}
