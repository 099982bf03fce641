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

T = TypeVar("T", bound="RfqBatchExecutedPayloadMsg")


@_attrs_define
class RfqBatchExecutedPayloadMsg:
    """
    Attributes:
        rfq_batch_id (str | Unset): Identifier of your RFQ batch
        client_batch_id (str | Unset): The client_batch_id you gave when creating the batch. Omitted when none was
            given.
        rfq_creator_id (str | Unset): Your public communications ID as the RFQ batch creator
        executed_rfq_ids (list[str] | Unset): Child RFQs whose trades executed
        failed_rfq_ids (list[str] | Unset): Child RFQs whose trades failed to execute
        executed_ts (datetime.datetime | Unset): Timestamp when the last child finished
        close_reason (str | Unset): How the batch ended. `executed` when every child executed, `execution failed` when
            none did, and `partially executed` in the rare case that filling one child cancelled a maker order another child
            needed.
        subaccount (int | Unset): Optional - Present only when your RFQ batch used a subaccount.
            Contains your own subaccount number.
    """

    rfq_batch_id: str | Unset = UNSET
    client_batch_id: str | Unset = UNSET
    rfq_creator_id: str | Unset = UNSET
    executed_rfq_ids: list[str] | Unset = UNSET
    failed_rfq_ids: list[str] | Unset = UNSET
    executed_ts: datetime.datetime | Unset = UNSET
    close_reason: str | Unset = UNSET
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rfq_batch_id = self.rfq_batch_id

        client_batch_id = self.client_batch_id

        rfq_creator_id = self.rfq_creator_id

        executed_rfq_ids: list[str] | Unset = UNSET
        if not isinstance(self.executed_rfq_ids, Unset):
            executed_rfq_ids = self.executed_rfq_ids

        failed_rfq_ids: list[str] | Unset = UNSET
        if not isinstance(self.failed_rfq_ids, Unset):
            failed_rfq_ids = self.failed_rfq_ids

        executed_ts: str | Unset = UNSET
        if not isinstance(self.executed_ts, Unset):
            executed_ts = self.executed_ts.isoformat()

        close_reason = self.close_reason

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rfq_batch_id is not UNSET:
            field_dict["rfq_batch_id"] = rfq_batch_id
        if client_batch_id is not UNSET:
            field_dict["client_batch_id"] = client_batch_id
        if rfq_creator_id is not UNSET:
            field_dict["rfq_creator_id"] = rfq_creator_id
        if executed_rfq_ids is not UNSET:
            field_dict["executed_rfq_ids"] = executed_rfq_ids
        if failed_rfq_ids is not UNSET:
            field_dict["failed_rfq_ids"] = failed_rfq_ids
        if executed_ts is not UNSET:
            field_dict["executed_ts"] = executed_ts
        if close_reason is not UNSET:
            field_dict["close_reason"] = close_reason
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rfq_batch_id = d.pop("rfq_batch_id", UNSET)

        client_batch_id = d.pop("client_batch_id", UNSET)

        rfq_creator_id = d.pop("rfq_creator_id", UNSET)

        _executed_rfq_ids = d.pop("executed_rfq_ids", UNSET)
        executed_rfq_ids = cast(list[str], [] if _executed_rfq_ids is None else _executed_rfq_ids)

        _failed_rfq_ids = d.pop("failed_rfq_ids", UNSET)
        failed_rfq_ids = cast(list[str], [] if _failed_rfq_ids is None else _failed_rfq_ids)

        _executed_ts = d.pop("executed_ts", UNSET)
        executed_ts: datetime.datetime | Unset
        if isinstance(_executed_ts, Unset):
            executed_ts = UNSET
        else:
            executed_ts = datetime.datetime.fromisoformat(_executed_ts)

        close_reason = d.pop("close_reason", UNSET)

        subaccount = d.pop("subaccount", UNSET)

        rfq_batch_executed_payload_msg = cls(
            rfq_batch_id=rfq_batch_id,
            client_batch_id=client_batch_id,
            rfq_creator_id=rfq_creator_id,
            executed_rfq_ids=executed_rfq_ids,
            failed_rfq_ids=failed_rfq_ids,
            executed_ts=executed_ts,
            close_reason=close_reason,
            subaccount=subaccount,
        )

        rfq_batch_executed_payload_msg.additional_properties = d
        return rfq_batch_executed_payload_msg

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
