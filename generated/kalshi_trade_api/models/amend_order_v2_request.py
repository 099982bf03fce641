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

T = TypeVar("T", bound="AmendOrderV2Request")


def _to_side(value: BookSide | str) -> BookSide:
    return enum_value(BookSide, value, "AmendOrderV2Request.side")


def _to_price(value: DecimalInput) -> Decimal:
    return named_money(to_decimal, value, "AmendOrderV2Request.price")


def _to_count(value: DecimalInput) -> Decimal:
    return named_money(to_decimal, value, "AmendOrderV2Request.count")


@_attrs_define
class AmendOrderV2Request:
    """
    Example:
        {'ticker': 'HIGHNY-24JAN01-T60', 'side': 'bid', 'price': '0.5700', 'count': '8.00', 'client_order_id':
            '8c35ecb3-328f-4f52-8c7c-0f4b9862f8d1', 'updated_client_order_id': '2a0e3fc9-b593-4aa3-96e5-82f7f7566c2a',
            'exchange_index': 0}

    Attributes:
        ticker (str): Market ticker
        side (BookSide): Side of the book for an order or trade. For event markets, this refers to the YES leg only:
            `bid` means buy YES, `ask` means sell YES. (Selling YES is economically equivalent to buying NO at `1 - price`,
            but this endpoint quotes everything from the YES side.)
        price (Decimal): Updated price for the order in fixed-point dollars. Example: 0.5600.
        count (Decimal): Updated total/max fillable count for the order. Set this to the order's already filled count
            plus the desired resting remaining count after the amend. Example: 10.00.
        client_order_id (str | Unset): The original client-specified order ID to be amended
        updated_client_order_id (str | Unset): The new client-specified order ID after amendment
        expiration_time (int | Unset): New Unix expiration timestamp in seconds. Omit to preserve the current expiry, or
            use 0 to remove it (good-till-canceled). A nonzero expiry must be in the future. Send the current price and
            total quantity for an expiry-only amendment; this preserves queue position. Minimum: 0.
        exchange_index (int | Unset): Identifier for an exchange shard. Example: 0.
    """

    ticker: str
    side: BookSide = _attrs_field(converter=_to_side)
    price: Decimal = _attrs_field(converter=_to_price)
    count: Decimal = _attrs_field(converter=_to_count)
    client_order_id: str | Unset = UNSET
    updated_client_order_id: str | Unset = UNSET
    expiration_time: int | Unset = UNSET
    exchange_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        side = self.side.value

        price = decimal_to_json(self.price)

        count = decimal_to_json(self.count)

        client_order_id = self.client_order_id

        updated_client_order_id = self.updated_client_order_id

        expiration_time = self.expiration_time

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "side": side,
                "price": price,
                "count": count,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if updated_client_order_id is not UNSET:
            field_dict["updated_client_order_id"] = updated_client_order_id
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticker = d.pop("ticker")

        side = BookSide(d.pop("side"))

        price = d.pop("price")

        count = d.pop("count")

        client_order_id = d.pop("client_order_id", UNSET)

        updated_client_order_id = d.pop("updated_client_order_id", UNSET)

        expiration_time = d.pop("expiration_time", UNSET)

        exchange_index = d.pop("exchange_index", UNSET)

        amend_order_v2_request = cls(
            ticker=ticker,
            side=side,
            price=price,
            count=count,
            client_order_id=client_order_id,
            updated_client_order_id=updated_client_order_id,
            expiration_time=expiration_time,
            exchange_index=exchange_index,
        )

        amend_order_v2_request.additional_properties = d
        return amend_order_v2_request

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
