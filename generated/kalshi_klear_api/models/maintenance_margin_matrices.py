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
    from ..models.maintenance_margin_matrix import MaintenanceMarginMatrix


T = TypeVar("T", bound="MaintenanceMarginMatrices")


@_attrs_define
class MaintenanceMarginMatrices:
    """
    Attributes:
        hvar (MaintenanceMarginMatrix | Unset):
        apc (MaintenanceMarginMatrix | Unset):
        aug (MaintenanceMarginMatrix | Unset):
        funding (MaintenanceMarginMatrix | Unset):
    """

    hvar: MaintenanceMarginMatrix | Unset = UNSET
    apc: MaintenanceMarginMatrix | Unset = UNSET
    aug: MaintenanceMarginMatrix | Unset = UNSET
    funding: MaintenanceMarginMatrix | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hvar: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hvar, Unset):
            hvar = self.hvar.to_dict()

        apc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.apc, Unset):
            apc = self.apc.to_dict()

        aug: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aug, Unset):
            aug = self.aug.to_dict()

        funding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.funding, Unset):
            funding = self.funding.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hvar is not UNSET:
            field_dict["hvar"] = hvar
        if apc is not UNSET:
            field_dict["apc"] = apc
        if aug is not UNSET:
            field_dict["aug"] = aug
        if funding is not UNSET:
            field_dict["funding"] = funding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.maintenance_margin_matrix import MaintenanceMarginMatrix  # noqa: PLC0415

        d = dict(src_dict)
        _hvar = d.pop("hvar", UNSET)
        hvar: MaintenanceMarginMatrix | Unset
        if isinstance(_hvar, Unset):
            hvar = UNSET
        else:
            hvar = MaintenanceMarginMatrix.from_dict(_hvar)

        _apc = d.pop("apc", UNSET)
        apc: MaintenanceMarginMatrix | Unset
        if isinstance(_apc, Unset):
            apc = UNSET
        else:
            apc = MaintenanceMarginMatrix.from_dict(_apc)

        _aug = d.pop("aug", UNSET)
        aug: MaintenanceMarginMatrix | Unset
        if isinstance(_aug, Unset):
            aug = UNSET
        else:
            aug = MaintenanceMarginMatrix.from_dict(_aug)

        _funding = d.pop("funding", UNSET)
        funding: MaintenanceMarginMatrix | Unset
        if isinstance(_funding, Unset):
            funding = UNSET
        else:
            funding = MaintenanceMarginMatrix.from_dict(_funding)

        maintenance_margin_matrices = cls(
            hvar=hvar,
            apc=apc,
            aug=aug,
            funding=funding,
        )

        maintenance_margin_matrices.additional_properties = d
        return maintenance_margin_matrices

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
