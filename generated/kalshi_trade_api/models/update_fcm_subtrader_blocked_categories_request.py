from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateFCMSubtraderBlockedCategoriesRequest")


@_attrs_define
class UpdateFCMSubtraderBlockedCategoriesRequest:
    """
    Attributes:
        subtrader_id (str): The subtrader whose blocked categories should be updated. Must belong to the requesting FCM.
        category (str): A single event category to add to or remove from the blocked set, 1-100 characters (e.g.
            "Politics").
        blocked (bool): True adds the category to the blocked set; false removes it. Removing a category that is not
            blocked is a no-op.
    """

    subtrader_id: str
    category: str
    blocked: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtrader_id = self.subtrader_id

        category = self.category

        blocked = self.blocked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subtrader_id": subtrader_id,
                "category": category,
                "blocked": blocked,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subtrader_id = d.pop("subtrader_id")

        category = d.pop("category")

        blocked = d.pop("blocked")

        update_fcm_subtrader_blocked_categories_request = cls(
            subtrader_id=subtrader_id,
            category=category,
            blocked=blocked,
        )

        update_fcm_subtrader_blocked_categories_request.additional_properties = d
        return update_fcm_subtrader_blocked_categories_request

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
