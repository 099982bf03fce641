from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DecimalInput,
    Unset,
    decimal_to_json,
    named_money,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="UpdateExitTriggerRequest")


def _to_stop_loss_price(value: DecimalInput | Unset) -> Decimal | Unset:
    return named_money(to_decimal_or_unset, value, "UpdateExitTriggerRequest.stop_loss_price")


def _to_take_profit_price(value: DecimalInput | Unset) -> Decimal | Unset:
    return named_money(to_decimal_or_unset, value, "UpdateExitTriggerRequest.take_profit_price")


@_attrs_define
class UpdateExitTriggerRequest:
    """At least one leg is required and a leg you omit is cleared; cancel with `DELETE`.

    Attributes:
        stop_loss_price (Decimal | Unset): Mark price at which the stop-loss leg fires. Must be strictly positive when
            supplied. Example: 0.5600.
        take_profit_price (Decimal | Unset): Mark price at which the take-profit leg fires. Must be strictly positive
            when supplied. Example: 0.5600.
    """

    stop_loss_price: Decimal | Unset = _attrs_field(default=UNSET, converter=_to_stop_loss_price)
    take_profit_price: Decimal | Unset = _attrs_field(default=UNSET, converter=_to_take_profit_price)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stop_loss_price = decimal_to_json(self.stop_loss_price)

        take_profit_price = decimal_to_json(self.take_profit_price)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stop_loss_price is not UNSET:
            field_dict["stop_loss_price"] = stop_loss_price
        if take_profit_price is not UNSET:
            field_dict["take_profit_price"] = take_profit_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stop_loss_price = d.pop("stop_loss_price", UNSET)

        take_profit_price = d.pop("take_profit_price", UNSET)

        update_exit_trigger_request = cls(
            stop_loss_price=stop_loss_price,
            take_profit_price=take_profit_price,
        )

        update_exit_trigger_request.additional_properties = d
        return update_exit_trigger_request

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
