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
    from ..models.margin_funding_history_entry import MarginFundingHistoryEntry


T = TypeVar("T", bound="GetMarginFundingHistoryResponse")


@_attrs_define
class GetMarginFundingHistoryResponse:
    """
    Attributes:
        funding_history (list[MarginFundingHistoryEntry] | Unset): Array of historical funding payment entries
    """

    funding_history: list[MarginFundingHistoryEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        funding_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.funding_history, Unset):
            funding_history = []
            for funding_history_item_data in self.funding_history:
                funding_history_item = funding_history_item_data.to_dict()
                funding_history.append(funding_history_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if funding_history is not UNSET:
            field_dict["funding_history"] = funding_history

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.margin_funding_history_entry import MarginFundingHistoryEntry  # noqa: PLC0415

        d = dict(src_dict)
        _funding_history = d.pop("funding_history", UNSET)
        funding_history: list[MarginFundingHistoryEntry] | Unset = UNSET
        if _funding_history is not UNSET:
            funding_history = LazyList(
                _funding_history or [], MarginFundingHistoryEntry, MarginFundingHistoryEntry.from_dict
            )

        get_margin_funding_history_response = cls(
            funding_history=funding_history,
        )

        get_margin_funding_history_response.additional_properties = d
        return get_margin_funding_history_response

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
