from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rfq_batch import RFQBatch


class GetRFQBatchesResponse(_t.Page["RFQBatch"], _t.ResponseModel):
    """A page of ``rfq_batches``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            rfq_batches (list[RFQBatch]): RFQ batches matching the query criteria. Empty when absent or null.
            cursor (str): Cursor for pagination to get the next page of results. Optional (None if absent).
    """

    __slots__ = (
        "rfq_batches",
        "cursor",
    )
    items_field = "rfq_batches"
    cursor_field = "cursor"
    _item_ref = _t._ClassRef(f"{__package__}.rfq_batch", "RFQBatch")

    rfq_batches: list[RFQBatch]
    """RFQ batches matching the query criteria. Empty when absent or null."""

    cursor: str | None
    """Cursor for pagination to get the next page of results. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "rfq_batches": _t.ModelListField(
            "rfq_batches", f"{__package__}.rfq_batch", "RFQBatch", required=True, empty=True
        ),
        "cursor": _t.StrField("cursor"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("rfq_batches")) is list:
            self.rfq_batches = _BUILD["rfq_batches"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("rfq_batches")
        if type(v := g("cursor")) is str:
            self.cursor = v
        elif v is None:
            self.cursor = None
        else:
            self._slow_field("cursor")

    def __init__(
        self,
        *,
        rfq_batches: list[RFQBatch] | None | Unset = UNSET,
        cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetRFQBatchesResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("rfq_batches", rfq_batches)
        self._set("cursor", cursor)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "rfq_batches": _t.builder(GetRFQBatchesResponse, "rfq_batches"),
}
