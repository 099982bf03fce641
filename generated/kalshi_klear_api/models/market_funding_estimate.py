from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


class MarketFundingEstimate(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        quantity_centicount (int): Required (reading raises MissingFieldError if absent).
        funding_amount_centicents (int): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "quantity_centicount",
        "funding_amount_centicents",
    )

    quantity_centicount: int
    """Required (reading raises MissingFieldError if absent)."""

    funding_amount_centicents: int
    """Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "quantity_centicount": _t.IntField("quantity_centicount", required=True),
        "funding_amount_centicents": _t.IntField("funding_amount_centicents", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("quantity_centicount")) is int:
            self.quantity_centicount = v
        else:
            self._slow_field("quantity_centicount")
        if type(v := g("funding_amount_centicents")) is int:
            self.funding_amount_centicents = v
        else:
            self._slow_field("funding_amount_centicents")

    def __init__(
        self,
        *,
        quantity_centicount: int | None | Unset = UNSET,
        funding_amount_centicents: int | None | Unset = UNSET,
    ) -> None:
        """A MarketFundingEstimate from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("quantity_centicount", quantity_centicount)
        self._set("funding_amount_centicents", funding_amount_centicents)
