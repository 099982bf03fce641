from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="MaintenanceMarginDetail")


@_attrs_define
class MaintenanceMarginDetail:
    """
    Attributes:
        id (str | Unset):
        subtrader_id (str | Unset): Empty when not populated or when the subtrader is part of a subtrader group.
        margin_group_id (str | Unset): Set when the subtrader is part of a subtrader group.
        maintenance_margin_centicents (int | Unset): Maintenance margin requirement after this settlement.
        maintenance_margin_delta_centicents (int | Unset): Change in maintenance margin between the previous settlement
            and this one.
    """

    id: str | Unset = UNSET
    subtrader_id: str | Unset = UNSET
    margin_group_id: str | Unset = UNSET
    maintenance_margin_centicents: int | Unset = UNSET
    maintenance_margin_delta_centicents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        subtrader_id = self.subtrader_id

        margin_group_id = self.margin_group_id

        maintenance_margin_centicents = self.maintenance_margin_centicents

        maintenance_margin_delta_centicents = self.maintenance_margin_delta_centicents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if subtrader_id is not UNSET:
            field_dict["subtrader_id"] = subtrader_id
        if margin_group_id is not UNSET:
            field_dict["margin_group_id"] = margin_group_id
        if maintenance_margin_centicents is not UNSET:
            field_dict["maintenance_margin_centicents"] = maintenance_margin_centicents
        if maintenance_margin_delta_centicents is not UNSET:
            field_dict["maintenance_margin_delta_centicents"] = maintenance_margin_delta_centicents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        subtrader_id = d.pop("subtrader_id", UNSET)

        margin_group_id = d.pop("margin_group_id", UNSET)

        maintenance_margin_centicents = d.pop("maintenance_margin_centicents", UNSET)

        maintenance_margin_delta_centicents = d.pop("maintenance_margin_delta_centicents", UNSET)

        maintenance_margin_detail = cls(
            id=id,
            subtrader_id=subtrader_id,
            margin_group_id=margin_group_id,
            maintenance_margin_centicents=maintenance_margin_centicents,
            maintenance_margin_delta_centicents=maintenance_margin_delta_centicents,
        )

        maintenance_margin_detail.additional_properties = d
        return maintenance_margin_detail

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
