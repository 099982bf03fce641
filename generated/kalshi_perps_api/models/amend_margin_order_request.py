from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..types import (
    UNSET,
    DecimalInput,
    Unset,
    decimal_to_json,
    enum_value,
    named_money,
    to_decimal,
)

T = TypeVar("T", bound="AmendMarginOrderRequest")


def _to_side(value: BookSide | str) -> BookSide:
    return enum_value(BookSide, value, "AmendMarginOrderRequest.side")


def _to_price(value: DecimalInput) -> Decimal:
    return named_money(to_decimal, value, "AmendMarginOrderRequest.price")


def _to_count(value: DecimalInput) -> Decimal:
    return named_money(to_decimal, value, "AmendMarginOrderRequest.count")


@_attrs_define
class AmendMarginOrderRequest:
    """
    Attributes:
        side (BookSide): The side of an order or trade (bid or ask)
        price (Decimal): Updated price for the order in fixed-point dollars. Example: 0.5600.
        count (Decimal): String representation of the updated quantity for the order. Example: 10.00.
        ticker (str | Unset): Market ticker. Supply ticker or market_id; ticker takes precedence when both are provided.
        market_id (str | Unset): Stable exchange market UUID. May be supplied instead of ticker.
        client_order_id (str | Unset): The original client-specified order ID to be amended
        updated_client_order_id (str | Unset): The new client-specified order ID after amendment
        expiration_time (int | Unset): New Unix expiration timestamp in seconds. Omit to preserve the current expiry, or
            use 0 to remove it (good-till-canceled). A nonzero expiry must be in the future. Send the current price and
            total quantity for an expiry-only amendment; this preserves queue position. Minimum: 0.
    """

    side: BookSide = _attrs_field(converter=_to_side)
    price: Decimal = _attrs_field(converter=_to_price)
    count: Decimal = _attrs_field(converter=_to_count)
    ticker: str | Unset = UNSET
    market_id: str | Unset = UNSET
    client_order_id: str | Unset = UNSET
    updated_client_order_id: str | Unset = UNSET
    expiration_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        side = self.side.value

        price = decimal_to_json(self.price)

        count = decimal_to_json(self.count)

        ticker = self.ticker

        market_id = self.market_id

        client_order_id = self.client_order_id

        updated_client_order_id = self.updated_client_order_id

        expiration_time = self.expiration_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "side": side,
                "price": price,
                "count": count,
            }
        )
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if market_id is not UNSET:
            field_dict["market_id"] = market_id
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if updated_client_order_id is not UNSET:
            field_dict["updated_client_order_id"] = updated_client_order_id
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        side = BookSide(d.pop("side"))

        price = d.pop("price")

        count = d.pop("count")

        ticker = d.pop("ticker", UNSET)

        market_id = d.pop("market_id", UNSET)

        client_order_id = d.pop("client_order_id", UNSET)

        updated_client_order_id = d.pop("updated_client_order_id", UNSET)

        expiration_time = d.pop("expiration_time", UNSET)

        amend_margin_order_request = cls(
            side=side,
            price=price,
            count=count,
            ticker=ticker,
            market_id=market_id,
            client_order_id=client_order_id,
            updated_client_order_id=updated_client_order_id,
            expiration_time=expiration_time,
        )

        amend_margin_order_request.additional_properties = d
        return amend_margin_order_request

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
