from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="RfqBatchDeletedPayloadMsg")


@_attrs_define
class RfqBatchDeletedPayloadMsg:
    """
    Attributes:
        id (str | Unset): Unique identifier for the RFQ batch
        creator_id (str | Unset): Public communications ID of the batch creator, obscured as in rfq_batch_created
        rfq_ids (list[str] | Unset): The child RFQs, which closed with the batch
        deleted_ts (datetime.datetime | Unset): Timestamp when the RFQ batch closed
    """

    id: str | Unset = UNSET
    creator_id: str | Unset = UNSET
    rfq_ids: list[str] | Unset = UNSET
    deleted_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        creator_id = self.creator_id

        rfq_ids: list[str] | Unset = UNSET
        if not isinstance(self.rfq_ids, Unset):
            rfq_ids = self.rfq_ids

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
        if rfq_ids is not UNSET:
            field_dict["rfq_ids"] = rfq_ids
        if deleted_ts is not UNSET:
            field_dict["deleted_ts"] = deleted_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        creator_id = d.pop("creator_id", UNSET)

        _rfq_ids = d.pop("rfq_ids", UNSET)
        rfq_ids = cast(list[str], [] if _rfq_ids is None else _rfq_ids)

        _deleted_ts = d.pop("deleted_ts", UNSET)
        deleted_ts: datetime.datetime | Unset
        if isinstance(_deleted_ts, Unset):
            deleted_ts = UNSET
        else:
            deleted_ts = datetime.datetime.fromisoformat(_deleted_ts)

        rfq_batch_deleted_payload_msg = cls(
            id=id,
            creator_id=creator_id,
            rfq_ids=rfq_ids,
            deleted_ts=deleted_ts,
        )

        rfq_batch_deleted_payload_msg.additional_properties = d
        return rfq_batch_deleted_payload_msg

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
