from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


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

    __slots__ = (
        "subaccount",
        "position_value",
        "account_equity",
        "maintenance_margin",
        "initial_margin",
        "resting_orders_margin",
        "available_balance",
    )

    subaccount: int
    """The subaccount number (0 for primary, 1-63 for subaccounts) Required (reading raises MissingFieldError if
    absent)."""

    position_value: Decimal
    """Mark-to-market value of open positions for this subaccount in fixed-point dollars. Example: 0.5600. Required
    (reading raises MissingFieldError if absent)."""

    account_equity: Decimal
    """Account equity for this subaccount in fixed-point dollars. 0 for self clearing members. Example: 0.5600.
    Required (reading raises MissingFieldError if absent)."""

    maintenance_margin: Decimal
    """Maintenance margin requirement for this subaccount in fixed-point dollars. Example: 0.5600. Required
    (reading raises MissingFieldError if absent)."""

    initial_margin: Decimal
    """Initial margin requirement for this subaccount in fixed-point dollars. 0 for self clearing members. Example:
    0.5600. Required (reading raises MissingFieldError if absent)."""

    resting_orders_margin: Decimal
    """Margin locked by resting orders for this subaccount in fixed-point dollars. 0 unless
    compute_available_balance is passed. Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

    available_balance: Decimal
    """Available balance for this subaccount in fixed-point dollars. 0 for institutional users or if
    compute_available_balance was not passed. Example: 0.5600. Required (reading raises MissingFieldError if
    absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "subaccount": _t.IntField("subaccount", required=True),
        "position_value": _t.DecimalField("position_value", required=True),
        "account_equity": _t.DecimalField("account_equity", required=True),
        "maintenance_margin": _t.DecimalField("maintenance_margin", required=True),
        "initial_margin": _t.DecimalField("initial_margin", required=True),
        "resting_orders_margin": _t.DecimalField("resting_orders_margin", required=True),
        "available_balance": _t.DecimalField("available_balance", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("subaccount")) is int:
            self.subaccount = v
        else:
            self._slow_field("subaccount")
        if (x := _dc(v := g("position_value"))) is not None:  # only text already parsed is in the cache
            self.position_value = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.position_value = _nd(v)
        else:
            self._slow_field("position_value")
        if (x := _dc(v := g("account_equity"))) is not None:  # only text already parsed is in the cache
            self.account_equity = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.account_equity = _nd(v)
        else:
            self._slow_field("account_equity")
        if (x := _dc(v := g("maintenance_margin"))) is not None:  # only text already parsed is in the cache
            self.maintenance_margin = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.maintenance_margin = _nd(v)
        else:
            self._slow_field("maintenance_margin")
        if (x := _dc(v := g("initial_margin"))) is not None:  # only text already parsed is in the cache
            self.initial_margin = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.initial_margin = _nd(v)
        else:
            self._slow_field("initial_margin")
        if (x := _dc(v := g("resting_orders_margin"))) is not None:  # only text already parsed is in the cache
            self.resting_orders_margin = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.resting_orders_margin = _nd(v)
        else:
            self._slow_field("resting_orders_margin")
        if (x := _dc(v := g("available_balance"))) is not None:  # only text already parsed is in the cache
            self.available_balance = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.available_balance = _nd(v)
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
