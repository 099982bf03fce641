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
    from ..models.bid_ask_distribution import BidAskDistribution
    from ..models.price_distribution import PriceDistribution


T = TypeVar("T", bound="MarketCandlestick")


@_attrs_define
class MarketCandlestick:
    """
    Attributes:
        end_period_ts (int | Unset): Unix timestamp for the inclusive end of the candlestick period.
        yes_bid (BidAskDistribution | Unset):
        yes_ask (BidAskDistribution | Unset):
        price (PriceDistribution | Unset):
        volume_fp (Decimal | Unset): String representation of the number of contracts bought on the market during the
            candlestick period. Example: 10.00.
        open_interest_fp (Decimal | Unset): String representation of the number of contracts bought on the market by end
            of the candlestick period (end_period_ts). Example: 10.00.
    """

    end_period_ts: int | Unset = UNSET
    yes_bid: BidAskDistribution | Unset = UNSET
    yes_ask: BidAskDistribution | Unset = UNSET
    price: PriceDistribution | Unset = UNSET
    volume_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    open_interest_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
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

        volume_fp = decimal_to_json(self.volume_fp)

        open_interest_fp = decimal_to_json(self.open_interest_fp)

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
        if volume_fp is not UNSET:
            field_dict["volume_fp"] = volume_fp
        if open_interest_fp is not UNSET:
            field_dict["open_interest_fp"] = open_interest_fp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bid_ask_distribution import BidAskDistribution  # noqa: PLC0415
        from ..models.price_distribution import PriceDistribution  # noqa: PLC0415

        d = dict(src_dict)
        end_period_ts = d.pop("end_period_ts", UNSET)

        _yes_bid = d.pop("yes_bid", UNSET)
        yes_bid: BidAskDistribution | Unset
        if isinstance(_yes_bid, Unset):
            yes_bid = UNSET
        else:
            yes_bid = BidAskDistribution.from_dict(_yes_bid)

        _yes_ask = d.pop("yes_ask", UNSET)
        yes_ask: BidAskDistribution | Unset
        if isinstance(_yes_ask, Unset):
            yes_ask = UNSET
        else:
            yes_ask = BidAskDistribution.from_dict(_yes_ask)

        _price = d.pop("price", UNSET)
        price: PriceDistribution | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = PriceDistribution.from_dict(_price)

        volume_fp = d.pop("volume_fp", UNSET)

        open_interest_fp = d.pop("open_interest_fp", UNSET)

        market_candlestick = cls(
            end_period_ts=end_period_ts,
            yes_bid=yes_bid,
            yes_ask=yes_ask,
            price=price,
            volume_fp=volume_fp,
            open_interest_fp=open_interest_fp,
        )

        market_candlestick.additional_properties = d
        return market_candlestick

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
