from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rfq_batch import RFQBatch


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class CreateRFQBatchResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        rfq_batch (RFQBatch): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    rfq_batch: RFQBatch = _field(_t.ModelField("rfq_batch", f"{__package__}.rfq_batch", "RFQBatch", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("rfq_batch", _M)
        if type(v) is dict:
            d["rfq_batch"] = _convert["rfq_batch"](v)
        elif v is not _M:
            slow("rfq_batch")

    def __init__(
        self,
        *,
        rfq_batch: RFQBatch | None | Unset = UNSET,
    ) -> None:
        """A CreateRFQBatchResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("rfq_batch", rfq_batch)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "rfq_batch": CreateRFQBatchResponse.__dict__["rfq_batch"].convert,
}
