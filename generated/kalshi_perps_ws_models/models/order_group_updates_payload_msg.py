from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_group_updates_payload_msg_event_type import OrderGroupUpdatesPayloadMsgEventType
from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="OrderGroupUpdatesPayloadMsg")


@_attrs_define
class OrderGroupUpdatesPayloadMsg:
    """
    Attributes:
        event_type (OrderGroupUpdatesPayloadMsgEventType | Unset): Order group event type
        order_group_id (str | Unset): Order group identifier
        contracts_limit_fp (Decimal | Unset): Updated contracts limit in fixed-point (2 decimals). Present for "created"
            and "limit_updated" events only.
        ts_ms (int | Unset): Matching engine timestamp at which the event was processed, as Unix epoch milliseconds.
    """

    event_type: OrderGroupUpdatesPayloadMsgEventType | Unset = UNSET
    order_group_id: str | Unset = UNSET
    contracts_limit_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    ts_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = self.event_type.value

        order_group_id = self.order_group_id

        contracts_limit_fp = decimal_to_json(self.contracts_limit_fp)

        ts_ms = self.ts_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if order_group_id is not UNSET:
            field_dict["order_group_id"] = order_group_id
        if contracts_limit_fp is not UNSET:
            field_dict["contracts_limit_fp"] = contracts_limit_fp
        if ts_ms is not UNSET:
            field_dict["ts_ms"] = ts_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _event_type = d.pop("event_type", UNSET)
        event_type: OrderGroupUpdatesPayloadMsgEventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = OrderGroupUpdatesPayloadMsgEventType(_event_type)

        order_group_id = d.pop("order_group_id", UNSET)

        contracts_limit_fp = d.pop("contracts_limit_fp", UNSET)

        ts_ms = d.pop("ts_ms", UNSET)

        order_group_updates_payload_msg = cls(
            event_type=event_type,
            order_group_id=order_group_id,
            contracts_limit_fp=contracts_limit_fp,
            ts_ms=ts_ms,
        )

        order_group_updates_payload_msg.additional_properties = d
        return order_group_updates_payload_msg

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
