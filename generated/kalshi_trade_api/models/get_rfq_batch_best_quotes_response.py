from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rfq_batch_best_quotes import RFQBatchBestQuotes


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetRFQBatchBestQuotesResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        best_quotes (RFQBatchBestQuotes): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    best_quotes: RFQBatchBestQuotes = _field(
        _t.ModelField("best_quotes", f"{__package__}.rfq_batch_best_quotes", "RFQBatchBestQuotes", required=True)
    )
    """Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("best_quotes", _M)
        if type(v) is dict:
            d["best_quotes"] = _convert["best_quotes"](v)
        elif v is not _M:
            slow("best_quotes")

    def __init__(
        self,
        *,
        best_quotes: RFQBatchBestQuotes | None | Unset = UNSET,
    ) -> None:
        """A GetRFQBatchBestQuotesResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("best_quotes", best_quotes)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "best_quotes": GetRFQBatchBestQuotesResponse.__dict__["best_quotes"].convert,
}
