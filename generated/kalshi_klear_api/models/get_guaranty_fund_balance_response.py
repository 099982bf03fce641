from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="GetGuarantyFundBalanceResponse")


@_attrs_define
class GetGuarantyFundBalanceResponse:
    """
    Attributes:
        user_id (str | Unset):
        amount_centicents (int | Unset): Guaranty fund contribution balance. Zero when no contribution has been made
            yet.
        updated_ts (datetime.datetime | Unset): Timestamp of the most recent contribution entry.
    """

    user_id: str | Unset = UNSET
    amount_centicents: int | Unset = UNSET
    updated_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        amount_centicents = self.amount_centicents

        updated_ts: str | Unset = UNSET
        if not isinstance(self.updated_ts, Unset):
            updated_ts = self.updated_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if amount_centicents is not UNSET:
            field_dict["amount_centicents"] = amount_centicents
        if updated_ts is not UNSET:
            field_dict["updated_ts"] = updated_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)

        amount_centicents = d.pop("amount_centicents", UNSET)

        _updated_ts = d.pop("updated_ts", UNSET)
        updated_ts: datetime.datetime | Unset
        if isinstance(_updated_ts, Unset):
            updated_ts = UNSET
        else:
            updated_ts = datetime.datetime.fromisoformat(_updated_ts)

        get_guaranty_fund_balance_response = cls(
            user_id=user_id,
            amount_centicents=amount_centicents,
            updated_ts=updated_ts,
        )

        get_guaranty_fund_balance_response.additional_properties = d
        return get_guaranty_fund_balance_response

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
