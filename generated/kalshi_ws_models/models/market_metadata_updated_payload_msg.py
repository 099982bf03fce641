from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    from ..models.market_metadata_updated_payload_msg_custom_strike import MarketMetadataUpdatedPayloadMsgCustomStrike


T = TypeVar("T", bound="MarketMetadataUpdatedPayloadMsg")


@_attrs_define
class MarketMetadataUpdatedPayloadMsg:
    """
    Attributes:
        event_type (Literal['metadata_updated'] | Unset):
        market_ticker (str | Unset): Unique market identifier
        strike_type (str | Unset): Optional - This key will ONLY exist for metadata_updated events. Determines how
            floor_strike / cap_strike are interpreted (e.g. "between" uses both, "greater" uses floor_strike only, "less"
            uses cap_strike only)
        floor_strike (float | Unset): Optional - This key will ONLY exist for metadata_updated events. The floor (lower
            bound) strike value for the market
        cap_strike (float | Unset): Optional - This key will ONLY exist for metadata_updated events. The cap (upper
            bound) strike value for the market
        custom_strike (MarketMetadataUpdatedPayloadMsgCustomStrike | Unset): Optional - This key will ONLY exist for
            metadata_updated events with a custom or structured strike type
        yes_sub_title (str | Unset): Optional - This key will ONLY exist for metadata_updated events. The updated yes
            subtitle for the market
    """

    event_type: Literal["metadata_updated"] | Unset = UNSET
    market_ticker: str | Unset = UNSET
    strike_type: str | Unset = UNSET
    floor_strike: float | Unset = UNSET
    cap_strike: float | Unset = UNSET
    custom_strike: MarketMetadataUpdatedPayloadMsgCustomStrike | Unset = UNSET
    yes_sub_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        market_ticker = self.market_ticker

        strike_type = self.strike_type

        floor_strike = self.floor_strike

        cap_strike = self.cap_strike

        custom_strike: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_strike, Unset):
            custom_strike = self.custom_strike.to_dict()

        yes_sub_title = self.yes_sub_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if strike_type is not UNSET:
            field_dict["strike_type"] = strike_type
        if floor_strike is not UNSET:
            field_dict["floor_strike"] = floor_strike
        if cap_strike is not UNSET:
            field_dict["cap_strike"] = cap_strike
        if custom_strike is not UNSET:
            field_dict["custom_strike"] = custom_strike
        if yes_sub_title is not UNSET:
            field_dict["yes_sub_title"] = yes_sub_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market_metadata_updated_payload_msg_custom_strike import (
            MarketMetadataUpdatedPayloadMsgCustomStrike,  # noqa: PLC0415
        )

        d = dict(src_dict)
        event_type = cast(Literal["metadata_updated"] | Unset, d.pop("event_type", UNSET))
        if event_type != "metadata_updated" and not isinstance(event_type, Unset):
            raise ValueError(f"event_type must match const 'metadata_updated', got '{event_type}'")

        market_ticker = d.pop("market_ticker", UNSET)

        strike_type = d.pop("strike_type", UNSET)

        floor_strike = d.pop("floor_strike", UNSET)

        cap_strike = d.pop("cap_strike", UNSET)

        _custom_strike = d.pop("custom_strike", UNSET)
        custom_strike: MarketMetadataUpdatedPayloadMsgCustomStrike | Unset
        if isinstance(_custom_strike, Unset):
            custom_strike = UNSET
        else:
            custom_strike = MarketMetadataUpdatedPayloadMsgCustomStrike.from_dict(_custom_strike)

        yes_sub_title = d.pop("yes_sub_title", UNSET)

        market_metadata_updated_payload_msg = cls(
            event_type=event_type,
            market_ticker=market_ticker,
            strike_type=strike_type,
            floor_strike=floor_strike,
            cap_strike=cap_strike,
            custom_strike=custom_strike,
            yes_sub_title=yes_sub_title,
        )

        market_metadata_updated_payload_msg.additional_properties = d
        return market_metadata_updated_payload_msg

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
