from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from .. import types as _t
from ..models.get_settlement_balance_withdrawal_response_status import GetSettlementBalanceWithdrawalResponseStatus
from ..types import UNSET, Unset


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetSettlementBalanceWithdrawalResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        id (str): Required (reading raises MissingFieldError if absent).
        amount (Decimal): Withdrawal amount in USD as a fixed-point string (e.g. "500.00"). Required (reading
            raises MissingFieldError if absent).
        status (GetSettlementBalanceWithdrawalResponseStatus): Required (reading raises MissingFieldError if
            absent).
        created_ts (datetime.datetime): Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    id: str = _field(_t.StrField("id", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    amount: Decimal = _field(_t.DecimalField("amount", required=True))
    """Withdrawal amount in USD as a fixed-point string (e.g. "500.00"). Required (reading raises MissingFieldError
    if absent)."""

    status: GetSettlementBalanceWithdrawalResponseStatus = _field(
        _t.EnumField("status", GetSettlementBalanceWithdrawalResponseStatus, required=True)
    )
    """Required (reading raises MissingFieldError if absent)."""

    created_ts: datetime.datetime = _field(_t.DateTimeField("created_ts", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        amount: Decimal | None | Unset = UNSET,
        status: GetSettlementBalanceWithdrawalResponseStatus | None | Unset = UNSET,
        created_ts: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """A GetSettlementBalanceWithdrawalResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("id", id)
        self._set("amount", amount)
        self._set("status", status)
        self._set("created_ts", created_ts)
