from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_data import LiveData


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetLiveDataResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        live_data (LiveData): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    live_data: LiveData = _field(_t.ModelField("live_data", f"{__package__}.live_data", "LiveData", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("live_data", _M)
        if type(v) is dict:
            d["live_data"] = _convert["live_data"](v)
        elif v is not _M:
            slow("live_data")

    def __init__(
        self,
        *,
        live_data: LiveData | None | Unset = UNSET,
    ) -> None:
        """A GetLiveDataResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("live_data", live_data)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "live_data": GetLiveDataResponse.__dict__["live_data"].convert,
}
