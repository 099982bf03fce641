from __future__ import annotations

from decimal import Decimal
from typing import Any

from .. import types as _t
from ..models.exchange_instance import ExchangeInstance
from ..models.intra_exchange_instance_transfer_status import IntraExchangeInstanceTransferStatus
from ..types import UNSET, Unset

_dc = _t.cached_decimal
_nd = _t.new_decimal
_ExchangeInstance_get = _t.member_lookup(ExchangeInstance)
_IntraExchangeInstanceTransferStatus_get = _t.member_lookup(IntraExchangeInstanceTransferStatus)


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

    __slots__ = (
        "transfer_id",
        "client_transfer_id",
        "source",
        "destination",
        "source_exchange_shard",
        "destination_exchange_shard",
        "amount",
        "status",
        "created_ts",
    )

    transfer_id: str
    """Unique transfer id. Required (reading raises MissingFieldError if absent)."""

    client_transfer_id: str | None
    """The client_transfer_id provided when the transfer was created. Omitted if none was provided. Optional (None
    if absent)."""

    source: ExchangeInstance
    """The exchange instance type. Required (reading raises MissingFieldError if absent)."""

    destination: ExchangeInstance
    """The exchange instance type. Required (reading raises MissingFieldError if absent)."""

    source_exchange_shard: int
    """Source exchange shard index. Required (reading raises MissingFieldError if absent)."""

    destination_exchange_shard: int
    """Destination exchange shard index. Required (reading raises MissingFieldError if absent)."""

    amount: Decimal
    """Transfer amount in dollars. Example: 0.5600. Required (reading raises MissingFieldError if absent)."""

    status: IntraExchangeInstanceTransferStatus
    """Transfer status. Required (reading raises MissingFieldError if absent)."""

    created_ts: int
    """Unix timestamp when the transfer was created. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "transfer_id": _t.StrField("transfer_id", required=True),
        "client_transfer_id": _t.StrField("client_transfer_id"),
        "source": _t.EnumField("source", ExchangeInstance, required=True),
        "destination": _t.EnumField("destination", ExchangeInstance, required=True),
        "source_exchange_shard": _t.IntField("source_exchange_shard", required=True),
        "destination_exchange_shard": _t.IntField("destination_exchange_shard", required=True),
        "amount": _t.DecimalField("amount", required=True),
        "status": _t.EnumField("status", IntraExchangeInstanceTransferStatus, required=True),
        "created_ts": _t.IntField("created_ts", required=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        raw = self._raw
        g = raw.get
        if next(iter(raw), None) is not _KEYS.first:  # another decoder's key objects: adopt them
            _KEYS.adopt(raw)
        (
            k_transfer_id,
            k_client_transfer_id,
            k_source,
            k_destination,
            k_source_exchange_shard,
            k_destination_exchange_shard,
            k_amount,
            k_status,
            k_created_ts,
        ) = _KEYS.keys
        m: Any  # an enum member, of each field's own enum
        if type(v := g(k_transfer_id)) is str:
            self.transfer_id = v
        else:
            self._slow_field("transfer_id")
        if type(v := g(k_client_transfer_id)) is str:
            self.client_transfer_id = v
        elif v is None:
            self.client_transfer_id = None
        else:
            self._slow_field("client_transfer_id")
        if (m := _ExchangeInstance_get(v := g(k_source))) is not None:
            self.source = m
        else:
            self._slow_field("source")
        if (m := _ExchangeInstance_get(v := g(k_destination))) is not None:
            self.destination = m
        else:
            self._slow_field("destination")
        if type(v := g(k_source_exchange_shard)) is int:
            self.source_exchange_shard = v
        else:
            self._slow_field("source_exchange_shard")
        if type(v := g(k_destination_exchange_shard)) is int:
            self.destination_exchange_shard = v
        else:
            self._slow_field("destination_exchange_shard")
        if (x := _dc(v := g(k_amount))) is not None:  # only text already parsed is in the cache
            self.amount = x
        elif isinstance(v, str) and v:  # (JSON text is never a str subclass; isinstance narrows for mypy)
            self.amount = _nd(v)
        else:
            self._slow_field("amount")
        if (m := _IntraExchangeInstanceTransferStatus_get(v := g(k_status))) is not None:
            self.status = m
        else:
            self._slow_field("status")
        if type(v := g(k_created_ts)) is int:
            self.created_ts = v
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


_KEYS = _t.JsonKeys(*(field.key for field in IntraExchangeInstanceTransfer._declared.values()))  # in _load_fast's order
