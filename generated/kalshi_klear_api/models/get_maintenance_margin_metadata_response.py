from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_class import AssetClass
from ..types import (
    UNSET,
    LazyList,
    Unset,
)

if TYPE_CHECKING:
    from ..models.maintenance_margin_liquidation_config import MaintenanceMarginLiquidationConfig
    from ..models.maintenance_margin_matrices import MaintenanceMarginMatrices


T = TypeVar("T", bound="GetMaintenanceMarginMetadataResponse")


@_attrs_define
class GetMaintenanceMarginMetadataResponse:
    """
    Attributes:
        asset_class (AssetClass | Unset): Asset class of the margin markets covered by this entry.
        base_tail_percentile (float | Unset): Lower-tail percentile of the scenario P&L distribution used for the base
            margin.
        funding_tail_percentile (float | Unset): Lower-tail percentile of the scenario P&L distribution used for the
            funding margin.
        matrices (MaintenanceMarginMatrices | Unset):
        liquidation_configs (list[MaintenanceMarginLiquidationConfig] | Unset): Liquidation margin parameters for each
            active market with a calibrated margin config.
        subgroups (list[list[str]] | Unset): Partition of the asset class's active markets; positions within a subgroup
            are margined together.
    """

    asset_class: AssetClass | Unset = UNSET
    base_tail_percentile: float | Unset = UNSET
    funding_tail_percentile: float | Unset = UNSET
    matrices: MaintenanceMarginMatrices | Unset = UNSET
    liquidation_configs: list[MaintenanceMarginLiquidationConfig] | Unset = UNSET
    subgroups: list[list[str]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_class: str | Unset = UNSET
        if not isinstance(self.asset_class, Unset):
            asset_class = self.asset_class.value

        base_tail_percentile = self.base_tail_percentile

        funding_tail_percentile = self.funding_tail_percentile

        matrices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.matrices, Unset):
            matrices = self.matrices.to_dict()

        liquidation_configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.liquidation_configs, Unset):
            liquidation_configs = []
            for liquidation_configs_item_data in self.liquidation_configs:
                liquidation_configs_item = liquidation_configs_item_data.to_dict()
                liquidation_configs.append(liquidation_configs_item)

        subgroups: list[list[str]] | Unset = UNSET
        if not isinstance(self.subgroups, Unset):
            subgroups = []
            for subgroups_item_data in self.subgroups:
                subgroups_item = subgroups_item_data

                subgroups.append(subgroups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_class is not UNSET:
            field_dict["asset_class"] = asset_class
        if base_tail_percentile is not UNSET:
            field_dict["base_tail_percentile"] = base_tail_percentile
        if funding_tail_percentile is not UNSET:
            field_dict["funding_tail_percentile"] = funding_tail_percentile
        if matrices is not UNSET:
            field_dict["matrices"] = matrices
        if liquidation_configs is not UNSET:
            field_dict["liquidation_configs"] = liquidation_configs
        if subgroups is not UNSET:
            field_dict["subgroups"] = subgroups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.maintenance_margin_liquidation_config import MaintenanceMarginLiquidationConfig  # noqa: PLC0415
        from ..models.maintenance_margin_matrices import MaintenanceMarginMatrices  # noqa: PLC0415

        d = dict(src_dict)
        _asset_class = d.pop("asset_class", UNSET)
        asset_class: AssetClass | Unset
        if isinstance(_asset_class, Unset):
            asset_class = UNSET
        else:
            asset_class = AssetClass(_asset_class)

        base_tail_percentile = d.pop("base_tail_percentile", UNSET)

        funding_tail_percentile = d.pop("funding_tail_percentile", UNSET)

        _matrices = d.pop("matrices", UNSET)
        matrices: MaintenanceMarginMatrices | Unset
        if isinstance(_matrices, Unset):
            matrices = UNSET
        else:
            matrices = MaintenanceMarginMatrices.from_dict(_matrices)

        _liquidation_configs = d.pop("liquidation_configs", UNSET)
        liquidation_configs: list[MaintenanceMarginLiquidationConfig] | Unset = UNSET
        if _liquidation_configs is not UNSET:
            liquidation_configs = LazyList(
                _liquidation_configs or [],
                MaintenanceMarginLiquidationConfig,
                MaintenanceMarginLiquidationConfig.from_dict,
            )

        _subgroups = d.pop("subgroups", UNSET)
        subgroups: list[list[str]] | Unset = UNSET
        if _subgroups is not UNSET:
            subgroups = []
            for subgroups_item_data in _subgroups or []:
                _subgroups_item = subgroups_item_data
                subgroups_item = cast(list[str], [] if _subgroups_item is None else _subgroups_item)

                subgroups.append(subgroups_item)

        get_maintenance_margin_metadata_response = cls(
            asset_class=asset_class,
            base_tail_percentile=base_tail_percentile,
            funding_tail_percentile=funding_tail_percentile,
            matrices=matrices,
            liquidation_configs=liquidation_configs,
            subgroups=subgroups,
        )

        get_maintenance_margin_metadata_response.additional_properties = d
        return get_maintenance_margin_metadata_response

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
