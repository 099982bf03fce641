from __future__ import annotations

from decimal import Decimal
from typing import Any

from .. import types as _t
from ..models.exchange_instance import ExchangeInstance
from ..models.intra_exchange_instance_transfer_status import IntraExchangeInstanceTransferStatus
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_ExchangeInstance_get = ExchangeInstance._value2member_map_.get
_IntraExchangeInstanceTransferStatus_get = IntraExchangeInstanceTransferStatus._value2member_map_.get


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class IntraExchangeInstanceTransfer(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        transfer_id (str): Unique transfer id. Required (reading raises MissingFieldError if absent).
        client_transfer_id (str): The client_transfer_id provided when the transfer was created. Omitted if none
            was provided. Optional (None if absent).
        source (ExchangeInstance): The exchange instance type. Required (reading raises MissingFieldError if
            absent).
        destination (ExchangeInstance): The exchange instance type. Required (reading raises MissingFieldError
            if absent).
        source_exchange_shard (int): Source exchange shard index. Required (reading raises MissingFieldError if
            absent).
        destination_exchange_shard (int): Destination exchange shard index. Required (reading raises
            MissingFieldError if absent).
        amount (Decimal): Transfer amount in dollars. Example: 0.5600. Required (reading raises
            MissingFieldError if absent).
        status (IntraExchangeInstanceTransferStatus): Transfer status. Required (reading raises
            MissingFieldError if absent).
        created_ts (int): Unix timestamp when the transfer was created. Required (reading raises
            MissingFieldError if absent).
    """

    __slots__ = ()

    transfer_id: str = _field(_t.StrField("transfer_id", required=True))
    """Unique transfer id. Required (reading raises MissingFieldError if absent)."""

    client_transfer_id: str | None = _field(_t.StrField("client_transfer_id"))
    """The client_transfer_id provided when the transfer was created. Omitted if none was provided. Optional (None
    if absent)."""

    source: ExchangeInstance = _field(_t.EnumField("source", ExchangeInstance, required=True))
    """The exchange instance type. Required (reading raises MissingFieldError if absent)."""

    destination: ExchangeInstance = _field(_t.EnumField("destination", ExchangeInstance, required=True))
    """The exchange instance type. Required (reading raises MissingFieldError if absent)."""

    source_exchange_shard: int = _field(_t.IntField("source_exchange_shard", required=True))
    """Source exchange shard index. Required (reading raises MissingFieldError if absent)."""

    destination_exchange_shard: int = _field(_t.IntField("destination_exchange_shard", required=True))
    """Destination exchange shard index. Required (reading raises MissingFieldError if absent)."""

    amount: Decimal = _field(_t.DecimalField("amount", required=True))
    """Transfer amount in dollars. Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

    status: IntraExchangeInstanceTransferStatus = _field(
        _t.EnumField("status", IntraExchangeInstanceTransferStatus, required=True)
    )
    """Transfer status. Required (reading raises MissingFieldError if absent)."""

    created_ts: int = _field(_t.IntField("created_ts", required=True))
    """Unix timestamp when the transfer was created. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("transfer_id")) is str:
            d["transfer_id"] = v
        else:
            self._slow_field("transfer_id")
        if type(v := g("client_transfer_id")) is str:
            d["client_transfer_id"] = v
        elif v is None:
            d["client_transfer_id"] = None
        else:
            self._slow_field("client_transfer_id")
        if (m := _ExchangeInstance_get(v := g("source"))) is not None:
            d["source"] = m
        else:
            self._slow_field("source")
        if (m := _ExchangeInstance_get(v := g("destination"))) is not None:
            d["destination"] = m
        else:
            self._slow_field("destination")
        if type(v := g("source_exchange_shard")) is int:
            d["source_exchange_shard"] = v
        else:
            self._slow_field("source_exchange_shard")
        if type(v := g("destination_exchange_shard")) is int:
            d["destination_exchange_shard"] = v
        else:
            self._slow_field("destination_exchange_shard")
        if (x := _dc(v := g("amount"))) is not None:  # only text already parsed is in the cache
            d["amount"] = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            d["amount"] = _nd(v)
        else:
            self._slow_field("amount")
        if (m := _IntraExchangeInstanceTransferStatus_get(v := g("status"))) is not None:
            d["status"] = m
        else:
            self._slow_field("status")
        if type(v := g("created_ts")) is int:
            d["created_ts"] = v
        else:
            self._slow_field("created_ts")

    def __init__(
        self,
        *,
        transfer_id: str | None | Unset = UNSET,
        client_transfer_id: str | None | Unset = UNSET,
        source: ExchangeInstance | None | Unset = UNSET,
        destination: ExchangeInstance | None | Unset = UNSET,
        source_exchange_shard: int | None | Unset = UNSET,
        destination_exchange_shard: int | None | Unset = UNSET,
        amount: Decimal | None | Unset = UNSET,
        status: IntraExchangeInstanceTransferStatus | None | Unset = UNSET,
        created_ts: int | None | Unset = UNSET,
    ) -> None:
        """A IntraExchangeInstanceTransfer from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("transfer_id", transfer_id)
        self._set("client_transfer_id", client_transfer_id)
        self._set("source", source)
        self._set("destination", destination)
        self._set("source_exchange_shard", source_exchange_shard)
        self._set("destination_exchange_shard", destination_exchange_shard)
        self._set("amount", amount)
        self._set("status", status)
        self._set("created_ts", created_ts)
