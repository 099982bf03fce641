from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_data_details import LiveDataDetails


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class LiveData(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        type_ (str): Type of live data. Required (reading raises MissingFieldError if absent).
        details (LiveDataDetails): Live data details as a flexible object. Required (reading raises
            MissingFieldError if absent).
        milestone_id (str): Milestone ID. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    type_: str = _field(_t.StrField("type", required=True))
    """Type of live data. Required (reading raises MissingFieldError if absent)."""

    details: LiveDataDetails = _field(
        _t.ModelField("details", f"{__package__}.live_data_details", "LiveDataDetails", required=True)
    )
    """Live data details as a flexible object. Required (reading raises MissingFieldError if absent)."""

    milestone_id: str = _field(_t.StrField("milestone_id", required=True))
    """Milestone ID. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("type", _M)
        if type(v) is str:
            d["type_"] = v
        elif v is not _M:
            slow("type_")
        v = g("details", _M)
        if type(v) is dict:
            d["details"] = _convert["details"](v)
        elif v is not _M:
            slow("details")
        v = g("milestone_id", _M)
        if type(v) is str:
            d["milestone_id"] = v
        elif v is not _M:
            slow("milestone_id")

    def __init__(
        self,
        *,
        type_: str | None | Unset = UNSET,
        details: LiveDataDetails | None | Unset = UNSET,
        milestone_id: str | None | Unset = UNSET,
    ) -> None:
        """A LiveData from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("type_", type_)
        self._set("details", details)
        self._set("milestone_id", milestone_id)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "details": LiveData.__dict__["details"].convert,
}
