from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_class import AssetClass
from ..models.estimate_portfolio_maintenance_margin_request_clearing_type import (
    EstimatePortfolioMaintenanceMarginRequestClearingType,
)
from ..types import (
    UNSET,
    LazyList,
    Unset,
    enum_value,
)

if TYPE_CHECKING:
    from ..models.estimate_portfolio_maintenance_margin_position import EstimatePortfolioMaintenanceMarginPosition


T = TypeVar("T", bound="EstimatePortfolioMaintenanceMarginRequest")


def _to_asset_class(value: AssetClass | str) -> AssetClass:
    return enum_value(AssetClass, value, "EstimatePortfolioMaintenanceMarginRequest.asset_class")


def _to_clearing_type(
    value: EstimatePortfolioMaintenanceMarginRequestClearingType | str | Unset,
) -> EstimatePortfolioMaintenanceMarginRequestClearingType | Unset:
    return (
        value
        if isinstance(value, Unset)
        else enum_value(
            EstimatePortfolioMaintenanceMarginRequestClearingType,
            value,
            "EstimatePortfolioMaintenanceMarginRequest.clearing_type",
        )
    )


@_attrs_define
class EstimatePortfolioMaintenanceMarginRequest:
    """
    Attributes:
        asset_class (AssetClass): Asset class of the margin markets covered by this entry.
        positions (list[EstimatePortfolioMaintenanceMarginPosition]): Hypothetical portfolio to margin. Market tickers
            must be unique and must name markets that exist in the requested asset class. At least 1 items. At most 500
            items.
        date (datetime.date | Unset): Margin the portfolio against the matrices calibrated on this Eastern-time day
            (YYYY-MM-DD). Omit to use the current matrices. Returns 404 if no matrices were calibrated that day, or 400 if a
            requested market is absent from them.
        clearing_type (EstimatePortfolioMaintenanceMarginRequestClearingType | Unset): Clearing arrangement whose margin
            rules to apply. Omit to use the arrangement on record for the authenticated clearing member.
    """

    asset_class: AssetClass = _attrs_field(converter=_to_asset_class)
    positions: list[EstimatePortfolioMaintenanceMarginPosition]
    date: datetime.date | Unset = UNSET
    clearing_type: EstimatePortfolioMaintenanceMarginRequestClearingType | Unset = _attrs_field(
        default=UNSET, converter=_to_clearing_type
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_class = self.asset_class.value

        positions = []
        for positions_item_data in self.positions:
            positions_item = positions_item_data.to_dict()
            positions.append(positions_item)

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        clearing_type: str | Unset = UNSET
        if not isinstance(self.clearing_type, Unset):
            clearing_type = self.clearing_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_class": asset_class,
                "positions": positions,
            }
        )
        if date is not UNSET:
            field_dict["date"] = date
        if clearing_type is not UNSET:
            field_dict["clearing_type"] = clearing_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.estimate_portfolio_maintenance_margin_position import EstimatePortfolioMaintenanceMarginPosition  # noqa: PLC0415

        d = dict(src_dict)
        asset_class = AssetClass(d.pop("asset_class"))

        _positions = d.pop("positions")
        positions = LazyList(_positions or [], EstimatePortfolioMaintenanceMarginPosition)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        _clearing_type = d.pop("clearing_type", UNSET)
        clearing_type: EstimatePortfolioMaintenanceMarginRequestClearingType | Unset
        if isinstance(_clearing_type, Unset):
            clearing_type = UNSET
        else:
            clearing_type = EstimatePortfolioMaintenanceMarginRequestClearingType(_clearing_type)

        estimate_portfolio_maintenance_margin_request = cls(
            asset_class=asset_class,
            positions=positions,
            date=date,
            clearing_type=clearing_type,
        )

        estimate_portfolio_maintenance_margin_request.additional_properties = d
        return estimate_portfolio_maintenance_margin_request

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
