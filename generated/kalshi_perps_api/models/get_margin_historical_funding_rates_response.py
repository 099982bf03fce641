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
    from ..models.margin_funding_rate import MarginFundingRate


T = TypeVar("T", bound="GetMarginHistoricalFundingRatesResponse")


@_attrs_define
class GetMarginHistoricalFundingRatesResponse:
    """
    Attributes:
        funding_rates (list[MarginFundingRate] | Unset): Array of historical funding rate entries
    """

    funding_rates: list[MarginFundingRate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        funding_rates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.funding_rates, Unset):
            funding_rates = []
            for funding_rates_item_data in self.funding_rates:
                funding_rates_item = funding_rates_item_data.to_dict()
                funding_rates.append(funding_rates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if funding_rates is not UNSET:
            field_dict["funding_rates"] = funding_rates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.margin_funding_rate import MarginFundingRate  # noqa: PLC0415

        d = dict(src_dict)
        _funding_rates = d.pop("funding_rates", UNSET)
        funding_rates: list[MarginFundingRate] | Unset = UNSET
        if _funding_rates is not UNSET:
            funding_rates = LazyList(_funding_rates or [], MarginFundingRate, MarginFundingRate.from_dict)

        get_margin_historical_funding_rates_response = cls(
            funding_rates=funding_rates,
        )

        get_margin_historical_funding_rates_response.additional_properties = d
        return get_margin_historical_funding_rates_response

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
