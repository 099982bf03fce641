from __future__ import annotations

from decimal import Decimal
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


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
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if (x := _dc(v := g("settlement_price_per_contract"))) is not None:  # only text already parsed is in the cache
            d["settlement_price_per_contract"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["settlement_price_per_contract"] = _nd(v)
        else:
            self._slow_field("settlement_price_per_contract")

    def __init__(
        self,
        *,
        settlement_price_per_contract: Decimal | None | Unset = UNSET,
    ) -> None:
        """A MarginCorporateActionFinalSettlementTerms from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("settlement_price_per_contract", settlement_price_per_contract)
