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
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("subaccount")) is int:
            d["subaccount"] = v
        else:
            self._slow_field("subaccount")
        if (x := _dc(v := g("position_value"))) is not None:  # only text already parsed is in the cache
            d["position_value"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["position_value"] = _nd(v)
        else:
            self._slow_field("position_value")
        if (x := _dc(v := g("account_equity"))) is not None:  # only text already parsed is in the cache
            d["account_equity"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["account_equity"] = _nd(v)
        else:
            self._slow_field("account_equity")
        if (x := _dc(v := g("maintenance_margin"))) is not None:  # only text already parsed is in the cache
            d["maintenance_margin"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["maintenance_margin"] = _nd(v)
        else:
            self._slow_field("maintenance_margin")
        if (x := _dc(v := g("initial_margin"))) is not None:  # only text already parsed is in the cache
            d["initial_margin"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["initial_margin"] = _nd(v)
        else:
            self._slow_field("initial_margin")
        if (x := _dc(v := g("resting_orders_margin"))) is not None:  # only text already parsed is in the cache
            d["resting_orders_margin"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["resting_orders_margin"] = _nd(v)
        else:
            self._slow_field("resting_orders_margin")
        if (x := _dc(v := g("available_balance"))) is not None:  # only text already parsed is in the cache
            d["available_balance"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["available_balance"] = _nd(v)
        else:
            self._slow_field("available_balance")

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
        self._done = None
        self._set("subaccount", subaccount)
        self._set("position_value", position_value)
        self._set("account_equity", account_equity)
        self._set("maintenance_margin", maintenance_margin)
        self._set("initial_margin", initial_margin)
        self._set("resting_orders_margin", resting_orders_margin)
        self._set("available_balance", available_balance)
