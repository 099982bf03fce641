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


T = TypeVar("T", bound="MarginMarketOrderbook")


@_attrs_define
class MarginMarketOrderbook:
    """
    Attributes:
        ticker (str | Unset): The requested market ticker.
        orderbook (MarginOrderbookCount | Unset):
    """

    ticker: str | Unset = UNSET
    orderbook: MarginOrderbookCount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        orderbook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.orderbook, Unset):
            orderbook = self.orderbook.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if orderbook is not UNSET:
            field_dict["orderbook"] = orderbook

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.margin_orderbook_count import MarginOrderbookCount  # noqa: PLC0415

        d = dict(src_dict)
        ticker = d.pop("ticker", UNSET)

        _orderbook = d.pop("orderbook", UNSET)
        orderbook: MarginOrderbookCount | Unset
        if isinstance(_orderbook, Unset):
            orderbook = UNSET
        else:
            orderbook = MarginOrderbookCount.from_dict(_orderbook)

        margin_market_orderbook = cls(
            ticker=ticker,
            orderbook=orderbook,
        )

        margin_market_orderbook.additional_properties = d
        return margin_market_orderbook

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
