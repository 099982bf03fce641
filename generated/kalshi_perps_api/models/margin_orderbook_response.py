from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.margin_orderbook_count import MarginOrderbookCount


class MarginOrderbookResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        orderbook (MarginOrderbookCount): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ("orderbook",)

    orderbook: MarginOrderbookCount
    """Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "orderbook": _t.ModelField(
            "orderbook", f"{__package__}.margin_orderbook_count", "MarginOrderbookCount", required=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("orderbook")) is dict:
            self.orderbook = _BUILD["orderbook"](v)
        else:
            self._slow_field("orderbook")

    def __init__(
        self,
        *,
        orderbook: MarginOrderbookCount | None | Unset = UNSET,
    ) -> None:
        """A MarginOrderbookResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("orderbook", orderbook)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "orderbook": _t.builder(MarginOrderbookResponse, "orderbook"),
}
