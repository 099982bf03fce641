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
    from ..models.margin_fee_tier_rate import MarginFeeTierRate


T = TypeVar("T", bound="GetMarginFeeTierRatesResponse")


@_attrs_define
class GetMarginFeeTierRatesResponse:
    """
    Attributes:
        fee_tier_rates (list[MarginFeeTierRate] | Unset):
    """

    fee_tier_rates: list[MarginFeeTierRate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fee_tier_rates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fee_tier_rates, Unset):
            fee_tier_rates = []
            for fee_tier_rates_item_data in self.fee_tier_rates:
                fee_tier_rates_item = fee_tier_rates_item_data.to_dict()
                fee_tier_rates.append(fee_tier_rates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fee_tier_rates is not UNSET:
            field_dict["fee_tier_rates"] = fee_tier_rates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.margin_fee_tier_rate import MarginFeeTierRate  # noqa: PLC0415

        d = dict(src_dict)
        _fee_tier_rates = d.pop("fee_tier_rates", UNSET)
        fee_tier_rates: list[MarginFeeTierRate] | Unset = UNSET
        if _fee_tier_rates is not UNSET:
            fee_tier_rates = LazyList(_fee_tier_rates or [], MarginFeeTierRate, MarginFeeTierRate.from_dict)

        get_margin_fee_tier_rates_response = cls(
            fee_tier_rates=fee_tier_rates,
        )

        get_margin_fee_tier_rates_response.additional_properties = d
        return get_margin_fee_tier_rates_response

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
