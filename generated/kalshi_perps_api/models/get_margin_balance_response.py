from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.margin_subaccount_balance import MarginSubaccountBalance


_dc = _t.cached_decimal
_nd = _t.new_decimal


class GetMarginBalanceResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        subaccount_balances (list[MarginSubaccountBalance]): Per-subaccount balance breakdown. Empty when absent
            or null.
        settled_funds (Decimal): Total settled funds across all subaccounts in fixed-point dollars. Example:
            0.5600. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "subaccount_balances",
        "settled_funds",
    )

    subaccount_balances: list[MarginSubaccountBalance]
    """Per-subaccount balance breakdown. Empty when absent or null."""

    settled_funds: Decimal
    """Total settled funds across all subaccounts in fixed-point dollars. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "subaccount_balances": _t.ModelListField(
            "subaccount_balances",
            f"{__package__}.margin_subaccount_balance",
            "MarginSubaccountBalance",
            required=True,
            empty=True,
        ),
        "settled_funds": _t.DecimalField("settled_funds", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("subaccount_balances")) is list:
            self.subaccount_balances = _BUILD["subaccount_balances"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("subaccount_balances")
        if (x := _dc(v := g("settled_funds"))) is not None:  # only text already parsed is in the cache
            self.settled_funds = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.settled_funds = _nd(v)
        else:
            self._slow_field("settled_funds")

    def __init__(
        self,
        *,
        subaccount_balances: list[MarginSubaccountBalance] | None | Unset = UNSET,
        settled_funds: Decimal | None | Unset = UNSET,
    ) -> None:
        """A GetMarginBalanceResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("subaccount_balances", subaccount_balances)
        self._set("settled_funds", settled_funds)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "subaccount_balances": _t.builder(GetMarginBalanceResponse, "subaccount_balances"),
}
