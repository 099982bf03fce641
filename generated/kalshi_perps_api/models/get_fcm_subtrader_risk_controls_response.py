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
    from ..models.fcm_subtrader_notional_risk_limit import FCMSubtraderNotionalRiskLimit
    from ..models.fcm_subtrader_risk_controls import FCMSubtraderRiskControls


T = TypeVar("T", bound="GetFCMSubtraderRiskControlsResponse")


@_attrs_define
class GetFCMSubtraderRiskControlsResponse:
    """
    Attributes:
        risk_controls (list[FCMSubtraderRiskControls] | Unset): One entry per configured initial margin cap.
        notional_limits (list[FCMSubtraderNotionalRiskLimit] | Unset): The admin-set notional value risk limits for the
            same subtrader as the rest of the response, sorted by market_ticker. An entry without a market_ticker is the
            whole-subtrader (all-markets) limit and sorts first; the rest are per-market. Set by exchange administration and
            read-only through this API; markets without a configured limit are omitted, and the market_ticker/asset_class
            filters apply only to risk_controls. Newly created subtrader IDs take the form {your_account_id}_{suffix};
            legacy UUID-form subtraders are included as well.
    """

    risk_controls: list[FCMSubtraderRiskControls] | Unset = UNSET
    notional_limits: list[FCMSubtraderNotionalRiskLimit] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        risk_controls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.risk_controls, Unset):
            risk_controls = []
            for risk_controls_item_data in self.risk_controls:
                risk_controls_item = risk_controls_item_data.to_dict()
                risk_controls.append(risk_controls_item)

        notional_limits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notional_limits, Unset):
            notional_limits = []
            for notional_limits_item_data in self.notional_limits:
                notional_limits_item = notional_limits_item_data.to_dict()
                notional_limits.append(notional_limits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if risk_controls is not UNSET:
            field_dict["risk_controls"] = risk_controls
        if notional_limits is not UNSET:
            field_dict["notional_limits"] = notional_limits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fcm_subtrader_notional_risk_limit import FCMSubtraderNotionalRiskLimit  # noqa: PLC0415
        from ..models.fcm_subtrader_risk_controls import FCMSubtraderRiskControls  # noqa: PLC0415

        d = dict(src_dict)
        _risk_controls = d.pop("risk_controls", UNSET)
        risk_controls: list[FCMSubtraderRiskControls] | Unset = UNSET
        if _risk_controls is not UNSET:
            risk_controls = LazyList(_risk_controls or [], FCMSubtraderRiskControls, FCMSubtraderRiskControls.from_dict)

        _notional_limits = d.pop("notional_limits", UNSET)
        notional_limits: list[FCMSubtraderNotionalRiskLimit] | Unset = UNSET
        if _notional_limits is not UNSET:
            notional_limits = LazyList(
                _notional_limits or [], FCMSubtraderNotionalRiskLimit, FCMSubtraderNotionalRiskLimit.from_dict
            )

        get_fcm_subtrader_risk_controls_response = cls(
            risk_controls=risk_controls,
            notional_limits=notional_limits,
        )

        get_fcm_subtrader_risk_controls_response.additional_properties = d
        return get_fcm_subtrader_risk_controls_response

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
