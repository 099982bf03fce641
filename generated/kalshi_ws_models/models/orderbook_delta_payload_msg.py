from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.market_side import MarketSide
from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="OrderbookDeltaPayloadMsg")


@_attrs_define
class OrderbookDeltaPayloadMsg:
    """
    Attributes:
        market_ticker (str | Unset): Unique market identifier
        market_id (UUID | Unset): Unique market UUID
        clock (int | Unset): Exchange clock of the exchange action that made this change. Every connection sends the
            same clock for the same change.
            Several deltas can share a clock when one action makes several changes.
        price_dollars (Decimal | Unset): Price level in dollars
        delta_fp (Decimal | Unset): Fixed-point contract delta (2 decimals)
        side (MarketSide | Unset): Market side
        client_order_id (str | Unset): Optional - Present only when you caused this orderbook change.
            Contains the client_order_id of your order that triggered this delta.
        ts (datetime.datetime | Unset): Deprecated - Optional timestamp for when the orderbook change was recorded
            (RFC3339, truncated to milliseconds). Use ts_ms instead.
        ts_ms (int | Unset): Optional - Unix timestamp for when the orderbook change was recorded (in milliseconds)
        subaccount (int | Unset): Optional - Present only when you caused this orderbook change and are using
            subaccounts.
            Contains the subaccount number of your order that triggered this delta.
    """

    market_ticker: str | Unset = UNSET
    market_id: UUID | Unset = UNSET
    clock: int | Unset = UNSET
    price_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    delta_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    side: MarketSide | Unset = UNSET
    client_order_id: str | Unset = UNSET
    ts: datetime.datetime | Unset = UNSET
    ts_ms: int | Unset = UNSET
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        market_id: str | Unset = UNSET
        if not isinstance(self.market_id, Unset):
            market_id = str(self.market_id)

        clock = self.clock

        price_dollars = decimal_to_json(self.price_dollars)

        delta_fp = decimal_to_json(self.delta_fp)

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        client_order_id = self.client_order_id

        ts: str | Unset = UNSET
        if not isinstance(self.ts, Unset):
            ts = self.ts.isoformat()

        ts_ms = self.ts_ms

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if market_id is not UNSET:
            field_dict["market_id"] = market_id
        if clock is not UNSET:
            field_dict["clock"] = clock
        if price_dollars is not UNSET:
            field_dict["price_dollars"] = price_dollars
        if delta_fp is not UNSET:
            field_dict["delta_fp"] = delta_fp
        if side is not UNSET:
            field_dict["side"] = side
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if ts is not UNSET:
            field_dict["ts"] = ts
        if ts_ms is not UNSET:
            field_dict["ts_ms"] = ts_ms
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        market_ticker = d.pop("market_ticker", UNSET)

        _market_id = d.pop("market_id", UNSET)
        market_id: UUID | Unset
        if isinstance(_market_id, Unset):
            market_id = UNSET
        else:
            market_id = UUID(_market_id)

        clock = d.pop("clock", UNSET)

        price_dollars = d.pop("price_dollars", UNSET)

        delta_fp = d.pop("delta_fp", UNSET)

        _side = d.pop("side", UNSET)
        side: MarketSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = MarketSide(_side)

        client_order_id = d.pop("client_order_id", UNSET)

        _ts = d.pop("ts", UNSET)
        ts: datetime.datetime | Unset
        if isinstance(_ts, Unset):
            ts = UNSET
        else:
            ts = datetime.datetime.fromisoformat(_ts)

        ts_ms = d.pop("ts_ms", UNSET)

        subaccount = d.pop("subaccount", UNSET)

        orderbook_delta_payload_msg = cls(
            market_ticker=market_ticker,
            market_id=market_id,
            clock=clock,
            price_dollars=price_dollars,
            delta_fp=delta_fp,
            side=side,
            client_order_id=client_order_id,
            ts=ts,
            ts_ms=ts_ms,
            subaccount=subaccount,
        )

        orderbook_delta_payload_msg.additional_properties = d
        return orderbook_delta_payload_msg

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
