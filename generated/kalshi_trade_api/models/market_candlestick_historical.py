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


T = TypeVar("T", bound="MarketCandlestickHistorical")


@_attrs_define
class MarketCandlestickHistorical:
    """
    Attributes:
        end_period_ts (int | Unset): Unix timestamp for the inclusive end of the candlestick period.
        yes_bid (BidAskDistributionHistorical | Unset):
        yes_ask (BidAskDistributionHistorical | Unset):
        price (PriceDistributionHistorical | Unset):
        volume (Decimal | Unset): String representation of the number of contracts bought on the market during the
            candlestick period. Example: 10.00.
        open_interest (Decimal | Unset): String representation of the number of contracts bought on the market by end of
            the candlestick period (end_period_ts). Example: 10.00.
    """

    end_period_ts: int | Unset = UNSET
    yes_bid: BidAskDistributionHistorical | Unset = UNSET
    yes_ask: BidAskDistributionHistorical | Unset = UNSET
    price: PriceDistributionHistorical | Unset = UNSET
    volume: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    open_interest: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_period_ts = self.end_period_ts

        yes_bid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.yes_bid, Unset):
            yes_bid = self.yes_bid.to_dict()

        yes_ask: dict[str, Any] | Unset = UNSET
        if not isinstance(self.yes_ask, Unset):
            yes_ask = self.yes_ask.to_dict()

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        volume = decimal_to_json(self.volume)

        open_interest = decimal_to_json(self.open_interest)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_period_ts is not UNSET:
            field_dict["end_period_ts"] = end_period_ts
        if yes_bid is not UNSET:
            field_dict["yes_bid"] = yes_bid
        if yes_ask is not UNSET:
            field_dict["yes_ask"] = yes_ask
        if price is not UNSET:
            field_dict["price"] = price
        if volume is not UNSET:
            field_dict["volume"] = volume
        if open_interest is not UNSET:
            field_dict["open_interest"] = open_interest

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bid_ask_distribution_historical import BidAskDistributionHistorical  # noqa: PLC0415
        from ..models.price_distribution_historical import PriceDistributionHistorical  # noqa: PLC0415

        d = dict(src_dict)
        end_period_ts = d.pop("end_period_ts", UNSET)

        _yes_bid = d.pop("yes_bid", UNSET)
        yes_bid: BidAskDistributionHistorical | Unset
        if isinstance(_yes_bid, Unset):
            yes_bid = UNSET
        else:
            yes_bid = BidAskDistributionHistorical.from_dict(_yes_bid)

        _yes_ask = d.pop("yes_ask", UNSET)
        yes_ask: BidAskDistributionHistorical | Unset
        if isinstance(_yes_ask, Unset):
            yes_ask = UNSET
        else:
            yes_ask = BidAskDistributionHistorical.from_dict(_yes_ask)

        _price = d.pop("price", UNSET)
        price: PriceDistributionHistorical | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = PriceDistributionHistorical.from_dict(_price)

        volume = d.pop("volume", UNSET)

        open_interest = d.pop("open_interest", UNSET)

        market_candlestick_historical = cls(
            end_period_ts=end_period_ts,
            yes_bid=yes_bid,
            yes_ask=yes_ask,
            price=price,
            volume=volume,
            open_interest=open_interest,
        )

        market_candlestick_historical.additional_properties = d
        return market_candlestick_historical

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
