from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="GetLargeTraderPositionsResponsePositionsItem")


@_attrs_define
class GetLargeTraderPositionsResponsePositionsItem:
    """
    Attributes:
        market_ticker (str | Unset):
        position (int | Unset): Signed contract count; positive long, negative short. Can be below the reportable
            threshold when exit_day is true.
        exit_day (bool | Unset): True when this row is included because the same market was reportable on the prior
            settlement day but is now below the reportable threshold.
        reportable_threshold (int | Unset): CFTC reporting level for this market, in contracts (17 CFR 15.03(b)). A
            position of at least this size in either direction is reportable.
    """

    market_ticker: str | Unset = UNSET
    position: int | Unset = UNSET
    exit_day: bool | Unset = UNSET
    reportable_threshold: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        position = self.position

        exit_day = self.exit_day

        reportable_threshold = self.reportable_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if position is not UNSET:
            field_dict["position"] = position
        if exit_day is not UNSET:
            field_dict["exit_day"] = exit_day
        if reportable_threshold is not UNSET:
            field_dict["reportable_threshold"] = reportable_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        market_ticker = d.pop("market_ticker", UNSET)

        position = d.pop("position", UNSET)

        exit_day = d.pop("exit_day", UNSET)

        reportable_threshold = d.pop("reportable_threshold", UNSET)

        get_large_trader_positions_response_positions_item = cls(
            market_ticker=market_ticker,
            position=position,
            exit_day=exit_day,
            reportable_threshold=reportable_threshold,
        )

        get_large_trader_positions_response_positions_item.additional_properties = d
        return get_large_trader_positions_response_positions_item

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
