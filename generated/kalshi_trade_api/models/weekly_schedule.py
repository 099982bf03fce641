from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.daily_schedule import DailySchedule


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class WeeklySchedule(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        start_time (datetime.datetime): Start date and time for when this weekly schedule is effective. Required
            (reading raises MissingFieldError if absent).
        end_time (datetime.datetime): End date and time for when this weekly schedule is no longer effective.
            Required (reading raises MissingFieldError if absent).
        monday (list[DailySchedule]): Trading hours for Monday. May contain multiple sessions. Empty when absent
            or null.
        tuesday (list[DailySchedule]): Trading hours for Tuesday. May contain multiple sessions. Empty when
            absent or null.
        wednesday (list[DailySchedule]): Trading hours for Wednesday. May contain multiple sessions. Empty when
            absent or null.
        thursday (list[DailySchedule]): Trading hours for Thursday. May contain multiple sessions. Empty when
            absent or null.
        friday (list[DailySchedule]): Trading hours for Friday. May contain multiple sessions. Empty when absent
            or null.
        saturday (list[DailySchedule]): Trading hours for Saturday. May contain multiple sessions. Empty when
            absent or null.
        sunday (list[DailySchedule]): Trading hours for Sunday. May contain multiple sessions. Empty when absent
            or null.
    """

    __slots__ = ()

    start_time: datetime.datetime = _field(_t.DateTimeField("start_time", required=True))
    """Start date and time for when this weekly schedule is effective. Required (reading raises MissingFieldError
    if absent)."""

    end_time: datetime.datetime = _field(_t.DateTimeField("end_time", required=True))
    """End date and time for when this weekly schedule is no longer effective. Required (reading raises
    MissingFieldError if absent)."""

    monday: list[DailySchedule] = _field(
        _t.ModelListField("monday", f"{__package__}.daily_schedule", "DailySchedule", required=True, empty=True)
    )
    """Trading hours for Monday. May contain multiple sessions. Empty when absent or null."""

    tuesday: list[DailySchedule] = _field(
        _t.ModelListField("tuesday", f"{__package__}.daily_schedule", "DailySchedule", required=True, empty=True)
    )
    """Trading hours for Tuesday. May contain multiple sessions. Empty when absent or null."""

    wednesday: list[DailySchedule] = _field(
        _t.ModelListField("wednesday", f"{__package__}.daily_schedule", "DailySchedule", required=True, empty=True)
    )
    """Trading hours for Wednesday. May contain multiple sessions. Empty when absent or null."""

    thursday: list[DailySchedule] = _field(
        _t.ModelListField("thursday", f"{__package__}.daily_schedule", "DailySchedule", required=True, empty=True)
    )
    """Trading hours for Thursday. May contain multiple sessions. Empty when absent or null."""

    friday: list[DailySchedule] = _field(
        _t.ModelListField("friday", f"{__package__}.daily_schedule", "DailySchedule", required=True, empty=True)
    )
    """Trading hours for Friday. May contain multiple sessions. Empty when absent or null."""

    saturday: list[DailySchedule] = _field(
        _t.ModelListField("saturday", f"{__package__}.daily_schedule", "DailySchedule", required=True, empty=True)
    )
    """Trading hours for Saturday. May contain multiple sessions. Empty when absent or null."""

    sunday: list[DailySchedule] = _field(
        _t.ModelListField("sunday", f"{__package__}.daily_schedule", "DailySchedule", required=True, empty=True)
    )
    """Trading hours for Sunday. May contain multiple sessions. Empty when absent or null."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("start_time", _M)
        if type(v) is str:
            d["start_time"] = _iso(v)
        elif v is not _M:
            slow("start_time")
        v = g("end_time", _M)
        if type(v) is str:
            d["end_time"] = _iso(v)
        elif v is not _M:
            slow("end_time")
        v = g("monday", _M)
        if type(v) is list:
            d["monday"] = _convert["monday"](v)
        elif v is not _M:
            slow("monday")
        v = g("tuesday", _M)
        if type(v) is list:
            d["tuesday"] = _convert["tuesday"](v)
        elif v is not _M:
            slow("tuesday")
        v = g("wednesday", _M)
        if type(v) is list:
            d["wednesday"] = _convert["wednesday"](v)
        elif v is not _M:
            slow("wednesday")
        v = g("thursday", _M)
        if type(v) is list:
            d["thursday"] = _convert["thursday"](v)
        elif v is not _M:
            slow("thursday")
        v = g("friday", _M)
        if type(v) is list:
            d["friday"] = _convert["friday"](v)
        elif v is not _M:
            slow("friday")
        v = g("saturday", _M)
        if type(v) is list:
            d["saturday"] = _convert["saturday"](v)
        elif v is not _M:
            slow("saturday")
        v = g("sunday", _M)
        if type(v) is list:
            d["sunday"] = _convert["sunday"](v)
        elif v is not _M:
            slow("sunday")

    def __init__(
        self,
        *,
        start_time: datetime.datetime | None | Unset = UNSET,
        end_time: datetime.datetime | None | Unset = UNSET,
        monday: list[DailySchedule] | None | Unset = UNSET,
        tuesday: list[DailySchedule] | None | Unset = UNSET,
        wednesday: list[DailySchedule] | None | Unset = UNSET,
        thursday: list[DailySchedule] | None | Unset = UNSET,
        friday: list[DailySchedule] | None | Unset = UNSET,
        saturday: list[DailySchedule] | None | Unset = UNSET,
        sunday: list[DailySchedule] | None | Unset = UNSET,
    ) -> None:
        """A WeeklySchedule from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("start_time", start_time)
        self._set("end_time", end_time)
        self._set("monday", monday)
        self._set("tuesday", tuesday)
        self._set("wednesday", wednesday)
        self._set("thursday", thursday)
        self._set("friday", friday)
        self._set("saturday", saturday)
        self._set("sunday", sunday)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "monday": WeeklySchedule.__dict__["monday"].convert,
    "tuesday": WeeklySchedule.__dict__["tuesday"].convert,
    "wednesday": WeeklySchedule.__dict__["wednesday"].convert,
    "thursday": WeeklySchedule.__dict__["thursday"].convert,
    "friday": WeeklySchedule.__dict__["friday"].convert,
    "saturday": WeeklySchedule.__dict__["saturday"].convert,
    "sunday": WeeklySchedule.__dict__["sunday"].convert,
}
