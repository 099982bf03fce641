from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..models.last_update_reason import LastUpdateReason
from ..models.margin_user_order_payload_msg_order_source import MarginUserOrderPayloadMsgOrderSource
from ..models.self_trade_prevention_type import SelfTradePreventionType
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="MarginUserOrderPayloadMsg")


@_attrs_define
class MarginUserOrderPayloadMsg:
    """
    Attributes:
        order_id (UUID | Unset):
        user_id (UUID | Unset):
        client_order_id (str | Unset):
        ticker (str | Unset): Unique market identifier
        side (BookSide | Unset):
        price (str | Unset):
        fill_count (str | Unset):
        remaining_count (str | Unset):
        self_trade_prevention_type (SelfTradePreventionType | Unset): Self-trade prevention type
        order_group_id (str | Unset): Order group identifier, if the order belongs to an order group
        expiration_ts_ms (int | Unset): Unix timestamp in milliseconds.
        created_ts_ms (int | None | Unset): Unix timestamp in milliseconds.
        last_updated_ts_ms (int | Unset): Unix timestamp in milliseconds.
        last_update_reason (LastUpdateReason | Unset): Margin order update reason. The value ReduceOnlyCancel means
            reduce_only capped the order at placement. The field is omitted when no reason applies.
        subaccount_number (int | Unset):
        order_source (MarginUserOrderPayloadMsgOrderSource | Unset): `system` for liquidations and margin exit or
            trailing-stop
            triggers. `user` for every other order.
    """

    order_id: UUID | Unset = UNSET
    user_id: UUID | Unset = UNSET
    client_order_id: str | Unset = UNSET
    ticker: str | Unset = UNSET
    side: BookSide | Unset = UNSET
    price: str | Unset = UNSET
    fill_count: str | Unset = UNSET
    remaining_count: str | Unset = UNSET
    self_trade_prevention_type: SelfTradePreventionType | Unset = UNSET
    order_group_id: str | Unset = UNSET
    expiration_ts_ms: int | Unset = UNSET
    created_ts_ms: int | None | Unset = UNSET
    last_updated_ts_ms: int | Unset = UNSET
    last_update_reason: LastUpdateReason | Unset = UNSET
    subaccount_number: int | Unset = UNSET
    order_source: MarginUserOrderPayloadMsgOrderSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)

        user_id: str | Unset = UNSET
        if not isinstance(self.user_id, Unset):
            user_id = str(self.user_id)

        client_order_id = self.client_order_id

        ticker = self.ticker

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        price = self.price

        fill_count = self.fill_count

        remaining_count = self.remaining_count

        self_trade_prevention_type: str | Unset = UNSET
        if not isinstance(self.self_trade_prevention_type, Unset):
            self_trade_prevention_type = self.self_trade_prevention_type.value

        order_group_id = self.order_group_id

        expiration_ts_ms = self.expiration_ts_ms

        created_ts_ms: int | None | Unset
        if isinstance(self.created_ts_ms, Unset):
            created_ts_ms = UNSET
        else:
            created_ts_ms = self.created_ts_ms

        last_updated_ts_ms = self.last_updated_ts_ms

        last_update_reason: str | Unset = UNSET
        if not isinstance(self.last_update_reason, Unset):
            last_update_reason = self.last_update_reason.value

        subaccount_number = self.subaccount_number

        order_source: str | Unset = UNSET
        if not isinstance(self.order_source, Unset):
            order_source = self.order_source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if side is not UNSET:
            field_dict["side"] = side
        if price is not UNSET:
            field_dict["price"] = price
        if fill_count is not UNSET:
            field_dict["fill_count"] = fill_count
        if remaining_count is not UNSET:
            field_dict["remaining_count"] = remaining_count
        if self_trade_prevention_type is not UNSET:
            field_dict["self_trade_prevention_type"] = self_trade_prevention_type
        if order_group_id is not UNSET:
            field_dict["order_group_id"] = order_group_id
        if expiration_ts_ms is not UNSET:
            field_dict["expiration_ts_ms"] = expiration_ts_ms
        if created_ts_ms is not UNSET:
            field_dict["created_ts_ms"] = created_ts_ms
        if last_updated_ts_ms is not UNSET:
            field_dict["last_updated_ts_ms"] = last_updated_ts_ms
        if last_update_reason is not UNSET:
            field_dict["last_update_reason"] = last_update_reason
        if subaccount_number is not UNSET:
            field_dict["subaccount_number"] = subaccount_number
        if order_source is not UNSET:
            field_dict["order_source"] = order_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _order_id = d.pop("order_id", UNSET)
        order_id: UUID | Unset
        if isinstance(_order_id, Unset):
            order_id = UNSET
        else:
            order_id = UUID(_order_id)

        _user_id = d.pop("user_id", UNSET)
        user_id: UUID | Unset
        if isinstance(_user_id, Unset):
            user_id = UNSET
        else:
            user_id = UUID(_user_id)

        client_order_id = d.pop("client_order_id", UNSET)

        ticker = d.pop("ticker", UNSET)

        _side = d.pop("side", UNSET)
        side: BookSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = BookSide(_side)

        price = d.pop("price", UNSET)

        fill_count = d.pop("fill_count", UNSET)

        remaining_count = d.pop("remaining_count", UNSET)

        _self_trade_prevention_type = d.pop("self_trade_prevention_type", UNSET)
        self_trade_prevention_type: SelfTradePreventionType | Unset
        if isinstance(_self_trade_prevention_type, Unset):
            self_trade_prevention_type = UNSET
        else:
            self_trade_prevention_type = SelfTradePreventionType(_self_trade_prevention_type)

        order_group_id = d.pop("order_group_id", UNSET)

        expiration_ts_ms = d.pop("expiration_ts_ms", UNSET)

        def _parse_created_ts_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_ts_ms = _parse_created_ts_ms(d.pop("created_ts_ms", UNSET))

        last_updated_ts_ms = d.pop("last_updated_ts_ms", UNSET)

        _last_update_reason = d.pop("last_update_reason", UNSET)
        last_update_reason: LastUpdateReason | Unset
        if isinstance(_last_update_reason, Unset):
            last_update_reason = UNSET
        else:
            last_update_reason = LastUpdateReason(_last_update_reason)

        subaccount_number = d.pop("subaccount_number", UNSET)

        _order_source = d.pop("order_source", UNSET)
        order_source: MarginUserOrderPayloadMsgOrderSource | Unset
        if isinstance(_order_source, Unset):
            order_source = UNSET
        else:
            order_source = MarginUserOrderPayloadMsgOrderSource(_order_source)

        margin_user_order_payload_msg = cls(
            order_id=order_id,
            user_id=user_id,
            client_order_id=client_order_id,
            ticker=ticker,
            side=side,
            price=price,
            fill_count=fill_count,
            remaining_count=remaining_count,
            self_trade_prevention_type=self_trade_prevention_type,
            order_group_id=order_group_id,
            expiration_ts_ms=expiration_ts_ms,
            created_ts_ms=created_ts_ms,
            last_updated_ts_ms=last_updated_ts_ms,
            last_update_reason=last_update_reason,
            subaccount_number=subaccount_number,
            order_source=order_source,
        )

        margin_user_order_payload_msg.additional_properties = d
        return margin_user_order_payload_msg

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
