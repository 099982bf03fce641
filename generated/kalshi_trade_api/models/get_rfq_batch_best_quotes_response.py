from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rfq_batch_best_quotes import RFQBatchBestQuotes


class GetRFQBatchBestQuotesResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        best_quotes (RFQBatchBestQuotes): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ("best_quotes",)

    best_quotes: RFQBatchBestQuotes
    """Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "best_quotes": _t.ModelField(
            "best_quotes", f"{__package__}.rfq_batch_best_quotes", "RFQBatchBestQuotes", required=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("best_quotes")) is dict:
            self.best_quotes = _BUILD["best_quotes"](v)
        else:
            self._slow_field("best_quotes")

    def __init__(
        self,
        *,
        best_quotes: RFQBatchBestQuotes | None | Unset = UNSET,
    ) -> None:
        """A GetRFQBatchBestQuotesResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("best_quotes", best_quotes)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "best_quotes": _t.builder(GetRFQBatchBestQuotesResponse, "best_quotes"),
}
