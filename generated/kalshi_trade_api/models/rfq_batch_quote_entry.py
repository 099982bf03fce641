from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    DecimalInput,
    decimal_to_json,
    named_money,
    to_decimal,
)

T = TypeVar("T", bound="RFQBatchQuoteEntry")


def _to_yes_bid(value: DecimalInput) -> Decimal:
    return named_money(to_decimal, value, "RFQBatchQuoteEntry.yes_bid")


def _to_no_bid(value: DecimalInput) -> Decimal:
    return named_money(to_decimal, value, "RFQBatchQuoteEntry.no_bid")


@_attrs_define
class RFQBatchQuoteEntry:
    """
    Attributes:
        rfq_id (str): UUID of the child RFQ to price. Pass it unchanged; malformed IDs return HTTP 400.
        yes_bid (Decimal): The bid price for YES contracts on this child, in dollars Example: 0.5600.
        no_bid (Decimal): The bid price for NO contracts on this child, in dollars Example: 0.5600.
    """

    rfq_id: str
    yes_bid: Decimal = _attrs_field(converter=_to_yes_bid)
    no_bid: Decimal = _attrs_field(converter=_to_no_bid)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rfq_id = self.rfq_id

        yes_bid = decimal_to_json(self.yes_bid)

        no_bid = decimal_to_json(self.no_bid)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rfq_id": rfq_id,
                "yes_bid": yes_bid,
                "no_bid": no_bid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rfq_id = d.pop("rfq_id")

        yes_bid = d.pop("yes_bid")

        no_bid = d.pop("no_bid")

        rfq_batch_quote_entry = cls(
            rfq_id=rfq_id,
            yes_bid=yes_bid,
            no_bid=no_bid,
        )

        rfq_batch_quote_entry.additional_properties = d
        return rfq_batch_quote_entry

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
