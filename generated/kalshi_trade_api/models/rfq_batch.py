from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rfq_batch_status import RFQBatchStatus
from ..types import (
    UNSET,
    LazyList,
    Unset,
)

if TYPE_CHECKING:
    from ..models.rfq import RFQ


T = TypeVar("T", bound="RFQBatch")


@_attrs_define
class RFQBatch:
    """
    Attributes:
        id (str | Unset): UUID of the RFQ batch. Preserve the exact returned string.
        creator_id (str | Unset): Public communications ID of the batch creator, obscured for other users like
            RFQ.creator_id when obscure_creator_id was set. It is revealed once a child RFQ executes.
        status (RFQBatchStatus | Unset): Status of an RFQ batch. An open batch takes batch quotes; an accepted batch is
            waiting for its winning makers to confirm or is executing; a closed batch is finished.
        created_ts (datetime.datetime | Unset): Timestamp when the RFQ batch was created
        accepted_ts (datetime.datetime | Unset): Timestamp when a batch quote on the batch was accepted
        closed_ts (datetime.datetime | Unset): Timestamp when the RFQ batch closed
        rfqs (list[RFQ] | Unset): The child RFQs, in the order they were requested
        updated_ts (datetime.datetime | Unset): Timestamp when the RFQ batch was last updated (visible to the batch
            creator)
        close_reason (str | Unset): Why the RFQ batch closed, for example executed, execution failed, or cancelled. A
            batch closes partially executed only in the rare case that filling one child cancelled a maker order another
            child needed (visible to the batch creator)
        client_batch_id (str | Unset): The client_batch_id given at creation (visible to the batch creator)
        creator_user_id (str | Unset): User ID of the batch creator (private field)
        creator_subaccount (int | Unset): Subaccount number of the batch creator (visible to the batch creator)
    """

    id: str | Unset = UNSET
    creator_id: str | Unset = UNSET
    status: RFQBatchStatus | Unset = UNSET
    created_ts: datetime.datetime | Unset = UNSET
    accepted_ts: datetime.datetime | Unset = UNSET
    closed_ts: datetime.datetime | Unset = UNSET
    rfqs: list[RFQ] | Unset = UNSET
    updated_ts: datetime.datetime | Unset = UNSET
    close_reason: str | Unset = UNSET
    client_batch_id: str | Unset = UNSET
    creator_user_id: str | Unset = UNSET
    creator_subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        creator_id = self.creator_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_ts: str | Unset = UNSET
        if not isinstance(self.created_ts, Unset):
            created_ts = self.created_ts.isoformat()

        accepted_ts: str | Unset = UNSET
        if not isinstance(self.accepted_ts, Unset):
            accepted_ts = self.accepted_ts.isoformat()

        closed_ts: str | Unset = UNSET
        if not isinstance(self.closed_ts, Unset):
            closed_ts = self.closed_ts.isoformat()

        rfqs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rfqs, Unset):
            rfqs = []
            for rfqs_item_data in self.rfqs:
                rfqs_item = rfqs_item_data.to_dict()
                rfqs.append(rfqs_item)

        updated_ts: str | Unset = UNSET
        if not isinstance(self.updated_ts, Unset):
            updated_ts = self.updated_ts.isoformat()

        close_reason = self.close_reason

        client_batch_id = self.client_batch_id

        creator_user_id = self.creator_user_id

        creator_subaccount = self.creator_subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if status is not UNSET:
            field_dict["status"] = status
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts
        if accepted_ts is not UNSET:
            field_dict["accepted_ts"] = accepted_ts
        if closed_ts is not UNSET:
            field_dict["closed_ts"] = closed_ts
        if rfqs is not UNSET:
            field_dict["rfqs"] = rfqs
        if updated_ts is not UNSET:
            field_dict["updated_ts"] = updated_ts
        if close_reason is not UNSET:
            field_dict["close_reason"] = close_reason
        if client_batch_id is not UNSET:
            field_dict["client_batch_id"] = client_batch_id
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if creator_subaccount is not UNSET:
            field_dict["creator_subaccount"] = creator_subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rfq import RFQ  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        creator_id = d.pop("creator_id", UNSET)

        _status = d.pop("status", UNSET)
        status: RFQBatchStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RFQBatchStatus(_status)

        _created_ts = d.pop("created_ts", UNSET)
        created_ts: datetime.datetime | Unset
        if isinstance(_created_ts, Unset):
            created_ts = UNSET
        else:
            created_ts = datetime.datetime.fromisoformat(_created_ts)

        _accepted_ts = d.pop("accepted_ts", UNSET)
        accepted_ts: datetime.datetime | Unset
        if isinstance(_accepted_ts, Unset):
            accepted_ts = UNSET
        else:
            accepted_ts = datetime.datetime.fromisoformat(_accepted_ts)

        _closed_ts = d.pop("closed_ts", UNSET)
        closed_ts: datetime.datetime | Unset
        if isinstance(_closed_ts, Unset):
            closed_ts = UNSET
        else:
            closed_ts = datetime.datetime.fromisoformat(_closed_ts)

        _rfqs = d.pop("rfqs", UNSET)
        rfqs: list[RFQ] | Unset = UNSET
        if _rfqs is not UNSET:
            rfqs = LazyList(_rfqs or [], RFQ, RFQ.from_dict)

        _updated_ts = d.pop("updated_ts", UNSET)
        updated_ts: datetime.datetime | Unset
        if isinstance(_updated_ts, Unset):
            updated_ts = UNSET
        else:
            updated_ts = datetime.datetime.fromisoformat(_updated_ts)

        close_reason = d.pop("close_reason", UNSET)

        client_batch_id = d.pop("client_batch_id", UNSET)

        creator_user_id = d.pop("creator_user_id", UNSET)

        creator_subaccount = d.pop("creator_subaccount", UNSET)

        rfq_batch = cls(
            id=id,
            creator_id=creator_id,
            status=status,
            created_ts=created_ts,
            accepted_ts=accepted_ts,
            closed_ts=closed_ts,
            rfqs=rfqs,
            updated_ts=updated_ts,
            close_reason=close_reason,
            client_batch_id=client_batch_id,
            creator_user_id=creator_user_id,
            creator_subaccount=creator_subaccount,
        )

        rfq_batch.additional_properties = d
        return rfq_batch

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
