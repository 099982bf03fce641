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
    from ..models.incentive_program import IncentiveProgram


T = TypeVar("T", bound="GetIncentiveProgramsResponse")


@_attrs_define
class GetIncentiveProgramsResponse:
    """
    Attributes:
        incentive_programs (list[IncentiveProgram] | Unset):
        next_cursor (str | Unset): Cursor for pagination to get the next page of results
    """

    incentive_programs: list[IncentiveProgram] | Unset = UNSET
    next_cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        incentive_programs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.incentive_programs, Unset):
            incentive_programs = []
            for incentive_programs_item_data in self.incentive_programs:
                incentive_programs_item = incentive_programs_item_data.to_dict()
                incentive_programs.append(incentive_programs_item)

        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if incentive_programs is not UNSET:
            field_dict["incentive_programs"] = incentive_programs
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incentive_program import IncentiveProgram  # noqa: PLC0415

        d = dict(src_dict)
        _incentive_programs = d.pop("incentive_programs", UNSET)
        incentive_programs: list[IncentiveProgram] | Unset = UNSET
        if _incentive_programs is not UNSET:
            incentive_programs = LazyList(_incentive_programs or [], IncentiveProgram, IncentiveProgram.from_dict)

        next_cursor = d.pop("next_cursor", UNSET)

        get_incentive_programs_response = cls(
            incentive_programs=incentive_programs,
            next_cursor=next_cursor,
        )

        get_incentive_programs_response.additional_properties = d
        return get_incentive_programs_response

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
