from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.series_fee_change import SeriesFeeChange


class GetSeriesFeeChangesResponse(_t.Page["SeriesFeeChange"], _t.ResponseModel):
    """A page of ``series_fee_change_arr``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            series_fee_change_arr (list[SeriesFeeChange]): Empty when absent or null.
    """

    __slots__ = ("series_fee_change_arr",)
    items_field = "series_fee_change_arr"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.series_fee_change", "SeriesFeeChange")

    series_fee_change_arr: list[SeriesFeeChange]
    """Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "series_fee_change_arr": _t.ModelListField(
            "series_fee_change_arr", f"{__package__}.series_fee_change", "SeriesFeeChange", required=True, empty=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("series_fee_change_arr")) is list:
            self.series_fee_change_arr = _BUILD["series_fee_change_arr"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("series_fee_change_arr")

    def __init__(
        self,
        *,
        series_fee_change_arr: list[SeriesFeeChange] | None | Unset = UNSET,
    ) -> None:
        """A GetSeriesFeeChangesResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("series_fee_change_arr", series_fee_change_arr)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "series_fee_change_arr": _t.builder(GetSeriesFeeChangesResponse, "series_fee_change_arr"),
}
