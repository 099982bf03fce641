from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..models.accept_rfq_batch_response_accepted_side import AcceptRFQBatchResponseAcceptedSide
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quote import Quote


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class AcceptRFQBatchResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        accepted_side (AcceptRFQBatchResponseAcceptedSide): The side accepted on every child (yes or no)
            Required (reading raises MissingFieldError if absent).
        quotes (list[Quote]): The quote each child was accepted from, in batch order. Each winning maker then
            confirms its children. Empty when absent or null.
    """

    __slots__ = ()

    accepted_side: AcceptRFQBatchResponseAcceptedSide = _field(
        _t.EnumField("accepted_side", AcceptRFQBatchResponseAcceptedSide, required=True)
    )
    """The side accepted on every child (yes or no) Required (reading raises MissingFieldError if absent)."""

    quotes: list[Quote] = _field(
        _t.ModelListField("quotes", f"{__package__}.quote", "Quote", required=True, empty=True)
    )
    """The quote each child was accepted from, in batch order. Each winning maker then confirms its children. Empty
    when absent or null."""

    def __init__(
        self,
        *,
        accepted_side: AcceptRFQBatchResponseAcceptedSide | None | Unset = UNSET,
        quotes: list[Quote] | None | Unset = UNSET,
    ) -> None:
        """A AcceptRFQBatchResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("accepted_side", accepted_side)
        self._set("quotes", quotes)
