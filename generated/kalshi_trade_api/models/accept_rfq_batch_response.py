from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accept_rfq_batch_response_accepted_side import AcceptRFQBatchResponseAcceptedSide
from ..types import (
    UNSET,
    LazyList,
    Unset,
)

if TYPE_CHECKING:
    from ..models.quote import Quote


T = TypeVar("T", bound="AcceptRFQBatchResponse")


@_attrs_define
class AcceptRFQBatchResponse:
    """
    Attributes:
        accepted_side (AcceptRFQBatchResponseAcceptedSide | Unset): The side accepted on every child (yes or no)
        quotes (list[Quote] | Unset): The quote each child was accepted from, in batch order. Each winning maker then
            confirms its children.
    """

    accepted_side: AcceptRFQBatchResponseAcceptedSide | Unset = UNSET
    quotes: list[Quote] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepted_side: str | Unset = UNSET
        if not isinstance(self.accepted_side, Unset):
            accepted_side = self.accepted_side.value

        quotes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.quotes, Unset):
            quotes = []
            for quotes_item_data in self.quotes:
                quotes_item = quotes_item_data.to_dict()
                quotes.append(quotes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accepted_side is not UNSET:
            field_dict["accepted_side"] = accepted_side
        if quotes is not UNSET:
            field_dict["quotes"] = quotes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quote import Quote  # noqa: PLC0415

        d = dict(src_dict)
        _accepted_side = d.pop("accepted_side", UNSET)
        accepted_side: AcceptRFQBatchResponseAcceptedSide | Unset
        if isinstance(_accepted_side, Unset):
            accepted_side = UNSET
        else:
            accepted_side = AcceptRFQBatchResponseAcceptedSide(_accepted_side)

        _quotes = d.pop("quotes", UNSET)
        quotes: list[Quote] | Unset = UNSET
        if _quotes is not UNSET:
            quotes = LazyList(_quotes or [], Quote, Quote.from_dict)

        accept_rfq_batch_response = cls(
            accepted_side=accepted_side,
            quotes=quotes,
        )

        accept_rfq_batch_response.additional_properties = d
        return accept_rfq_batch_response

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
