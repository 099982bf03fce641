from __future__ import annotations

import datetime
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset

_tc = _t.cached_datetime
_nt = _t.new_datetime


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
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if (t := _tc(v := g("as_of_time"))) is not None:
            d["as_of_time"] = t
        elif isinstance(v, str):
            d["as_of_time"] = _nt(v)
        else:
            self._slow_field("as_of_time")

    def __init__(
        self,
        *,
        as_of_time: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """A GetUserDataTimestampResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("as_of_time", as_of_time)
