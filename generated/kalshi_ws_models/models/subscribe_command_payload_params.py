from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscribe_command_payload_params_channels_item import SubscribeCommandPayloadParamsChannelsItem
from ..models.subscribe_command_payload_params_user_filter import SubscribeCommandPayloadParamsUserFilter
from ..types import (
    UNSET,
    Unset,
    enum_value,
)

T = TypeVar("T", bound="SubscribeCommandPayloadParams")


def _to_user_filter(
    value: SubscribeCommandPayloadParamsUserFilter | str | Unset,
) -> SubscribeCommandPayloadParamsUserFilter | Unset:
    return (
        value
        if isinstance(value, Unset)
        else enum_value(SubscribeCommandPayloadParamsUserFilter, value, "SubscribeCommandPayloadParams.user_filter")
    )


@_attrs_define
class SubscribeCommandPayloadParams:
    """
    Attributes:
        channels (list[SubscribeCommandPayloadParamsChannelsItem]): List of channels to subscribe to. At least 1 items.
        market_ticker (str | Unset): Subscribe to a single market. Type: string. Example: "KXBTCD-25AUG0517-T114999.99"
            (mutually exclusive with market_tickers)
        market_tickers (list[str] | Unset): Subscribe to multiple markets. Type: array of strings. Example:
            ["KXBTCD-25AUG0517-T114999.99", "KXETHD-25AUG0517-T3749.99"] (mutually exclusive with market_ticker). At least 1
            items.
        market_id (UUID | Unset): Subscribe to a single market by UUID (ticker only; mutually exclusive with market_ids
            and market_ticker(s))
        market_ids (list[UUID] | Unset): Subscribe to multiple markets by UUID (ticker only; mutually exclusive with
            market_id and market_ticker(s)). At least 1 items.
        send_initial_snapshot (bool | Unset): If true, receive an initial snapshot for requested market tickers on the
            ticker channel Default: False.
        skip_ticker_ack (bool | Unset): If true, OK responses omit the market_tickers/market_ids lists for this
            subscription Default: False.
        use_yes_price (bool | Unset): Orderbook channel only. When true, no-side `orderbook_delta` and
            `orderbook_snapshot` updates
            are reported in yes-leg pricing instead of no-leg pricing — so a single `price_dollars` scale
            applies to both sides. Default false (no-side reported in no-leg pricing, the existing
            long-standing behavior). See [Order direction](/getting_started/order_direction).

            **Migration plan.** The default will be flipped to `true` in a future release, and the flag
            will then be removed entirely in a subsequent release — at which point unified yes-leg
            pricing becomes the only supported behavior and `use_yes_price: false` will no longer toggle
            the legacy no-leg pricing. Integrations relying on the legacy behavior should migrate before
            the default flip; concrete dates will be announced before each step.
             Default: False.
        user_filter (SubscribeCommandPayloadParamsUserFilter | Unset): Communications channel only. Set to "self" to
            receive RFQ and RFQ batch created/deleted events only for those you created. Omitted or empty receives them from
            all users. Quote and batch quote notifications are unchanged. Default:
            SubscribeCommandPayloadParamsUserFilter.VALUE_0.
        shard_factor (int | Unset): Number of shards for communications channel fanout (optional). Minimum: 1.
        shard_key (int | Unset): Shard key for communications channel fanout (requires shard_factor). Minimum: 0.
        index_ids (list[str] | Unset): cfbenchmarks_value and cfbenchmarks_value_5hz channels only. CF Benchmarks index
            IDs to seed on the initial subscribe (omit to subscribe with no indices and add them later via
            update_subscription; use ["all"] to track every index available on the channel). At least 1 items.
        underlying_tickers (list[str] | Unset): pyth_value channel only. Underlying tickers to seed on the initial
            subscribe (omit to subscribe with no underlyings and add them later; use ["all"] to track every available
            underlying). At least 1 items.
    """

    channels: list[SubscribeCommandPayloadParamsChannelsItem]
    market_ticker: str | Unset = UNSET
    market_tickers: list[str] | Unset = UNSET
    market_id: UUID | Unset = UNSET
    market_ids: list[UUID] | Unset = UNSET
    send_initial_snapshot: bool | Unset = False
    skip_ticker_ack: bool | Unset = False
    use_yes_price: bool | Unset = False
    user_filter: SubscribeCommandPayloadParamsUserFilter | Unset = _attrs_field(
        default=SubscribeCommandPayloadParamsUserFilter.VALUE_0, converter=_to_user_filter
    )
    shard_factor: int | Unset = UNSET
    shard_key: int | Unset = UNSET
    index_ids: list[str] | Unset = UNSET
    underlying_tickers: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channels = []
        for channels_item_data in self.channels:
            channels_item = channels_item_data.value
            channels.append(channels_item)

        market_ticker = self.market_ticker

        market_tickers: list[str] | Unset = UNSET
        if not isinstance(self.market_tickers, Unset):
            market_tickers = self.market_tickers

        market_id: str | Unset = UNSET
        if not isinstance(self.market_id, Unset):
            market_id = str(self.market_id)

        market_ids: list[str] | Unset = UNSET
        if not isinstance(self.market_ids, Unset):
            market_ids = []
            for market_ids_item_data in self.market_ids:
                market_ids_item = str(market_ids_item_data)
                market_ids.append(market_ids_item)

        send_initial_snapshot = self.send_initial_snapshot

        skip_ticker_ack = self.skip_ticker_ack

        use_yes_price = self.use_yes_price

        user_filter: str | Unset = UNSET
        if not isinstance(self.user_filter, Unset):
            user_filter = self.user_filter.value

        shard_factor = self.shard_factor

        shard_key = self.shard_key

        index_ids: list[str] | Unset = UNSET
        if not isinstance(self.index_ids, Unset):
            index_ids = self.index_ids

        underlying_tickers: list[str] | Unset = UNSET
        if not isinstance(self.underlying_tickers, Unset):
            underlying_tickers = self.underlying_tickers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channels": channels,
            }
        )
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if market_tickers is not UNSET:
            field_dict["market_tickers"] = market_tickers
        if market_id is not UNSET:
            field_dict["market_id"] = market_id
        if market_ids is not UNSET:
            field_dict["market_ids"] = market_ids
        if send_initial_snapshot is not UNSET:
            field_dict["send_initial_snapshot"] = send_initial_snapshot
        if skip_ticker_ack is not UNSET:
            field_dict["skip_ticker_ack"] = skip_ticker_ack
        if use_yes_price is not UNSET:
            field_dict["use_yes_price"] = use_yes_price
        if user_filter is not UNSET:
            field_dict["user_filter"] = user_filter
        if shard_factor is not UNSET:
            field_dict["shard_factor"] = shard_factor
        if shard_key is not UNSET:
            field_dict["shard_key"] = shard_key
        if index_ids is not UNSET:
            field_dict["index_ids"] = index_ids
        if underlying_tickers is not UNSET:
            field_dict["underlying_tickers"] = underlying_tickers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channels = []
        _channels = d.pop("channels")
        for channels_item_data in _channels or []:
            channels_item = SubscribeCommandPayloadParamsChannelsItem(channels_item_data)

            channels.append(channels_item)

        market_ticker = d.pop("market_ticker", UNSET)

        _market_tickers = d.pop("market_tickers", UNSET)
        market_tickers = cast(list[str], [] if _market_tickers is None else _market_tickers)

        _market_id = d.pop("market_id", UNSET)
        market_id: UUID | Unset
        if isinstance(_market_id, Unset):
            market_id = UNSET
        else:
            market_id = UUID(_market_id)

        _market_ids = d.pop("market_ids", UNSET)
        market_ids: list[UUID] | Unset = UNSET
        if _market_ids is not UNSET:
            market_ids = []
            for market_ids_item_data in _market_ids or []:
                market_ids_item = UUID(market_ids_item_data)

                market_ids.append(market_ids_item)

        send_initial_snapshot = d.pop("send_initial_snapshot", UNSET)

        skip_ticker_ack = d.pop("skip_ticker_ack", UNSET)

        use_yes_price = d.pop("use_yes_price", UNSET)

        _user_filter = d.pop("user_filter", UNSET)
        user_filter: SubscribeCommandPayloadParamsUserFilter | Unset
        if isinstance(_user_filter, Unset):
            user_filter = UNSET
        else:
            user_filter = SubscribeCommandPayloadParamsUserFilter(_user_filter)

        shard_factor = d.pop("shard_factor", UNSET)

        shard_key = d.pop("shard_key", UNSET)

        _index_ids = d.pop("index_ids", UNSET)
        index_ids = cast(list[str], [] if _index_ids is None else _index_ids)

        _underlying_tickers = d.pop("underlying_tickers", UNSET)
        underlying_tickers = cast(list[str], [] if _underlying_tickers is None else _underlying_tickers)

        subscribe_command_payload_params = cls(
            channels=channels,
            market_ticker=market_ticker,
            market_tickers=market_tickers,
            market_id=market_id,
            market_ids=market_ids,
            send_initial_snapshot=send_initial_snapshot,
            skip_ticker_ack=skip_ticker_ack,
            use_yes_price=use_yes_price,
            user_filter=user_filter,
            shard_factor=shard_factor,
            shard_key=shard_key,
            index_ids=index_ids,
            underlying_tickers=underlying_tickers,
        )

        subscribe_command_payload_params.additional_properties = d
        return subscribe_command_payload_params

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
