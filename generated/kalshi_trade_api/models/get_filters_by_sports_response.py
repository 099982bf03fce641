from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_filters_by_sports_response_filters_by_sports import GetFiltersBySportsResponseFiltersBySports


class GetFiltersBySportsResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        filters_by_sports (GetFiltersBySportsResponseFiltersBySports): Mapping of sports to their filter
            details. Required (reading raises MissingFieldError if absent).
        sport_ordering (list[str]): Ordered list of sports for display. Empty when absent or null.
    """

    __slots__ = (
        "filters_by_sports",
        "sport_ordering",
    )

    filters_by_sports: GetFiltersBySportsResponseFiltersBySports
    """Mapping of sports to their filter details. Required (reading raises MissingFieldError if absent)."""

    sport_ordering: list[str]
    """Ordered list of sports for display. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "filters_by_sports": _t.ModelField(
            "filters_by_sports",
            f"{__package__}.get_filters_by_sports_response_filters_by_sports",
            "GetFiltersBySportsResponseFiltersBySports",
            required=True,
        ),
        "sport_ordering": _t.ListField("sport_ordering", _t.StrField("item"), required=True, empty=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("filters_by_sports")) is dict:
            self.filters_by_sports = _BUILD["filters_by_sports"](v)
        else:
            self._slow_field("filters_by_sports")
        self._slow_field("sport_ordering")

    def __init__(
        self,
        *,
        filters_by_sports: GetFiltersBySportsResponseFiltersBySports | None | Unset = UNSET,
        sport_ordering: list[str] | None | Unset = UNSET,
    ) -> None:
        """A GetFiltersBySportsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("filters_by_sports", filters_by_sports)
        self._set("sport_ordering", sport_ordering)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "filters_by_sports": _t.builder(GetFiltersBySportsResponse, "filters_by_sports"),
}
