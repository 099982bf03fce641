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

    def __init__(
        self,
        *,
        rfq_batches: list[RFQBatch] | None | Unset = UNSET,
        cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetRFQBatchesResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("rfq_batches", rfq_batches)
        self._set("cursor", cursor)
