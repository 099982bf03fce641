from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal


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

    __slots__ = (
        "subaccount_number",
        "exchange_index",
        "balance",
        "updated_ts",
    )

    subaccount_number: int
    """Subaccount number (0 for primary, 1-63 for subaccounts). Required (reading raises MissingFieldError if
    absent)."""

    exchange_index: int
    """Exchange index the balance is held on. Required (reading raises MissingFieldError if absent)."""

    balance: Decimal
    """Balance in dollars. Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

    updated_ts: int
    """Unix timestamp of last balance update. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "subaccount_number": _t.IntField("subaccount_number", required=True),
        "exchange_index": _t.IntField("exchange_index", required=True),
        "balance": _t.DecimalField("balance", required=True),
        "updated_ts": _t.IntField("updated_ts", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("subaccount_number")) is int:
            self.subaccount_number = v
        else:
            self._slow_field("subaccount_number")
        if type(v := g("exchange_index")) is int:
            self.exchange_index = v
        else:
            self._slow_field("exchange_index")
        if (x := _dc(v := g("balance"))) is not None:  # only text already parsed is in the cache
            self.balance = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.balance = _nd(v)
        else:
            self._slow_field("balance")
        if type(v := g("updated_ts")) is int:
            self.updated_ts = v
        else:
            self._slow_field("updated_ts")

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
        self._done = None
        self._set("subaccount_number", subaccount_number)
        self._set("exchange_index", exchange_index)
        self._set("balance", balance)
        self._set("updated_ts", updated_ts)
