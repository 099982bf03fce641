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
    from ..models.quote import Quote


T = TypeVar("T", bound="GetQuotesResponse")


@_attrs_define
class GetQuotesResponse:
    """
    Attributes:
        quotes (list[Quote] | Unset): List of quotes matching the query criteria
        cursor (str | Unset): Cursor for pagination to get the next page of results
    """

    quotes: list[Quote] | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quotes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.quotes, Unset):
            quotes = []
            for quotes_item_data in self.quotes:
                quotes_item = quotes_item_data.to_dict()
                quotes.append(quotes_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quotes is not UNSET:
            field_dict["quotes"] = quotes
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quote import Quote  # noqa: PLC0415

        d = dict(src_dict)
        _quotes = d.pop("quotes", UNSET)
        quotes: list[Quote] | Unset = UNSET
        if _quotes is not UNSET:
            quotes = LazyList(_quotes or [], Quote, Quote.from_dict)

        cursor = d.pop("cursor", UNSET)

        get_quotes_response = cls(
            quotes=quotes,
            cursor=cursor,
        )

        get_quotes_response.additional_properties = d
        return get_quotes_response

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
