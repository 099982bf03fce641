from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incentive_program_incentive_type import IncentiveProgramIncentiveType
from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_none_or_unset,
)

T = TypeVar("T", bound="IncentiveProgram")


@_attrs_define
class IncentiveProgram:
    """
    Attributes:
        id (str | Unset): Unique identifier for the incentive program
        market_id (str | Unset): The unique identifier of the market associated with this incentive program
        market_ticker (str | Unset): The ticker symbol of the market associated with this incentive program
        incentive_type (IncentiveProgramIncentiveType | Unset): Type of incentive program
        incentive_description (str | Unset): Plain text description of the incentive program
        start_date (datetime.datetime | Unset): Start date of the incentive program
        end_date (datetime.datetime | Unset): End date of the incentive program
        period_reward (int | Unset): Total reward for the period in centi-cents
        paid_out (bool | Unset): Whether the incentive has been paid out
        discount_factor_bps (int | None | Unset): Discount factor in basis points (optional)
        target_size_fp (Decimal | None | Unset): String representation of the target size for the incentive program
            (optional) Example: 10.00.
        max_reward_per_account (int | None | Unset): Maximum reward per account in centi-cents (optional)
    """

    id: str | Unset = UNSET
    market_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    incentive_type: IncentiveProgramIncentiveType | Unset = UNSET
    incentive_description: str | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    period_reward: int | Unset = UNSET
    paid_out: bool | Unset = UNSET
    discount_factor_bps: int | None | Unset = UNSET
    target_size_fp: Decimal | None | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_none_or_unset)
    max_reward_per_account: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        market_id = self.market_id

        market_ticker = self.market_ticker

        incentive_type: str | Unset = UNSET
        if not isinstance(self.incentive_type, Unset):
            incentive_type = self.incentive_type.value

        incentive_description = self.incentive_description

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        period_reward = self.period_reward

        paid_out = self.paid_out

        discount_factor_bps: int | None | Unset
        if isinstance(self.discount_factor_bps, Unset):
            discount_factor_bps = UNSET
        else:
            discount_factor_bps = self.discount_factor_bps

        target_size_fp = decimal_to_json(self.target_size_fp)

        max_reward_per_account: int | None | Unset
        if isinstance(self.max_reward_per_account, Unset):
            max_reward_per_account = UNSET
        else:
            max_reward_per_account = self.max_reward_per_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if market_id is not UNSET:
            field_dict["market_id"] = market_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if incentive_type is not UNSET:
            field_dict["incentive_type"] = incentive_type
        if incentive_description is not UNSET:
            field_dict["incentive_description"] = incentive_description
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if period_reward is not UNSET:
            field_dict["period_reward"] = period_reward
        if paid_out is not UNSET:
            field_dict["paid_out"] = paid_out
        if discount_factor_bps is not UNSET:
            field_dict["discount_factor_bps"] = discount_factor_bps
        if target_size_fp is not UNSET:
            field_dict["target_size_fp"] = target_size_fp
        if max_reward_per_account is not UNSET:
            field_dict["max_reward_per_account"] = max_reward_per_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        market_id = d.pop("market_id", UNSET)

        market_ticker = d.pop("market_ticker", UNSET)

        _incentive_type = d.pop("incentive_type", UNSET)
        incentive_type: IncentiveProgramIncentiveType | Unset
        if isinstance(_incentive_type, Unset):
            incentive_type = UNSET
        else:
            incentive_type = IncentiveProgramIncentiveType(_incentive_type)

        incentive_description = d.pop("incentive_description", UNSET)

        _start_date = d.pop("start_date", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        _end_date = d.pop("end_date", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.datetime.fromisoformat(_end_date)

        period_reward = d.pop("period_reward", UNSET)

        paid_out = d.pop("paid_out", UNSET)

        def _parse_discount_factor_bps(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        discount_factor_bps = _parse_discount_factor_bps(d.pop("discount_factor_bps", UNSET))

        def _parse_target_size_fp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_size_fp = _parse_target_size_fp(d.pop("target_size_fp", UNSET))

        def _parse_max_reward_per_account(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_reward_per_account = _parse_max_reward_per_account(d.pop("max_reward_per_account", UNSET))

        incentive_program = cls(
            id=id,
            market_id=market_id,
            market_ticker=market_ticker,
            incentive_type=incentive_type,
            incentive_description=incentive_description,
            start_date=start_date,
            end_date=end_date,
            period_reward=period_reward,
            paid_out=paid_out,
            discount_factor_bps=discount_factor_bps,
            target_size_fp=target_size_fp,
            max_reward_per_account=max_reward_per_account,
        )

        incentive_program.additional_properties = d
        return incentive_program

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
