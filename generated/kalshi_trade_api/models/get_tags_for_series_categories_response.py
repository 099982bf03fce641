from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_tags_for_series_categories_response_tags_by_categories import (
        GetTagsForSeriesCategoriesResponseTagsByCategories,
    )


class GetTagsForSeriesCategoriesResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        tags_by_categories (GetTagsForSeriesCategoriesResponseTagsByCategories): Mapping of series categories to
            their associated tags. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ("tags_by_categories",)

    tags_by_categories: GetTagsForSeriesCategoriesResponseTagsByCategories
    """Mapping of series categories to their associated tags. Required (reading raises MissingFieldError if
    absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "tags_by_categories": _t.ModelField(
            "tags_by_categories",
            f"{__package__}.get_tags_for_series_categories_response_tags_by_categories",
            "GetTagsForSeriesCategoriesResponseTagsByCategories",
            required=True,
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("tags_by_categories")) is dict:
            self.tags_by_categories = _BUILD["tags_by_categories"](v)
        else:
            self._slow_field("tags_by_categories")

    def __init__(
        self,
        *,
        tags_by_categories: GetTagsForSeriesCategoriesResponseTagsByCategories | None | Unset = UNSET,
    ) -> None:
        """A GetTagsForSeriesCategoriesResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("tags_by_categories", tags_by_categories)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "tags_by_categories": _t.builder(GetTagsForSeriesCategoriesResponse, "tags_by_categories"),
}
