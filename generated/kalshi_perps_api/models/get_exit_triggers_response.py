from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyList,
    Unset,
)

if TYPE_CHECKING:
    from ..models.exit_trigger import ExitTrigger


T = TypeVar("T", bound="GetExitTriggersResponse")


@_attrs_define
class GetExitTriggersResponse:
    """
    Attributes:
        exit_triggers (list[ExitTrigger] | Unset): Live triggers on this position slot. Empty when none are set.
    """

    exit_triggers: list[ExitTrigger] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exit_triggers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exit_triggers, Unset):
            exit_triggers = []
            for exit_triggers_item_data in self.exit_triggers:
                exit_triggers_item = exit_triggers_item_data.to_dict()
                exit_triggers.append(exit_triggers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exit_triggers is not UNSET:
            field_dict["exit_triggers"] = exit_triggers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exit_trigger import ExitTrigger  # noqa: PLC0415

        d = dict(src_dict)
        _exit_triggers = d.pop("exit_triggers", UNSET)
        exit_triggers: list[ExitTrigger] | Unset = UNSET
        if _exit_triggers is not UNSET:
            exit_triggers = LazyList(_exit_triggers or [], ExitTrigger, ExitTrigger.from_dict)

        get_exit_triggers_response = cls(
            exit_triggers=exit_triggers,
        )

        get_exit_triggers_response.additional_properties = d
        return get_exit_triggers_response

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
