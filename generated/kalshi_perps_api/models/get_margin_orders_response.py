from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.margin_order import MarginOrder


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetMarginOrdersResponse(_t.Page["MarginOrder"], _t.ResponseModel):
    """A page of ``orders``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            orders (list[MarginOrder]): Empty when absent or null.
            cursor (str): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()
    items_field = "orders"
    cursor_field = "cursor"
    _item_ref = _t._ClassRef(f"{__package__}.margin_order", "MarginOrder")

    orders: list[MarginOrder] = _field(
        _t.ModelListField("orders", f"{__package__}.margin_order", "MarginOrder", required=True, empty=True)
    )
    """Empty when absent or null."""

    cursor: str = _field(_t.StrField("cursor", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("orders")) is list:
            d["orders"] = _BUILD["orders"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("orders")
        if type(v := g("cursor")) is str:
            d["cursor"] = v
        else:
            self._slow_field("cursor")

    def __init__(
        self,
        *,
        orders: list[MarginOrder] | None | Unset = UNSET,
        cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetMarginOrdersResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("orders", orders)
        self._set("cursor", cursor)


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "orders": GetMarginOrdersResponse.__dict__["orders"].build,
}
