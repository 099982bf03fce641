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


class MaintenanceWindow(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        start_datetime (datetime.datetime): Start date and time of the maintenance window. Required (reading
            raises MissingFieldError if absent).
        end_datetime (datetime.datetime): End date and time of the maintenance window. Required (reading raises
            MissingFieldError if absent).
    """

    __slots__ = ()

    start_datetime: datetime.datetime = _field(_t.DateTimeField("start_datetime", required=True))
    """Start date and time of the maintenance window. Required (reading raises MissingFieldError if absent)."""

    end_datetime: datetime.datetime = _field(_t.DateTimeField("end_datetime", required=True))
    """End date and time of the maintenance window. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("start_datetime", _M)
        if type(v) is str:
            d["start_datetime"] = _iso(v)
        elif v is not _M:
            slow("start_datetime")
        v = g("end_datetime", _M)
        if type(v) is str:
            d["end_datetime"] = _iso(v)
        elif v is not _M:
            slow("end_datetime")

    def __init__(
        self,
        *,
        start_datetime: datetime.datetime | None | Unset = UNSET,
        end_datetime: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """A MaintenanceWindow from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("start_datetime", start_datetime)
        self._set("end_datetime", end_datetime)
