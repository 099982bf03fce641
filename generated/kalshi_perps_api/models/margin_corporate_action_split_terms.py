from __future__ import annotations

import datetime
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
    """Terms for stock_split. Omitted for other types and cancelled notices.

    Attributes:
        ratio_old (str | Unset): Old-share component of the split ratio.
        ratio_new (str | Unset): New-share component of the split ratio.
        ex_date (datetime.date | Unset): Corporate action ex-date, where available.
    """

    ratio_old: str | Unset = UNSET
    ratio_new: str | Unset = UNSET
    ex_date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ratio_old = self.ratio_old

        ratio_new = self.ratio_new

        ex_date: str | Unset = UNSET
        if not isinstance(self.ex_date, Unset):
            ex_date = self.ex_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ratio_old is not UNSET:
            field_dict["ratio_old"] = ratio_old
        if ratio_new is not UNSET:
            field_dict["ratio_new"] = ratio_new
        if ex_date is not UNSET:
            field_dict["ex_date"] = ex_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ratio_old = d.pop("ratio_old", UNSET)

        ratio_new = d.pop("ratio_new", UNSET)

        _ex_date = d.pop("ex_date", UNSET)
        ex_date: datetime.date | Unset
        if isinstance(_ex_date, Unset):
            ex_date = UNSET
        else:
            ex_date = datetime.date.fromisoformat(_ex_date)

        margin_corporate_action_split_terms = cls(
            ratio_old=ratio_old,
            ratio_new=ratio_new,
            ex_date=ex_date,
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
