from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..models.accept_rfq_batch_response_accepted_side import AcceptRFQBatchResponseAcceptedSide
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quote import Quote


_AcceptRFQBatchResponseAcceptedSide_get = _t.member_lookup(AcceptRFQBatchResponseAcceptedSide)


class AcceptRFQBatchResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        accepted_side (AcceptRFQBatchResponseAcceptedSide): The side accepted on every child (yes or no)
            Required (reading raises MissingFieldError if absent).
        quotes (list[Quote]): The quote each child was accepted from, in batch order. Each winning maker then
            confirms its children. Empty when absent or null.
    """

    __slots__ = (
        "accepted_side",
        "quotes",
    )

    accepted_side: AcceptRFQBatchResponseAcceptedSide
    """The side accepted on every child (yes or no) Required (reading raises MissingFieldError if absent)."""

    quotes: list[Quote]
    """The quote each child was accepted from, in batch order. Each winning maker then confirms its children. Empty
    when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "accepted_side": _t.EnumField("accepted_side", AcceptRFQBatchResponseAcceptedSide, required=True),
        "quotes": _t.ModelListField("quotes", f"{__package__}.quote", "Quote", required=True, empty=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        m: Any  # an enum member, of each field's own enum
        if (m := _AcceptRFQBatchResponseAcceptedSide_get(v := g("accepted_side"))) is not None:
            self.accepted_side = m
        else:
            self._slow_field("accepted_side")
        if type(v := g("quotes")) is list:
            self.quotes = _BUILD["quotes"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("quotes")

    def __init__(
        self,
        *,
        accepted_side: AcceptRFQBatchResponseAcceptedSide | None | Unset = UNSET,
        quotes: list[Quote] | None | Unset = UNSET,
    ) -> None:
        """A AcceptRFQBatchResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("accepted_side", accepted_side)
        self._set("quotes", quotes)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "quotes": _t.builder(AcceptRFQBatchResponse, "quotes"),
}
