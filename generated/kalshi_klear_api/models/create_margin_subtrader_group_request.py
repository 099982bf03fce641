from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateMarginSubtraderGroupRequest")


@_attrs_define
class CreateMarginSubtraderGroupRequest:
    """
    Attributes:
        subtrader_ids (list[str]): List of subtrader IDs belonging to the clearing member that will comprise the group.
            Subtraders must not belong to another group. At least 1 items.
    """

    subtrader_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtrader_ids = self.subtrader_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subtrader_ids": subtrader_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _subtrader_ids = d.pop("subtrader_ids")
        subtrader_ids = cast(list[str], [] if _subtrader_ids is None else _subtrader_ids)

        create_margin_subtrader_group_request = cls(
            subtrader_ids=subtrader_ids,
        )

        create_margin_subtrader_group_request.additional_properties = d
        return create_margin_subtrader_group_request

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
