from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class MarginCorporateActionFinalSettlementTerms(_t.ResponseModel):
    """Terms for final_settlement. Omitted for other types.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            settlement_price_per_contract (Decimal): Final settlement price in US dollars per contract. Required
                (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    settlement_price_per_contract: Decimal = _field(_t.DecimalField("settlement_price_per_contract", required=True))
    """Final settlement price in US dollars per contract. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("settlement_price_per_contract", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["settlement_price_per_contract"] = x
            else:
                slow("settlement_price_per_contract")
        elif v is not _M and v != "":
            slow("settlement_price_per_contract")

    def __init__(
        self,
        *,
        settlement_price_per_contract: Decimal | None | Unset = UNSET,
    ) -> None:
        """A MarginCorporateActionFinalSettlementTerms from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("settlement_price_per_contract", settlement_price_per_contract)
