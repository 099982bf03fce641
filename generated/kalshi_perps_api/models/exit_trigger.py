from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exit_trigger_kind import ExitTriggerKind
from ..models.exit_trigger_leg import ExitTriggerLeg
from ..models.exit_trigger_reason import ExitTriggerReason
from ..models.exit_trigger_status import ExitTriggerStatus
from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="ExitTrigger")


@_attrs_define
class ExitTrigger:
    """
    Attributes:
        id (str | Unset): Unique identifier for this trigger.
        ticker (str | Unset): Market the protected position is on.
        kind (ExitTriggerKind | Unset): Trigger family. `bracket` is a stop-loss / take-profit pair; `trailing` is a
            trailing stop whose stop level ratchets with the liquidation mark.
        status (ExitTriggerStatus | Unset): `pending_on_entry` awaits an initial or further fill from the anchor order
            before arming — an order-anchored trigger returns here after closing its current quantity, so this status can
            follow `active` and carries a non-zero `filled_count` when it does. `active` is live and evaluated against the
            mark each tick. `filled`, `failed`, and `canceled` are terminal.
        status_reason (ExitTriggerReason | Unset): Why the trigger reached its terminal status.
        triggered_leg (ExitTriggerLeg | Unset): Which leg of a bracket fired. Present only once a leg has fired.
        triggered_order_id (str | Unset): Order placed the last time the trigger fired. An order-anchored trigger keeps
            it after returning to `pending_on_entry`, so its presence does not mean the trigger is done.
        anchor_order_id (str | Unset): Order this trigger follows, for order-anchored triggers. Cleared once that order
            reaches a terminal state, so use `client_trigger_id` to correlate a trigger with the request that made it.
        client_trigger_id (str | Unset): The idempotency key the create supplied, for appending creates.
        stop_loss_price (Decimal | Unset): Stop-loss leg price. Bracket triggers only. Example: 0.5600.
        take_profit_price (Decimal | Unset): Take-profit leg price. Bracket triggers only. Example: 0.5600.
        trail_amount (Decimal | Unset): Absolute trailing distance. Trailing triggers only. Example: 0.5600.
        trail_bps (int | Unset): Trailing distance in basis points of the watermark. Trailing triggers only.
        watermark_price (Decimal | Unset): Most favorable liquidation mark seen since creation — the peak for long
            positions, the trough for short. Trailing triggers only. Example: 0.5600.
        effective_stop_price (Decimal | Unset): Level whose breach fires the stop: watermark minus the trail for longs,
            plus for shorts. Trailing triggers only. Example: 0.5600.
        count (Decimal | Unset): Contracts this trigger closes when it fires. `0` means the whole position. Example:
            10.00.
        filled_count (Decimal | Unset): Contracts closed so far across fire attempts. Example: 10.00.
        created_time (datetime.datetime | Unset):
        updated_time (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    ticker: str | Unset = UNSET
    kind: ExitTriggerKind | Unset = UNSET
    status: ExitTriggerStatus | Unset = UNSET
    status_reason: ExitTriggerReason | Unset = UNSET
    triggered_leg: ExitTriggerLeg | Unset = UNSET
    triggered_order_id: str | Unset = UNSET
    anchor_order_id: str | Unset = UNSET
    client_trigger_id: str | Unset = UNSET
    stop_loss_price: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    take_profit_price: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    trail_amount: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    trail_bps: int | Unset = UNSET
    watermark_price: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    effective_stop_price: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    count: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    filled_count: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    created_time: datetime.datetime | Unset = UNSET
    updated_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ticker = self.ticker

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        status_reason: str | Unset = UNSET
        if not isinstance(self.status_reason, Unset):
            status_reason = self.status_reason.value

        triggered_leg: str | Unset = UNSET
        if not isinstance(self.triggered_leg, Unset):
            triggered_leg = self.triggered_leg.value

        triggered_order_id = self.triggered_order_id

        anchor_order_id = self.anchor_order_id

        client_trigger_id = self.client_trigger_id

        stop_loss_price = decimal_to_json(self.stop_loss_price)

        take_profit_price = decimal_to_json(self.take_profit_price)

        trail_amount = decimal_to_json(self.trail_amount)

        trail_bps = self.trail_bps

        watermark_price = decimal_to_json(self.watermark_price)

        effective_stop_price = decimal_to_json(self.effective_stop_price)

        count = decimal_to_json(self.count)

        filled_count = decimal_to_json(self.filled_count)

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        updated_time: str | Unset = UNSET
        if not isinstance(self.updated_time, Unset):
            updated_time = self.updated_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if kind is not UNSET:
            field_dict["kind"] = kind
        if status is not UNSET:
            field_dict["status"] = status
        if status_reason is not UNSET:
            field_dict["status_reason"] = status_reason
        if triggered_leg is not UNSET:
            field_dict["triggered_leg"] = triggered_leg
        if triggered_order_id is not UNSET:
            field_dict["triggered_order_id"] = triggered_order_id
        if anchor_order_id is not UNSET:
            field_dict["anchor_order_id"] = anchor_order_id
        if client_trigger_id is not UNSET:
            field_dict["client_trigger_id"] = client_trigger_id
        if stop_loss_price is not UNSET:
            field_dict["stop_loss_price"] = stop_loss_price
        if take_profit_price is not UNSET:
            field_dict["take_profit_price"] = take_profit_price
        if trail_amount is not UNSET:
            field_dict["trail_amount"] = trail_amount
        if trail_bps is not UNSET:
            field_dict["trail_bps"] = trail_bps
        if watermark_price is not UNSET:
            field_dict["watermark_price"] = watermark_price
        if effective_stop_price is not UNSET:
            field_dict["effective_stop_price"] = effective_stop_price
        if count is not UNSET:
            field_dict["count"] = count
        if filled_count is not UNSET:
            field_dict["filled_count"] = filled_count
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        ticker = d.pop("ticker", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: ExitTriggerKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = ExitTriggerKind(_kind)

        _status = d.pop("status", UNSET)
        status: ExitTriggerStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ExitTriggerStatus(_status)

        _status_reason = d.pop("status_reason", UNSET)
        status_reason: ExitTriggerReason | Unset
        if isinstance(_status_reason, Unset):
            status_reason = UNSET
        else:
            status_reason = ExitTriggerReason(_status_reason)

        _triggered_leg = d.pop("triggered_leg", UNSET)
        triggered_leg: ExitTriggerLeg | Unset
        if isinstance(_triggered_leg, Unset):
            triggered_leg = UNSET
        else:
            triggered_leg = ExitTriggerLeg(_triggered_leg)

        triggered_order_id = d.pop("triggered_order_id", UNSET)

        anchor_order_id = d.pop("anchor_order_id", UNSET)

        client_trigger_id = d.pop("client_trigger_id", UNSET)

        stop_loss_price = d.pop("stop_loss_price", UNSET)

        take_profit_price = d.pop("take_profit_price", UNSET)

        trail_amount = d.pop("trail_amount", UNSET)

        trail_bps = d.pop("trail_bps", UNSET)

        watermark_price = d.pop("watermark_price", UNSET)

        effective_stop_price = d.pop("effective_stop_price", UNSET)

        count = d.pop("count", UNSET)

        filled_count = d.pop("filled_count", UNSET)

        _created_time = d.pop("created_time", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        _updated_time = d.pop("updated_time", UNSET)
        updated_time: datetime.datetime | Unset
        if isinstance(_updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = datetime.datetime.fromisoformat(_updated_time)

        exit_trigger = cls(
            id=id,
            ticker=ticker,
            kind=kind,
            status=status,
            status_reason=status_reason,
            triggered_leg=triggered_leg,
            triggered_order_id=triggered_order_id,
            anchor_order_id=anchor_order_id,
            client_trigger_id=client_trigger_id,
            stop_loss_price=stop_loss_price,
            take_profit_price=take_profit_price,
            trail_amount=trail_amount,
            trail_bps=trail_bps,
            watermark_price=watermark_price,
            effective_stop_price=effective_stop_price,
            count=count,
            filled_count=filled_count,
            created_time=created_time,
            updated_time=updated_time,
        )

        exit_trigger.additional_properties = d
        return exit_trigger

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
