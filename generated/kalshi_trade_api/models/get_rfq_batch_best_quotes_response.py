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
    from ..models.rfq_batch_best_quotes import RFQBatchBestQuotes


T = TypeVar("T", bound="GetRFQBatchBestQuotesResponse")


@_attrs_define
class GetRFQBatchBestQuotesResponse:
    """
    Attributes:
        best_quotes (RFQBatchBestQuotes | Unset):
    """

    best_quotes: RFQBatchBestQuotes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        best_quotes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.best_quotes, Unset):
            best_quotes = self.best_quotes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if best_quotes is not UNSET:
            field_dict["best_quotes"] = best_quotes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rfq_batch_best_quotes import RFQBatchBestQuotes  # noqa: PLC0415

        d = dict(src_dict)
        _best_quotes = d.pop("best_quotes", UNSET)
        best_quotes: RFQBatchBestQuotes | Unset
        if isinstance(_best_quotes, Unset):
            best_quotes = UNSET
        else:
            best_quotes = RFQBatchBestQuotes.from_dict(_best_quotes)

        get_rfq_batch_best_quotes_response = cls(
            best_quotes=best_quotes,
        )

        get_rfq_batch_best_quotes_response.additional_properties = d
        return get_rfq_batch_best_quotes_response

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
