from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="GetOrderQueuePositionResponse")


@_attrs_define
class GetOrderQueuePositionResponse:
    """
    Attributes:
        queue_position_fp (Decimal | Unset): The number of preceding shares before the order in the queue. Example:
            10.00.
    """

    queue_position_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queue_position_fp = decimal_to_json(self.queue_position_fp)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if queue_position_fp is not UNSET:
            field_dict["queue_position_fp"] = queue_position_fp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        queue_position_fp = d.pop("queue_position_fp", UNSET)

        get_order_queue_position_response = cls(
            queue_position_fp=queue_position_fp,
        )

        get_order_queue_position_response.additional_properties = d
        return get_order_queue_position_response

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
