from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resting_margin_reservation import RestingMarginReservation
from ..types import (
    UNSET,
    LazyList,
    Unset,
    enum_value,
)

if TYPE_CHECKING:
    from ..models.target_balance_allocation_input import TargetBalanceAllocationInput


T = TypeVar("T", bound="SetTargetBalanceAllocationRequest")


def _to_resting_margin_reservation(value: RestingMarginReservation | str | Unset) -> RestingMarginReservation | Unset:
    return (
        value
        if isinstance(value, Unset)
        else enum_value(RestingMarginReservation, value, "SetTargetBalanceAllocationRequest.resting_margin_reservation")
    )


@_attrs_define
class SetTargetBalanceAllocationRequest:
    """
    Attributes:
        allocations (list[TargetBalanceAllocationInput]): At most 101 items.
        resting_margin_reservation (RestingMarginReservation | Unset): Collateral an automatic rebalance leaves behind
            for resting orders. `none` reserves no
            collateral for resting orders. `max` reserves the
            largest single market-side commitment. `sum` reserves the summed margin of every resting order.
    """

    allocations: list[TargetBalanceAllocationInput]
    resting_margin_reservation: RestingMarginReservation | Unset = _attrs_field(
        default=UNSET, converter=_to_resting_margin_reservation
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allocations = []
        for allocations_item_data in self.allocations:
            allocations_item = allocations_item_data.to_dict()
            allocations.append(allocations_item)

        resting_margin_reservation: str | Unset = UNSET
        if not isinstance(self.resting_margin_reservation, Unset):
            resting_margin_reservation = self.resting_margin_reservation.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allocations": allocations,
            }
        )
        if resting_margin_reservation is not UNSET:
            field_dict["resting_margin_reservation"] = resting_margin_reservation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.target_balance_allocation_input import TargetBalanceAllocationInput  # noqa: PLC0415

        d = dict(src_dict)
        _allocations = d.pop("allocations")
        allocations = LazyList(_allocations or [], TargetBalanceAllocationInput)

        _resting_margin_reservation = d.pop("resting_margin_reservation", UNSET)
        resting_margin_reservation: RestingMarginReservation | Unset
        if isinstance(_resting_margin_reservation, Unset):
            resting_margin_reservation = UNSET
        else:
            resting_margin_reservation = RestingMarginReservation(_resting_margin_reservation)

        set_target_balance_allocation_request = cls(
            allocations=allocations,
            resting_margin_reservation=resting_margin_reservation,
        )

        set_target_balance_allocation_request.additional_properties = d
        return set_target_balance_allocation_request

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
