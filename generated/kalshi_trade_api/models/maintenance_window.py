from __future__ import annotations

import datetime

from .. import types as _t
from ..types import UNSET, Unset

_tc = _t.cached_datetime
_nt = _t.new_datetime


class MaintenanceWindow(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        start_datetime (datetime.datetime): Start date and time of the maintenance window. Required (reading
            raises MissingFieldError if absent).
        end_datetime (datetime.datetime): End date and time of the maintenance window. Required (reading raises
            MissingFieldError if absent).
    """

    __slots__ = (
        "start_datetime",
        "end_datetime",
    )

    start_datetime: datetime.datetime
    """Start date and time of the maintenance window. Required (reading raises MissingFieldError if absent)."""

    end_datetime: datetime.datetime
    """End date and time of the maintenance window. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "start_datetime": _t.DateTimeField("start_datetime", required=True),
        "end_datetime": _t.DateTimeField("end_datetime", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if (t := _tc(v := g("start_datetime"))) is not None:
            self.start_datetime = t
        elif isinstance(v, str):
            self.start_datetime = _nt(v)
        else:
            self._slow_field("start_datetime")
        if (t := _tc(v := g("end_datetime"))) is not None:
            self.end_datetime = t
        elif isinstance(v, str):
            self.end_datetime = _nt(v)
        else:
            self._slow_field("end_datetime")

    def __init__(
        self,
        *,
        start_datetime: datetime.datetime | None | Unset = UNSET,
        end_datetime: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """A MaintenanceWindow from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("start_datetime", start_datetime)
        self._set("end_datetime", end_datetime)
