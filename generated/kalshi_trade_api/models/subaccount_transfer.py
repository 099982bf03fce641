from __future__ import annotations

import datetime
from typing import Any

from .. import types as _t
from ..types import UNSET, Unset

_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class SubaccountTransfer(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        transfer_id (str): Unique identifier for this transfer. Required (reading raises MissingFieldError if
            absent).
        from_subaccount (int): Source subaccount number (0 for primary, 1-63 for subaccounts). Required (reading
            raises MissingFieldError if absent).
        to_subaccount (int): Destination subaccount number (0 for primary, 1-63 for subaccounts). Required
            (reading raises MissingFieldError if absent).
        amount_cents (int): Cash transfer amount in cents. Required (reading raises MissingFieldError if
            absent).
        created_ts (int): Unix timestamp when the transfer was created. Required (reading raises
            MissingFieldError if absent).
        exchange_index (int): Exchange index the transfer was applied on. Required (reading raises
            MissingFieldError if absent).
    """

    __slots__ = ()

    transfer_id: str = _field(_t.StrField("transfer_id", required=True))
    """Unique identifier for this transfer. Required (reading raises MissingFieldError if absent)."""

    from_subaccount: int = _field(_t.IntField("from_subaccount", required=True))
    """Source subaccount number (0 for primary, 1-63 for subaccounts). Required (reading raises MissingFieldError
    if absent)."""

    to_subaccount: int = _field(_t.IntField("to_subaccount", required=True))
    """Destination subaccount number (0 for primary, 1-63 for subaccounts). Required (reading raises
    MissingFieldError if absent)."""

    amount_cents: int = _field(_t.IntField("amount_cents", required=True))
    """Cash transfer amount in cents. Required (reading raises MissingFieldError if absent)."""

    created_ts: int = _field(_t.IntField("created_ts", required=True))
    """Unix timestamp when the transfer was created. Required (reading raises MissingFieldError if absent)."""

    exchange_index: int = _field(_t.IntField("exchange_index", required=True))
    """Exchange index the transfer was applied on. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("transfer_id", _M)
        if type(v) is str:
            d["transfer_id"] = v
        elif v is not _M:
            slow("transfer_id")
        v = g("from_subaccount", _M)
        if type(v) is int:
            d["from_subaccount"] = v
        elif v is not _M:
            slow("from_subaccount")
        v = g("to_subaccount", _M)
        if type(v) is int:
            d["to_subaccount"] = v
        elif v is not _M:
            slow("to_subaccount")
        v = g("amount_cents", _M)
        if type(v) is int:
            d["amount_cents"] = v
        elif v is not _M:
            slow("amount_cents")
        v = g("created_ts", _M)
        if type(v) is int:
            d["created_ts"] = v
        elif v is not _M:
            slow("created_ts")
        v = g("exchange_index", _M)
        if type(v) is int:
            d["exchange_index"] = v
        elif v is not _M:
            slow("exchange_index")

    def __init__(
        self,
        *,
        transfer_id: str | None | Unset = UNSET,
        from_subaccount: int | None | Unset = UNSET,
        to_subaccount: int | None | Unset = UNSET,
        amount_cents: int | None | Unset = UNSET,
        created_ts: int | None | Unset = UNSET,
        exchange_index: int | None | Unset = UNSET,
    ) -> None:
        """A SubaccountTransfer from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("transfer_id", transfer_id)
        self._set("from_subaccount", from_subaccount)
        self._set("to_subaccount", to_subaccount)
        self._set("amount_cents", amount_cents)
        self._set("created_ts", created_ts)
        self._set("exchange_index", exchange_index)
