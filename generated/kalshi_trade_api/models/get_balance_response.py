from __future__ import annotations

import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.indexed_balance import IndexedBalance


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


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

    __slots__ = ()

    balance: int = _field(_t.IntField("balance", required=True))
    """Member's available balance in cents for the requested account and exchange index. It includes all exchange
    indexes when `exchange_index` is omitted. Required (reading raises MissingFieldError if absent)."""

    balance_dollars: Decimal = _field(_t.DecimalField("balance_dollars", required=True))
    """Member's available balance as a fixed-point dollar string for the requested account and exchange index. It
    includes all exchange indexes when `exchange_index` is omitted. Example: 0.5600. Required (reading raises
    MissingFieldError if absent)."""

    portfolio_value: int = _field(_t.IntField("portfolio_value", required=True))
    """Member's portfolio value in cents for the requested account and exchange index. It includes all exchange
    indexes when `exchange_index` is omitted. Required (reading raises MissingFieldError if absent)."""

    updated_ts: int = _field(_t.IntField("updated_ts", required=True))
    """Unix timestamp of the last update to the balance. Required (reading raises MissingFieldError if absent)."""

    balance_breakdown: list[IndexedBalance] = _field(
        _t.ModelListField("balance_breakdown", f"{__package__}.indexed_balance", "IndexedBalance", empty=True)
    )
    """User balance breakdown per exchange instance, omitted only when using a subaccount-restricted API key. Empty
    when absent or null."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("balance", _M)
        if type(v) is int:
            d["balance"] = v
        elif v is not _M:
            slow("balance")
        v = g("balance_dollars", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["balance_dollars"] = x
            else:
                slow("balance_dollars")
        elif v is not _M and v != "":
            slow("balance_dollars")
        v = g("portfolio_value", _M)
        if type(v) is int:
            d["portfolio_value"] = v
        elif v is not _M:
            slow("portfolio_value")
        v = g("updated_ts", _M)
        if type(v) is int:
            d["updated_ts"] = v
        elif v is not _M:
            slow("updated_ts")
        v = g("balance_breakdown", _M)
        if type(v) is list:
            d["balance_breakdown"] = _convert["balance_breakdown"](v)
        elif v is not _M:
            slow("balance_breakdown")

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
        self._set("balance", balance)
        self._set("balance_dollars", balance_dollars)
        self._set("portfolio_value", portfolio_value)
        self._set("updated_ts", updated_ts)
        self._set("balance_breakdown", balance_breakdown)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "balance_breakdown": GetBalanceResponse.__dict__["balance_breakdown"].convert,
}
