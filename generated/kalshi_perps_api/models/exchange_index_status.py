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


class ExchangeIndexStatus(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        exchange_index (int): Identifier for an exchange shard. Defaults to 0 if unspecified. Example: 0.
            Required (reading raises MissingFieldError if absent).
        description (str): Description of this exchange shard. Required (reading raises MissingFieldError if
            absent).
        exchange_active (bool): False if this exchange index is no longer taking any state changes at all. True
            unless under maintenance. Required (reading raises MissingFieldError if absent).
        trading_active (bool): True if trading is currently permitted on this exchange index. False outside
            exchange hours or during pauses. Required (reading raises MissingFieldError if absent).
        intra_exchange_transfers_active (bool): True if intra-exchange transfers are currently permitted on this
            exchange index. False when transfers are temporarily blocked. Required (reading raises MissingFieldError
            if absent).
    """

    __slots__ = ()

    exchange_index: int = _field(_t.IntField("exchange_index", required=True))
    """Identifier for an exchange shard. Defaults to 0 if unspecified. Example: 0. Required (reading raises
    MissingFieldError if absent)."""

    description: str = _field(_t.StrField("description", required=True))
    """Description of this exchange shard. Required (reading raises MissingFieldError if absent)."""

    exchange_active: bool = _field(_t.BoolField("exchange_active", required=True))
    """False if this exchange index is no longer taking any state changes at all. True unless under maintenance.
    Required (reading raises MissingFieldError if absent)."""

    trading_active: bool = _field(_t.BoolField("trading_active", required=True))
    """True if trading is currently permitted on this exchange index. False outside exchange hours or during
    pauses. Required (reading raises MissingFieldError if absent)."""

    intra_exchange_transfers_active: bool = _field(_t.BoolField("intra_exchange_transfers_active", required=True))
    """True if intra-exchange transfers are currently permitted on this exchange index. False when transfers are
    temporarily blocked. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        v = g("exchange_index", _M)
        if type(v) is int:
            d["exchange_index"] = v
        elif v is not _M:
            slow("exchange_index")
        v = g("description", _M)
        if type(v) is str:
            d["description"] = v
        elif v is not _M:
            slow("description")
        v = g("exchange_active", _M)
        if type(v) is bool:
            d["exchange_active"] = v
        elif v is not _M:
            slow("exchange_active")
        v = g("trading_active", _M)
        if type(v) is bool:
            d["trading_active"] = v
        elif v is not _M:
            slow("trading_active")
        v = g("intra_exchange_transfers_active", _M)
        if type(v) is bool:
            d["intra_exchange_transfers_active"] = v
        elif v is not _M:
            slow("intra_exchange_transfers_active")

    def __init__(
        self,
        *,
        exchange_index: int | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        exchange_active: bool | None | Unset = UNSET,
        trading_active: bool | None | Unset = UNSET,
        intra_exchange_transfers_active: bool | None | Unset = UNSET,
    ) -> None:
        """A ExchangeIndexStatus from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("exchange_index", exchange_index)
        self._set("description", description)
        self._set("exchange_active", exchange_active)
        self._set("trading_active", trading_active)
        self._set("intra_exchange_transfers_active", intra_exchange_transfers_active)
