from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_tags_for_series_categories_response_tags_by_categories import (
        GetTagsForSeriesCategoriesResponseTagsByCategories,
    )


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetTagsForSeriesCategoriesResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        tags_by_categories (GetTagsForSeriesCategoriesResponseTagsByCategories): Mapping of series categories to
            their associated tags. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    tags_by_categories: GetTagsForSeriesCategoriesResponseTagsByCategories = _field(
        _t.ModelField(
            "tags_by_categories",
            f"{__package__}.get_tags_for_series_categories_response_tags_by_categories",
            "GetTagsForSeriesCategoriesResponseTagsByCategories",
            required=True,
        )
    )
    """Mapping of series categories to their associated tags. Required (reading raises MissingFieldError if
    absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("tags_by_categories", _M)
        if type(v) is dict:
            d["tags_by_categories"] = _convert["tags_by_categories"](v)
        elif v is not _M:
            slow("tags_by_categories")

    def __init__(
        self,
        *,
        tags_by_categories: GetTagsForSeriesCategoriesResponseTagsByCategories | None | Unset = UNSET,
    ) -> None:
        """A GetTagsForSeriesCategoriesResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("tags_by_categories", tags_by_categories)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "tags_by_categories": GetTagsForSeriesCategoriesResponse.__dict__["tags_by_categories"].convert,
}
