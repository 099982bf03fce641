from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="MarginCorporateActionTickerChangeTerms")


@_attrs_define
class MarginCorporateActionTickerChangeTerms:
    """Terms for ticker_change. Omitted for other types and cancelled notices.

    Attributes:
        old_ticker (str | Unset): Previous underlying ticker for a ticker change.
        new_ticker (str | Unset): Approved replacement underlying ticker.
    """

    old_ticker: str | Unset = UNSET
    new_ticker: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        old_ticker = self.old_ticker

        new_ticker = self.new_ticker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if old_ticker is not UNSET:
            field_dict["old_ticker"] = old_ticker
        if new_ticker is not UNSET:
            field_dict["new_ticker"] = new_ticker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        old_ticker = d.pop("old_ticker", UNSET)

        new_ticker = d.pop("new_ticker", UNSET)

        margin_corporate_action_ticker_change_terms = cls(
            old_ticker=old_ticker,
            new_ticker=new_ticker,
        )

        margin_corporate_action_ticker_change_terms.additional_properties = d
        return margin_corporate_action_ticker_change_terms

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
