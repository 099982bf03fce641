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
    from ..models.get_margin_risk_parameters_response_initial_margin_multiplier import (
        GetMarginRiskParametersResponseInitialMarginMultiplier,
    )


T = TypeVar("T", bound="GetMarginRiskParametersResponse")


@_attrs_define
class GetMarginRiskParametersResponse:
    """
    Attributes:
        liquidation_margin_ratio_threshold (float | Unset): Margin ratio at which a position is liquidated.
        queue_entry_margin_ratio_threshold (float | Unset): Margin ratio at which a position enters the liquidation
            queue.
        initial_margin_multiplier (GetMarginRiskParametersResponseInitialMarginMultiplier | Unset): Map of market ticker
            to initial margin multiplier. The initial margin requirement is the maintenance margin multiplied by this value.
    """

    liquidation_margin_ratio_threshold: float | Unset = UNSET
    queue_entry_margin_ratio_threshold: float | Unset = UNSET
    initial_margin_multiplier: GetMarginRiskParametersResponseInitialMarginMultiplier | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        liquidation_margin_ratio_threshold = self.liquidation_margin_ratio_threshold

        queue_entry_margin_ratio_threshold = self.queue_entry_margin_ratio_threshold

        initial_margin_multiplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.initial_margin_multiplier, Unset):
            initial_margin_multiplier = self.initial_margin_multiplier.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if liquidation_margin_ratio_threshold is not UNSET:
            field_dict["liquidation_margin_ratio_threshold"] = liquidation_margin_ratio_threshold
        if queue_entry_margin_ratio_threshold is not UNSET:
            field_dict["queue_entry_margin_ratio_threshold"] = queue_entry_margin_ratio_threshold
        if initial_margin_multiplier is not UNSET:
            field_dict["initial_margin_multiplier"] = initial_margin_multiplier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_margin_risk_parameters_response_initial_margin_multiplier import (
            GetMarginRiskParametersResponseInitialMarginMultiplier,  # noqa: PLC0415
        )

        d = dict(src_dict)
        liquidation_margin_ratio_threshold = d.pop("liquidation_margin_ratio_threshold", UNSET)

        queue_entry_margin_ratio_threshold = d.pop("queue_entry_margin_ratio_threshold", UNSET)

        _initial_margin_multiplier = d.pop("initial_margin_multiplier", UNSET)
        initial_margin_multiplier: GetMarginRiskParametersResponseInitialMarginMultiplier | Unset
        if isinstance(_initial_margin_multiplier, Unset):
            initial_margin_multiplier = UNSET
        else:
            initial_margin_multiplier = GetMarginRiskParametersResponseInitialMarginMultiplier.from_dict(
                _initial_margin_multiplier
            )

        get_margin_risk_parameters_response = cls(
            liquidation_margin_ratio_threshold=liquidation_margin_ratio_threshold,
            queue_entry_margin_ratio_threshold=queue_entry_margin_ratio_threshold,
            initial_margin_multiplier=initial_margin_multiplier,
        )

        get_margin_risk_parameters_response.additional_properties = d
        return get_margin_risk_parameters_response

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
