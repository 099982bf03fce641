from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cfbenchmarks_update_subscription_command_payload_params_action import (
    CfbenchmarksUpdateSubscriptionCommandPayloadParamsAction,
)
from ..types import (
    UNSET,
    Unset,
    enum_value,
)

T = TypeVar("T", bound="CfbenchmarksUpdateSubscriptionCommandPayloadParams")


def _to_action(
    value: CfbenchmarksUpdateSubscriptionCommandPayloadParamsAction | str,
) -> CfbenchmarksUpdateSubscriptionCommandPayloadParamsAction:
    return enum_value(
        CfbenchmarksUpdateSubscriptionCommandPayloadParamsAction,
        value,
        "CfbenchmarksUpdateSubscriptionCommandPayloadParams.action",
    )


@_attrs_define
class CfbenchmarksUpdateSubscriptionCommandPayloadParams:
    """
    Attributes:
        action (CfbenchmarksUpdateSubscriptionCommandPayloadParamsAction): - `subscribe_indices`: add the supplied
            `index_ids` to the subscription (requires `index_ids`)
            - `unsubscribe_indices`: remove the supplied `index_ids` from the subscription (requires `index_ids`)
            - `indexlist`: respond with the available index IDs without modifying the subscription
        sid (int | Unset): Server-generated subscription identifier (sid) used to identify the channel
        sids (list[int] | Unset): Array containing exactly one subscription ID (alternative to sid). Either sid or sids
            must be provided, not both. At least 1 items. At most 1 items.
        index_ids (list[str] | Unset): CF Benchmarks index IDs to add or remove. Use ["all"] to track every available
            index. Required for subscribe_indices and unsubscribe_indices. At least 1 items.
    """

    action: CfbenchmarksUpdateSubscriptionCommandPayloadParamsAction = _attrs_field(converter=_to_action)
    sid: int | Unset = UNSET
    sids: list[int] | Unset = UNSET
    index_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        sid = self.sid

        sids: list[int] | Unset = UNSET
        if not isinstance(self.sids, Unset):
            sids = self.sids

        index_ids: list[str] | Unset = UNSET
        if not isinstance(self.index_ids, Unset):
            index_ids = self.index_ids

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
        if index_ids is not UNSET:
            field_dict["index_ids"] = index_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = CfbenchmarksUpdateSubscriptionCommandPayloadParamsAction(d.pop("action"))

        sid = d.pop("sid", UNSET)

        _sids = d.pop("sids", UNSET)
        sids = cast(list[int], [] if _sids is None else _sids)

        _index_ids = d.pop("index_ids", UNSET)
        index_ids = cast(list[str], [] if _index_ids is None else _index_ids)

        cfbenchmarks_update_subscription_command_payload_params = cls(
            action=action,
            sid=sid,
            sids=sids,
            index_ids=index_ids,
        )

        cfbenchmarks_update_subscription_command_payload_params.additional_properties = d
        return cfbenchmarks_update_subscription_command_payload_params

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
