from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyList,
    Unset,
)

if TYPE_CHECKING:
    from ..models.rfq_batch_created_payload_msg_legs_item import RfqBatchCreatedPayloadMsgLegsItem
    from ..models.rfq_batch_created_payload_msg_rfqs_item import RfqBatchCreatedPayloadMsgRfqsItem


T = TypeVar("T", bound="RfqBatchCreatedPayloadMsg")


@_attrs_define
class RfqBatchCreatedPayloadMsg:
    """
    Attributes:
        id (str | Unset): Unique identifier for the RFQ batch
        creator_id (str | Unset): Public communications ID of the batch creator (pseudonymous). When obscure_creator_id
            is enabled, other users receive the shared placeholder
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" (SHA-256 of empty input). The creator sees
            their normal ID.
        created_ts (datetime.datetime | Unset): Timestamp when the RFQ batch was created
        legs (list[RfqBatchCreatedPayloadMsgLegsItem] | Unset): Distinct legs across the batch's combos, each listed
            once
        rfqs (list[RfqBatchCreatedPayloadMsgRfqsItem] | Unset): The child RFQs, in the order they were requested
    """

    id: str | Unset = UNSET
    creator_id: str | Unset = UNSET
    created_ts: datetime.datetime | Unset = UNSET
    legs: list[RfqBatchCreatedPayloadMsgLegsItem] | Unset = UNSET
    rfqs: list[RfqBatchCreatedPayloadMsgRfqsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        creator_id = self.creator_id

        created_ts: str | Unset = UNSET
        if not isinstance(self.created_ts, Unset):
            created_ts = self.created_ts.isoformat()

        legs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.legs, Unset):
            legs = []
            for legs_item_data in self.legs:
                legs_item = legs_item_data.to_dict()
                legs.append(legs_item)

        rfqs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rfqs, Unset):
            rfqs = []
            for rfqs_item_data in self.rfqs:
                rfqs_item = rfqs_item_data.to_dict()
                rfqs.append(rfqs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts
        if legs is not UNSET:
            field_dict["legs"] = legs
        if rfqs is not UNSET:
            field_dict["rfqs"] = rfqs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rfq_batch_created_payload_msg_legs_item import RfqBatchCreatedPayloadMsgLegsItem  # noqa: PLC0415
        from ..models.rfq_batch_created_payload_msg_rfqs_item import RfqBatchCreatedPayloadMsgRfqsItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        creator_id = d.pop("creator_id", UNSET)

        _created_ts = d.pop("created_ts", UNSET)
        created_ts: datetime.datetime | Unset
        if isinstance(_created_ts, Unset):
            created_ts = UNSET
        else:
            created_ts = datetime.datetime.fromisoformat(_created_ts)

        _legs = d.pop("legs", UNSET)
        legs: list[RfqBatchCreatedPayloadMsgLegsItem] | Unset = UNSET
        if _legs is not UNSET:
            legs = LazyList(_legs or [], RfqBatchCreatedPayloadMsgLegsItem, RfqBatchCreatedPayloadMsgLegsItem.from_dict)

        _rfqs = d.pop("rfqs", UNSET)
        rfqs: list[RfqBatchCreatedPayloadMsgRfqsItem] | Unset = UNSET
        if _rfqs is not UNSET:
            rfqs = LazyList(_rfqs or [], RfqBatchCreatedPayloadMsgRfqsItem, RfqBatchCreatedPayloadMsgRfqsItem.from_dict)

        rfq_batch_created_payload_msg = cls(
            id=id,
            creator_id=creator_id,
            created_ts=created_ts,
            legs=legs,
            rfqs=rfqs,
        )

        rfq_batch_created_payload_msg.additional_properties = d
        return rfq_batch_created_payload_msg

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
