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
    from ..models.maintenance_margin_detail import MaintenanceMarginDetail


T = TypeVar("T", bound="GetObligationMaintenanceMarginDetailsResponse")


@_attrs_define
class GetObligationMaintenanceMarginDetailsResponse:
    """
    Attributes:
        maintenance_margin_details (list[MaintenanceMarginDetail] | Unset):
        cursor (str | Unset): Opaque cursor; pass as the `cursor` query param to fetch the next page. Absent when there
            are no more results.
    """

    maintenance_margin_details: list[MaintenanceMarginDetail] | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        maintenance_margin_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.maintenance_margin_details, Unset):
            maintenance_margin_details = []
            for maintenance_margin_details_item_data in self.maintenance_margin_details:
                maintenance_margin_details_item = maintenance_margin_details_item_data.to_dict()
                maintenance_margin_details.append(maintenance_margin_details_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if maintenance_margin_details is not UNSET:
            field_dict["maintenance_margin_details"] = maintenance_margin_details
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.maintenance_margin_detail import MaintenanceMarginDetail  # noqa: PLC0415

        d = dict(src_dict)
        _maintenance_margin_details = d.pop("maintenance_margin_details", UNSET)
        maintenance_margin_details: list[MaintenanceMarginDetail] | Unset = UNSET
        if _maintenance_margin_details is not UNSET:
            maintenance_margin_details = LazyList(
                _maintenance_margin_details or [], MaintenanceMarginDetail, MaintenanceMarginDetail.from_dict
            )

        cursor = d.pop("cursor", UNSET)

        get_obligation_maintenance_margin_details_response = cls(
            maintenance_margin_details=maintenance_margin_details,
            cursor=cursor,
        )

        get_obligation_maintenance_margin_details_response.additional_properties = d
        return get_obligation_maintenance_margin_details_response

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
