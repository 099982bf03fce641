from __future__ import annotations

import datetime

from .. import types as _t
from ..types import UNSET, Unset

_tc = _t.cached_datetime
_nt = _t.new_datetime


class SettlementBalanceHistoryEntry(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        balance_delta_centicents (int): Change to the settlement buffer balance. Required (reading raises
            MissingFieldError if absent).
        locked_balance_delta_centicents (int): Change to the locked settlement balance. Funds are locked during
            pending withdrawals. Required (reading raises MissingFieldError if absent).
        reason (str): Reason for the balance change. Required (reading raises MissingFieldError if absent).
        business_transaction_id (str): Identifier of the business transaction that caused this entry. Required
            (reading raises MissingFieldError if absent).
        created_ts (datetime.datetime): Timestamp when the entry was created. Required (reading raises
            MissingFieldError if absent).
    """

    __slots__ = (
        "balance_delta_centicents",
        "locked_balance_delta_centicents",
        "reason",
        "business_transaction_id",
        "created_ts",
    )

    balance_delta_centicents: int
    """Change to the settlement buffer balance. Required (reading raises MissingFieldError if absent)."""

    locked_balance_delta_centicents: int
    """Change to the locked settlement balance. Funds are locked during pending withdrawals. Required (reading
    raises MissingFieldError if absent)."""

    reason: str
    """Reason for the balance change. Required (reading raises MissingFieldError if absent)."""

    business_transaction_id: str
    """Identifier of the business transaction that caused this entry. Required (reading raises MissingFieldError if
    absent)."""

    created_ts: datetime.datetime
    """Timestamp when the entry was created. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "balance_delta_centicents": _t.IntField("balance_delta_centicents", required=True),
        "locked_balance_delta_centicents": _t.IntField("locked_balance_delta_centicents", required=True),
        "reason": _t.StrField("reason", required=True),
        "business_transaction_id": _t.StrField("business_transaction_id", required=True),
        "created_ts": _t.DateTimeField("created_ts", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("balance_delta_centicents")) is int:
            self.balance_delta_centicents = v
        else:
            self._slow_field("balance_delta_centicents")
        if type(v := g("locked_balance_delta_centicents")) is int:
            self.locked_balance_delta_centicents = v
        else:
            self._slow_field("locked_balance_delta_centicents")
        if type(v := g("reason")) is str:
            self.reason = v
        else:
            self._slow_field("reason")
        if type(v := g("business_transaction_id")) is str:
            self.business_transaction_id = v
        else:
            self._slow_field("business_transaction_id")
        if (t := _tc(v := g("created_ts"))) is not None:
            self.created_ts = t
        elif isinstance(v, str):
            self.created_ts = _nt(v)
        else:
            self._slow_field("created_ts")

    def __init__(
        self,
        *,
        balance_delta_centicents: int | None | Unset = UNSET,
        locked_balance_delta_centicents: int | None | Unset = UNSET,
        reason: str | None | Unset = UNSET,
        business_transaction_id: str | None | Unset = UNSET,
        created_ts: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        """A SettlementBalanceHistoryEntry from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("balance_delta_centicents", balance_delta_centicents)
        self._set("locked_balance_delta_centicents", locked_balance_delta_centicents)
        self._set("reason", reason)
        self._set("business_transaction_id", business_transaction_id)
        self._set("created_ts", created_ts)
