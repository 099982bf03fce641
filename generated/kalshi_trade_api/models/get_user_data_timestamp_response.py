from __future__ import annotations

import datetime

from .. import types as _t
from ..types import UNSET, Unset

_tc = _t.cached_datetime
_nt = _t.new_datetime


class GetUserDataTimestampResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        as_of_time (datetime.datetime): Timestamp when user data was last updated. Required (reading raises
            MissingFieldError if absent).
    """

    __slots__ = ("as_of_time",)

    as_of_time: datetime.datetime
    """Timestamp when user data was last updated. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "as_of_time": _t.DateTimeField("as_of_time", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if (t := _tc(v := g("as_of_time"))) is not None:
            self.as_of_time = t
        elif isinstance(v, str):
            self.as_of_time = _nt(v)
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
