from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_group import OrderGroup


class GetOrderGroupsResponse(_t.Page["OrderGroup"], _t.ResponseModel):
    """A page of ``order_groups``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            order_groups (list[OrderGroup]): Empty when absent or null.
    """

    __slots__ = ("order_groups",)
    items_field = "order_groups"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.order_group", "OrderGroup")

    order_groups: list[OrderGroup]
    """Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "order_groups": _t.ModelListField("order_groups", f"{__package__}.order_group", "OrderGroup", empty=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("order_groups")) is list:
            self.order_groups = _BUILD["order_groups"](v)
        elif v is not None:  # absent or null: the field reads it as empty
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


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "order_groups": _t.builder(GetOrderGroupsResponse, "order_groups"),
}
