from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.margin_premium_index_point import MarginPremiumIndexPoint


class GetMarginPremiumIndexResponse(_t.Page["MarginPremiumIndexPoint"], _t.ResponseModel):
    """A page of ``points``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            points (list[MarginPremiumIndexPoint]): Per-second premium index points, ascending by second_ts. Empty
                when absent or null.
    """

    __slots__ = ("points",)
    items_field = "points"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.margin_premium_index_point", "MarginPremiumIndexPoint")

    points: list[MarginPremiumIndexPoint]
    """Per-second premium index points, ascending by second_ts. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "points": _t.ModelListField(
            "points", f"{__package__}.margin_premium_index_point", "MarginPremiumIndexPoint", required=True, empty=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("points")) is list:
            self.points = _BUILD["points"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("points")

    def __init__(
        self,
        *,
        points: list[MarginPremiumIndexPoint] | None | Unset = UNSET,
    ) -> None:
        """A GetMarginPremiumIndexResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("points", points)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "points": _t.builder(GetMarginPremiumIndexResponse, "points"),
}
