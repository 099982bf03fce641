from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyList,
    Unset,
)

if TYPE_CHECKING:
    from ..models.market_candlestick import MarketCandlestick


T = TypeVar("T", bound="GetEventCandlesticksResponse")


@_attrs_define
class GetEventCandlesticksResponse:
    """
    Attributes:
        market_tickers (list[str] | Unset): Array of market tickers in the event.
        market_candlesticks (list[list[MarketCandlestick]] | Unset): Array of market candlestick arrays, one for each
            market in the event.
        adjusted_end_ts (int | Unset): Adjusted end timestamp if the requested candlesticks would be larger than
            maxAggregateCandidates.
    """

    market_tickers: list[str] | Unset = UNSET
    market_candlesticks: list[list[MarketCandlestick]] | Unset = UNSET
    adjusted_end_ts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_tickers: list[str] | Unset = UNSET
        if not isinstance(self.market_tickers, Unset):
            market_tickers = self.market_tickers

        market_candlesticks: list[list[dict[str, Any]]] | Unset = UNSET
        if not isinstance(self.market_candlesticks, Unset):
            market_candlesticks = []
            for market_candlesticks_item_data in self.market_candlesticks:
                market_candlesticks_item = []
                for market_candlesticks_item_item_data in market_candlesticks_item_data:
                    market_candlesticks_item_item = market_candlesticks_item_item_data.to_dict()
                    market_candlesticks_item.append(market_candlesticks_item_item)

                market_candlesticks.append(market_candlesticks_item)

        adjusted_end_ts = self.adjusted_end_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_tickers is not UNSET:
            field_dict["market_tickers"] = market_tickers
        if market_candlesticks is not UNSET:
            field_dict["market_candlesticks"] = market_candlesticks
        if adjusted_end_ts is not UNSET:
            field_dict["adjusted_end_ts"] = adjusted_end_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_candlestick import MarketCandlestick  # noqa: PLC0415

        d = dict(src_dict)
        _market_tickers = d.pop("market_tickers", UNSET)
        market_tickers = cast(list[str], [] if _market_tickers is None else _market_tickers)

        _market_candlesticks = d.pop("market_candlesticks", UNSET)
        market_candlesticks: list[list[MarketCandlestick]] | Unset = UNSET
        if _market_candlesticks is not UNSET:
            market_candlesticks = []
            for market_candlesticks_item_data in _market_candlesticks or []:
                _market_candlesticks_item = market_candlesticks_item_data
                market_candlesticks_item = LazyList(
                    _market_candlesticks_item or [], MarketCandlestick, MarketCandlestick.from_dict
                )

                market_candlesticks.append(market_candlesticks_item)

        adjusted_end_ts = d.pop("adjusted_end_ts", UNSET)

        get_event_candlesticks_response = cls(
            market_tickers=market_tickers,
            market_candlesticks=market_candlesticks,
            adjusted_end_ts=adjusted_end_ts,
        )

        get_event_candlesticks_response.additional_properties = d
        return get_event_candlesticks_response

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
