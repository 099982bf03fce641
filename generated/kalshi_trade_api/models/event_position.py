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

T = TypeVar("T", bound="EventPosition")


@_attrs_define
class EventPosition:
    """
    Attributes:
        event_ticker (str | Unset): Unique identifier for events
        total_cost_dollars (Decimal | Unset): Total spent on this event in dollars Example: 0.5600.
        total_cost_shares_fp (Decimal | Unset): String representation of the total number of shares traded on this event
            (including both YES and NO contracts) Example: 10.00.
        event_exposure_dollars (Decimal | Unset): Cost of the aggregate event position in dollars Example: 0.5600.
        realized_pnl_dollars (Decimal | Unset): Locked in profit and loss, in dollars Example: 0.5600.
        fees_paid_dollars (Decimal | Unset): Fees paid on fill orders, in dollars Example: 0.5600.
    """

    event_ticker: str | Unset = UNSET
    total_cost_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    total_cost_shares_fp: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    event_exposure_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    realized_pnl_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    fees_paid_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_ticker = self.event_ticker

        total_cost_dollars = decimal_to_json(self.total_cost_dollars)

        total_cost_shares_fp = decimal_to_json(self.total_cost_shares_fp)

        event_exposure_dollars = decimal_to_json(self.event_exposure_dollars)

        realized_pnl_dollars = decimal_to_json(self.realized_pnl_dollars)

        fees_paid_dollars = decimal_to_json(self.fees_paid_dollars)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if total_cost_dollars is not UNSET:
            field_dict["total_cost_dollars"] = total_cost_dollars
        if total_cost_shares_fp is not UNSET:
            field_dict["total_cost_shares_fp"] = total_cost_shares_fp
        if event_exposure_dollars is not UNSET:
            field_dict["event_exposure_dollars"] = event_exposure_dollars
        if realized_pnl_dollars is not UNSET:
            field_dict["realized_pnl_dollars"] = realized_pnl_dollars
        if fees_paid_dollars is not UNSET:
            field_dict["fees_paid_dollars"] = fees_paid_dollars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_ticker = d.pop("event_ticker", UNSET)

        total_cost_dollars = d.pop("total_cost_dollars", UNSET)

        total_cost_shares_fp = d.pop("total_cost_shares_fp", UNSET)

        event_exposure_dollars = d.pop("event_exposure_dollars", UNSET)

        realized_pnl_dollars = d.pop("realized_pnl_dollars", UNSET)

        fees_paid_dollars = d.pop("fees_paid_dollars", UNSET)

        event_position = cls(
            event_ticker=event_ticker,
            total_cost_dollars=total_cost_dollars,
            total_cost_shares_fp=total_cost_shares_fp,
            event_exposure_dollars=event_exposure_dollars,
            realized_pnl_dollars=realized_pnl_dollars,
            fees_paid_dollars=fees_paid_dollars,
        )

        event_position.additional_properties = d
        return event_position

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
