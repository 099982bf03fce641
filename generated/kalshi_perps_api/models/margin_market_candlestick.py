from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

if TYPE_CHECKING:
    from ..models.bid_ask_distribution_historical import BidAskDistributionHistorical
    from ..models.price_distribution_historical import PriceDistributionHistorical


T = TypeVar("T", bound="MarginMarketCandlestick")


@_attrs_define
class MarginMarketCandlestick:
    """
    Attributes:
        end_period_ts (int | Unset): Unix timestamp for the inclusive end of the candlestick period.
        bid (BidAskDistributionHistorical | Unset): OHLC data for quoted prices on one side of the orderbook during the
            candlestick period. These values reflect bid or ask quotes, not executed trade prices.
        ask (BidAskDistributionHistorical | Unset): OHLC data for quoted prices on one side of the orderbook during the
            candlestick period. These values reflect bid or ask quotes, not executed trade prices.
        price (PriceDistributionHistorical | Unset):
        volume (Decimal | Unset): Number of contracts traded on the market during the candlestick period. Example:
            10.00.
        volume_notional_value_dollars (Decimal | Unset): Notional value of contracts traded on the market during the
            candlestick period. Example: 0.5600.
        open_interest (Decimal | Unset): Number of contracts held on the market by end of the candlestick period
            (end_period_ts). Example: 10.00.
        open_interest_notional_value_dollars (Decimal | Unset): Notional value of contracts held on the market by end of
            the candlestick period (end_period_ts). Example: 0.5600.
    """

    end_period_ts: int | Unset = UNSET
    bid: BidAskDistributionHistorical | Unset = UNSET
    ask: BidAskDistributionHistorical | Unset = UNSET
    price: PriceDistributionHistorical | Unset = UNSET
    volume: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    volume_notional_value_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    open_interest: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    open_interest_notional_value_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_period_ts = self.end_period_ts

        bid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bid, Unset):
            bid = self.bid.to_dict()

        ask: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ask, Unset):
            ask = self.ask.to_dict()

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        volume = decimal_to_json(self.volume)

        volume_notional_value_dollars = decimal_to_json(self.volume_notional_value_dollars)

        open_interest = decimal_to_json(self.open_interest)

        open_interest_notional_value_dollars = decimal_to_json(self.open_interest_notional_value_dollars)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_period_ts is not UNSET:
            field_dict["end_period_ts"] = end_period_ts
        if bid is not UNSET:
            field_dict["bid"] = bid
        if ask is not UNSET:
            field_dict["ask"] = ask
        if price is not UNSET:
            field_dict["price"] = price
        if volume is not UNSET:
            field_dict["volume"] = volume
        if volume_notional_value_dollars is not UNSET:
            field_dict["volume_notional_value_dollars"] = volume_notional_value_dollars
        if open_interest is not UNSET:
            field_dict["open_interest"] = open_interest
        if open_interest_notional_value_dollars is not UNSET:
            field_dict["open_interest_notional_value_dollars"] = open_interest_notional_value_dollars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bid_ask_distribution_historical import BidAskDistributionHistorical  # noqa: PLC0415
        from ..models.price_distribution_historical import PriceDistributionHistorical  # noqa: PLC0415

        d = dict(src_dict)
        end_period_ts = d.pop("end_period_ts", UNSET)

        _bid = d.pop("bid", UNSET)
        bid: BidAskDistributionHistorical | Unset
        if isinstance(_bid, Unset):
            bid = UNSET
        else:
            bid = BidAskDistributionHistorical.from_dict(_bid)

        _ask = d.pop("ask", UNSET)
        ask: BidAskDistributionHistorical | Unset
        if isinstance(_ask, Unset):
            ask = UNSET
        else:
            ask = BidAskDistributionHistorical.from_dict(_ask)

        _price = d.pop("price", UNSET)
        price: PriceDistributionHistorical | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = PriceDistributionHistorical.from_dict(_price)

        volume = d.pop("volume", UNSET)

        volume_notional_value_dollars = d.pop("volume_notional_value_dollars", UNSET)

        open_interest = d.pop("open_interest", UNSET)

        open_interest_notional_value_dollars = d.pop("open_interest_notional_value_dollars", UNSET)

        margin_market_candlestick = cls(
            end_period_ts=end_period_ts,
            bid=bid,
            ask=ask,
            price=price,
            volume=volume,
            volume_notional_value_dollars=volume_notional_value_dollars,
            open_interest=open_interest,
            open_interest_notional_value_dollars=open_interest_notional_value_dollars,
        )

        margin_market_candlestick.additional_properties = d
        return margin_market_candlestick

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
