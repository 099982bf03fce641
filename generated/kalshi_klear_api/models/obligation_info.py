from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_class import AssetClass
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="ObligationInfo")


@_attrs_define
class ObligationInfo:
    """
    Attributes:
        id (str | Unset):
        user_id (str | Unset):
        amount_centicents (int | Unset): Net settlement amount in USD as centicents (1 USD = 10,000
            centicents). All monetary fields on this API are returned in
            centicents. Total the clearing member owes or is owed, inclusive
            of PnL, fees, and maintenance margin changes. Negative means the
            clearing member pays Kalshi Klear; positive means Kalshi Klear
            pays the clearing member.
        fees_centicents (int | Unset): Trading fees incurred during the settlement period.
        maintenance_margin_centicents (int | Unset): Current maintenance margin requirement for this obligation.
        pnl_centicents (int | Unset): Total PnL for this settlement period; the sum of the settlement details for this
            settlement cycle.
        execution_time (datetime.datetime | Unset): Settlement cycle time this obligation belongs to.
        last_updated_ts (datetime.datetime | Unset): Timestamp of the last status change on this obligation.
        asset_class (AssetClass | Unset): Asset class of the margin markets covered by this entry.
    """

    id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    amount_centicents: int | Unset = UNSET
    fees_centicents: int | Unset = UNSET
    maintenance_margin_centicents: int | Unset = UNSET
    pnl_centicents: int | Unset = UNSET
    execution_time: datetime.datetime | Unset = UNSET
    last_updated_ts: datetime.datetime | Unset = UNSET
    asset_class: AssetClass | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        amount_centicents = self.amount_centicents

        fees_centicents = self.fees_centicents

        maintenance_margin_centicents = self.maintenance_margin_centicents

        pnl_centicents = self.pnl_centicents

        execution_time: str | Unset = UNSET
        if not isinstance(self.execution_time, Unset):
            execution_time = self.execution_time.isoformat()

        last_updated_ts: str | Unset = UNSET
        if not isinstance(self.last_updated_ts, Unset):
            last_updated_ts = self.last_updated_ts.isoformat()

        asset_class: str | Unset = UNSET
        if not isinstance(self.asset_class, Unset):
            asset_class = self.asset_class.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if amount_centicents is not UNSET:
            field_dict["amount_centicents"] = amount_centicents
        if fees_centicents is not UNSET:
            field_dict["fees_centicents"] = fees_centicents
        if maintenance_margin_centicents is not UNSET:
            field_dict["maintenance_margin_centicents"] = maintenance_margin_centicents
        if pnl_centicents is not UNSET:
            field_dict["pnl_centicents"] = pnl_centicents
        if execution_time is not UNSET:
            field_dict["execution_time"] = execution_time
        if last_updated_ts is not UNSET:
            field_dict["last_updated_ts"] = last_updated_ts
        if asset_class is not UNSET:
            field_dict["asset_class"] = asset_class

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        user_id = d.pop("user_id", UNSET)

        amount_centicents = d.pop("amount_centicents", UNSET)

        fees_centicents = d.pop("fees_centicents", UNSET)

        maintenance_margin_centicents = d.pop("maintenance_margin_centicents", UNSET)

        pnl_centicents = d.pop("pnl_centicents", UNSET)

        _execution_time = d.pop("execution_time", UNSET)
        execution_time: datetime.datetime | Unset
        if isinstance(_execution_time, Unset):
            execution_time = UNSET
        else:
            execution_time = datetime.datetime.fromisoformat(_execution_time)

        _last_updated_ts = d.pop("last_updated_ts", UNSET)
        last_updated_ts: datetime.datetime | Unset
        if isinstance(_last_updated_ts, Unset):
            last_updated_ts = UNSET
        else:
            last_updated_ts = datetime.datetime.fromisoformat(_last_updated_ts)

        _asset_class = d.pop("asset_class", UNSET)
        asset_class: AssetClass | Unset
        if isinstance(_asset_class, Unset):
            asset_class = UNSET
        else:
            asset_class = AssetClass(_asset_class)

        obligation_info = cls(
            id=id,
            user_id=user_id,
            amount_centicents=amount_centicents,
            fees_centicents=fees_centicents,
            maintenance_margin_centicents=maintenance_margin_centicents,
            pnl_centicents=pnl_centicents,
            execution_time=execution_time,
            last_updated_ts=last_updated_ts,
            asset_class=asset_class,
        )

        obligation_info.additional_properties = d
        return obligation_info

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
