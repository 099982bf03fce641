from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="ListSubscriptionsResponsePayloadMsgItem")


@_attrs_define
class ListSubscriptionsResponsePayloadMsgItem:
    """
    Attributes:
        channel (str | Unset): Name of the subscribed channel
        sid (int | Unset): Server-generated subscription identifier (sid) used to identify the channel
    """

    channel: str | Unset = UNSET
    sid: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        sid = self.sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel is not UNSET:
            field_dict["channel"] = channel
        if sid is not UNSET:
            field_dict["sid"] = sid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = d.pop("channel", UNSET)

        sid = d.pop("sid", UNSET)

        list_subscriptions_response_payload_msg_item = cls(
            channel=channel,
            sid=sid,
        )

        list_subscriptions_response_payload_msg_item.additional_properties = d
        return list_subscriptions_response_payload_msg_item

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
