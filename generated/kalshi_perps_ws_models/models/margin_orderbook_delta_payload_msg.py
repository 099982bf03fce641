from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_side import BookSide
from ..models.last_update_reason import LastUpdateReason
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="MarginOrderbookDeltaPayloadMsg")


@_attrs_define
class MarginOrderbookDeltaPayloadMsg:
    """
    Attributes:
        market_ticker (str | Unset): Unique market identifier
        price (str | Unset):
        delta (str | Unset):
        side (BookSide | Unset):
        last_update_reason (LastUpdateReason | Unset): Margin order update reason. The value ReduceOnlyCancel means
            reduce_only capped the order at placement. The field is omitted when no reason applies.
        client_order_id (str | Unset):
        ts_ms (int | Unset): Unix timestamp in milliseconds.
        subaccount (int | Unset):
    """

    market_ticker: str | Unset = UNSET
    price: str | Unset = UNSET
    delta: str | Unset = UNSET
    side: BookSide | Unset = UNSET
    last_update_reason: LastUpdateReason | Unset = UNSET
    client_order_id: str | Unset = UNSET
    ts_ms: int | Unset = UNSET
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        price = self.price

        delta = self.delta

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        last_update_reason: str | Unset = UNSET
        if not isinstance(self.last_update_reason, Unset):
            last_update_reason = self.last_update_reason.value

        client_order_id = self.client_order_id

        ts_ms = self.ts_ms

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if price is not UNSET:
            field_dict["price"] = price
        if delta is not UNSET:
            field_dict["delta"] = delta
        if side is not UNSET:
            field_dict["side"] = side
        if last_update_reason is not UNSET:
            field_dict["last_update_reason"] = last_update_reason
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if ts_ms is not UNSET:
            field_dict["ts_ms"] = ts_ms
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        market_ticker = d.pop("market_ticker", UNSET)

        price = d.pop("price", UNSET)

        delta = d.pop("delta", UNSET)

        _side = d.pop("side", UNSET)
        side: BookSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = BookSide(_side)

        _last_update_reason = d.pop("last_update_reason", UNSET)
        last_update_reason: LastUpdateReason | Unset
        if isinstance(_last_update_reason, Unset):
            last_update_reason = UNSET
        else:
            last_update_reason = LastUpdateReason(_last_update_reason)

        client_order_id = d.pop("client_order_id", UNSET)

        ts_ms = d.pop("ts_ms", UNSET)

        subaccount = d.pop("subaccount", UNSET)

        margin_orderbook_delta_payload_msg = cls(
            market_ticker=market_ticker,
            price=price,
            delta=delta,
            side=side,
            last_update_reason=last_update_reason,
            client_order_id=client_order_id,
            ts_ms=ts_ms,
            subaccount=subaccount,
        )

        margin_orderbook_delta_payload_msg.additional_properties = d
        return margin_orderbook_delta_payload_msg

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
