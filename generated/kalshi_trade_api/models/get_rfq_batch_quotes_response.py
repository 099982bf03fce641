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
    from ..models.rfq_batch_quote import RFQBatchQuote


T = TypeVar("T", bound="GetRFQBatchQuotesResponse")


@_attrs_define
class GetRFQBatchQuotesResponse:
    """
    Attributes:
        batch_quotes (list[RFQBatchQuote] | Unset): Batch quotes on the RFQ batch visible to you
    """

    batch_quotes: list[RFQBatchQuote] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_quotes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.batch_quotes, Unset):
            batch_quotes = []
            for batch_quotes_item_data in self.batch_quotes:
                batch_quotes_item = batch_quotes_item_data.to_dict()
                batch_quotes.append(batch_quotes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_quotes is not UNSET:
            field_dict["batch_quotes"] = batch_quotes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rfq_batch_quote import RFQBatchQuote  # noqa: PLC0415

        d = dict(src_dict)
        _batch_quotes = d.pop("batch_quotes", UNSET)
        batch_quotes: list[RFQBatchQuote] | Unset = UNSET
        if _batch_quotes is not UNSET:
            batch_quotes = LazyList(_batch_quotes or [], RFQBatchQuote, RFQBatchQuote.from_dict)

        get_rfq_batch_quotes_response = cls(
            batch_quotes=batch_quotes,
        )

        get_rfq_batch_quotes_response.additional_properties = d
        return get_rfq_batch_quotes_response

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
