from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    from ..models.rfq_batch import RFQBatch


T = TypeVar("T", bound="GetRFQBatchResponse")


@_attrs_define
class GetRFQBatchResponse:
    """
    Attributes:
        rfq_batch (RFQBatch | Unset):
    """

    rfq_batch: RFQBatch | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rfq_batch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rfq_batch, Unset):
            rfq_batch = self.rfq_batch.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rfq_batch is not UNSET:
            field_dict["rfq_batch"] = rfq_batch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rfq_batch import RFQBatch  # noqa: PLC0415

        d = dict(src_dict)
        _rfq_batch = d.pop("rfq_batch", UNSET)
        rfq_batch: RFQBatch | Unset
        if isinstance(_rfq_batch, Unset):
            rfq_batch = UNSET
        else:
            rfq_batch = RFQBatch.from_dict(_rfq_batch)

        get_rfq_batch_response = cls(
            rfq_batch=rfq_batch,
        )

        get_rfq_batch_response.additional_properties = d
        return get_rfq_batch_response

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
