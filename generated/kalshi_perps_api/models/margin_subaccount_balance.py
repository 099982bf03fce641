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


class MarginSubaccountBalance(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        subaccount (int): The subaccount number (0 for primary, 1-63 for subaccounts) Required (reading raises
            MissingFieldError if absent).
        position_value (Decimal): Mark-to-market value of open positions for this subaccount in fixed-point
            dollars. Example: 0.5600. Required (reading raises MissingFieldError if absent).
        account_equity (Decimal): Account equity for this subaccount in fixed-point dollars. 0 for self clearing
            members. Example: 0.5600. Required (reading raises MissingFieldError if absent).
        maintenance_margin (Decimal): Maintenance margin requirement for this subaccount in fixed-point dollars.
            Example: 0.5600. Required (reading raises MissingFieldError if absent).
        initial_margin (Decimal): Initial margin requirement for this subaccount in fixed-point dollars. 0 for
            self clearing members. Example: 0.5600. Required (reading raises MissingFieldError if absent).
        resting_orders_margin (Decimal): Margin locked by resting orders for this subaccount in fixed-point
            dollars. 0 unless compute_available_balance is passed. Example: 0.5600. Required (reading raises
            MissingFieldError if absent).
        available_balance (Decimal): Available balance for this subaccount in fixed-point dollars. 0 for
            institutional users or if compute_available_balance was not passed. Example: 0.5600. Required (reading
            raises MissingFieldError if absent).
    """

    __slots__ = ()

    subaccount: int = _field(_t.IntField("subaccount", required=True))
    """The subaccount number (0 for primary, 1-63 for subaccounts) Required (reading raises MissingFieldError if
    absent)."""

    position_value: Decimal = _field(_t.DecimalField("position_value", required=True))
    """Mark-to-market value of open positions for this subaccount in fixed-point dollars. Example: 0.5600. Required
    (reading raises MissingFieldError if absent)."""

    account_equity: Decimal = _field(_t.DecimalField("account_equity", required=True))
    """Account equity for this subaccount in fixed-point dollars. 0 for self clearing members. Example: 0.5600.
    Required (reading raises MissingFieldError if absent)."""

    maintenance_margin: Decimal = _field(_t.DecimalField("maintenance_margin", required=True))
    """Maintenance margin requirement for this subaccount in fixed-point dollars. Example: 0.5600. Required
    (reading raises MissingFieldError if absent)."""

    initial_margin: Decimal = _field(_t.DecimalField("initial_margin", required=True))
    """Initial margin requirement for this subaccount in fixed-point dollars. 0 for self clearing members. Example:
    0.5600. Required (reading raises MissingFieldError if absent)."""

    resting_orders_margin: Decimal = _field(_t.DecimalField("resting_orders_margin", required=True))
    """Margin locked by resting orders for this subaccount in fixed-point dollars. 0 unless
    compute_available_balance is passed. Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

    available_balance: Decimal = _field(_t.DecimalField("available_balance", required=True))
    """Available balance for this subaccount in fixed-point dollars. 0 for institutional users or if
    compute_available_balance was not passed. Example: 0.5600. Required (reading raises MissingFieldError if
    absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("subaccount", _M)
        if type(v) is int:
            d["subaccount"] = v
        elif v is not _M:
            slow("subaccount")
        v = g("position_value", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["position_value"] = x
            else:
                slow("position_value")
        elif v is not _M and v != "":
            slow("position_value")
        v = g("account_equity", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["account_equity"] = x
            else:
                slow("account_equity")
        elif v is not _M and v != "":
            slow("account_equity")
        v = g("maintenance_margin", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["maintenance_margin"] = x
            else:
                slow("maintenance_margin")
        elif v is not _M and v != "":
            slow("maintenance_margin")
        v = g("initial_margin", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["initial_margin"] = x
            else:
                slow("initial_margin")
        elif v is not _M and v != "":
            slow("initial_margin")
        v = g("resting_orders_margin", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["resting_orders_margin"] = x
            else:
                slow("resting_orders_margin")
        elif v is not _M and v != "":
            slow("resting_orders_margin")
        v = g("available_balance", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["available_balance"] = x
            else:
                slow("available_balance")
        elif v is not _M and v != "":
            slow("available_balance")

    def __init__(
        self,
        *,
        subaccount: int | None | Unset = UNSET,
        position_value: Decimal | None | Unset = UNSET,
        account_equity: Decimal | None | Unset = UNSET,
        maintenance_margin: Decimal | None | Unset = UNSET,
        initial_margin: Decimal | None | Unset = UNSET,
        resting_orders_margin: Decimal | None | Unset = UNSET,
        available_balance: Decimal | None | Unset = UNSET,
    ) -> None:
        """A MarginSubaccountBalance from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("subaccount", subaccount)
        self._set("position_value", position_value)
        self._set("account_equity", account_equity)
        self._set("maintenance_margin", maintenance_margin)
        self._set("initial_margin", initial_margin)
        self._set("resting_orders_margin", resting_orders_margin)
        self._set("available_balance", available_balance)
