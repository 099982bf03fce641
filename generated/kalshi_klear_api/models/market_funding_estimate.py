from __future__ import annotations

import datetime
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class MarketFundingEstimate(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        quantity_centicount (int): Required (reading raises MissingFieldError if absent).
        funding_amount_centicents (int): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    quantity_centicount: int = _field(_t.IntField("quantity_centicount", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    funding_amount_centicents: int = _field(_t.IntField("funding_amount_centicents", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("quantity_centicount", _M)
        if type(v) is int:
            d["quantity_centicount"] = v
        elif v is not _M:
            slow("quantity_centicount")
        v = g("funding_amount_centicents", _M)
        if type(v) is int:
            d["funding_amount_centicents"] = v
        elif v is not _M:
            slow("funding_amount_centicents")

    def __init__(
        self,
        *,
        quantity_centicount: int | None | Unset = UNSET,
        funding_amount_centicents: int | None | Unset = UNSET,
    ) -> None:
        """A MarketFundingEstimate from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("quantity_centicount", quantity_centicount)
        self._set("funding_amount_centicents", funding_amount_centicents)
