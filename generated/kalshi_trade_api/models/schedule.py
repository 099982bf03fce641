from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.maintenance_window import MaintenanceWindow
    from ..models.weekly_schedule import WeeklySchedule


class Schedule(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        standard_hours (list[WeeklySchedule]): The standard operating hours of the exchange. All times are
            expressed in ET. Outside of these times trading will be unavailable. Empty when absent or null.
        maintenance_windows (list[MaintenanceWindow]): Scheduled maintenance windows, during which the exchange
            may be unavailable. Empty when absent or null.
    """

    __slots__ = (
        "standard_hours",
        "maintenance_windows",
    )

    standard_hours: list[WeeklySchedule]
    """The standard operating hours of the exchange. All times are expressed in ET. Outside of these times trading
    will be unavailable. Empty when absent or null."""

    maintenance_windows: list[MaintenanceWindow]
    """Scheduled maintenance windows, during which the exchange may be unavailable. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "standard_hours": _t.ModelListField(
            "standard_hours", f"{__package__}.weekly_schedule", "WeeklySchedule", required=True, empty=True
        ),
        "maintenance_windows": _t.ModelListField(
            "maintenance_windows", f"{__package__}.maintenance_window", "MaintenanceWindow", required=True, empty=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("standard_hours")) is list:
            self.standard_hours = _BUILD["standard_hours"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("standard_hours")
        if type(v := g("maintenance_windows")) is list:
            self.maintenance_windows = _BUILD["maintenance_windows"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("maintenance_windows")

    def __init__(
        self,
        *,
        standard_hours: list[WeeklySchedule] | None | Unset = UNSET,
        maintenance_windows: list[MaintenanceWindow] | None | Unset = UNSET,
    ) -> None:
        """A Schedule from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("standard_hours", standard_hours)
        self._set("maintenance_windows", maintenance_windows)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "standard_hours": _t.builder(Schedule, "standard_hours"),
    "maintenance_windows": _t.builder(Schedule, "maintenance_windows"),
}
