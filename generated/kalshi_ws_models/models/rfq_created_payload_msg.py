from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyList,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

if TYPE_CHECKING:
    from ..models.rfq_created_payload_msg_mve_selected_legs_item import RfqCreatedPayloadMsgMveSelectedLegsItem


T = TypeVar("T", bound="RfqCreatedPayloadMsg")


@_attrs_define
class RfqCreatedPayloadMsg:
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
        created_ts (datetime.datetime | Unset): Timestamp when the RFQ was created
        mve_collection_ticker (str | Unset): Multivariate event collection ticker. Omitted for non-MVE RFQs.
        mve_selected_legs (list[RfqCreatedPayloadMsgMveSelectedLegsItem] | Unset): Selected legs for an MVE RFQ. Omitted
            when the array is empty.
    """

    id: str | Unset = UNSET
    creator_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    event_ticker: str | Unset = UNSET
    contracts_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    target_cost_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    created_ts: datetime.datetime | Unset = UNSET
    mve_collection_ticker: str | Unset = UNSET
    mve_selected_legs: list[RfqCreatedPayloadMsgMveSelectedLegsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        creator_id = self.creator_id

        market_ticker = self.market_ticker

        event_ticker = self.event_ticker

        contracts_fp = decimal_to_json(self.contracts_fp)

        target_cost_dollars = decimal_to_json(self.target_cost_dollars)

        created_ts: str | Unset = UNSET
        if not isinstance(self.created_ts, Unset):
            created_ts = self.created_ts.isoformat()

        mve_collection_ticker = self.mve_collection_ticker

        mve_selected_legs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mve_selected_legs, Unset):
            mve_selected_legs = []
            for mve_selected_legs_item_data in self.mve_selected_legs:
                mve_selected_legs_item = mve_selected_legs_item_data.to_dict()
                mve_selected_legs.append(mve_selected_legs_item)

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
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts
        if mve_collection_ticker is not UNSET:
            field_dict["mve_collection_ticker"] = mve_collection_ticker
        if mve_selected_legs is not UNSET:
            field_dict["mve_selected_legs"] = mve_selected_legs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rfq_created_payload_msg_mve_selected_legs_item import RfqCreatedPayloadMsgMveSelectedLegsItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        creator_id = d.pop("creator_id", UNSET)

        market_ticker = d.pop("market_ticker", UNSET)

        event_ticker = d.pop("event_ticker", UNSET)

        contracts_fp = d.pop("contracts_fp", UNSET)

        target_cost_dollars = d.pop("target_cost_dollars", UNSET)

        _created_ts = d.pop("created_ts", UNSET)
        created_ts: datetime.datetime | Unset
        if isinstance(_created_ts, Unset):
            created_ts = UNSET
        else:
            created_ts = datetime.datetime.fromisoformat(_created_ts)

        mve_collection_ticker = d.pop("mve_collection_ticker", UNSET)

        _mve_selected_legs = d.pop("mve_selected_legs", UNSET)
        mve_selected_legs: list[RfqCreatedPayloadMsgMveSelectedLegsItem] | Unset = UNSET
        if _mve_selected_legs is not UNSET:
            mve_selected_legs = LazyList(
                _mve_selected_legs or [],
                RfqCreatedPayloadMsgMveSelectedLegsItem,
                RfqCreatedPayloadMsgMveSelectedLegsItem.from_dict,
            )

        rfq_created_payload_msg = cls(
            id=id,
            creator_id=creator_id,
            market_ticker=market_ticker,
            event_ticker=event_ticker,
            contracts_fp=contracts_fp,
            target_cost_dollars=target_cost_dollars,
            created_ts=created_ts,
            mve_collection_ticker=mve_collection_ticker,
            mve_selected_legs=mve_selected_legs,
        )

        rfq_created_payload_msg.additional_properties = d
        return rfq_created_payload_msg

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
