from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule import Schedule


class GetExchangeScheduleResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        schedule (Schedule): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ("schedule",)

    schedule: Schedule
    """Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "schedule": _t.ModelField("schedule", f"{__package__}.schedule", "Schedule", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("schedule")) is dict:
            self.schedule = _BUILD["schedule"](v)
        else:
            self._slow_field("schedule")

    def __init__(
        self,
        *,
        schedule: Schedule | None | Unset = UNSET,
    ) -> None:
        """A GetExchangeScheduleResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("schedule", schedule)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "schedule": _t.builder(GetExchangeScheduleResponse, "schedule"),
}
