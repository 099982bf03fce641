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
    from ..models.settlement_detail import SettlementDetail


T = TypeVar("T", bound="GetObligationSettlementDetailsResponse")


@_attrs_define
class GetObligationSettlementDetailsResponse:
    """
    Attributes:
        settlement_details (list[SettlementDetail] | Unset):
        cursor (str | Unset): Opaque cursor; pass as the `cursor` query param to fetch the next page. Absent when there
            are no more results.
    """

    settlement_details: list[SettlementDetail] | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settlement_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.settlement_details, Unset):
            settlement_details = []
            for settlement_details_item_data in self.settlement_details:
                settlement_details_item = settlement_details_item_data.to_dict()
                settlement_details.append(settlement_details_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if settlement_details is not UNSET:
            field_dict["settlement_details"] = settlement_details
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.settlement_detail import SettlementDetail  # noqa: PLC0415

        d = dict(src_dict)
        _settlement_details = d.pop("settlement_details", UNSET)
        settlement_details: list[SettlementDetail] | Unset = UNSET
        if _settlement_details is not UNSET:
            settlement_details = LazyList(_settlement_details or [], SettlementDetail, SettlementDetail.from_dict)

        cursor = d.pop("cursor", UNSET)

        get_obligation_settlement_details_response = cls(
            settlement_details=settlement_details,
            cursor=cursor,
        )

        get_obligation_settlement_details_response.additional_properties = d
        return get_obligation_settlement_details_response

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
