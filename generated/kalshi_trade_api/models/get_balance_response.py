from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.indexed_balance import IndexedBalance


_dc = _t.cached_decimal
_nd = _t.new_decimal


class GetBalanceResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        balance (int): Member's available balance in cents for the requested account and exchange index. It
            includes all exchange indexes when `exchange_index` is omitted. Required (reading raises
            MissingFieldError if absent).
        balance_dollars (Decimal): Member's available balance as a fixed-point dollar string for the requested
            account and exchange index. It includes all exchange indexes when `exchange_index` is omitted. Example:
            0.5600. Required (reading raises MissingFieldError if absent).
        portfolio_value (int): Member's portfolio value in cents for the requested account and exchange index.
            It includes all exchange indexes when `exchange_index` is omitted. Required (reading raises
            MissingFieldError if absent).
        updated_ts (int): Unix timestamp of the last update to the balance. Required (reading raises
            MissingFieldError if absent).
        balance_breakdown (list[IndexedBalance]): User balance breakdown per exchange instance, omitted only
            when using a subaccount-restricted API key. Empty when absent or null.
    """

    __slots__ = (
        "balance",
        "balance_dollars",
        "portfolio_value",
        "updated_ts",
        "balance_breakdown",
    )

    balance: int
    """Member's available balance in cents for the requested account and exchange index. It includes all exchange
    indexes when `exchange_index` is omitted. Required (reading raises MissingFieldError if absent)."""

    balance_dollars: Decimal
    """Member's available balance as a fixed-point dollar string for the requested account and exchange index. It
    includes all exchange indexes when `exchange_index` is omitted. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    portfolio_value: int
    """Member's portfolio value in cents for the requested account and exchange index. It includes all exchange
    indexes when `exchange_index` is omitted. Required (reading raises MissingFieldError if absent)."""

    updated_ts: int
    """Unix timestamp of the last update to the balance. Required (reading raises MissingFieldError if absent)."""

    balance_breakdown: list[IndexedBalance]
    """User balance breakdown per exchange instance, omitted only when using a subaccount-restricted API key. Empty
    when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "balance": _t.IntField("balance", required=True),
        "balance_dollars": _t.DecimalField("balance_dollars", required=True),
        "portfolio_value": _t.IntField("portfolio_value", required=True),
        "updated_ts": _t.IntField("updated_ts", required=True),
        "balance_breakdown": _t.ModelListField(
            "balance_breakdown", f"{__package__}.indexed_balance", "IndexedBalance", empty=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("balance")) is int:
            self.balance = v
        else:
            self._slow_field("balance")
        if (x := _dc(v := g("balance_dollars"))) is not None:  # only text already parsed is in the cache
            self.balance_dollars = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.balance_dollars = _nd(v)
        else:
            self._slow_field("balance_dollars")
        if type(v := g("portfolio_value")) is int:
            self.portfolio_value = v
        else:
            self._slow_field("portfolio_value")
        if type(v := g("updated_ts")) is int:
            self.updated_ts = v
        else:
            self._slow_field("updated_ts")
        if type(v := g("balance_breakdown")) is list:
            self.balance_breakdown = _BUILD["balance_breakdown"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("balance_breakdown")

    def __init__(
        self,
        *,
        balance: int | None | Unset = UNSET,
        balance_dollars: Decimal | None | Unset = UNSET,
        portfolio_value: int | None | Unset = UNSET,
        updated_ts: int | None | Unset = UNSET,
        balance_breakdown: list[IndexedBalance] | None | Unset = UNSET,
    ) -> None:
        """A GetBalanceResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("balance", balance)
        self._set("balance_dollars", balance_dollars)
        self._set("portfolio_value", portfolio_value)
        self._set("updated_ts", updated_ts)
        self._set("balance_breakdown", balance_breakdown)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "balance_breakdown": _t.builder(GetBalanceResponse, "balance_breakdown"),
}
