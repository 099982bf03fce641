from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rfq import RFQ


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetRFQResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        rfq (RFQ): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    rfq: RFQ = _field(_t.ModelField("rfq", f"{__package__}.rfq", "RFQ", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    def __init__(
        self,
        *,
        rfq: RFQ | None | Unset = UNSET,
    ) -> None:
        """A GetRFQResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("rfq", rfq)
