from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyList,
    Unset,
)

if TYPE_CHECKING:
    from ..models.margin_market_orderbook import MarginMarketOrderbook


T = TypeVar("T", bound="GetMarginMarketOrderbooksResponse")


@_attrs_define
class GetMarginMarketOrderbooksResponse:
    """
    Attributes:
        orderbooks (list[MarginMarketOrderbook] | Unset): One entry per requested ticker, in request order.
    """

    orderbooks: list[MarginMarketOrderbook] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        orderbooks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.orderbooks, Unset):
            orderbooks = []
            for orderbooks_item_data in self.orderbooks:
                orderbooks_item = orderbooks_item_data.to_dict()
                orderbooks.append(orderbooks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if orderbooks is not UNSET:
            field_dict["orderbooks"] = orderbooks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.margin_market_orderbook import MarginMarketOrderbook  # noqa: PLC0415

        d = dict(src_dict)
        _orderbooks = d.pop("orderbooks", UNSET)
        orderbooks: list[MarginMarketOrderbook] | Unset = UNSET
        if _orderbooks is not UNSET:
            orderbooks = LazyList(_orderbooks or [], MarginMarketOrderbook, MarginMarketOrderbook.from_dict)

        get_margin_market_orderbooks_response = cls(
            orderbooks=orderbooks,
        )

        get_margin_market_orderbooks_response.additional_properties = d
        return get_margin_market_orderbooks_response

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
