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
    from ..models.funding_rate import FundingRate
    from ..models.ticker_price import TickerPrice


T = TypeVar("T", bound="MarginTickerPayloadMsg")


@_attrs_define
class MarginTickerPayloadMsg:
    """
    Attributes:
        market_ticker (str | Unset): Unique market identifier
        price (str | Unset): Last traded price in USD as a fixed-point decimal string (4 decimals).
        bid (str | Unset): USD price as a fixed-point decimal string (4 decimals).
        ask (str | Unset): USD price as a fixed-point decimal string (4 decimals).
        bid_size_fp (Decimal | Unset):
        ask_size_fp (Decimal | Unset):
        last_trade_size_fp (Decimal | Unset):
        volume (str | Unset): One sided total trade volume in contracts.
        volume_notional_value_dollars (Decimal | Unset): Total notional value of one sided trade volume in dollars.
        volume_24h (str | Unset): One sided trade volume in the last 24 hours in contracts.
        volume_24h_notional_value_dollars (Decimal | Unset): Total notional value of one sided trade volume in the last
            24 hours in dollars.
        open_interest (str | Unset): One sided open interest in contracts.
        open_interest_notional_value_dollars (Decimal | Unset): Total notional value of one sided open interest in
            dollars.
        reference_price (TickerPrice | Unset):
        settlement_mark_price (TickerPrice | Unset):
        liquidation_mark_price (TickerPrice | Unset):
        funding_rate (FundingRate | Unset):
        ts_ms (int | Unset): Unix timestamp in milliseconds.
    """

    market_ticker: str | Unset = UNSET
    price: str | Unset = UNSET
    bid: str | Unset = UNSET
    ask: str | Unset = UNSET
    bid_size_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    ask_size_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    last_trade_size_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    volume: str | Unset = UNSET
    volume_notional_value_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    volume_24h: str | Unset = UNSET
    volume_24h_notional_value_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    open_interest: str | Unset = UNSET
    open_interest_notional_value_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    reference_price: TickerPrice | Unset = UNSET
    settlement_mark_price: TickerPrice | Unset = UNSET
    liquidation_mark_price: TickerPrice | Unset = UNSET
    funding_rate: FundingRate | Unset = UNSET
    ts_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        price = self.price

        bid = self.bid

        ask = self.ask

        bid_size_fp = decimal_to_json(self.bid_size_fp)

        ask_size_fp = decimal_to_json(self.ask_size_fp)

        last_trade_size_fp = decimal_to_json(self.last_trade_size_fp)

        volume = self.volume

        volume_notional_value_dollars = decimal_to_json(self.volume_notional_value_dollars)

        volume_24h = self.volume_24h

        volume_24h_notional_value_dollars = decimal_to_json(self.volume_24h_notional_value_dollars)

        open_interest = self.open_interest

        open_interest_notional_value_dollars = decimal_to_json(self.open_interest_notional_value_dollars)

        reference_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reference_price, Unset):
            reference_price = self.reference_price.to_dict()

        settlement_mark_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settlement_mark_price, Unset):
            settlement_mark_price = self.settlement_mark_price.to_dict()

        liquidation_mark_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.liquidation_mark_price, Unset):
            liquidation_mark_price = self.liquidation_mark_price.to_dict()

        funding_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.funding_rate, Unset):
            funding_rate = self.funding_rate.to_dict()

        ts_ms = self.ts_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if price is not UNSET:
            field_dict["price"] = price
        if bid is not UNSET:
            field_dict["bid"] = bid
        if ask is not UNSET:
            field_dict["ask"] = ask
        if bid_size_fp is not UNSET:
            field_dict["bid_size_fp"] = bid_size_fp
        if ask_size_fp is not UNSET:
            field_dict["ask_size_fp"] = ask_size_fp
        if last_trade_size_fp is not UNSET:
            field_dict["last_trade_size_fp"] = last_trade_size_fp
        if volume is not UNSET:
            field_dict["volume"] = volume
        if volume_notional_value_dollars is not UNSET:
            field_dict["volume_notional_value_dollars"] = volume_notional_value_dollars
        if volume_24h is not UNSET:
            field_dict["volume_24h"] = volume_24h
        if volume_24h_notional_value_dollars is not UNSET:
            field_dict["volume_24h_notional_value_dollars"] = volume_24h_notional_value_dollars
        if open_interest is not UNSET:
            field_dict["open_interest"] = open_interest
        if open_interest_notional_value_dollars is not UNSET:
            field_dict["open_interest_notional_value_dollars"] = open_interest_notional_value_dollars
        if reference_price is not UNSET:
            field_dict["reference_price"] = reference_price
        if settlement_mark_price is not UNSET:
            field_dict["settlement_mark_price"] = settlement_mark_price
        if liquidation_mark_price is not UNSET:
            field_dict["liquidation_mark_price"] = liquidation_mark_price
        if funding_rate is not UNSET:
            field_dict["funding_rate"] = funding_rate
        if ts_ms is not UNSET:
            field_dict["ts_ms"] = ts_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.funding_rate import FundingRate  # noqa: PLC0415
        from ..models.ticker_price import TickerPrice  # noqa: PLC0415

        d = dict(src_dict)
        market_ticker = d.pop("market_ticker", UNSET)

        price = d.pop("price", UNSET)

        bid = d.pop("bid", UNSET)

        ask = d.pop("ask", UNSET)

        bid_size_fp = d.pop("bid_size_fp", UNSET)

        ask_size_fp = d.pop("ask_size_fp", UNSET)

        last_trade_size_fp = d.pop("last_trade_size_fp", UNSET)

        volume = d.pop("volume", UNSET)

        volume_notional_value_dollars = d.pop("volume_notional_value_dollars", UNSET)

        volume_24h = d.pop("volume_24h", UNSET)

        volume_24h_notional_value_dollars = d.pop("volume_24h_notional_value_dollars", UNSET)

        open_interest = d.pop("open_interest", UNSET)

        open_interest_notional_value_dollars = d.pop("open_interest_notional_value_dollars", UNSET)

        _reference_price = d.pop("reference_price", UNSET)
        reference_price: TickerPrice | Unset
        if isinstance(_reference_price, Unset):
            reference_price = UNSET
        else:
            reference_price = TickerPrice.from_dict(_reference_price)

        _settlement_mark_price = d.pop("settlement_mark_price", UNSET)
        settlement_mark_price: TickerPrice | Unset
        if isinstance(_settlement_mark_price, Unset):
            settlement_mark_price = UNSET
        else:
            settlement_mark_price = TickerPrice.from_dict(_settlement_mark_price)

        _liquidation_mark_price = d.pop("liquidation_mark_price", UNSET)
        liquidation_mark_price: TickerPrice | Unset
        if isinstance(_liquidation_mark_price, Unset):
            liquidation_mark_price = UNSET
        else:
            liquidation_mark_price = TickerPrice.from_dict(_liquidation_mark_price)

        _funding_rate = d.pop("funding_rate", UNSET)
        funding_rate: FundingRate | Unset
        if isinstance(_funding_rate, Unset):
            funding_rate = UNSET
        else:
            funding_rate = FundingRate.from_dict(_funding_rate)

        ts_ms = d.pop("ts_ms", UNSET)

        margin_ticker_payload_msg = cls(
            market_ticker=market_ticker,
            price=price,
            bid=bid,
            ask=ask,
            bid_size_fp=bid_size_fp,
            ask_size_fp=ask_size_fp,
            last_trade_size_fp=last_trade_size_fp,
            volume=volume,
            volume_notional_value_dollars=volume_notional_value_dollars,
            volume_24h=volume_24h,
            volume_24h_notional_value_dollars=volume_24h_notional_value_dollars,
            open_interest=open_interest,
            open_interest_notional_value_dollars=open_interest_notional_value_dollars,
            reference_price=reference_price,
            settlement_mark_price=settlement_mark_price,
            liquidation_mark_price=liquidation_mark_price,
            funding_rate=funding_rate,
            ts_ms=ts_ms,
        )

        margin_ticker_payload_msg.additional_properties = d
        return margin_ticker_payload_msg

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
