from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    from ..models.get_filters_by_sports_response_filters_by_sports import GetFiltersBySportsResponseFiltersBySports


T = TypeVar("T", bound="GetFiltersBySportsResponse")


@_attrs_define
class GetFiltersBySportsResponse:
    """
    Attributes:
        filters_by_sports (GetFiltersBySportsResponseFiltersBySports | Unset): Mapping of sports to their filter details
        sport_ordering (list[str] | Unset): Ordered list of sports for display
    """

    filters_by_sports: GetFiltersBySportsResponseFiltersBySports | Unset = UNSET
    sport_ordering: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filters_by_sports: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters_by_sports, Unset):
            filters_by_sports = self.filters_by_sports.to_dict()

        sport_ordering: list[str] | Unset = UNSET
        if not isinstance(self.sport_ordering, Unset):
            sport_ordering = self.sport_ordering

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filters_by_sports is not UNSET:
            field_dict["filters_by_sports"] = filters_by_sports
        if sport_ordering is not UNSET:
            field_dict["sport_ordering"] = sport_ordering

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_filters_by_sports_response_filters_by_sports import GetFiltersBySportsResponseFiltersBySports  # noqa: PLC0415

        d = dict(src_dict)
        _filters_by_sports = d.pop("filters_by_sports", UNSET)
        filters_by_sports: GetFiltersBySportsResponseFiltersBySports | Unset
        if isinstance(_filters_by_sports, Unset):
            filters_by_sports = UNSET
        else:
            filters_by_sports = GetFiltersBySportsResponseFiltersBySports.from_dict(_filters_by_sports)

        _sport_ordering = d.pop("sport_ordering", UNSET)
        sport_ordering = cast(list[str], [] if _sport_ordering is None else _sport_ordering)

        get_filters_by_sports_response = cls(
            filters_by_sports=filters_by_sports,
            sport_ordering=sport_ordering,
        )

        get_filters_by_sports_response.additional_properties = d
        return get_filters_by_sports_response

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
