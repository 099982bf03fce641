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
    from ..models.margin_premium_index_point import MarginPremiumIndexPoint


T = TypeVar("T", bound="GetMarginPremiumIndexResponse")


@_attrs_define
class GetMarginPremiumIndexResponse:
    """
    Attributes:
        points (list[MarginPremiumIndexPoint] | Unset): Per-second premium index points, ascending by second_ts
    """

    points: list[MarginPremiumIndexPoint] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        points: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.points, Unset):
            points = []
            for points_item_data in self.points:
                points_item = points_item_data.to_dict()
                points.append(points_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if points is not UNSET:
            field_dict["points"] = points

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.margin_premium_index_point import MarginPremiumIndexPoint  # noqa: PLC0415

        d = dict(src_dict)
        _points = d.pop("points", UNSET)
        points: list[MarginPremiumIndexPoint] | Unset = UNSET
        if _points is not UNSET:
            points = LazyList(_points or [], MarginPremiumIndexPoint, MarginPremiumIndexPoint.from_dict)

        get_margin_premium_index_response = cls(
            points=points,
        )

        get_margin_premium_index_response.additional_properties = d
        return get_margin_premium_index_response

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
