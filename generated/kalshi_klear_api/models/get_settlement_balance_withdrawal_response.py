from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from .. import types as _t
from ..models.get_settlement_balance_withdrawal_response_status import GetSettlementBalanceWithdrawalResponseStatus
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_tc = _t.cached_datetime
_nt = _t.new_datetime
_GetSettlementBalanceWithdrawalResponseStatus_get = _t.member_lookup(GetSettlementBalanceWithdrawalResponseStatus)


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

    __slots__ = (
        "id",
        "amount",
        "status",
        "created_ts",
    )

    id: str
    """Required (reading raises MissingFieldError if absent)."""

    amount: Decimal
    """Withdrawal amount in USD as a fixed-point string (e.g. "500.00"). Required (reading raises MissingFieldError
    if absent)."""

    status: GetSettlementBalanceWithdrawalResponseStatus
    """Required (reading raises MissingFieldError if absent)."""

    created_ts: datetime.datetime
    """Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "id": _t.StrField("id", required=True),
        "amount": _t.DecimalField("amount", required=True),
        "status": _t.EnumField("status", GetSettlementBalanceWithdrawalResponseStatus, required=True),
        "created_ts": _t.DateTimeField("created_ts", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        m: Any  # an enum member, of each field's own enum
        if type(v := g("id")) is str:
            self.id = v
        else:
            self._slow_field("id")
        if (x := _dc(v := g("amount"))) is not None:  # only text already parsed is in the cache
            self.amount = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.amount = _nd(v)
        else:
            self._slow_field("amount")
        if (m := _GetSettlementBalanceWithdrawalResponseStatus_get(v := g("status"))) is not None:
            self.status = m
        else:
            self._slow_field("status")
        if (t := _tc(v := g("created_ts"))) is not None:
            self.created_ts = t
        elif isinstance(v, str):
            self.created_ts = _nt(v)
        else:
            self._slow_field("created_ts")

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
        self._done = None
        self._set("id", id)
        self._set("amount", amount)
        self._set("status", status)
        self._set("created_ts", created_ts)
