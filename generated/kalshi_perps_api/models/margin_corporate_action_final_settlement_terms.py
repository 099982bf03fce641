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
    """Terms for final_settlement. Omitted for other types and cancelled notices.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            reason (str): Final settlement reason: bankruptcy, merger, delisting or other. Required (reading raises
                MissingFieldError if absent).
            settlement_price_per_share (Decimal): Final settlement price in US dollars per underlying share.
                Example: 0.5600. Optional (None if absent).
            settlement_price_per_contract (Decimal): Final settlement price in US dollars per contract, rounded by
                clearing. Example: 0.5600. Optional (None if absent).
    """

    __slots__ = ()

    reason: str = _field(_t.StrField("reason", required=True))
    """Final settlement reason: bankruptcy, merger, delisting or other. Required (reading raises MissingFieldError
    if absent)."""

    settlement_price_per_share: Decimal | None = _field(_t.DecimalField("settlement_price_per_share"))
    """Final settlement price in US dollars per underlying share. Example: 0.5600. Optional (None if absent)."""

    settlement_price_per_contract: Decimal | None = _field(_t.DecimalField("settlement_price_per_contract"))
    """Final settlement price in US dollars per contract, rounded by clearing. Example: 0.5600. Optional (None if
    absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("reason", _M)
        if type(v) is str:
            d["reason"] = v
        elif v is not _M:
            slow("reason")
        v = g("settlement_price_per_share", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["settlement_price_per_share"] = x
            else:
                slow("settlement_price_per_share")
        elif v is None:
            d["settlement_price_per_share"] = None
        elif v is not _M and v != "":
            slow("settlement_price_per_share")
        v = g("settlement_price_per_contract", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["settlement_price_per_contract"] = x
            else:
                slow("settlement_price_per_contract")
        elif v is None:
            d["settlement_price_per_contract"] = None
        elif v is not _M and v != "":
            slow("settlement_price_per_contract")

    def __init__(
        self,
        *,
        reason: str | None | Unset = UNSET,
        settlement_price_per_share: Decimal | None | Unset = UNSET,
        settlement_price_per_contract: Decimal | None | Unset = UNSET,
    ) -> None:
        """A MarginCorporateActionFinalSettlementTerms from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("reason", reason)
        self._set("settlement_price_per_share", settlement_price_per_share)
        self._set("settlement_price_per_contract", settlement_price_per_contract)
