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
    from ..models.rfq_batch_best_quotes_payload_msg_rfqs_item import RfqBatchBestQuotesPayloadMsgRfqsItem


T = TypeVar("T", bound="RfqBatchBestQuotesPayloadMsg")


@_attrs_define
class RfqBatchBestQuotesPayloadMsg:
    """
    Attributes:
        rfq_batch_id (str | Unset): Identifier of your RFQ batch
        client_batch_id (str | Unset): The client_batch_id you gave when creating the batch. Omitted when none was
            given.
        version (int | Unset): Increases with every snapshot of this batch. Apply a snapshot only if its version is
            greater than the last one you applied.
        updated_ts (datetime.datetime | Unset): Timestamp when a best bid last changed
        yes_complete (bool | Unset): Whether every child has a yes bid, so the batch can be accepted on the yes side
        no_complete (bool | Unset): Whether every child has a no bid, so the batch can be accepted on the no side
        rfqs (list[RfqBatchBestQuotesPayloadMsgRfqsItem] | Unset): One entry per child RFQ, in the order the children
            were requested
        subaccount (int | Unset): Optional - Present only when your RFQ batch used a subaccount.
            Contains your own subaccount number.
    """

    rfq_batch_id: str | Unset = UNSET
    client_batch_id: str | Unset = UNSET
    version: int | Unset = UNSET
    updated_ts: datetime.datetime | Unset = UNSET
    yes_complete: bool | Unset = UNSET
    no_complete: bool | Unset = UNSET
    rfqs: list[RfqBatchBestQuotesPayloadMsgRfqsItem] | Unset = UNSET
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rfq_batch_id = self.rfq_batch_id

        client_batch_id = self.client_batch_id

        version = self.version

        updated_ts: str | Unset = UNSET
        if not isinstance(self.updated_ts, Unset):
            updated_ts = self.updated_ts.isoformat()

        yes_complete = self.yes_complete

        no_complete = self.no_complete

        rfqs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rfqs, Unset):
            rfqs = []
            for rfqs_item_data in self.rfqs:
                rfqs_item = rfqs_item_data.to_dict()
                rfqs.append(rfqs_item)

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rfq_batch_id is not UNSET:
            field_dict["rfq_batch_id"] = rfq_batch_id
        if client_batch_id is not UNSET:
            field_dict["client_batch_id"] = client_batch_id
        if version is not UNSET:
            field_dict["version"] = version
        if updated_ts is not UNSET:
            field_dict["updated_ts"] = updated_ts
        if yes_complete is not UNSET:
            field_dict["yes_complete"] = yes_complete
        if no_complete is not UNSET:
            field_dict["no_complete"] = no_complete
        if rfqs is not UNSET:
            field_dict["rfqs"] = rfqs
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rfq_batch_best_quotes_payload_msg_rfqs_item import RfqBatchBestQuotesPayloadMsgRfqsItem  # noqa: PLC0415

        d = dict(src_dict)
        rfq_batch_id = d.pop("rfq_batch_id", UNSET)

        client_batch_id = d.pop("client_batch_id", UNSET)

        version = d.pop("version", UNSET)

        _updated_ts = d.pop("updated_ts", UNSET)
        updated_ts: datetime.datetime | Unset
        if isinstance(_updated_ts, Unset):
            updated_ts = UNSET
        else:
            updated_ts = datetime.datetime.fromisoformat(_updated_ts)

        yes_complete = d.pop("yes_complete", UNSET)

        no_complete = d.pop("no_complete", UNSET)

        _rfqs = d.pop("rfqs", UNSET)
        rfqs: list[RfqBatchBestQuotesPayloadMsgRfqsItem] | Unset = UNSET
        if _rfqs is not UNSET:
            rfqs = LazyList(
                _rfqs or [], RfqBatchBestQuotesPayloadMsgRfqsItem, RfqBatchBestQuotesPayloadMsgRfqsItem.from_dict
            )

        subaccount = d.pop("subaccount", UNSET)

        rfq_batch_best_quotes_payload_msg = cls(
            rfq_batch_id=rfq_batch_id,
            client_batch_id=client_batch_id,
            version=version,
            updated_ts=updated_ts,
            yes_complete=yes_complete,
            no_complete=no_complete,
            rfqs=rfqs,
            subaccount=subaccount,
        )

        rfq_batch_best_quotes_payload_msg.additional_properties = d
        return rfq_batch_best_quotes_payload_msg

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
