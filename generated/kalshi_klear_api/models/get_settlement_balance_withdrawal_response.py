from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from .. import types as _t
from ..models.get_settlement_balance_withdrawal_response_status import GetSettlementBalanceWithdrawalResponseStatus
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


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

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("id", _M)
        if type(v) is str:
            d["id"] = v
        elif v is not _M:
            slow("id")
        v = g("amount", _M)
        if type(v) is str and v:
            x = Decimal(v)
            if x.is_finite():
                d["amount"] = x
            else:
                slow("amount")
        elif v is not _M and v != "":
            slow("amount")
        v = g("status", _M)
        m = (
            GetSettlementBalanceWithdrawalResponseStatus._value2member_map_.get(v)
            if type(v) is str or type(v) is int
            else None
        )
        if m is not None:
            d["status"] = m
        elif v is not _M:
            slow("status")
        v = g("created_ts", _M)
        if type(v) is str:
            d["created_ts"] = _iso(v)
        elif v is not _M:
            slow("created_ts")

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
