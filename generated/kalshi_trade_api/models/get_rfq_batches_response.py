from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rfq_batch import RFQBatch


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetRFQBatchesResponse(_t.Page["RFQBatch"], _t.ResponseModel):
    """A page of ``rfq_batches``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            rfq_batches (list[RFQBatch]): RFQ batches matching the query criteria. Empty when absent or null.
            cursor (str): Cursor for pagination to get the next page of results. Optional (None if absent).
    """

    __slots__ = ()
    items_field = "rfq_batches"
    cursor_field = "cursor"
    _item_ref = _t._ClassRef(f"{__package__}.rfq_batch", "RFQBatch")

    rfq_batches: list[RFQBatch] = _field(
        _t.ModelListField("rfq_batches", f"{__package__}.rfq_batch", "RFQBatch", required=True, empty=True)
    )
    """RFQ batches matching the query criteria. Empty when absent or null."""

    cursor: str | None = _field(_t.StrField("cursor"))
    """Cursor for pagination to get the next page of results. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("rfq_batches")) is list:
            d["rfq_batches"] = _BUILD["rfq_batches"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("rfq_batches")
        if type(v := g("cursor")) is str:
            d["cursor"] = v
        elif v is None:
            d["cursor"] = None
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


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "rfq_batches": GetRFQBatchesResponse.__dict__["rfq_batches"].build,
}
