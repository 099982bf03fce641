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
    from ..models.rfq import RFQ


T = TypeVar("T", bound="GetRFQListResponse")


@_attrs_define
class GetRFQListResponse:
    """
    Attributes:
        rfqs (list[RFQ] | Unset): List of RFQs matching the query criteria
        cursor (str | Unset): Cursor for pagination to get the next page of results
    """

    rfqs: list[RFQ] | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rfqs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rfqs, Unset):
            rfqs = []
            for rfqs_item_data in self.rfqs:
                rfqs_item = rfqs_item_data.to_dict()
                rfqs.append(rfqs_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rfqs is not UNSET:
            field_dict["rfqs"] = rfqs
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rfq import RFQ  # noqa: PLC0415

        d = dict(src_dict)
        _rfqs = d.pop("rfqs", UNSET)
        rfqs: list[RFQ] | Unset = UNSET
        if _rfqs is not UNSET:
            rfqs = LazyList(_rfqs or [], RFQ, RFQ.from_dict)

        cursor = d.pop("cursor", UNSET)

        get_rfq_list_response = cls(
            rfqs=rfqs,
            cursor=cursor,
        )

        get_rfq_list_response.additional_properties = d
        return get_rfq_list_response

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
