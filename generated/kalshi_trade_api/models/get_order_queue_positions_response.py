from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_queue_position import OrderQueuePosition


class GetOrderQueuePositionsResponse(_t.Page["OrderQueuePosition"], _t.ResponseModel):
    """A page of ``queue_positions``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            queue_positions (list[OrderQueuePosition]): Queue positions for all matching orders. Empty when absent
                or null.
    """

    __slots__ = ("queue_positions",)
    items_field = "queue_positions"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.order_queue_position", "OrderQueuePosition")

    queue_positions: list[OrderQueuePosition]
    """Queue positions for all matching orders. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "queue_positions": _t.ModelListField(
            "queue_positions", f"{__package__}.order_queue_position", "OrderQueuePosition", required=True, empty=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("queue_positions")) is list:
            self.queue_positions = _BUILD["queue_positions"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("queue_positions")

    def __init__(
        self,
        *,
        queue_positions: list[OrderQueuePosition] | None | Unset = UNSET,
    ) -> None:
        """A GetOrderQueuePositionsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("queue_positions", queue_positions)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "queue_positions": _t.builder(GetOrderQueuePositionsResponse, "queue_positions"),
}
