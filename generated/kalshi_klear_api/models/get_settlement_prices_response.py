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
    from ..models.get_settlement_prices_response_settlement_prices import GetSettlementPricesResponseSettlementPrices


T = TypeVar("T", bound="GetSettlementPricesResponse")


@_attrs_define
class GetSettlementPricesResponse:
    """
    Attributes:
        settlement_prices (GetSettlementPricesResponseSettlementPrices | Unset): Map of market ticker to that market's
            settlement (mark) price at the requested settlement time, in centicents. Empty when no settlement ran for that
            asset class and settlement time.
    """

    settlement_prices: GetSettlementPricesResponseSettlementPrices | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settlement_prices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settlement_prices, Unset):
            settlement_prices = self.settlement_prices.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if settlement_prices is not UNSET:
            field_dict["settlement_prices"] = settlement_prices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_settlement_prices_response_settlement_prices import (
            GetSettlementPricesResponseSettlementPrices,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _settlement_prices = d.pop("settlement_prices", UNSET)
        settlement_prices: GetSettlementPricesResponseSettlementPrices | Unset
        if isinstance(_settlement_prices, Unset):
            settlement_prices = UNSET
        else:
            settlement_prices = GetSettlementPricesResponseSettlementPrices.from_dict(_settlement_prices)

        get_settlement_prices_response = cls(
            settlement_prices=settlement_prices,
        )

        get_settlement_prices_response.additional_properties = d
        return get_settlement_prices_response

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
