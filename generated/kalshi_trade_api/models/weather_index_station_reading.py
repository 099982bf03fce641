from __future__ import annotations

from typing import Any

from .. import types as _t
from ..types import UNSET, Unset


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


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

    __slots__ = ()

    station_id: str = _field(_t.StrField("station_id", required=True))
    """Member station (e.g. `KMIA1M`) or its official fallback ID. Required (reading raises MissingFieldError if
    absent)."""

    code: str = _field(_t.StrField("code", required=True))
    """Disposition: `ok` (accepted), `missing` (no eligible observation), `late` (received after the deadline;
    diagnostic only), a QC rejection (`range`, `rate_spatial`, `extreme`), or `pending` (raw reading on an
    `incomplete` minute, not yet quality-controlled). Required (reading raises MissingFieldError if absent)."""

    source: str | None = _field(_t.StrField("source"))
    """`hf_asos` (exact-minute primary) or `metar` (carried-forward official observation). Absent when no reading
    was available. Optional (None if absent)."""

    temp_f: float | None = _field(_t.FloatField("temp_f"))
    """Raw reported temperature in Fahrenheit (unrounded — only the published index value carries output rounding).
    Absent for `missing` members. Optional (None if absent)."""

    obs_time_ms: int | None = _field(_t.IntField("obs_time_ms"))
    """Observation time for carried-forward fallbacks (differs from the event minute). Absent for exact-minute
    primaries. Optional (None if absent)."""

    received_at_ms: int | None = _field(_t.IntField("received_at_ms"))
    """Local wire-receipt time backing the eligibility deadline. Optional (None if absent)."""

    primary_code: str | None = _field(_t.StrField("primary_code"))
    """Why the primary observation was passed over when a fallback was selected instead. Optional (None if absent)."""

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
        self._set("station_id", station_id)
        self._set("code", code)
        self._set("source", source)
        self._set("temp_f", temp_f)
        self._set("obs_time_ms", obs_time_ms)
        self._set("received_at_ms", received_at_ms)
        self._set("primary_code", primary_code)
