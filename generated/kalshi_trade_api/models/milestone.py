from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    from ..models.milestone_details import MilestoneDetails
    from ..models.milestone_source_ids import MilestoneSourceIds


T = TypeVar("T", bound="Milestone")


@_attrs_define
class Milestone:
    """
    Attributes:
        id (str | Unset): Unique identifier for the milestone.
        category (str | Unset): Category of the milestone. E.g. Sports, Elections, Esports, Crypto. Example: Sports.
        type_ (str | Unset): Type of the milestone. E.g. football_game, basketball_game, soccer_tournament_multi_leg,
            baseball_game, hockey_match, golf_tournament, political_race. Example: football_game.
        start_date (datetime.datetime | Unset): Start date of the milestone.
        end_date (datetime.datetime | None | Unset): End date of the milestone, if any.
        related_event_tickers (list[str] | Unset): List of event tickers related to this milestone.
        title (str | Unset): Title of the milestone.
        notification_message (str | Unset): Notification message for the milestone.
        source_id (None | str | Unset): Source id of milestone if available.
        source_ids (MilestoneSourceIds | Unset): Source ids of milestone if available.
        details (MilestoneDetails | Unset): Additional details about the milestone. `details.status`, when present, is
            maintained by a periodic background job. It lags the game's live state and may be stale or inaccurate, for
            example remaining `live` after the game ends. For game status, prefer live data, which is updated far more
            often: `live_data.details.status` from `GET /live_data/milestone/{milestone_id}`, or each entry's
            `details.status` from `GET /live_data/batch`. Scores are in the sport-specific fields of that live data
            `details` object.
        primary_event_tickers (list[str] | Unset): List of event tickers directly related to the outcome of this
            milestone.
        last_updated_ts (datetime.datetime | Unset): Last time this structured target was updated.
    """

    id: str | Unset = UNSET
    category: str | Unset = UNSET
    type_: str | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    related_event_tickers: list[str] | Unset = UNSET
    title: str | Unset = UNSET
    notification_message: str | Unset = UNSET
    source_id: None | str | Unset = UNSET
    source_ids: MilestoneSourceIds | Unset = UNSET
    details: MilestoneDetails | Unset = UNSET
    primary_event_tickers: list[str] | Unset = UNSET
    last_updated_ts: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        category = self.category

        type_ = self.type_

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        related_event_tickers: list[str] | Unset = UNSET
        if not isinstance(self.related_event_tickers, Unset):
            related_event_tickers = self.related_event_tickers

        title = self.title

        notification_message = self.notification_message

        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        source_ids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_ids, Unset):
            source_ids = self.source_ids.to_dict()

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        primary_event_tickers: list[str] | Unset = UNSET
        if not isinstance(self.primary_event_tickers, Unset):
            primary_event_tickers = self.primary_event_tickers

        last_updated_ts: str | Unset = UNSET
        if not isinstance(self.last_updated_ts, Unset):
            last_updated_ts = self.last_updated_ts.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if category is not UNSET:
            field_dict["category"] = category
        if type_ is not UNSET:
            field_dict["type"] = type_
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if related_event_tickers is not UNSET:
            field_dict["related_event_tickers"] = related_event_tickers
        if title is not UNSET:
            field_dict["title"] = title
        if notification_message is not UNSET:
            field_dict["notification_message"] = notification_message
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if source_ids is not UNSET:
            field_dict["source_ids"] = source_ids
        if details is not UNSET:
            field_dict["details"] = details
        if primary_event_tickers is not UNSET:
            field_dict["primary_event_tickers"] = primary_event_tickers
        if last_updated_ts is not UNSET:
            field_dict["last_updated_ts"] = last_updated_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.milestone_details import MilestoneDetails  # noqa: PLC0415
        from ..models.milestone_source_ids import MilestoneSourceIds  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        category = d.pop("category", UNSET)

        type_ = d.pop("type", UNSET)

        _start_date = d.pop("start_date", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        def _parse_end_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.datetime.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        _related_event_tickers = d.pop("related_event_tickers", UNSET)
        related_event_tickers = cast(list[str], [] if _related_event_tickers is None else _related_event_tickers)

        title = d.pop("title", UNSET)

        notification_message = d.pop("notification_message", UNSET)

        def _parse_source_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_id = _parse_source_id(d.pop("source_id", UNSET))

        _source_ids = d.pop("source_ids", UNSET)
        source_ids: MilestoneSourceIds | Unset
        if isinstance(_source_ids, Unset):
            source_ids = UNSET
        else:
            source_ids = MilestoneSourceIds.from_dict(_source_ids)

        _details = d.pop("details", UNSET)
        details: MilestoneDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = MilestoneDetails.from_dict(_details)

        _primary_event_tickers = d.pop("primary_event_tickers", UNSET)
        primary_event_tickers = cast(list[str], [] if _primary_event_tickers is None else _primary_event_tickers)

        _last_updated_ts = d.pop("last_updated_ts", UNSET)
        last_updated_ts: datetime.datetime | Unset
        if isinstance(_last_updated_ts, Unset):
            last_updated_ts = UNSET
        else:
            last_updated_ts = datetime.datetime.fromisoformat(_last_updated_ts)

        milestone = cls(
            id=id,
            category=category,
            type_=type_,
            start_date=start_date,
            end_date=end_date,
            related_event_tickers=related_event_tickers,
            title=title,
            notification_message=notification_message,
            source_id=source_id,
            source_ids=source_ids,
            details=details,
            primary_event_tickers=primary_event_tickers,
            last_updated_ts=last_updated_ts,
        )

        milestone.additional_properties = d
        return milestone

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
