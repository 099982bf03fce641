from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.daily_schedule import DailySchedule


_tc = _t.cached_datetime
_nt = _t.new_datetime


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
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if (t := _tc(v := g("start_time"))) is not None:
            d["start_time"] = t
        elif isinstance(v, str):
            d["start_time"] = _nt(v)
        else:
            self._slow_field("start_time")
        if (t := _tc(v := g("end_time"))) is not None:
            d["end_time"] = t
        elif isinstance(v, str):
            d["end_time"] = _nt(v)
        else:
            self._slow_field("end_time")
        if type(v := g("monday")) is list:
            d["monday"] = _BUILD["monday"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("monday")
        if type(v := g("tuesday")) is list:
            d["tuesday"] = _BUILD["tuesday"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("tuesday")
        if type(v := g("wednesday")) is list:
            d["wednesday"] = _BUILD["wednesday"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("wednesday")
        if type(v := g("thursday")) is list:
            d["thursday"] = _BUILD["thursday"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("thursday")
        if type(v := g("friday")) is list:
            d["friday"] = _BUILD["friday"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("friday")
        if type(v := g("saturday")) is list:
            d["saturday"] = _BUILD["saturday"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("saturday")
        if type(v := g("sunday")) is list:
            d["sunday"] = _BUILD["sunday"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
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


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "monday": WeeklySchedule.__dict__["monday"].build,
    "tuesday": WeeklySchedule.__dict__["tuesday"].build,
    "wednesday": WeeklySchedule.__dict__["wednesday"].build,
    "thursday": WeeklySchedule.__dict__["thursday"].build,
    "friday": WeeklySchedule.__dict__["friday"].build,
    "saturday": WeeklySchedule.__dict__["saturday"].build,
    "sunday": WeeklySchedule.__dict__["sunday"].build,
}
