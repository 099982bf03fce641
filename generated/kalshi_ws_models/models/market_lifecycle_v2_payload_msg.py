from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lifecycle_price_level_structure import LifecyclePriceLevelStructure
from ..models.market_lifecycle_v2_payload_msg_event_type import MarketLifecycleV2PayloadMsgEventType
from ..types import (
    UNSET,
    LazyList,
    Unset,
)

if TYPE_CHECKING:
    from ..models.lifecycle_additional_metadata import LifecycleAdditionalMetadata
    from ..models.market_lifecycle_v2_payload_msg_price_ranges_item import MarketLifecycleV2PayloadMsgPriceRangesItem


T = TypeVar("T", bound="MarketLifecycleV2PayloadMsg")


@_attrs_define
class MarketLifecycleV2PayloadMsg:
    """
    Attributes:
        market_ticker (str | Unset): Unique market identifier
        exchange_index (int | Unset): Optional - This key will ONLY exist when the market is created. Identifier for the
            exchange shard the market lives on
        open_ts (int | Unset): Optional - This key will ONLY exist when the market is created. Unix timestamp for when
            the market opened (in seconds)
        close_ts (int | Unset): Optional - This key will ONLY exist when the market is created OR when the close date is
            updated. Unix timestamp for when the market is scheduled to close (in seconds). Will be updated in case of early
            determination markets
        determination_ts (int | Unset): Optional - This key will ONLY exist when the market is determined. Unix
            timestamp for when the market is determined (in seconds)
        settled_ts (int | Unset): Optional - This key will ONLY exist when the market is settled. Unix timestamp for
            when the market is settled (in seconds)
        result (str | Unset): Optional - This key will ONLY exist when the market is determined. Result of the market
        settlement_value (str | Unset): Optional - This key will ONLY exist when the market is determined. Settlement
            value of the market in fixed-point dollars (e.g. "0.5000")
        is_deactivated (bool | Unset): Optional - This key will ONLY exist when the market is paused/unpaused. Boolean
            flag to indicate if trading is paused on an open market. This should only be interpreted for an open market
        additional_metadata (LifecycleAdditionalMetadata | Unset):
        event_type (MarketLifecycleV2PayloadMsgEventType | Unset): Field to annotate which of the event type this event
            is for:
            - `created` - Market created
            - `activated` - Market activated
            - `deactivated` - Market deactivated
            - `close_date_updated` - Market close date updated
            - `determined` - Market determined
            - `settled` - Market settled
            - `price_level_structure_updated` - Market price level structure changed
        price_level_structure (LifecyclePriceLevelStructure | Unset): The market price structure. An empty string
            represents an unknown structure.
        price_ranges (list[MarketLifecycleV2PayloadMsgPriceRangesItem] | Unset): Optional - Emitted alongside
            price_level_structure (on market creation and price_level_structure_updated events). The valid price bands for
            the market, in fixed-point dollars. Use this to determine valid order prices rather than hardcoding a tick size.
    """

    market_ticker: str | Unset = UNSET
    exchange_index: int | Unset = UNSET
    open_ts: int | Unset = UNSET
    close_ts: int | Unset = UNSET
    determination_ts: int | Unset = UNSET
    settled_ts: int | Unset = UNSET
    result: str | Unset = UNSET
    settlement_value: str | Unset = UNSET
    is_deactivated: bool | Unset = UNSET
    additional_metadata: LifecycleAdditionalMetadata | Unset = UNSET
    event_type: MarketLifecycleV2PayloadMsgEventType | Unset = UNSET
    price_level_structure: LifecyclePriceLevelStructure | Unset = UNSET
    price_ranges: list[MarketLifecycleV2PayloadMsgPriceRangesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        exchange_index = self.exchange_index

        open_ts = self.open_ts

        close_ts = self.close_ts

        determination_ts = self.determination_ts

        settled_ts = self.settled_ts

        result = self.result

        settlement_value = self.settlement_value

        is_deactivated = self.is_deactivated

        additional_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_metadata, Unset):
            additional_metadata = self.additional_metadata.to_dict()

        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = self.event_type.value

        price_level_structure: str | Unset = UNSET
        if not isinstance(self.price_level_structure, Unset):
            price_level_structure = self.price_level_structure.value

        price_ranges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.price_ranges, Unset):
            price_ranges = []
            for price_ranges_item_data in self.price_ranges:
                price_ranges_item = price_ranges_item_data.to_dict()
                price_ranges.append(price_ranges_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if exchange_index is not UNSET:
            field_dict["exchange_index"] = exchange_index
        if open_ts is not UNSET:
            field_dict["open_ts"] = open_ts
        if close_ts is not UNSET:
            field_dict["close_ts"] = close_ts
        if determination_ts is not UNSET:
            field_dict["determination_ts"] = determination_ts
        if settled_ts is not UNSET:
            field_dict["settled_ts"] = settled_ts
        if result is not UNSET:
            field_dict["result"] = result
        if settlement_value is not UNSET:
            field_dict["settlement_value"] = settlement_value
        if is_deactivated is not UNSET:
            field_dict["is_deactivated"] = is_deactivated
        if additional_metadata is not UNSET:
            field_dict["additional_metadata"] = additional_metadata
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if price_level_structure is not UNSET:
            field_dict["price_level_structure"] = price_level_structure
        if price_ranges is not UNSET:
            field_dict["price_ranges"] = price_ranges

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lifecycle_additional_metadata import LifecycleAdditionalMetadata  # noqa: PLC0415
        from ..models.market_lifecycle_v2_payload_msg_price_ranges_item import (
            MarketLifecycleV2PayloadMsgPriceRangesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        market_ticker = d.pop("market_ticker", UNSET)

        exchange_index = d.pop("exchange_index", UNSET)

        open_ts = d.pop("open_ts", UNSET)

        close_ts = d.pop("close_ts", UNSET)

        determination_ts = d.pop("determination_ts", UNSET)

        settled_ts = d.pop("settled_ts", UNSET)

        result = d.pop("result", UNSET)

        settlement_value = d.pop("settlement_value", UNSET)

        is_deactivated = d.pop("is_deactivated", UNSET)

        _additional_metadata = d.pop("additional_metadata", UNSET)
        additional_metadata: LifecycleAdditionalMetadata | Unset
        if isinstance(_additional_metadata, Unset):
            additional_metadata = UNSET
        else:
            additional_metadata = LifecycleAdditionalMetadata.from_dict(_additional_metadata)

        _event_type = d.pop("event_type", UNSET)
        event_type: MarketLifecycleV2PayloadMsgEventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = MarketLifecycleV2PayloadMsgEventType(_event_type)

        _price_level_structure = d.pop("price_level_structure", UNSET)
        price_level_structure: LifecyclePriceLevelStructure | Unset
        if isinstance(_price_level_structure, Unset):
            price_level_structure = UNSET
        else:
            price_level_structure = LifecyclePriceLevelStructure(_price_level_structure)

        _price_ranges = d.pop("price_ranges", UNSET)
        price_ranges: list[MarketLifecycleV2PayloadMsgPriceRangesItem] | Unset = UNSET
        if _price_ranges is not UNSET:
            price_ranges = LazyList(
                _price_ranges or [],
                MarketLifecycleV2PayloadMsgPriceRangesItem,
                MarketLifecycleV2PayloadMsgPriceRangesItem.from_dict,
            )

        market_lifecycle_v2_payload_msg = cls(
            market_ticker=market_ticker,
            exchange_index=exchange_index,
            open_ts=open_ts,
            close_ts=close_ts,
            determination_ts=determination_ts,
            settled_ts=settled_ts,
            result=result,
            settlement_value=settlement_value,
            is_deactivated=is_deactivated,
            additional_metadata=additional_metadata,
            event_type=event_type,
            price_level_structure=price_level_structure,
            price_ranges=price_ranges,
        )

        market_lifecycle_v2_payload_msg.additional_properties = d
        return market_lifecycle_v2_payload_msg

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
