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


class SubaccountBalance(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        subaccount_number (int): Subaccount number (0 for primary, 1-63 for subaccounts). Required (reading
            raises MissingFieldError if absent).
        exchange_index (int): Exchange index the balance is held on. Required (reading raises MissingFieldError
            if absent).
        balance (Decimal): Balance in dollars. Example: 0.5600. Required (reading raises MissingFieldError if
            absent).
        updated_ts (int): Unix timestamp of last balance update. Required (reading raises MissingFieldError if
            absent).
    """

    __slots__ = ()

    subaccount_number: int = _field(_t.IntField("subaccount_number", required=True))
    """Subaccount number (0 for primary, 1-63 for subaccounts). Required (reading raises MissingFieldError if
    absent)."""

    exchange_index: int = _field(_t.IntField("exchange_index", required=True))
    """Exchange index the balance is held on. Required (reading raises MissingFieldError if absent)."""

    balance: Decimal = _field(_t.DecimalField("balance", required=True))
    """Balance in dollars. Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

    updated_ts: int = _field(_t.IntField("updated_ts", required=True))
    """Unix timestamp of last balance update. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("subaccount_number", _M)
        if type(v) is int:
            d["subaccount_number"] = v
        elif v is not _M:
            slow("subaccount_number")
        v = g("exchange_index", _M)
        if type(v) is int:
            d["exchange_index"] = v
        elif v is not _M:
            slow("exchange_index")
        v = g("balance", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["balance"] = x
            else:
                slow("balance")
        elif v is not _M and v != "":
            slow("balance")
        v = g("updated_ts", _M)
        if type(v) is int:
            d["updated_ts"] = v
        elif v is not _M:
            slow("updated_ts")

    def __init__(
        self,
        *,
        subaccount_number: int | None | Unset = UNSET,
        exchange_index: int | None | Unset = UNSET,
        balance: Decimal | None | Unset = UNSET,
        updated_ts: int | None | Unset = UNSET,
    ) -> None:
        """A SubaccountBalance from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("subaccount_number", subaccount_number)
        self._set("exchange_index", exchange_index)
        self._set("balance", balance)
        self._set("updated_ts", updated_ts)
