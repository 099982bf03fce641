from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_fee_update_payload_msg_fee_type_override_type_1 import EventFeeUpdatePayloadMsgFeeTypeOverrideType1
from ..models.event_fee_update_payload_msg_fee_type_override_type_2_type_1 import (
    EventFeeUpdatePayloadMsgFeeTypeOverrideType2Type1,
)
from ..models.event_fee_update_payload_msg_fee_type_override_type_3_type_1 import (
    EventFeeUpdatePayloadMsgFeeTypeOverrideType3Type1,
)
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="EventFeeUpdatePayloadMsg")


@_attrs_define
class EventFeeUpdatePayloadMsg:
    """
    Attributes:
        event_ticker (str | Unset): Unique identifier for the event
        fee_type_override (EventFeeUpdatePayloadMsgFeeTypeOverrideType1 |
            EventFeeUpdatePayloadMsgFeeTypeOverrideType2Type1 | EventFeeUpdatePayloadMsgFeeTypeOverrideType3Type1 | None |
            Unset): Event fee type override. `null` when the override has been cleared.
        fee_multiplier_override (float | None | Unset): Event fee multiplier override. `null` when the override has been
            cleared.
    """

    event_ticker: str | Unset = UNSET
    fee_type_override: (
        EventFeeUpdatePayloadMsgFeeTypeOverrideType1
        | EventFeeUpdatePayloadMsgFeeTypeOverrideType2Type1
        | EventFeeUpdatePayloadMsgFeeTypeOverrideType3Type1
        | None
        | Unset
    ) = UNSET
    fee_multiplier_override: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_ticker = self.event_ticker

        fee_type_override: None | str | Unset
        if isinstance(self.fee_type_override, Unset):
            fee_type_override = UNSET
        elif isinstance(self.fee_type_override, EventFeeUpdatePayloadMsgFeeTypeOverrideType1):
            fee_type_override = self.fee_type_override.value
        elif isinstance(self.fee_type_override, EventFeeUpdatePayloadMsgFeeTypeOverrideType2Type1):
            fee_type_override = self.fee_type_override.value
        elif isinstance(self.fee_type_override, EventFeeUpdatePayloadMsgFeeTypeOverrideType3Type1):
            fee_type_override = self.fee_type_override.value
        else:
            fee_type_override = self.fee_type_override

        fee_multiplier_override: float | None | Unset
        if isinstance(self.fee_multiplier_override, Unset):
            fee_multiplier_override = UNSET
        else:
            fee_multiplier_override = self.fee_multiplier_override

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_ticker is not UNSET:
            field_dict["event_ticker"] = event_ticker
        if fee_type_override is not UNSET:
            field_dict["fee_type_override"] = fee_type_override
        if fee_multiplier_override is not UNSET:
            field_dict["fee_multiplier_override"] = fee_multiplier_override

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_ticker = d.pop("event_ticker", UNSET)

        def _parse_fee_type_override(
            data: object,
        ) -> (
            EventFeeUpdatePayloadMsgFeeTypeOverrideType1
            | EventFeeUpdatePayloadMsgFeeTypeOverrideType2Type1
            | EventFeeUpdatePayloadMsgFeeTypeOverrideType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fee_type_override_type_1 = EventFeeUpdatePayloadMsgFeeTypeOverrideType1(data)

                return fee_type_override_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fee_type_override_type_2_type_1 = EventFeeUpdatePayloadMsgFeeTypeOverrideType2Type1(data)

                return fee_type_override_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fee_type_override_type_3_type_1 = EventFeeUpdatePayloadMsgFeeTypeOverrideType3Type1(data)

                return fee_type_override_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                EventFeeUpdatePayloadMsgFeeTypeOverrideType1
                | EventFeeUpdatePayloadMsgFeeTypeOverrideType2Type1
                | EventFeeUpdatePayloadMsgFeeTypeOverrideType3Type1
                | None
                | Unset,
                data,
            )

        fee_type_override = _parse_fee_type_override(d.pop("fee_type_override", UNSET))

        def _parse_fee_multiplier_override(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        fee_multiplier_override = _parse_fee_multiplier_override(d.pop("fee_multiplier_override", UNSET))

        event_fee_update_payload_msg = cls(
            event_ticker=event_ticker,
            fee_type_override=fee_type_override,
            fee_multiplier_override=fee_multiplier_override,
        )

        event_fee_update_payload_msg.additional_properties = d
        return event_fee_update_payload_msg

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
