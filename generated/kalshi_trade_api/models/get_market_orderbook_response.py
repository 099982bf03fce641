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
    from ..models.orderbook_count_fp import OrderbookCountFp


T = TypeVar("T", bound="GetMarketOrderbookResponse")


@_attrs_define
class GetMarketOrderbookResponse:
    """
    Attributes:
        orderbook_fp (OrderbookCountFp | Unset): Orderbook with fixed-point contract counts (fp) in all dollar price
            levels.
    """

    orderbook_fp: OrderbookCountFp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        orderbook_fp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.orderbook_fp, Unset):
            orderbook_fp = self.orderbook_fp.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if orderbook_fp is not UNSET:
            field_dict["orderbook_fp"] = orderbook_fp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.orderbook_count_fp import OrderbookCountFp  # noqa: PLC0415

        d = dict(src_dict)
        _orderbook_fp = d.pop("orderbook_fp", UNSET)
        orderbook_fp: OrderbookCountFp | Unset
        if isinstance(_orderbook_fp, Unset):
            orderbook_fp = UNSET
        else:
            orderbook_fp = OrderbookCountFp.from_dict(_orderbook_fp)

        get_market_orderbook_response = cls(
            orderbook_fp=orderbook_fp,
        )

        get_market_orderbook_response.additional_properties = d
        return get_market_orderbook_response

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
