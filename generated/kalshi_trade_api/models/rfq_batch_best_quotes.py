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
    from ..models.rfq_batch_best_quote import RFQBatchBestQuote


T = TypeVar("T", bound="RFQBatchBestQuotes")


@_attrs_define
class RFQBatchBestQuotes:
    """
    Attributes:
        rfq_batch_id (str | Unset): UUID of the RFQ batch
        status (RFQBatchStatus | Unset): Status of an RFQ batch. An open batch takes batch quotes; an accepted batch is
            waiting for its winning makers to confirm or is executing; a closed batch is finished.
        version (int | Unset): Increases whenever a best bid changes
        updated_ts (datetime.datetime | Unset): When a best bid last changed
        yes_complete (bool | Unset): Whether every child has a YES bid, so the batch can be accepted on the yes side
        no_complete (bool | Unset): Whether every child has a NO bid, so the batch can be accepted on the no side
        rfqs (list[RFQBatchBestQuote] | Unset): One entry per child RFQ, in batch order
    """

    rfq_batch_id: str | Unset = UNSET
    status: RFQBatchStatus | Unset = UNSET
    version: int | Unset = UNSET
    updated_ts: datetime.datetime | Unset = UNSET
    yes_complete: bool | Unset = UNSET
    no_complete: bool | Unset = UNSET
    rfqs: list[RFQBatchBestQuote] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rfq_batch_id = self.rfq_batch_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rfq_batch_id is not UNSET:
            field_dict["rfq_batch_id"] = rfq_batch_id
        if status is not UNSET:
            field_dict["status"] = status
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rfq_batch_best_quote import RFQBatchBestQuote  # noqa: PLC0415

        d = dict(src_dict)
        rfq_batch_id = d.pop("rfq_batch_id", UNSET)

        _status = d.pop("status", UNSET)
        status: RFQBatchStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RFQBatchStatus(_status)

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
        rfqs: list[RFQBatchBestQuote] | Unset = UNSET
        if _rfqs is not UNSET:
            rfqs = LazyList(_rfqs or [], RFQBatchBestQuote, RFQBatchBestQuote.from_dict)

        rfq_batch_best_quotes = cls(
            rfq_batch_id=rfq_batch_id,
            status=status,
            version=version,
            updated_ts=updated_ts,
            yes_complete=yes_complete,
            no_complete=no_complete,
            rfqs=rfqs,
        )

        rfq_batch_best_quotes.additional_properties = d
        return rfq_batch_best_quotes

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
