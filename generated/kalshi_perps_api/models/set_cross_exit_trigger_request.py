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

T = TypeVar("T", bound="SetCrossExitTriggerRequest")


def _to_count(value: DecimalInput | Unset) -> Decimal | Unset:
    return named_money(to_decimal_or_unset, value, "SetCrossExitTriggerRequest.count")


def _to_kind(value: ExitTriggerKind | str | Unset) -> ExitTriggerKind | Unset:
    return value if isinstance(value, Unset) else enum_value(ExitTriggerKind, value, "SetCrossExitTriggerRequest.kind")


def _to_stop_loss_price(value: DecimalInput | Unset) -> Decimal | Unset:
    return named_money(to_decimal_or_unset, value, "SetCrossExitTriggerRequest.stop_loss_price")


def _to_take_profit_price(value: DecimalInput | Unset) -> Decimal | Unset:
    return named_money(to_decimal_or_unset, value, "SetCrossExitTriggerRequest.take_profit_price")


def _to_trail_amount(value: DecimalInput | Unset) -> Decimal | Unset:
    return named_money(to_decimal_or_unset, value, "SetCrossExitTriggerRequest.trail_amount")


@_attrs_define
class SetCrossExitTriggerRequest:
    """For `bracket`, supply `stop_loss_price` and/or `take_profit_price`. For `trailing`, supply exactly one of
    `trail_amount` or `trail_bps`. Fields belonging to the other kind are rejected, as is a body that sets neither —
    cancel with `DELETE`. A leg you omit is cleared.

        Attributes:
            count (Decimal | Unset): Contracts this trigger closes when it fires. Omit it to cover the whole position, which
                then requires that no partial or anchored trigger already covers part of it. If supplied, it must be a whole
                number of contracts. Example: 10.00.
            anchor_order_id (str | Unset): Ties the trigger to an order: its size follows that order's cumulative fill, and
                it stays pending until the order first fills. Bracket only; mutually exclusive with `count`. If the order cannot
                currently be validated, the request returns `409` with error code `anchor_order_unavailable` before writing
                anything, so retrying is safe.
            client_trigger_id (str | Unset): Your own identifier, required on a `count` or `anchor_order_id` create because
                those append a trigger rather than replace one; rejected on every other write. Replaying a key returns the
                trigger the first request made, in whatever state it has since reached. Keys are single-use per account and
                belong to the position they created on: reusing one returns the original even once it is `canceled`, and
                presenting it for another subaccount or ticker returns `409` with error code `idempotency_key_already_used`. At
                most 64 characters.
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

    count: Decimal | Unset = _attrs_field(default=UNSET, converter=_to_count)
    anchor_order_id: str | Unset = UNSET
    client_trigger_id: str | Unset = UNSET
    kind: ExitTriggerKind | Unset = _attrs_field(default=ExitTriggerKind.BRACKET, converter=_to_kind)
    stop_loss_price: Decimal | Unset = _attrs_field(default=UNSET, converter=_to_stop_loss_price)
    take_profit_price: Decimal | Unset = _attrs_field(default=UNSET, converter=_to_take_profit_price)
    trail_amount: Decimal | Unset = _attrs_field(default=UNSET, converter=_to_trail_amount)
    trail_bps: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = decimal_to_json(self.count)

        anchor_order_id = self.anchor_order_id

        client_trigger_id = self.client_trigger_id

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
        if count is not UNSET:
            field_dict["count"] = count
        if anchor_order_id is not UNSET:
            field_dict["anchor_order_id"] = anchor_order_id
        if client_trigger_id is not UNSET:
            field_dict["client_trigger_id"] = client_trigger_id
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
        count = d.pop("count", UNSET)

        anchor_order_id = d.pop("anchor_order_id", UNSET)

        client_trigger_id = d.pop("client_trigger_id", UNSET)

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

        set_cross_exit_trigger_request = cls(
            count=count,
            anchor_order_id=anchor_order_id,
            client_trigger_id=client_trigger_id,
            kind=kind,
            stop_loss_price=stop_loss_price,
            take_profit_price=take_profit_price,
            trail_amount=trail_amount,
            trail_bps=trail_bps,
        )

        set_cross_exit_trigger_request.additional_properties = d
        return set_cross_exit_trigger_request

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
