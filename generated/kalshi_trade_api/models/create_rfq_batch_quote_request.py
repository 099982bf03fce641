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
    from ..models.rfq_batch_quote_entry import RFQBatchQuoteEntry


T = TypeVar("T", bound="CreateRFQBatchQuoteRequest")


@_attrs_define
class CreateRFQBatchQuoteRequest:
    """
    Attributes:
        quotes (list[RFQBatchQuoteEntry]): Prices for every child RFQ of the batch, one entry per child. At least 2
            items. At most 57 items.
        rest_remainder (bool): Whether to rest the remainder of each child quote after execution
        post_only (bool | Unset): If true, your resting orders are cancelled rather than crossed if they would take
            liquidity. Defaults to false.
        subaccount (int | Unset): Optional subaccount number to place the batch quote under (0 for primary, 1-63 for
            subaccounts)
    """

    quotes: list[RFQBatchQuoteEntry]
    rest_remainder: bool
    post_only: bool | Unset = UNSET
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quotes = []
        for quotes_item_data in self.quotes:
            quotes_item = quotes_item_data.to_dict()
            quotes.append(quotes_item)

        rest_remainder = self.rest_remainder

        post_only = self.post_only

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quotes": quotes,
                "rest_remainder": rest_remainder,
            }
        )
        if post_only is not UNSET:
            field_dict["post_only"] = post_only
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rfq_batch_quote_entry import RFQBatchQuoteEntry  # noqa: PLC0415

        d = dict(src_dict)
        _quotes = d.pop("quotes")
        quotes = LazyList(_quotes or [], RFQBatchQuoteEntry)

        rest_remainder = d.pop("rest_remainder")

        post_only = d.pop("post_only", UNSET)

        subaccount = d.pop("subaccount", UNSET)

        create_rfq_batch_quote_request = cls(
            quotes=quotes,
            rest_remainder=rest_remainder,
            post_only=post_only,
            subaccount=subaccount,
        )

        create_rfq_batch_quote_request.additional_properties = d
        return create_rfq_batch_quote_request

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
