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
    from ..models.settlement_balance_history_entry import SettlementBalanceHistoryEntry


T = TypeVar("T", bound="GetSettlementBalanceHistoryResponse")


@_attrs_define
class GetSettlementBalanceHistoryResponse:
    """
    Attributes:
        entries (list[SettlementBalanceHistoryEntry] | Unset):
        cursor (str | Unset): Pass as the `cursor` query param to fetch the next page. Absent when there are no more
            results.
    """

    entries: list[SettlementBalanceHistoryEntry] | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entries, Unset):
            entries = []
            for entries_item_data in self.entries:
                entries_item = entries_item_data.to_dict()
                entries.append(entries_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entries is not UNSET:
            field_dict["entries"] = entries
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.settlement_balance_history_entry import SettlementBalanceHistoryEntry  # noqa: PLC0415

        d = dict(src_dict)
        _entries = d.pop("entries", UNSET)
        entries: list[SettlementBalanceHistoryEntry] | Unset = UNSET
        if _entries is not UNSET:
            entries = LazyList(_entries or [], SettlementBalanceHistoryEntry, SettlementBalanceHistoryEntry.from_dict)

        cursor = d.pop("cursor", UNSET)

        get_settlement_balance_history_response = cls(
            entries=entries,
            cursor=cursor,
        )

        get_settlement_balance_history_response.additional_properties = d
        return get_settlement_balance_history_response

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
