from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.daily_schedule import DailySchedule


_tc = _t.cached_datetime
_nt = _t.new_datetime


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

    __slots__ = (
        "start_time",
        "end_time",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    )

    start_time: datetime.datetime
    """Start date and time for when this weekly schedule is effective. Required (reading raises MissingFieldError
    if absent)."""

    end_time: datetime.datetime
    """End date and time for when this weekly schedule is no longer effective. Required (reading raises
    MissingFieldError if absent)."""

    monday: list[DailySchedule]
    """Trading hours for Monday. May contain multiple sessions. Empty when absent or null."""

    tuesday: list[DailySchedule]
    """Trading hours for Tuesday. May contain multiple sessions. Empty when absent or null."""

    wednesday: list[DailySchedule]
    """Trading hours for Wednesday. May contain multiple sessions. Empty when absent or null."""

    thursday: list[DailySchedule]
    """Trading hours for Thursday. May contain multiple sessions. Empty when absent or null."""

    friday: list[DailySchedule]
    """Trading hours for Friday. May contain multiple sessions. Empty when absent or null."""

    saturday: list[DailySchedule]
    """Trading hours for Saturday. May contain multiple sessions. Empty when absent or null."""

    sunday: list[DailySchedule]
    """Trading hours for Sunday. May contain multiple sessions. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "start_time": _t.DateTimeField("start_time", required=True),
        "end_time": _t.DateTimeField("end_time", required=True),
        "monday": _t.ModelListField(
            "monday", f"{__package__}.daily_schedule", "DailySchedule", required=True, empty=True
        ),
        "tuesday": _t.ModelListField(
            "tuesday", f"{__package__}.daily_schedule", "DailySchedule", required=True, empty=True
        ),
        "wednesday": _t.ModelListField(
            "wednesday", f"{__package__}.daily_schedule", "DailySchedule", required=True, empty=True
        ),
        "thursday": _t.ModelListField(
            "thursday", f"{__package__}.daily_schedule", "DailySchedule", required=True, empty=True
        ),
        "friday": _t.ModelListField(
            "friday", f"{__package__}.daily_schedule", "DailySchedule", required=True, empty=True
        ),
        "saturday": _t.ModelListField(
            "saturday", f"{__package__}.daily_schedule", "DailySchedule", required=True, empty=True
        ),
        "sunday": _t.ModelListField(
            "sunday", f"{__package__}.daily_schedule", "DailySchedule", required=True, empty=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        raw = self._raw
        g = raw.get
        if next(iter(raw), None) is not _KEYS.first:  # another decoder's key objects: adopt them
            _KEYS.adopt(raw)
        (
            k_start_time,
            k_end_time,
            k_monday,
            k_tuesday,
            k_wednesday,
            k_thursday,
            k_friday,
            k_saturday,
            k_sunday,
        ) = _KEYS.keys
        if (t := _tc(v := g(k_start_time))) is not None:
            self.start_time = t
        elif isinstance(v, str):
            self.start_time = _nt(v)
        else:
            self._slow_field("start_time")
        if (t := _tc(v := g(k_end_time))) is not None:
            self.end_time = t
        elif isinstance(v, str):
            self.end_time = _nt(v)
        else:
            self._slow_field("end_time")
        if type(v := g(k_monday)) is list:
            self.monday = _BUILD["monday"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("monday")
        if type(v := g(k_tuesday)) is list:
            self.tuesday = _BUILD["tuesday"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("tuesday")
        if type(v := g(k_wednesday)) is list:
            self.wednesday = _BUILD["wednesday"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("wednesday")
        if type(v := g(k_thursday)) is list:
            self.thursday = _BUILD["thursday"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("thursday")
        if type(v := g(k_friday)) is list:
            self.friday = _BUILD["friday"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("friday")
        if type(v := g(k_saturday)) is list:
            self.saturday = _BUILD["saturday"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("saturday")
        if type(v := g(k_sunday)) is list:
            self.sunday = _BUILD["sunday"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("sunday")

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
        self._done = None
        self._set("start_time", start_time)
        self._set("end_time", end_time)
        self._set("monday", monday)
        self._set("tuesday", tuesday)
        self._set("wednesday", wednesday)
        self._set("thursday", thursday)
        self._set("friday", friday)
        self._set("saturday", saturday)
        self._set("sunday", sunday)


_KEYS = _t.JsonKeys(*(field.key for field in WeeklySchedule._declared.values()))  # in _load_fast's order


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "monday": _t.builder(WeeklySchedule, "monday"),
    "tuesday": _t.builder(WeeklySchedule, "tuesday"),
    "wednesday": _t.builder(WeeklySchedule, "wednesday"),
    "thursday": _t.builder(WeeklySchedule, "thursday"),
    "friday": _t.builder(WeeklySchedule, "friday"),
    "saturday": _t.builder(WeeklySchedule, "saturday"),
    "sunday": _t.builder(WeeklySchedule, "sunday"),
}
