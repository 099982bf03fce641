from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    from ..models.margin_orderbook_count import MarginOrderbookCount


T = TypeVar("T", bound="MarginOrderbookResponse")


@_attrs_define
class MarginOrderbookResponse:
    """
    Attributes:
        orderbook (MarginOrderbookCount | Unset):
    """

    orderbook: MarginOrderbookCount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        orderbook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.orderbook, Unset):
            orderbook = self.orderbook.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if orderbook is not UNSET:
            field_dict["orderbook"] = orderbook

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.margin_orderbook_count import MarginOrderbookCount  # noqa: PLC0415

        d = dict(src_dict)
        _orderbook = d.pop("orderbook", UNSET)
        orderbook: MarginOrderbookCount | Unset
        if isinstance(_orderbook, Unset):
            orderbook = UNSET
        else:
            orderbook = MarginOrderbookCount.from_dict(_orderbook)

        margin_orderbook_response = cls(
            orderbook=orderbook,
        )

        margin_orderbook_response.additional_properties = d
        return margin_orderbook_response

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
