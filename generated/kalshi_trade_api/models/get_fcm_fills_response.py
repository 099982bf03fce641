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
    from ..models.fcm_fill import FcmFill


T = TypeVar("T", bound="GetFcmFillsResponse")


@_attrs_define
class GetFcmFillsResponse:
    """
    Attributes:
        fills (list[FcmFill] | Unset):
        cursor (str | Unset):
    """

    fills: list[FcmFill] | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fills: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fills, Unset):
            fills = []
            for fills_item_data in self.fills:
                fills_item = fills_item_data.to_dict()
                fills.append(fills_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fills is not UNSET:
            field_dict["fills"] = fills
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fcm_fill import FcmFill  # noqa: PLC0415

        d = dict(src_dict)
        _fills = d.pop("fills", UNSET)
        fills: list[FcmFill] | Unset = UNSET
        if _fills is not UNSET:
            fills = LazyList(_fills or [], FcmFill, FcmFill.from_dict)

        cursor = d.pop("cursor", UNSET)

        get_fcm_fills_response = cls(
            fills=fills,
            cursor=cursor,
        )

        get_fcm_fills_response.additional_properties = d
        return get_fcm_fills_response

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
