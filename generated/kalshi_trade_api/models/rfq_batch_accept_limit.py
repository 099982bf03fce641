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

T = TypeVar("T", bound="RFQBatchAcceptLimit")


def _to_bid_dollars(value: DecimalInput) -> Decimal:
    return named_money(to_decimal, value, "RFQBatchAcceptLimit.bid_dollars")


@_attrs_define
class RFQBatchAcceptLimit:
    """
    Attributes:
        rfq_id (str): UUID of the child RFQ. Pass it unchanged; malformed IDs return HTTP 400.
        bid_dollars (Decimal): The lowest bid you take on this child on the accepted side, normally the best bid you
            were shown Example: 0.5600.
    """

    rfq_id: str
    bid_dollars: Decimal = _attrs_field(converter=_to_bid_dollars)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rfq_id = self.rfq_id

        bid_dollars = decimal_to_json(self.bid_dollars)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rfq_id": rfq_id,
                "bid_dollars": bid_dollars,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rfq_id = d.pop("rfq_id")

        bid_dollars = d.pop("bid_dollars")

        rfq_batch_accept_limit = cls(
            rfq_id=rfq_id,
            bid_dollars=bid_dollars,
        )

        rfq_batch_accept_limit.additional_properties = d
        return rfq_batch_accept_limit

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
