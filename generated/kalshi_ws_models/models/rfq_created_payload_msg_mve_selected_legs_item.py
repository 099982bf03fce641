from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rfq_created_payload_msg_mve_selected_legs_item_side import RfqCreatedPayloadMsgMveSelectedLegsItemSide
from ..types import (
    UNSET,
    Unset,
    decimal_to_json,
    to_decimal_or_unset,
)

T = TypeVar("T", bound="RfqCreatedPayloadMsgMveSelectedLegsItem")


@_attrs_define
class RfqCreatedPayloadMsgMveSelectedLegsItem:
    """
    Attributes:
        event_ticker (str | Unset): Event ticker for the selected leg
        market_ticker (str | Unset): Market ticker for the selected leg
        side (RfqCreatedPayloadMsgMveSelectedLegsItemSide | Unset): Side selected for the leg
        yes_settlement_value_dollars (Decimal | Unset): Yes settlement value in dollars for the selected leg. Omitted
            when unavailable.
    """

    event_ticker: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    side: RfqCreatedPayloadMsgMveSelectedLegsItemSide | Unset = UNSET
    yes_settlement_value_dollars: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_ticker = self.event_ticker

        market_ticker = self.market_ticker

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

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

        _side = d.pop("side", UNSET)
        side: RfqCreatedPayloadMsgMveSelectedLegsItemSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = RfqCreatedPayloadMsgMveSelectedLegsItemSide(_side)

        yes_settlement_value_dollars = d.pop("yes_settlement_value_dollars", UNSET)

        rfq_created_payload_msg_mve_selected_legs_item = cls(
            event_ticker=event_ticker,
            market_ticker=market_ticker,
            side=side,
            yes_settlement_value_dollars=yes_settlement_value_dollars,
        )

        rfq_created_payload_msg_mve_selected_legs_item.additional_properties = d
        return rfq_created_payload_msg_mve_selected_legs_item

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
