from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_fcm_subtrader_risk_controls_request_asset_class import (
    UpdateFCMSubtraderRiskControlsRequestAssetClass,
)
from ..types import (
    UNSET,
    DecimalInput,
    Unset,
    decimal_to_json,
    enum_value,
    named_money,
    to_decimal,
)

T = TypeVar("T", bound="UpdateFCMSubtraderRiskControlsRequest")


def _to_im_cap(value: DecimalInput) -> Decimal:
    return named_money(to_decimal, value, "UpdateFCMSubtraderRiskControlsRequest.im_cap")


def _to_asset_class(
    value: UpdateFCMSubtraderRiskControlsRequestAssetClass | str | Unset,
) -> UpdateFCMSubtraderRiskControlsRequestAssetClass | Unset:
    return (
        value
        if isinstance(value, Unset)
        else enum_value(
            UpdateFCMSubtraderRiskControlsRequestAssetClass, value, "UpdateFCMSubtraderRiskControlsRequest.asset_class"
        )
    )


@_attrs_define
class UpdateFCMSubtraderRiskControlsRequest:
    """
    Attributes:
        subtrader_id (str): The subtrader whose initial margin cap should be updated. Must belong to the requesting FCM.
        im_cap (Decimal): A non-negative fixed-point US dollar amount with up to 4 decimal places. Example: 100.0000. At
            most 20 characters.
        market_ticker (str | Unset): Scopes the initial margin cap to this market when supplied.
        asset_class (UpdateFCMSubtraderRiskControlsRequestAssetClass | Unset): Scopes the initial margin cap to this
            asset class when supplied. Mutually exclusive with market_ticker.
    """

    subtrader_id: str
    im_cap: Decimal = _attrs_field(converter=_to_im_cap)
    market_ticker: str | Unset = UNSET
    asset_class: UpdateFCMSubtraderRiskControlsRequestAssetClass | Unset = _attrs_field(
        default=UNSET, converter=_to_asset_class
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtrader_id = self.subtrader_id

        im_cap = decimal_to_json(self.im_cap)

        market_ticker = self.market_ticker

        asset_class: str | Unset = UNSET
        if not isinstance(self.asset_class, Unset):
            asset_class = self.asset_class.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subtrader_id": subtrader_id,
                "im_cap": im_cap,
            }
        )
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if asset_class is not UNSET:
            field_dict["asset_class"] = asset_class

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subtrader_id = d.pop("subtrader_id")

        im_cap = d.pop("im_cap")

        market_ticker = d.pop("market_ticker", UNSET)

        _asset_class = d.pop("asset_class", UNSET)
        asset_class: UpdateFCMSubtraderRiskControlsRequestAssetClass | Unset
        if isinstance(_asset_class, Unset):
            asset_class = UNSET
        else:
            asset_class = UpdateFCMSubtraderRiskControlsRequestAssetClass(_asset_class)

        update_fcm_subtrader_risk_controls_request = cls(
            subtrader_id=subtrader_id,
            im_cap=im_cap,
            market_ticker=market_ticker,
            asset_class=asset_class,
        )

        update_fcm_subtrader_risk_controls_request.additional_properties = d
        return update_fcm_subtrader_risk_controls_request

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
