from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_create_orders_v2_response_orders_item import BatchCreateOrdersV2ResponseOrdersItem


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class BatchCreateOrdersV2Response(_t.Page["BatchCreateOrdersV2ResponseOrdersItem"], _t.ResponseModel):
    """A page of ``orders``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            orders (list[BatchCreateOrdersV2ResponseOrdersItem]): Empty when absent or null.
    """

    __slots__ = ()
    items_field = "orders"
    cursor_field = None
    _item_ref = _t._ClassRef(
        f"{__package__}.batch_create_orders_v2_response_orders_item", "BatchCreateOrdersV2ResponseOrdersItem"
    )

    orders: list[BatchCreateOrdersV2ResponseOrdersItem] = _field(
        _t.ModelListField(
            "orders",
            f"{__package__}.batch_create_orders_v2_response_orders_item",
            "BatchCreateOrdersV2ResponseOrdersItem",
            required=True,
            empty=True,
        )
    )
    """Empty when absent or null."""

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

    def __init__(
        self,
        *,
        orders: list[BatchCreateOrdersV2ResponseOrdersItem] | None | Unset = UNSET,
    ) -> None:
        """A BatchCreateOrdersV2Response from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("orders", orders)


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "orders": BatchCreateOrdersV2Response.__dict__["orders"].build,
}
