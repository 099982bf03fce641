from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exit_trigger_kind import ExitTriggerKind
from ..types import (
    UNSET,
    DecimalInput,
    Unset,
    decimal_to_json,
    enum_value,
    named_money,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="SetIsolatedExitTriggerRequest")


def _to_kind(value: ExitTriggerKind | str | Unset) -> ExitTriggerKind | Unset:
    return (
        value if isinstance(value, Unset) else enum_value(ExitTriggerKind, value, "SetIsolatedExitTriggerRequest.kind")
    )


def _to_stop_loss_price(value: DecimalInput | Unset) -> Decimal | Unset:
    return named_money(to_decimal_or_unset, value, "SetIsolatedExitTriggerRequest.stop_loss_price")


def _to_take_profit_price(value: DecimalInput | Unset) -> Decimal | Unset:
    return named_money(to_decimal_or_unset, value, "SetIsolatedExitTriggerRequest.take_profit_price")


def _to_trail_amount(value: DecimalInput | Unset) -> Decimal | Unset:
    return named_money(to_decimal_or_unset, value, "SetIsolatedExitTriggerRequest.trail_amount")


@_attrs_define
class SetIsolatedExitTriggerRequest:
    """For `bracket`, supply `stop_loss_price` and/or `take_profit_price`. For `trailing`, supply exactly one of
    `trail_amount` or `trail_bps`. Fields belonging to the other kind are rejected, as is a body that sets neither —
    cancel with `DELETE`. A leg you omit is cleared.

        Attributes:
            kind (ExitTriggerKind | Unset): Trigger family. `bracket` is a stop-loss / take-profit pair; `trailing` is a
                trailing stop whose stop level ratchets with the liquidation mark. Default: ExitTriggerKind.BRACKET.
            stop_loss_price (Decimal | Unset): Mark price at which the stop-loss leg fires. Bracket only; must be strictly
                positive when supplied. Example: 0.5600.
            take_profit_price (Decimal | Unset): Mark price at which the take-profit leg fires. Bracket only; must be
                strictly positive when supplied. Example: 0.5600.
            trail_amount (Decimal | Unset): Absolute trailing distance in dollars. Trailing only; mutually exclusive with
                `trail_bps`. Example: 0.5600.
            trail_bps (int | Unset): Trailing distance in basis points of the tracked watermark (not the entry price).
                Trailing only; mutually exclusive with `trail_amount`. Minimum: 1. Maximum: 9999.
    """

    kind: ExitTriggerKind | Unset = _attrs_field(default=ExitTriggerKind.BRACKET, converter=_to_kind)
    stop_loss_price: Decimal | Unset = _attrs_field(default=UNSET, converter=_to_stop_loss_price)
    take_profit_price: Decimal | Unset = _attrs_field(default=UNSET, converter=_to_take_profit_price)
    trail_amount: Decimal | Unset = _attrs_field(default=UNSET, converter=_to_trail_amount)
    trail_bps: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        stop_loss_price = decimal_to_json(self.stop_loss_price)

        take_profit_price = decimal_to_json(self.take_profit_price)

        trail_amount = decimal_to_json(self.trail_amount)

        trail_bps = self.trail_bps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if stop_loss_price is not UNSET:
            field_dict["stop_loss_price"] = stop_loss_price
        if take_profit_price is not UNSET:
            field_dict["take_profit_price"] = take_profit_price
        if trail_amount is not UNSET:
            field_dict["trail_amount"] = trail_amount
        if trail_bps is not UNSET:
            field_dict["trail_bps"] = trail_bps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _kind = d.pop("kind", UNSET)
        kind: ExitTriggerKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = ExitTriggerKind(_kind)

        stop_loss_price = d.pop("stop_loss_price", UNSET)

        take_profit_price = d.pop("take_profit_price", UNSET)

        trail_amount = d.pop("trail_amount", UNSET)

        trail_bps = d.pop("trail_bps", UNSET)

        set_isolated_exit_trigger_request = cls(
            kind=kind,
            stop_loss_price=stop_loss_price,
            take_profit_price=take_profit_price,
            trail_amount=trail_amount,
            trail_bps=trail_bps,
        )

        set_isolated_exit_trigger_request.additional_properties = d
        return set_isolated_exit_trigger_request

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
