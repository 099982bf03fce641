from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


class DailySchedule(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        open_time (str): Opening time in ET (Eastern Time) format HH:MM. Required (reading raises
            MissingFieldError if absent).
        close_time (str): Closing time in ET (Eastern Time) format HH:MM. Required (reading raises
            MissingFieldError if absent).
    """

    __slots__ = (
        "open_time",
        "close_time",
    )

    open_time: str
    """Opening time in ET (Eastern Time) format HH:MM. Required (reading raises MissingFieldError if absent)."""

    close_time: str
    """Closing time in ET (Eastern Time) format HH:MM. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "open_time": _t.StrField("open_time", required=True),
        "close_time": _t.StrField("close_time", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("open_time")) is str:
            self.open_time = v
        else:
            self._slow_field("open_time")
        if type(v := g("close_time")) is str:
            self.close_time = v
        else:
            self._slow_field("close_time")

    def __init__(
        self,
        *,
        open_time: str | None | Unset = UNSET,
        close_time: str | None | Unset = UNSET,
    ) -> None:
        """A DailySchedule from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("open_time", open_time)
        self._set("close_time", close_time)
