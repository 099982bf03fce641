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


class DailySchedule(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        open_time (str): Opening time in ET (Eastern Time) format HH:MM. Required (reading raises
            MissingFieldError if absent).
        close_time (str): Closing time in ET (Eastern Time) format HH:MM. Required (reading raises
            MissingFieldError if absent).
    """

    __slots__ = ()

    open_time: str = _field(_t.StrField("open_time", required=True))
    """Opening time in ET (Eastern Time) format HH:MM. Required (reading raises MissingFieldError if absent)."""

    close_time: str = _field(_t.StrField("close_time", required=True))
    """Closing time in ET (Eastern Time) format HH:MM. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("open_time", _M)
        if type(v) is str:
            d["open_time"] = v
        elif v is not _M:
            slow("open_time")
        v = g("close_time", _M)
        if type(v) is str:
            d["close_time"] = v
        elif v is not _M:
            slow("close_time")

    def __init__(
        self,
        *,
        open_time: str | None | Unset = UNSET,
        close_time: str | None | Unset = UNSET,
    ) -> None:
        """A DailySchedule from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("open_time", open_time)
        self._set("close_time", close_time)
