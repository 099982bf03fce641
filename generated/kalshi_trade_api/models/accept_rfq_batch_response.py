from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..models.accept_rfq_batch_response_accepted_side import AcceptRFQBatchResponseAcceptedSide
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quote import Quote


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


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

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("accepted_side", _M)
        m = AcceptRFQBatchResponseAcceptedSide._value2member_map_.get(v) if type(v) is str or type(v) is int else None
        if m is not None:
            d["accepted_side"] = m
        elif v is not _M:
            slow("accepted_side")
        v = g("quotes", _M)
        if type(v) is list:
            d["quotes"] = _convert["quotes"](v)
        elif v is not _M:
            slow("quotes")

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


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "quotes": AcceptRFQBatchResponse.__dict__["quotes"].convert,
}
