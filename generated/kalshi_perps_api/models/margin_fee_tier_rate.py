from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.margin_fee_tier_rate_fee_schedule import MarginFeeTierRateFeeSchedule
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="MarginFeeTierRate")


@_attrs_define
class MarginFeeTierRate:
    """
    Attributes:
        fee_schedule (MarginFeeTierRateFeeSchedule | Unset): Fee schedule containing this tier.
        tier (int | Unset): Stable fee tier number within the indicated fee schedule. Existing numbers never change when
            the schedule is reshaped.
        maker_fee_rate (float | Unset): Maker fee rate as a decimal fraction of notional (e.g. 0.0005 = 0.05% = 5 bps).
        taker_fee_rate (float | Unset): Taker fee rate as a decimal fraction of notional (e.g. 0.0012 = 0.12% = 12 bps).
    """

    fee_schedule: MarginFeeTierRateFeeSchedule | Unset = UNSET
    tier: int | Unset = UNSET
    maker_fee_rate: float | Unset = UNSET
    taker_fee_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fee_schedule: str | Unset = UNSET
        if not isinstance(self.fee_schedule, Unset):
            fee_schedule = self.fee_schedule.value

        tier = self.tier

        maker_fee_rate = self.maker_fee_rate

        taker_fee_rate = self.taker_fee_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fee_schedule is not UNSET:
            field_dict["fee_schedule"] = fee_schedule
        if tier is not UNSET:
            field_dict["tier"] = tier
        if maker_fee_rate is not UNSET:
            field_dict["maker_fee_rate"] = maker_fee_rate
        if taker_fee_rate is not UNSET:
            field_dict["taker_fee_rate"] = taker_fee_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _fee_schedule = d.pop("fee_schedule", UNSET)
        fee_schedule: MarginFeeTierRateFeeSchedule | Unset
        if isinstance(_fee_schedule, Unset):
            fee_schedule = UNSET
        else:
            fee_schedule = MarginFeeTierRateFeeSchedule(_fee_schedule)

        tier = d.pop("tier", UNSET)

        maker_fee_rate = d.pop("maker_fee_rate", UNSET)

        taker_fee_rate = d.pop("taker_fee_rate", UNSET)

        margin_fee_tier_rate = cls(
            fee_schedule=fee_schedule,
            tier=tier,
            maker_fee_rate=maker_fee_rate,
            taker_fee_rate=taker_fee_rate,
        )

        margin_fee_tier_rate.additional_properties = d
        return margin_fee_tier_rate

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
