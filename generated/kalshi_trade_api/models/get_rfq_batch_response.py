from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rfq_batch import RFQBatch


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetRFQBatchResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        rfq_batch (RFQBatch): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    rfq_batch: RFQBatch = _field(_t.ModelField("rfq_batch", f"{__package__}.rfq_batch", "RFQBatch", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    def __init__(
        self,
        *,
        rfq_batch: RFQBatch | None | Unset = UNSET,
    ) -> None:
        """A GetRFQBatchResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("rfq_batch", rfq_batch)
