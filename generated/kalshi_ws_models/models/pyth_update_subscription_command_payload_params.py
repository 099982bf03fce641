from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pyth_update_subscription_command_payload_params_action import (
    PythUpdateSubscriptionCommandPayloadParamsAction,
)
from ..types import (
    UNSET,
    Unset,
    enum_value,
)

T = TypeVar("T", bound="PythUpdateSubscriptionCommandPayloadParams")


def _to_action(
    value: PythUpdateSubscriptionCommandPayloadParamsAction | str,
) -> PythUpdateSubscriptionCommandPayloadParamsAction:
    return enum_value(
        PythUpdateSubscriptionCommandPayloadParamsAction, value, "PythUpdateSubscriptionCommandPayloadParams.action"
    )


@_attrs_define
class PythUpdateSubscriptionCommandPayloadParams:
    """
    Attributes:
        action (PythUpdateSubscriptionCommandPayloadParamsAction): - `subscribe_underlyings`: add the supplied
            `underlying_tickers`
            - `unsubscribe_underlyings`: remove the supplied `underlying_tickers`
            - `underlying_list`: return recently streamed underlying tickers
        sid (int | Unset): Server-generated subscription identifier (sid) used to identify the channel
        sids (list[int] | Unset): Array containing exactly one subscription ID (alternative to sid). At least 1 items.
            At most 1 items.
        underlying_tickers (list[str] | Unset): Pyth underlyings to add or remove. Use ["all"] to track every available
            underlying. At least 1 items.
    """

    action: PythUpdateSubscriptionCommandPayloadParamsAction = _attrs_field(converter=_to_action)
    sid: int | Unset = UNSET
    sids: list[int] | Unset = UNSET
    underlying_tickers: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        sid = self.sid

        sids: list[int] | Unset = UNSET
        if not isinstance(self.sids, Unset):
            sids = self.sids

        underlying_tickers: list[str] | Unset = UNSET
        if not isinstance(self.underlying_tickers, Unset):
            underlying_tickers = self.underlying_tickers

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
        if underlying_tickers is not UNSET:
            field_dict["underlying_tickers"] = underlying_tickers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = PythUpdateSubscriptionCommandPayloadParamsAction(d.pop("action"))

        sid = d.pop("sid", UNSET)

        _sids = d.pop("sids", UNSET)
        sids = cast(list[int], [] if _sids is None else _sids)

        _underlying_tickers = d.pop("underlying_tickers", UNSET)
        underlying_tickers = cast(list[str], [] if _underlying_tickers is None else _underlying_tickers)

        pyth_update_subscription_command_payload_params = cls(
            action=action,
            sid=sid,
            sids=sids,
            underlying_tickers=underlying_tickers,
        )

        pyth_update_subscription_command_payload_params.additional_properties = d
        return pyth_update_subscription_command_payload_params

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
