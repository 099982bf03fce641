from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    from ..models.play_by_play import PlayByPlay


T = TypeVar("T", bound="GetGameStatsResponse")


@_attrs_define
class GetGameStatsResponse:
    """
    Attributes:
        pbp (PlayByPlay | Unset): Play-by-play data organized by period.
    """

    pbp: PlayByPlay | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pbp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pbp, Unset):
            pbp = self.pbp.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pbp is not UNSET:
            field_dict["pbp"] = pbp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.play_by_play import PlayByPlay  # noqa: PLC0415

        d = dict(src_dict)
        _pbp = d.pop("pbp", UNSET)
        pbp: PlayByPlay | Unset
        if isinstance(_pbp, Unset):
            pbp = UNSET
        else:
            pbp = PlayByPlay.from_dict(_pbp)

        get_game_stats_response = cls(
            pbp=pbp,
        )

        get_game_stats_response.additional_properties = d
        return get_game_stats_response

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
