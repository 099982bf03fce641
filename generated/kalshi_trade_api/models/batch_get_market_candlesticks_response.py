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
    from ..models.market_candlesticks_response import MarketCandlesticksResponse


T = TypeVar("T", bound="BatchGetMarketCandlesticksResponse")


@_attrs_define
class BatchGetMarketCandlesticksResponse:
    """
    Attributes:
        markets (list[MarketCandlesticksResponse] | Unset): Array of market candlestick data, one entry per requested
            market.
    """

    markets: list[MarketCandlesticksResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        markets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.markets, Unset):
            markets = []
            for markets_item_data in self.markets:
                markets_item = markets_item_data.to_dict()
                markets.append(markets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if markets is not UNSET:
            field_dict["markets"] = markets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_candlesticks_response import MarketCandlesticksResponse  # noqa: PLC0415

        d = dict(src_dict)
        _markets = d.pop("markets", UNSET)
        markets: list[MarketCandlesticksResponse] | Unset = UNSET
        if _markets is not UNSET:
            markets = LazyList(_markets or [], MarketCandlesticksResponse, MarketCandlesticksResponse.from_dict)

        batch_get_market_candlesticks_response = cls(
            markets=markets,
        )

        batch_get_market_candlesticks_response.additional_properties = d
        return batch_get_market_candlesticks_response

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
