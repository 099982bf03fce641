from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyList,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

if TYPE_CHECKING:
    from ..models.margin_risk_position import MarginRiskPosition


T = TypeVar("T", bound="GetMarginRiskResponse")


@_attrs_define
class GetMarginRiskResponse:
    """
    Attributes:
        account_leverage (float | None | Unset): Account-level leverage (total_position_notional /
            total_maintenance_margin). Null when total maintenance margin is zero.
        total_position_notional (Decimal | Unset): Sum of absolute position notional values across all positions in
            fixed-point dollars Example: 0.5600.
        total_maintenance_margin (Decimal | Unset): Sum of maintenance margin requirements across all positions in
            fixed-point dollars Example: 0.5600.
        positions (list[MarginRiskPosition] | Unset): Per-position risk breakdown grouped by subaccount and market
    """

    account_leverage: float | None | Unset = UNSET
    total_position_notional: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    total_maintenance_margin: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    positions: list[MarginRiskPosition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_leverage: float | None | Unset
        if isinstance(self.account_leverage, Unset):
            account_leverage = UNSET
        else:
            account_leverage = self.account_leverage

        total_position_notional = decimal_to_json(self.total_position_notional)

        total_maintenance_margin = decimal_to_json(self.total_maintenance_margin)

        positions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.positions, Unset):
            positions = []
            for positions_item_data in self.positions:
                positions_item = positions_item_data.to_dict()
                positions.append(positions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_leverage is not UNSET:
            field_dict["account_leverage"] = account_leverage
        if total_position_notional is not UNSET:
            field_dict["total_position_notional"] = total_position_notional
        if total_maintenance_margin is not UNSET:
            field_dict["total_maintenance_margin"] = total_maintenance_margin
        if positions is not UNSET:
            field_dict["positions"] = positions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.margin_risk_position import MarginRiskPosition  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_account_leverage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        account_leverage = _parse_account_leverage(d.pop("account_leverage", UNSET))

        total_position_notional = d.pop("total_position_notional", UNSET)

        total_maintenance_margin = d.pop("total_maintenance_margin", UNSET)

        _positions = d.pop("positions", UNSET)
        positions: list[MarginRiskPosition] | Unset = UNSET
        if _positions is not UNSET:
            positions = LazyList(_positions or [], MarginRiskPosition, MarginRiskPosition.from_dict)

        get_margin_risk_response = cls(
            account_leverage=account_leverage,
            total_position_notional=total_position_notional,
            total_maintenance_margin=total_maintenance_margin,
            positions=positions,
        )

        get_margin_risk_response.additional_properties = d
        return get_margin_risk_response

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
