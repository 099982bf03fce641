from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="GetFCMEventContractDailyCapResponse")


@_attrs_define
class GetFCMEventContractDailyCapResponse:
    """
    Attributes:
        subtrader_id (str | Unset):
        limit (Decimal | Unset): Fixed-point US dollar string. Most request fields accept 2-4 decimal places (e.g.,
            "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are constrained by that
            market's price level structure. Example: 0.5600.
        executed_utilization (Decimal | Unset): Fixed-point US dollar string. Most request fields accept 2-4 decimal
            places (e.g., "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are
            constrained by that market's price level structure. Example: 0.5600.
        resting_order_utilization (Decimal | Unset): Fixed-point US dollar string. Most request fields accept 2-4
            decimal places (e.g., "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are
            constrained by that market's price level structure. Example: 0.5600.
        pending_order_utilization (Decimal | Unset): Fixed-point US dollar string. Most request fields accept 2-4
            decimal places (e.g., "0.56", "0.5600"); responses emit up to 6. Valid quote intervals for a given market are
            constrained by that market's price level structure. Example: 0.5600.
        cap_date (str | Unset): The New York calendar date the executed utilization applies to. Executed utilization
            resets at midnight New York time; resting and pending reservations persist while their orders remain open.
    """

    subtrader_id: str | Unset = UNSET
    limit: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    executed_utilization: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    resting_order_utilization: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    pending_order_utilization: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    cap_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtrader_id = self.subtrader_id

        limit = decimal_to_json(self.limit)

        executed_utilization = decimal_to_json(self.executed_utilization)

        resting_order_utilization = decimal_to_json(self.resting_order_utilization)

        pending_order_utilization = decimal_to_json(self.pending_order_utilization)

        cap_date = self.cap_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subtrader_id is not UNSET:
            field_dict["subtrader_id"] = subtrader_id
        if limit is not UNSET:
            field_dict["limit"] = limit
        if executed_utilization is not UNSET:
            field_dict["executed_utilization"] = executed_utilization
        if resting_order_utilization is not UNSET:
            field_dict["resting_order_utilization"] = resting_order_utilization
        if pending_order_utilization is not UNSET:
            field_dict["pending_order_utilization"] = pending_order_utilization
        if cap_date is not UNSET:
            field_dict["cap_date"] = cap_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subtrader_id = d.pop("subtrader_id", UNSET)

        limit = d.pop("limit", UNSET)

        executed_utilization = d.pop("executed_utilization", UNSET)

        resting_order_utilization = d.pop("resting_order_utilization", UNSET)

        pending_order_utilization = d.pop("pending_order_utilization", UNSET)

        cap_date = d.pop("cap_date", UNSET)

        get_fcm_event_contract_daily_cap_response = cls(
            subtrader_id=subtrader_id,
            limit=limit,
            executed_utilization=executed_utilization,
            resting_order_utilization=resting_order_utilization,
            pending_order_utilization=pending_order_utilization,
            cap_date=cap_date,
        )

        get_fcm_event_contract_daily_cap_response.additional_properties = d
        return get_fcm_event_contract_daily_cap_response

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
