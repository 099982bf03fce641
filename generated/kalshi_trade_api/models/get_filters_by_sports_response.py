from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_filters_by_sports_response_filters_by_sports import GetFiltersBySportsResponseFiltersBySports


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetFiltersBySportsResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        filters_by_sports (GetFiltersBySportsResponseFiltersBySports): Mapping of sports to their filter
            details. Required (reading raises MissingFieldError if absent).
        sport_ordering (list[str]): Ordered list of sports for display. Empty when absent or null.
    """

    __slots__ = ()

    filters_by_sports: GetFiltersBySportsResponseFiltersBySports = _field(
        _t.ModelField(
            "filters_by_sports",
            f"{__package__}.get_filters_by_sports_response_filters_by_sports",
            "GetFiltersBySportsResponseFiltersBySports",
            required=True,
        )
    )
    """Mapping of sports to their filter details. Required (reading raises MissingFieldError if absent)."""

    sport_ordering: list[str] = _field(_t.ListField("sport_ordering", _t.StrField("item"), required=True, empty=True))
    """Ordered list of sports for display. Empty when absent or null."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("filters_by_sports", _M)
        if type(v) is dict:
            d["filters_by_sports"] = _convert["filters_by_sports"](v)
        elif v is not _M:
            slow("filters_by_sports")
        v = g("sport_ordering", _M)
        if v is not _M:
            slow("sport_ordering")

    def __init__(
        self,
        *,
        filters_by_sports: GetFiltersBySportsResponseFiltersBySports | None | Unset = UNSET,
        sport_ordering: list[str] | None | Unset = UNSET,
    ) -> None:
        """A GetFiltersBySportsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("filters_by_sports", filters_by_sports)
        self._set("sport_ordering", sport_ordering)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "filters_by_sports": GetFiltersBySportsResponse.__dict__["filters_by_sports"].convert,
}
