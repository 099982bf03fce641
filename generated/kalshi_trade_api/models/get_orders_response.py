from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order import Order


class GetOrdersResponse(_t.Page["Order"], _t.ResponseModel):
    """A page of ``orders``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            orders (list[Order]): Empty when absent or null.
            cursor (str): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "orders",
        "cursor",
    )
    items_field = "orders"
    cursor_field = "cursor"
    _item_ref = _t._ClassRef(f"{__package__}.order", "Order")

    orders: list[Order]
    """Empty when absent or null."""

    cursor: str
    """Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "orders": _t.ModelListField("orders", f"{__package__}.order", "Order", required=True, empty=True),
        "cursor": _t.StrField("cursor", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("orders")) is list:
            self.orders = _BUILD["orders"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("orders")
        if type(v := g("cursor")) is str:
            self.cursor = v
        else:
            self._slow_field("cursor")

    def __init__(
        self,
        *,
        orders: list[Order] | None | Unset = UNSET,
        cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetOrdersResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("orders", orders)
        self._set("cursor", cursor)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "orders": _t.builder(GetOrdersResponse, "orders"),
}
