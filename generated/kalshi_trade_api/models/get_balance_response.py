from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.indexed_balance import IndexedBalance


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
