from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order import Order


class GetOrderResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        order (Order): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ("order",)

    order: Order
    """Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "order": _t.ModelField("order", f"{__package__}.order", "Order", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("order")) is dict:
            self.order = _BUILD["order"](v)
        else:
            self._slow_field("order")

    def __init__(
        self,
        *,
        order: Order | None | Unset = UNSET,
    ) -> None:
        """A GetOrderResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("order", order)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "order": _t.builder(GetOrderResponse, "order"),
}
