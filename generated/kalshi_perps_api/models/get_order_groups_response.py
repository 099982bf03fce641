from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_group import OrderGroup


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetOrderGroupsResponse(_t.Page["OrderGroup"], _t.ResponseModel):
    """A page of ``order_groups``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            order_groups (list[OrderGroup]): Empty when absent or null.
    """

    __slots__ = ()
    items_field = "order_groups"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.order_group", "OrderGroup")

    order_groups: list[OrderGroup] = _field(
        _t.ModelListField("order_groups", f"{__package__}.order_group", "OrderGroup", empty=True)
    )
    """Empty when absent or null."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("order_groups")) is list:
            d["order_groups"] = _BUILD["order_groups"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("order_groups")

    def __init__(
        self,
        *,
        order_groups: list[OrderGroup] | None | Unset = UNSET,
    ) -> None:
        """A GetOrderGroupsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("order_groups", order_groups)


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "order_groups": GetOrderGroupsResponse.__dict__["order_groups"].build,
}
