from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_none_or_unset,
)

T = TypeVar("T", bound="MveSelectedLeg")


@_attrs_define
class MveSelectedLeg:
    """
    Attributes:
        event_ticker (str | Unset): Unique identifier for the selected event
        market_ticker (str | Unset): Unique identifier for the selected market
        side (str | Unset): The side of the selected market
        yes_settlement_value_dollars (Decimal | None | Unset): The settlement value of the YES/LONG side of the contract
            in dollars. Only filled after determination Example: 0.5600.
    """

    event_ticker: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    side: str | Unset = UNSET
    yes_settlement_value_dollars: Decimal | None | Unset = _attrs_field(
        default=UNSET, converter=to_decimal_or_none_or_unset
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_ticker = self.event_ticker

        market_ticker = self.market_ticker

        side = self.side

        yes_settlement_value_dollars = decimal_to_json(self.yes_settlement_value_dollars)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if side is not UNSET:
            field_dict["side"] = side
        if yes_settlement_value_dollars is not UNSET:
            field_dict["yes_settlement_value_dollars"] = yes_settlement_value_dollars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_ticker = d.pop("event_ticker", UNSET)

        market_ticker = d.pop("market_ticker", UNSET)

        side = d.pop("side", UNSET)

        def _parse_yes_settlement_value_dollars(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        yes_settlement_value_dollars = _parse_yes_settlement_value_dollars(d.pop("yes_settlement_value_dollars", UNSET))

        mve_selected_leg = cls(
            event_ticker=event_ticker,
            market_ticker=market_ticker,
            side=side,
            yes_settlement_value_dollars=yes_settlement_value_dollars,
        )

        mve_selected_leg.additional_properties = d
        return mve_selected_leg

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
