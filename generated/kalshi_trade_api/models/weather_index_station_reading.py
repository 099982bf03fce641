from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


class WeatherIndexStationReading(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        station_id (str): Member station (e.g. `KMIA1M`) or its official fallback ID. Required (reading raises
            MissingFieldError if absent).
        code (str): Disposition: `ok` (accepted), `missing` (no eligible observation), `late` (received after
            the deadline; diagnostic only), a QC rejection (`range`, `rate_spatial`, `extreme`), or `pending` (raw
            reading on an `incomplete` minute, not yet quality-controlled). Required (reading raises
            MissingFieldError if absent).
        source (str): `hf_asos` (exact-minute primary) or `metar` (carried-forward official observation). Absent
            when no reading was available. Optional (None if absent).
        temp_f (float): Raw reported temperature in Fahrenheit (unrounded — only the published index value
            carries output rounding). Absent for `missing` members. Optional (None if absent).
        obs_time_ms (int): Observation time for carried-forward fallbacks (differs from the event minute).
            Absent for exact-minute primaries. Optional (None if absent).
        received_at_ms (int): Local wire-receipt time backing the eligibility deadline. Optional (None if
            absent).
        primary_code (str): Why the primary observation was passed over when a fallback was selected instead.
            Optional (None if absent).
    """

    __slots__ = (
        "station_id",
        "code",
        "source",
        "temp_f",
        "obs_time_ms",
        "received_at_ms",
        "primary_code",
    )

    station_id: str
    """Member station (e.g. `KMIA1M`) or its official fallback ID. Required (reading raises MissingFieldError if
    absent)."""

    code: str
    """Disposition: `ok` (accepted), `missing` (no eligible observation), `late` (received after the deadline;
    diagnostic only), a QC rejection (`range`, `rate_spatial`, `extreme`), or `pending` (raw reading on an
    `incomplete` minute, not yet quality-controlled). Required (reading raises MissingFieldError if absent)."""

    source: str | None
    """`hf_asos` (exact-minute primary) or `metar` (carried-forward official observation). Absent when no reading
    was available. Optional (None if absent)."""

    temp_f: float | None
    """Raw reported temperature in Fahrenheit (unrounded — only the published index value carries output rounding).
    Absent for `missing` members. Optional (None if absent)."""

    obs_time_ms: int | None
    """Observation time for carried-forward fallbacks (differs from the event minute). Absent for exact-minute
    primaries. Optional (None if absent)."""

    received_at_ms: int | None
    """Local wire-receipt time backing the eligibility deadline. Optional (None if absent)."""

    primary_code: str | None
    """Why the primary observation was passed over when a fallback was selected instead. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "station_id": _t.StrField("station_id", required=True),
        "code": _t.StrField("code", required=True),
        "source": _t.StrField("source"),
        "temp_f": _t.FloatField("temp_f"),
        "obs_time_ms": _t.IntField("obs_time_ms"),
        "received_at_ms": _t.IntField("received_at_ms"),
        "primary_code": _t.StrField("primary_code"),
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
        if type(v := g("code")) is str:
            self.code = v
        else:
            self._slow_field("code")
        if type(v := g("source")) is str:
            self.source = v
        elif v is None:
            self.source = None
        else:
            self._slow_field("source")
        if type(v := g("temp_f")) is float:
            self.temp_f = v
        elif type(v) is int:
            self.temp_f = float(v)
        elif v is None:
            self.temp_f = None
        else:
            self._slow_field("temp_f")
        if type(v := g("obs_time_ms")) is int:
            self.obs_time_ms = v
        elif v is None:
            self.obs_time_ms = None
        else:
            self._slow_field("obs_time_ms")
        if type(v := g("received_at_ms")) is int:
            self.received_at_ms = v
        elif v is None:
            self.received_at_ms = None
        else:
            self._slow_field("received_at_ms")
        if type(v := g("primary_code")) is str:
            self.primary_code = v
        elif v is None:
            self.primary_code = None
        else:
            self._slow_field("primary_code")

    def __init__(
        self,
        *,
        station_id: str | None | Unset = UNSET,
        code: str | None | Unset = UNSET,
        source: str | None | Unset = UNSET,
        temp_f: float | None | Unset = UNSET,
        obs_time_ms: int | None | Unset = UNSET,
        received_at_ms: int | None | Unset = UNSET,
        primary_code: str | None | Unset = UNSET,
    ) -> None:
        """A WeatherIndexStationReading from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("station_id", station_id)
        self._set("code", code)
        self._set("source", source)
        self._set("temp_f", temp_f)
        self._set("obs_time_ms", obs_time_ms)
        self._set("received_at_ms", received_at_ms)
        self._set("primary_code", primary_code)
