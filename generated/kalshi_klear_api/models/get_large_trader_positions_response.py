from __future__ import annotations

import datetime
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
    from ..models.get_large_trader_positions_response_positions_item import GetLargeTraderPositionsResponsePositionsItem


T = TypeVar("T", bound="GetLargeTraderPositionsResponse")


@_attrs_define
class GetLargeTraderPositionsResponse:
    """
    Attributes:
        user_id (str | Unset):
        report_date (datetime.date | Unset): ET settlement day the positions are reported for.
        positions (list[GetLargeTraderPositionsResponsePositionsItem] | Unset):
    """

    user_id: str | Unset = UNSET
    report_date: datetime.date | Unset = UNSET
    positions: list[GetLargeTraderPositionsResponsePositionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        report_date: str | Unset = UNSET
        if not isinstance(self.report_date, Unset):
            report_date = self.report_date.isoformat()

        positions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.positions, Unset):
            positions = []
            for positions_item_data in self.positions:
                positions_item = positions_item_data.to_dict()
                positions.append(positions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if report_date is not UNSET:
            field_dict["report_date"] = report_date
        if positions is not UNSET:
            field_dict["positions"] = positions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_large_trader_positions_response_positions_item import (
            GetLargeTraderPositionsResponsePositionsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)

        _report_date = d.pop("report_date", UNSET)
        report_date: datetime.date | Unset
        if isinstance(_report_date, Unset):
            report_date = UNSET
        else:
            report_date = datetime.date.fromisoformat(_report_date)

        _positions = d.pop("positions", UNSET)
        positions: list[GetLargeTraderPositionsResponsePositionsItem] | Unset = UNSET
        if _positions is not UNSET:
            positions = LazyList(
                _positions or [],
                GetLargeTraderPositionsResponsePositionsItem,
                GetLargeTraderPositionsResponsePositionsItem.from_dict,
            )

        get_large_trader_positions_response = cls(
            user_id=user_id,
            report_date=report_date,
            positions=positions,
        )

        get_large_trader_positions_response.additional_properties = d
        return get_large_trader_positions_response

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
