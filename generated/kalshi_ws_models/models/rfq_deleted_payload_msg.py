from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="RfqDeletedPayloadMsg")


@_attrs_define
class RfqDeletedPayloadMsg:
    """
    Attributes:
        id (str | Unset): Unique identifier for the RFQ
        creator_id (str | Unset): Public communications ID of the RFQ creator (pseudonymous). When obscure_creator_id is
            enabled, other users receive the shared placeholder
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" (SHA-256 of empty input). The creator sees
            their normal ID.
        market_ticker (str | Unset): Market ticker for the RFQ
        event_ticker (str | Unset): Event ticker (optional)
        contracts_fp (Decimal | Unset): Fixed-point contracts requested (2 decimals) (optional)
        target_cost_dollars (Decimal | Unset): Target cost in dollars (optional)
        deleted_ts (datetime.datetime | Unset): Timestamp when the RFQ was deleted
    """

    id: str | Unset = UNSET
    creator_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    event_ticker: str | Unset = UNSET
    contracts_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    target_cost_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    deleted_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        creator_id = self.creator_id

        market_ticker = self.market_ticker

        event_ticker = self.event_ticker

        contracts_fp = decimal_to_json(self.contracts_fp)

        target_cost_dollars = decimal_to_json(self.target_cost_dollars)

        deleted_ts: str | Unset = UNSET
        if not isinstance(self.deleted_ts, Unset):
            deleted_ts = self.deleted_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if contracts_fp is not UNSET:
            field_dict["contracts_fp"] = contracts_fp
        if target_cost_dollars is not UNSET:
            field_dict["target_cost_dollars"] = target_cost_dollars
        if deleted_ts is not UNSET:
            field_dict["deleted_ts"] = deleted_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        creator_id = d.pop("creator_id", UNSET)

        market_ticker = d.pop("market_ticker", UNSET)

        event_ticker = d.pop("event_ticker", UNSET)

        contracts_fp = d.pop("contracts_fp", UNSET)

        target_cost_dollars = d.pop("target_cost_dollars", UNSET)

        _deleted_ts = d.pop("deleted_ts", UNSET)
        deleted_ts: datetime.datetime | Unset
        if isinstance(_deleted_ts, Unset):
            deleted_ts = UNSET
        else:
            deleted_ts = datetime.datetime.fromisoformat(_deleted_ts)

        rfq_deleted_payload_msg = cls(
            id=id,
            creator_id=creator_id,
            market_ticker=market_ticker,
            event_ticker=event_ticker,
            contracts_fp=contracts_fp,
            target_cost_dollars=target_cost_dollars,
            deleted_ts=deleted_ts,
        )

        rfq_deleted_payload_msg.additional_properties = d
        return rfq_deleted_payload_msg

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
