from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exchange_instance import ExchangeInstance
from ..models.intra_exchange_instance_transfer_status import IntraExchangeInstanceTransferStatus
from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="IntraExchangeInstanceTransfer")


@_attrs_define
class IntraExchangeInstanceTransfer:
    """
    Attributes:
        transfer_id (str | Unset): Unique transfer id
        client_transfer_id (str | Unset): The client_transfer_id provided when the transfer was created. Omitted if none
            was provided.
        source (ExchangeInstance | Unset): The exchange instance type
        destination (ExchangeInstance | Unset): The exchange instance type
        source_exchange_shard (int | Unset): Source exchange shard index
        destination_exchange_shard (int | Unset): Destination exchange shard index
        amount (Decimal | Unset): Transfer amount in dollars Example: 0.5600.
        status (IntraExchangeInstanceTransferStatus | Unset): Transfer status.
        created_ts (int | Unset): Unix timestamp when the transfer was created
    """

    transfer_id: str | Unset = UNSET
    client_transfer_id: str | Unset = UNSET
    source: ExchangeInstance | Unset = UNSET
    destination: ExchangeInstance | Unset = UNSET
    source_exchange_shard: int | Unset = UNSET
    destination_exchange_shard: int | Unset = UNSET
    amount: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    status: IntraExchangeInstanceTransferStatus | Unset = UNSET
    created_ts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_id = self.transfer_id

        client_transfer_id = self.client_transfer_id

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        destination: str | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination.value

        source_exchange_shard = self.source_exchange_shard

        destination_exchange_shard = self.destination_exchange_shard

        amount = decimal_to_json(self.amount)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_ts = self.created_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transfer_id is not UNSET:
            field_dict["transfer_id"] = transfer_id
        if client_transfer_id is not UNSET:
            field_dict["client_transfer_id"] = client_transfer_id
        if source is not UNSET:
            field_dict["source"] = source
        if destination is not UNSET:
            field_dict["destination"] = destination
        if source_exchange_shard is not UNSET:
            field_dict["source_exchange_shard"] = source_exchange_shard
        if destination_exchange_shard is not UNSET:
            field_dict["destination_exchange_shard"] = destination_exchange_shard
        if amount is not UNSET:
            field_dict["amount"] = amount
        if status is not UNSET:
            field_dict["status"] = status
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transfer_id = d.pop("transfer_id", UNSET)

        client_transfer_id = d.pop("client_transfer_id", UNSET)

        _source = d.pop("source", UNSET)
        source: ExchangeInstance | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = ExchangeInstance(_source)

        _destination = d.pop("destination", UNSET)
        destination: ExchangeInstance | Unset
        if isinstance(_destination, Unset):
            destination = UNSET
        else:
            destination = ExchangeInstance(_destination)

        source_exchange_shard = d.pop("source_exchange_shard", UNSET)

        destination_exchange_shard = d.pop("destination_exchange_shard", UNSET)

        amount = d.pop("amount", UNSET)

        _status = d.pop("status", UNSET)
        status: IntraExchangeInstanceTransferStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = IntraExchangeInstanceTransferStatus(_status)

        created_ts = d.pop("created_ts", UNSET)

        intra_exchange_instance_transfer = cls(
            transfer_id=transfer_id,
            client_transfer_id=client_transfer_id,
            source=source,
            destination=destination,
            source_exchange_shard=source_exchange_shard,
            destination_exchange_shard=destination_exchange_shard,
            amount=amount,
            status=status,
            created_ts=created_ts,
        )

        intra_exchange_instance_transfer.additional_properties = d
        return intra_exchange_instance_transfer

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
