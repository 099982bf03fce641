from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    from ..models.sport_filter_details_competitions import SportFilterDetailsCompetitions


T = TypeVar("T", bound="SportFilterDetails")


@_attrs_define
class SportFilterDetails:
    """
    Attributes:
        scopes (list[str] | Unset): List of scopes available for this sport
        competitions (SportFilterDetailsCompetitions | Unset): Mapping of competitions to their scope lists
    """

    scopes: list[str] | Unset = UNSET
    competitions: SportFilterDetailsCompetitions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        competitions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.competitions, Unset):
            competitions = self.competitions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if competitions is not UNSET:
            field_dict["competitions"] = competitions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sport_filter_details_competitions import SportFilterDetailsCompetitions  # noqa: PLC0415

        d = dict(src_dict)
        _scopes = d.pop("scopes", UNSET)
        scopes = cast(list[str], [] if _scopes is None else _scopes)

        _competitions = d.pop("competitions", UNSET)
        competitions: SportFilterDetailsCompetitions | Unset
        if isinstance(_competitions, Unset):
            competitions = UNSET
        else:
            competitions = SportFilterDetailsCompetitions.from_dict(_competitions)

        sport_filter_details = cls(
            scopes=scopes,
            competitions=competitions,
        )

        sport_filter_details.additional_properties = d
        return sport_filter_details

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
