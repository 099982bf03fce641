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
    from ..models.margin_position import MarginPosition


T = TypeVar("T", bound="GetMarginPositionsResponse")


@_attrs_define
class GetMarginPositionsResponse:
    """
    Attributes:
        positions (list[MarginPosition] | Unset):
    """

    positions: list[MarginPosition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        positions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.positions, Unset):
            positions = []
            for positions_item_data in self.positions:
                positions_item = positions_item_data.to_dict()
                positions.append(positions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if positions is not UNSET:
            field_dict["positions"] = positions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.margin_position import MarginPosition  # noqa: PLC0415

        d = dict(src_dict)
        _positions = d.pop("positions", UNSET)
        positions: list[MarginPosition] | Unset = UNSET
        if _positions is not UNSET:
            positions = LazyList(_positions or [], MarginPosition, MarginPosition.from_dict)

        get_margin_positions_response = cls(
            positions=positions,
        )

        get_margin_positions_response.additional_properties = d
        return get_margin_positions_response

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
