from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rfq_batch_quote import RFQBatchQuote


class GetRFQBatchQuotesResponse(_t.Page["RFQBatchQuote"], _t.ResponseModel):
    """A page of ``batch_quotes``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            batch_quotes (list[RFQBatchQuote]): Batch quotes on the RFQ batch visible to you. Empty when absent or
                null.
    """

    __slots__ = ("batch_quotes",)
    items_field = "batch_quotes"
    cursor_field = None
    _item_ref = _t._ClassRef(f"{__package__}.rfq_batch_quote", "RFQBatchQuote")

    batch_quotes: list[RFQBatchQuote]
    """Batch quotes on the RFQ batch visible to you. Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "batch_quotes": _t.ModelListField(
            "batch_quotes", f"{__package__}.rfq_batch_quote", "RFQBatchQuote", required=True, empty=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("batch_quotes")) is list:
            self.batch_quotes = _BUILD["batch_quotes"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("batch_quotes")

    def __init__(
        self,
        *,
        batch_quotes: list[RFQBatchQuote] | None | Unset = UNSET,
    ) -> None:
        """A GetRFQBatchQuotesResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("batch_quotes", batch_quotes)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "batch_quotes": _t.builder(GetRFQBatchQuotesResponse, "batch_quotes"),
}
