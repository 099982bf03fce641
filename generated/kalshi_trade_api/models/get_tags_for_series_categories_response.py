from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    from ..models.get_tags_for_series_categories_response_tags_by_categories import (
        GetTagsForSeriesCategoriesResponseTagsByCategories,
    )


T = TypeVar("T", bound="GetTagsForSeriesCategoriesResponse")


@_attrs_define
class GetTagsForSeriesCategoriesResponse:
    """
    Attributes:
        tags_by_categories (GetTagsForSeriesCategoriesResponseTagsByCategories | Unset): Mapping of series categories to
            their associated tags
    """

    tags_by_categories: GetTagsForSeriesCategoriesResponseTagsByCategories | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tags_by_categories: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags_by_categories, Unset):
            tags_by_categories = self.tags_by_categories.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tags_by_categories is not UNSET:
            field_dict["tags_by_categories"] = tags_by_categories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_tags_for_series_categories_response_tags_by_categories import (
            GetTagsForSeriesCategoriesResponseTagsByCategories,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _tags_by_categories = d.pop("tags_by_categories", UNSET)
        tags_by_categories: GetTagsForSeriesCategoriesResponseTagsByCategories | Unset
        if isinstance(_tags_by_categories, Unset):
            tags_by_categories = UNSET
        else:
            tags_by_categories = GetTagsForSeriesCategoriesResponseTagsByCategories.from_dict(_tags_by_categories)

        get_tags_for_series_categories_response = cls(
            tags_by_categories=tags_by_categories,
        )

        get_tags_for_series_categories_response.additional_properties = d
        return get_tags_for_series_categories_response

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
