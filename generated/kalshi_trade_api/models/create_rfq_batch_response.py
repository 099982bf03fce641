from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rfq_batch import RFQBatch


class CreateRFQBatchResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        rfq_batch (RFQBatch): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ("rfq_batch",)

    rfq_batch: RFQBatch
    """Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "rfq_batch": _t.ModelField("rfq_batch", f"{__package__}.rfq_batch", "RFQBatch", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("rfq_batch")) is dict:
            self.rfq_batch = _BUILD["rfq_batch"](v)
        else:
            self._slow_field("rfq_batch")

    def __init__(
        self,
        *,
        rfq_batch: RFQBatch | None | Unset = UNSET,
    ) -> None:
        """A CreateRFQBatchResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("rfq_batch", rfq_batch)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "rfq_batch": _t.builder(CreateRFQBatchResponse, "rfq_batch"),
}
