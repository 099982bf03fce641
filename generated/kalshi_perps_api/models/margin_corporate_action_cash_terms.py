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


class MarginCorporateActionCashTerms(_t.ResponseModel):
    """Terms for cash_dividend, special_dividend or spin_off. Omitted for other types and cancelled notices.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            cash_per_share (Decimal): Cash in US dollars per underlying share. Example: 0.5600. Optional (None if
                absent).
            cash_per_contract (Decimal): Cash in US dollars per contract. A positive amount credits longs and debits
                shorts. Example: 0.5600. Optional (None if absent).
            ex_date (datetime.date): Corporate action ex-date, where available. Optional (None if absent).
    """

    __slots__ = ()

    cash_per_share: Decimal | None = _field(_t.DecimalField("cash_per_share"))
    """Cash in US dollars per underlying share. Example: 0.5600. Optional (None if absent)."""

    cash_per_contract: Decimal | None = _field(_t.DecimalField("cash_per_contract"))
    """Cash in US dollars per contract. A positive amount credits longs and debits shorts. Example: 0.5600.
    Optional (None if absent)."""

    ex_date: datetime.date | None = _field(_t.DateField("ex_date"))
    """Corporate action ex-date, where available. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("cash_per_share", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["cash_per_share"] = x
            else:
                slow("cash_per_share")
        elif v is None:
            d["cash_per_share"] = None
        elif v is not _M and v != "":
            slow("cash_per_share")
        v = g("cash_per_contract", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["cash_per_contract"] = x
            else:
                slow("cash_per_contract")
        elif v is None:
            d["cash_per_contract"] = None
        elif v is not _M and v != "":
            slow("cash_per_contract")
        v = g("ex_date", _M)
        if v is not _M:
            slow("ex_date")

    def __init__(
        self,
        *,
        cash_per_share: Decimal | None | Unset = UNSET,
        cash_per_contract: Decimal | None | Unset = UNSET,
        ex_date: datetime.date | None | Unset = UNSET,
    ) -> None:
        """A MarginCorporateActionCashTerms from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("cash_per_share", cash_per_share)
        self._set("cash_per_contract", cash_per_contract)
        self._set("ex_date", ex_date)
