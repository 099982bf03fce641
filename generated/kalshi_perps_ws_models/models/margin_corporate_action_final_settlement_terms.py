from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


class MarginCorporateActionFinalSettlementTerms(_t.ResponseModel):
    """Terms for final_settlement. Omitted for other types.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            settlement_price_per_contract (Decimal): Final settlement price in US dollars per contract. Required
                (reading raises MissingFieldError if absent).
    """

    __slots__ = ("settlement_price_per_contract",)

    settlement_price_per_contract: Decimal
    """Final settlement price in US dollars per contract. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "settlement_price_per_contract": _t.DecimalField("settlement_price_per_contract", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if (x := _dc(v := g("settlement_price_per_contract"))) is not None:  # only text already parsed is in the cache
            self.settlement_price_per_contract = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.settlement_price_per_contract = _nd(v)
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
