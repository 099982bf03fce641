from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_subscription_command_payload_params_action import UpdateSubscriptionCommandPayloadParamsAction
from ..types import (
    UNSET,
    Unset,
    enum_value,
)

T = TypeVar("T", bound="UpdateSubscriptionCommandPayloadParams")


def _to_action(
    value: UpdateSubscriptionCommandPayloadParamsAction | str,
) -> UpdateSubscriptionCommandPayloadParamsAction:
    return enum_value(
        UpdateSubscriptionCommandPayloadParamsAction, value, "UpdateSubscriptionCommandPayloadParams.action"
    )


@_attrs_define
class UpdateSubscriptionCommandPayloadParams:
    """
    Attributes:
        action (UpdateSubscriptionCommandPayloadParamsAction):
        sid (int | Unset): Server-generated subscription identifier (sid) used to identify the channel
        sids (list[int] | Unset): At least 1 items. At most 1 items.
        market_ticker (str | Unset):
        market_tickers (list[str] | Unset): At least 1 items.
        send_initial_snapshot (bool | Unset): Sends an initial snapshot for newly added ticker subscriptions. Default:
            False.
    """

    action: UpdateSubscriptionCommandPayloadParamsAction = _attrs_field(converter=_to_action)
    sid: int | Unset = UNSET
    sids: list[int] | Unset = UNSET
    market_ticker: str | Unset = UNSET
    market_tickers: list[str] | Unset = UNSET
    send_initial_snapshot: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        sid = self.sid

        sids: list[int] | Unset = UNSET
        if not isinstance(self.sids, Unset):
            sids = self.sids

        market_ticker = self.market_ticker

        market_tickers: list[str] | Unset = UNSET
        if not isinstance(self.market_tickers, Unset):
            market_tickers = self.market_tickers

        send_initial_snapshot = self.send_initial_snapshot

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if sid is not UNSET:
            field_dict["sid"] = sid
        if sids is not UNSET:
            field_dict["sids"] = sids
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if market_tickers is not UNSET:
            field_dict["market_tickers"] = market_tickers
        if send_initial_snapshot is not UNSET:
            field_dict["send_initial_snapshot"] = send_initial_snapshot

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = UpdateSubscriptionCommandPayloadParamsAction(d.pop("action"))

        sid = d.pop("sid", UNSET)

        _sids = d.pop("sids", UNSET)
        sids = cast(list[int], [] if _sids is None else _sids)

        market_ticker = d.pop("market_ticker", UNSET)

        _market_tickers = d.pop("market_tickers", UNSET)
        market_tickers = cast(list[str], [] if _market_tickers is None else _market_tickers)

        send_initial_snapshot = d.pop("send_initial_snapshot", UNSET)

        update_subscription_command_payload_params = cls(
            action=action,
            sid=sid,
            sids=sids,
            market_ticker=market_ticker,
            market_tickers=market_tickers,
            send_initial_snapshot=send_initial_snapshot,
        )

        update_subscription_command_payload_params.additional_properties = d
        return update_subscription_command_payload_params

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
