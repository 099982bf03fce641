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
    from ..models.cf_benchmarks_value_payload import CFBenchmarksValuePayload


T = TypeVar("T", bound="CFBenchmarksValueMessage")


@_attrs_define
class CFBenchmarksValueMessage:
    """
    Attributes:
        type_ (Literal['cfbenchmarks_value'] | Unset):
        sid (int | Unset): Server-generated subscription identifier (sid) used to identify the channel
        seq (int | Unset): Sequential number that should be checked if you want to guarantee you received all the
            messages. Used for snapshot/delta consistency
        msg (CFBenchmarksValuePayload | Unset):
        sending_ts_ms (int | Unset): Unix timestamp in milliseconds when Kalshi queued this message at the network
            layer.
    """

    type_: Literal["cfbenchmarks_value"] | Unset = UNSET
    sid: int | Unset = UNSET
    seq: int | Unset = UNSET
    msg: CFBenchmarksValuePayload | Unset = UNSET
    sending_ts_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sid = self.sid

        seq = self.seq

        msg: dict[str, Any] | Unset = UNSET
        if not isinstance(self.msg, Unset):
            msg = self.msg.to_dict()

        sending_ts_ms = self.sending_ts_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if sid is not UNSET:
            field_dict["sid"] = sid
        if seq is not UNSET:
            field_dict["seq"] = seq
        if msg is not UNSET:
            field_dict["msg"] = msg
        if sending_ts_ms is not UNSET:
            field_dict["sending_ts_ms"] = sending_ts_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cf_benchmarks_value_payload import CFBenchmarksValuePayload  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["cfbenchmarks_value"] | Unset, d.pop("type", UNSET))
        if type_ != "cfbenchmarks_value" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'cfbenchmarks_value', got '{type_}'")

        sid = d.pop("sid", UNSET)

        seq = d.pop("seq", UNSET)

        _msg = d.pop("msg", UNSET)
        msg: CFBenchmarksValuePayload | Unset
        if isinstance(_msg, Unset):
            msg = UNSET
        else:
            msg = CFBenchmarksValuePayload.from_dict(_msg)

        sending_ts_ms = d.pop("sending_ts_ms", UNSET)

        cf_benchmarks_value_message = cls(
            type_=type_,
            sid=sid,
            seq=seq,
            msg=msg,
            sending_ts_ms=sending_ts_ms,
        )

        cf_benchmarks_value_message.additional_properties = d
        return cf_benchmarks_value_message

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
