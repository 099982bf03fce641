from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="MarginCorporateActionSplitTerms")


@_attrs_define
class MarginCorporateActionSplitTerms:
    """Terms for stock_split. Omitted for other types.

    Attributes:
        ratio_old (str | Unset): Old-share component of the split ratio. A 4-for-1 split is ratio_new 4, ratio_old 1.
        ratio_new (str | Unset): New-share component of the split ratio.
        pre_split_mark_price (str | Unset): Mark price in US dollars before the split.
        post_split_mark_price (str | Unset): Mark price in US dollars after the split.
    """

    ratio_old: str | Unset = UNSET
    ratio_new: str | Unset = UNSET
    pre_split_mark_price: str | Unset = UNSET
    post_split_mark_price: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ratio_old = self.ratio_old

        ratio_new = self.ratio_new

        pre_split_mark_price = self.pre_split_mark_price

        post_split_mark_price = self.post_split_mark_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ratio_old is not UNSET:
            field_dict["ratio_old"] = ratio_old
        if ratio_new is not UNSET:
            field_dict["ratio_new"] = ratio_new
        if pre_split_mark_price is not UNSET:
            field_dict["pre_split_mark_price"] = pre_split_mark_price
        if post_split_mark_price is not UNSET:
            field_dict["post_split_mark_price"] = post_split_mark_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ratio_old = d.pop("ratio_old", UNSET)

        ratio_new = d.pop("ratio_new", UNSET)

        pre_split_mark_price = d.pop("pre_split_mark_price", UNSET)

        post_split_mark_price = d.pop("post_split_mark_price", UNSET)

        margin_corporate_action_split_terms = cls(
            ratio_old=ratio_old,
            ratio_new=ratio_new,
            pre_split_mark_price=pre_split_mark_price,
            post_split_mark_price=post_split_mark_price,
        )

        margin_corporate_action_split_terms.additional_properties = d
        return margin_corporate_action_split_terms

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
