from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule import Schedule


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetExchangeScheduleResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        schedule (Schedule): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    schedule: Schedule = _field(_t.ModelField("schedule", f"{__package__}.schedule", "Schedule", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("schedule")) is dict:
            d["schedule"] = _BUILD["schedule"](v)
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


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "schedule": GetExchangeScheduleResponse.__dict__["schedule"].build,
}
