from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_group import OrderGroup


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


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
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("order_groups", _M)
        if type(v) is list:
            d["order_groups"] = _convert["order_groups"](v)
        elif v is not _M:
            slow("order_groups")

    def __init__(
        self,
        *,
        order_groups: list[OrderGroup] | None | Unset = UNSET,
    ) -> None:
        """A GetOrderGroupsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("order_groups", order_groups)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "order_groups": GetOrderGroupsResponse.__dict__["order_groups"].convert,
}
