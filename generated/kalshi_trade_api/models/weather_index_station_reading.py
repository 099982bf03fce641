from __future__ import annotations

import datetime
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


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

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("station_id", _M)
        if type(v) is str:
            d["station_id"] = v
        elif v is not _M:
            slow("station_id")
        v = g("code", _M)
        if type(v) is str:
            d["code"] = v
        elif v is not _M:
            slow("code")
        v = g("source", _M)
        if type(v) is str:
            d["source"] = v
        elif v is None:
            d["source"] = None
        elif v is not _M:
            slow("source")
        v = g("temp_f", _M)
        if type(v) is float:
            d["temp_f"] = v
        elif type(v) is int:
            d["temp_f"] = float(v)
        elif v is None:
            d["temp_f"] = None
        elif v is not _M:
            slow("temp_f")
        v = g("obs_time_ms", _M)
        if type(v) is int:
            d["obs_time_ms"] = v
        elif v is None:
            d["obs_time_ms"] = None
        elif v is not _M:
            slow("obs_time_ms")
        v = g("received_at_ms", _M)
        if type(v) is int:
            d["received_at_ms"] = v
        elif v is None:
            d["received_at_ms"] = None
        elif v is not _M:
            slow("received_at_ms")
        v = g("primary_code", _M)
        if type(v) is str:
            d["primary_code"] = v
        elif v is None:
            d["primary_code"] = None
        elif v is not _M:
            slow("primary_code")

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
