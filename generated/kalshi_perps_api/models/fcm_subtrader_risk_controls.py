from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fcm_subtrader_risk_controls_asset_class import FCMSubtraderRiskControlsAssetClass
from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="FCMSubtraderRiskControls")


@_attrs_define
class FCMSubtraderRiskControls:
    """
    Attributes:
        subtrader_id (str | Unset): The subtrader the initial margin cap applies to.
        market_ticker (str | Unset): Present only on a market-scoped cap.
        asset_class (FCMSubtraderRiskControlsAssetClass | Unset): Present only on an asset-class-scoped cap. A cap with
            neither market_ticker nor asset_class applies across all markets.
        im_cap (Decimal | Unset): A non-negative fixed-point US dollar amount with up to 4 decimal places. Example:
            100.0000.
        current_im (Decimal | Unset): The initial margin currently attributable to this cap's scope, in fixed-point US
            dollars — the value the exchange compares against im_cap when admitting an order. Computed from the exchange's
            read model (positions plus resting orders), so it excludes orders still in flight and may slightly trail the
            engine. A market-scoped cap prices that market standalone; an asset-class cap prices the class-filtered
            portfolio, so hedged positions within the class margin jointly rather than summing per-market. Example: 42.0000.
    """

    subtrader_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    asset_class: FCMSubtraderRiskControlsAssetClass | Unset = UNSET
    im_cap: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    current_im: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtrader_id = self.subtrader_id

        market_ticker = self.market_ticker

        asset_class: str | Unset = UNSET
        if not isinstance(self.asset_class, Unset):
            asset_class = self.asset_class.value

        im_cap = decimal_to_json(self.im_cap)

        current_im = decimal_to_json(self.current_im)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subtrader_id is not UNSET:
            field_dict["subtrader_id"] = subtrader_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if asset_class is not UNSET:
            field_dict["asset_class"] = asset_class
        if im_cap is not UNSET:
            field_dict["im_cap"] = im_cap
        if current_im is not UNSET:
            field_dict["current_im"] = current_im

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subtrader_id = d.pop("subtrader_id", UNSET)

        market_ticker = d.pop("market_ticker", UNSET)

        _asset_class = d.pop("asset_class", UNSET)
        asset_class: FCMSubtraderRiskControlsAssetClass | Unset
        if isinstance(_asset_class, Unset):
            asset_class = UNSET
        else:
            asset_class = FCMSubtraderRiskControlsAssetClass(_asset_class)

        im_cap = d.pop("im_cap", UNSET)

        current_im = d.pop("current_im", UNSET)

        fcm_subtrader_risk_controls = cls(
            subtrader_id=subtrader_id,
            market_ticker=market_ticker,
            asset_class=asset_class,
            im_cap=im_cap,
            current_im=current_im,
        )

        fcm_subtrader_risk_controls.additional_properties = d
        return fcm_subtrader_risk_controls

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
