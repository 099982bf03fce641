from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.margin_market import MarginMarket


class GetMarginMarketsResponse(_t.Page["MarginMarket"], _t.ResponseModel):
    """A page of ``markets``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            markets (list[MarginMarket]): Empty when absent or null.
    """

    __slots__ = ("markets",)
    items_field = "markets"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.margin_market", "MarginMarket")

    markets: list[MarginMarket]
    """Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "markets": _t.ModelListField(
            "markets", f"{__package__}.margin_market", "MarginMarket", required=True, empty=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("markets")) is list:
            self.markets = _BUILD["markets"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("markets")

    def __init__(
        self,
        *,
        markets: list[MarginMarket] | None | Unset = UNSET,
    ) -> None:
        """A GetMarginMarketsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("markets", markets)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "markets": _t.builder(GetMarginMarketsResponse, "markets"),
}
