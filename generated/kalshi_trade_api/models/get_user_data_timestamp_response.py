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


class GetUserDataTimestampResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        as_of_time (datetime.datetime): Timestamp when user data was last updated. Required (reading raises
            MissingFieldError if absent).
    """

    __slots__ = ()

    as_of_time: datetime.datetime = _field(_t.DateTimeField("as_of_time", required=True))
    """Timestamp when user data was last updated. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("as_of_time", _M)
        if type(v) is str:
            d["as_of_time"] = _iso(v)
        elif v is not _M:
            slow("as_of_time")

    def __init__(
        self,
        *,
        as_of_time: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """A GetUserDataTimestampResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("as_of_time", as_of_time)
