from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscribe_command_payload_params_channels_item import SubscribeCommandPayloadParamsChannelsItem
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="SubscribeCommandPayloadParams")


@_attrs_define
class SubscribeCommandPayloadParams:
    """
    Attributes:
        channels (list[SubscribeCommandPayloadParamsChannelsItem]): At least 1 items.
        market_ticker (str | Unset):
        market_tickers (list[str] | Unset): At least 1 items.
        send_initial_snapshot (bool | Unset): Sends an initial snapshot for ticker subscriptions. Default: False.
        skip_ticker_ack (bool | Unset):  Default: False.
    """

    channels: list[SubscribeCommandPayloadParamsChannelsItem]
    market_ticker: str | Unset = UNSET
    market_tickers: list[str] | Unset = UNSET
    send_initial_snapshot: bool | Unset = False
    skip_ticker_ack: bool | Unset = False
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

        send_initial_snapshot = self.send_initial_snapshot

        skip_ticker_ack = self.skip_ticker_ack

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
        if send_initial_snapshot is not UNSET:
            field_dict["send_initial_snapshot"] = send_initial_snapshot
        if skip_ticker_ack is not UNSET:
            field_dict["skip_ticker_ack"] = skip_ticker_ack

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

        send_initial_snapshot = d.pop("send_initial_snapshot", UNSET)

        skip_ticker_ack = d.pop("skip_ticker_ack", UNSET)

        subscribe_command_payload_params = cls(
            channels=channels,
            market_ticker=market_ticker,
            market_tickers=market_tickers,
            send_initial_snapshot=send_initial_snapshot,
            skip_ticker_ack=skip_ticker_ack,
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
