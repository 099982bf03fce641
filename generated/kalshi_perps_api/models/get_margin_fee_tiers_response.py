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
    from ..models.get_margin_fee_tiers_response_maker_fee_rates import GetMarginFeeTiersResponseMakerFeeRates
    from ..models.get_margin_fee_tiers_response_taker_fee_rates import GetMarginFeeTiersResponseTakerFeeRates


T = TypeVar("T", bound="GetMarginFeeTiersResponse")


@_attrs_define
class GetMarginFeeTiersResponse:
    """
    Attributes:
        maker_fee_rates (GetMarginFeeTiersResponseMakerFeeRates | Unset): A map of margin market ticker to the maker-
            side fee rate as a decimal fraction of notional (e.g. 0.0005 = 0.05% = 5 bps). Multiply notional by this value
            to compute the fee.
        taker_fee_rates (GetMarginFeeTiersResponseTakerFeeRates | Unset): A map of margin market ticker to the taker-
            side fee rate as a decimal fraction of notional (e.g. 0.0012 = 0.12% = 12 bps). Multiply notional by this value
            to compute the fee.
    """

    maker_fee_rates: GetMarginFeeTiersResponseMakerFeeRates | Unset = UNSET
    taker_fee_rates: GetMarginFeeTiersResponseTakerFeeRates | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        maker_fee_rates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.maker_fee_rates, Unset):
            maker_fee_rates = self.maker_fee_rates.to_dict()

        taker_fee_rates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.taker_fee_rates, Unset):
            taker_fee_rates = self.taker_fee_rates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if maker_fee_rates is not UNSET:
            field_dict["maker_fee_rates"] = maker_fee_rates
        if taker_fee_rates is not UNSET:
            field_dict["taker_fee_rates"] = taker_fee_rates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_margin_fee_tiers_response_maker_fee_rates import GetMarginFeeTiersResponseMakerFeeRates  # noqa: PLC0415
        from ..models.get_margin_fee_tiers_response_taker_fee_rates import GetMarginFeeTiersResponseTakerFeeRates  # noqa: PLC0415

        d = dict(src_dict)
        _maker_fee_rates = d.pop("maker_fee_rates", UNSET)
        maker_fee_rates: GetMarginFeeTiersResponseMakerFeeRates | Unset
        if isinstance(_maker_fee_rates, Unset):
            maker_fee_rates = UNSET
        else:
            maker_fee_rates = GetMarginFeeTiersResponseMakerFeeRates.from_dict(_maker_fee_rates)

        _taker_fee_rates = d.pop("taker_fee_rates", UNSET)
        taker_fee_rates: GetMarginFeeTiersResponseTakerFeeRates | Unset
        if isinstance(_taker_fee_rates, Unset):
            taker_fee_rates = UNSET
        else:
            taker_fee_rates = GetMarginFeeTiersResponseTakerFeeRates.from_dict(_taker_fee_rates)

        get_margin_fee_tiers_response = cls(
            maker_fee_rates=maker_fee_rates,
            taker_fee_rates=taker_fee_rates,
        )

        get_margin_fee_tiers_response.additional_properties = d
        return get_margin_fee_tiers_response

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
