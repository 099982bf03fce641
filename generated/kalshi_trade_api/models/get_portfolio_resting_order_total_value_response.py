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
    from ..models.indexed_balance import IndexedBalance


T = TypeVar("T", bound="GetPortfolioRestingOrderTotalValueResponse")


@_attrs_define
class GetPortfolioRestingOrderTotalValueResponse:
    """
    Attributes:
        total_resting_order_value (int | Unset): Total value of resting orders in cents
        resting_order_value_breakdown (list[IndexedBalance] | Unset): Total value of resting orders broken down by
            exchange index, with each balance expressed as a fixed-point dollar string.
    """

    total_resting_order_value: int | Unset = UNSET
    resting_order_value_breakdown: list[IndexedBalance] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_resting_order_value = self.total_resting_order_value

        resting_order_value_breakdown: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resting_order_value_breakdown, Unset):
            resting_order_value_breakdown = []
            for resting_order_value_breakdown_item_data in self.resting_order_value_breakdown:
                resting_order_value_breakdown_item = resting_order_value_breakdown_item_data.to_dict()
                resting_order_value_breakdown.append(resting_order_value_breakdown_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_resting_order_value is not UNSET:
            field_dict["total_resting_order_value"] = total_resting_order_value
        if resting_order_value_breakdown is not UNSET:
            field_dict["resting_order_value_breakdown"] = resting_order_value_breakdown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indexed_balance import IndexedBalance  # noqa: PLC0415

        d = dict(src_dict)
        total_resting_order_value = d.pop("total_resting_order_value", UNSET)

        _resting_order_value_breakdown = d.pop("resting_order_value_breakdown", UNSET)
        resting_order_value_breakdown: list[IndexedBalance] | Unset = UNSET
        if _resting_order_value_breakdown is not UNSET:
            resting_order_value_breakdown = LazyList(
                _resting_order_value_breakdown or [], IndexedBalance, IndexedBalance.from_dict
            )

        get_portfolio_resting_order_total_value_response = cls(
            total_resting_order_value=total_resting_order_value,
            resting_order_value_breakdown=resting_order_value_breakdown,
        )

        get_portfolio_resting_order_total_value_response.additional_properties = d
        return get_portfolio_resting_order_total_value_response

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
