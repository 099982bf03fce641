from __future__ import annotations

import datetime
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset


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

    def __init__(
        self,
        *,
        as_of_time: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """A GetUserDataTimestampResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("as_of_time", as_of_time)
