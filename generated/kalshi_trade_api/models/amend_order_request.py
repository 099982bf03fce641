from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.amend_order_request_action import AmendOrderRequestAction
from ..models.amend_order_request_side import AmendOrderRequestSide
from ..types import (
    UNSET,
    DecimalInput,
    Unset,
    decimal_to_json,
    enum_value,
    named_money,
    to_decimal_or_none_or_unset,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="AmendOrderRequest")


def _to_side(value: AmendOrderRequestSide | str) -> AmendOrderRequestSide:
    return enum_value(AmendOrderRequestSide, value, "AmendOrderRequest.side")


def _to_action(value: AmendOrderRequestAction | str) -> AmendOrderRequestAction:
    return enum_value(AmendOrderRequestAction, value, "AmendOrderRequest.action")


def _to_yes_price_dollars(value: DecimalInput | Unset) -> Decimal | Unset:
    return named_money(to_decimal_or_unset, value, "AmendOrderRequest.yes_price_dollars")


def _to_no_price_dollars(value: DecimalInput | Unset) -> Decimal | Unset:
    return named_money(to_decimal_or_unset, value, "AmendOrderRequest.no_price_dollars")


def _to_count_fp(value: DecimalInput | None | Unset) -> Decimal | None | Unset:
    return named_money(to_decimal_or_none_or_unset, value, "AmendOrderRequest.count_fp")


@_attrs_define
class AmendOrderRequest:
    """
    Attributes:
        ticker (str): Market ticker
        side (AmendOrderRequestSide): Side of the order
        action (AmendOrderRequestAction): Action of the order
        subaccount (int | Unset): Optional subaccount number to use for this amendment (0 for primary, 1-63 for
            subaccounts) Default: 0. Minimum: 0.
        client_order_id (str | Unset): The original client-specified order ID to be amended
        updated_client_order_id (str | Unset): The new client-specified order ID after amendment
        yes_price (int | Unset): Updated yes price for the order in cents. Minimum: 1. Maximum: 99.
        no_price (int | Unset): Updated no price for the order in cents. Minimum: 1. Maximum: 99.
        yes_price_dollars (Decimal | Unset): Updated yes price for the order in fixed-point dollars. Exactly one of
            yes_price, no_price, yes_price_dollars, and no_price_dollars must be passed. Example: 0.5600.
        no_price_dollars (Decimal | Unset): Updated no price for the order in fixed-point dollars. Exactly one of
            yes_price, no_price, yes_price_dollars, and no_price_dollars must be passed. Example: 0.5600.
        count (int | Unset): Updated quantity for the order (whole contracts only). If updating quantity, provide count
            or count_fp; if both provided they must match. Minimum: 1.
        count_fp (Decimal | None | Unset): String representation of the updated quantity for the order. If updating
            quantity, provide count or count_fp; if both provided they must match. Example: 10.00.
        exchange_index (int | Unset): Identifier for an exchange shard. Default: 0. Example: 0.
    """

    ticker: str
    side: AmendOrderRequestSide = _attrs_field(converter=_to_side)
    action: AmendOrderRequestAction = _attrs_field(converter=_to_action)
    subaccount: int | Unset = 0
    client_order_id: str | Unset = UNSET
    updated_client_order_id: str | Unset = UNSET
    yes_price: int | Unset = UNSET
    no_price: int | Unset = UNSET
    yes_price_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=_to_yes_price_dollars)
    no_price_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=_to_no_price_dollars)
    count: int | Unset = UNSET
    count_fp: Decimal | None | Unset = _attrs_field(default=UNSET, converter=_to_count_fp)
    exchange_index: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticker = self.ticker

        side = self.side.value

        action = self.action.value

        subaccount = self.subaccount

        client_order_id = self.client_order_id

        updated_client_order_id = self.updated_client_order_id

        yes_price = self.yes_price

        no_price = self.no_price

        yes_price_dollars = decimal_to_json(self.yes_price_dollars)

        no_price_dollars = decimal_to_json(self.no_price_dollars)

        count = self.count

        count_fp = decimal_to_json(self.count_fp)

        exchange_index = self.exchange_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticker": ticker,
                "side": side,
                "action": action,
            }
        )
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if updated_client_order_id is not UNSET:
            field_dict["updated_client_order_id"] = updated_client_order_id
        if yes_price is not UNSET:
            field_dict["yes_price"] = yes_price
        if no_price is not UNSET:
            field_dict["no_price"] = no_price
        if yes_price_dollars is not UNSET:
            field_dict["yes_price_dollars"] = yes_price_dollars
        if no_price_dollars is not UNSET:
            field_dict["no_price_dollars"] = no_price_dollars
        if count is not UNSET:
            field_dict["count"] = count
        if count_fp is not UNSET:
            field_dict["count_fp"] = count_fp
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticker = d.pop("ticker")

        side = AmendOrderRequestSide(d.pop("side"))

        action = AmendOrderRequestAction(d.pop("action"))

        subaccount = d.pop("subaccount", UNSET)

        client_order_id = d.pop("client_order_id", UNSET)

        updated_client_order_id = d.pop("updated_client_order_id", UNSET)

        yes_price = d.pop("yes_price", UNSET)

        no_price = d.pop("no_price", UNSET)

        yes_price_dollars = d.pop("yes_price_dollars", UNSET)

        no_price_dollars = d.pop("no_price_dollars", UNSET)

        count = d.pop("count", UNSET)

        def _parse_count_fp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        count_fp = _parse_count_fp(d.pop("count_fp", UNSET))

        exchange_index = d.pop("exchange_index", UNSET)

        amend_order_request = cls(
            ticker=ticker,
            side=side,
            action=action,
            subaccount=subaccount,
            client_order_id=client_order_id,
            updated_client_order_id=updated_client_order_id,
            yes_price=yes_price,
            no_price=no_price,
            yes_price_dollars=yes_price_dollars,
            no_price_dollars=no_price_dollars,
            count=count,
            count_fp=count_fp,
            exchange_index=exchange_index,
        )

        amend_order_request.additional_properties = d
        return amend_order_request

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
