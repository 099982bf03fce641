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
    from ..models.margin_market_candlestick import MarginMarketCandlestick


T = TypeVar("T", bound="GetMarginMarketCandlesticksResponse")


@_attrs_define
class GetMarginMarketCandlesticksResponse:
    """
    Attributes:
        ticker (str | Unset): Unique identifier for the margin market.
        candlesticks (list[MarginMarketCandlestick] | Unset): Array of candlestick data points for the specified time
            range.
    """

    ticker: str | Unset = UNSET
    candlesticks: list[MarginMarketCandlestick] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        candlesticks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.candlesticks, Unset):
            candlesticks = []
            for candlesticks_item_data in self.candlesticks:
                candlesticks_item = candlesticks_item_data.to_dict()
                candlesticks.append(candlesticks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if candlesticks is not UNSET:
            field_dict["candlesticks"] = candlesticks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.margin_market_candlestick import MarginMarketCandlestick  # noqa: PLC0415

        d = dict(src_dict)
        ticker = d.pop("ticker", UNSET)

        _candlesticks = d.pop("candlesticks", UNSET)
        candlesticks: list[MarginMarketCandlestick] | Unset = UNSET
        if _candlesticks is not UNSET:
            candlesticks = LazyList(_candlesticks or [], MarginMarketCandlestick, MarginMarketCandlestick.from_dict)

        get_margin_market_candlesticks_response = cls(
            ticker=ticker,
            candlesticks=candlesticks,
        )

        get_margin_market_candlesticks_response.additional_properties = d
        return get_margin_market_candlesticks_response

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
