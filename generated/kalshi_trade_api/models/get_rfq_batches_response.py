from __future__ import annotations

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
    from ..models.rfq_batch import RFQBatch


T = TypeVar("T", bound="GetRFQBatchesResponse")


@_attrs_define
class GetRFQBatchesResponse:
    """
    Attributes:
        rfq_batches (list[RFQBatch] | Unset): RFQ batches matching the query criteria
        cursor (str | Unset): Cursor for pagination to get the next page of results
    """

    rfq_batches: list[RFQBatch] | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rfq_batches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rfq_batches, Unset):
            rfq_batches = []
            for rfq_batches_item_data in self.rfq_batches:
                rfq_batches_item = rfq_batches_item_data.to_dict()
                rfq_batches.append(rfq_batches_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rfq_batches is not UNSET:
            field_dict["rfq_batches"] = rfq_batches
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rfq_batch import RFQBatch  # noqa: PLC0415

        d = dict(src_dict)
        _rfq_batches = d.pop("rfq_batches", UNSET)
        rfq_batches: list[RFQBatch] | Unset = UNSET
        if _rfq_batches is not UNSET:
            rfq_batches = LazyList(_rfq_batches or [], RFQBatch, RFQBatch.from_dict)

        cursor = d.pop("cursor", UNSET)

        get_rfq_batches_response = cls(
            rfq_batches=rfq_batches,
            cursor=cursor,
        )

        get_rfq_batches_response.additional_properties = d
        return get_rfq_batches_response

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
