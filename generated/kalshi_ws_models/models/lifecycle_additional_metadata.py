from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lifecycle_additional_metadata_custom_strike import LifecycleAdditionalMetadataCustomStrike


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class LifecycleAdditionalMetadata(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        name (str): Required (reading raises MissingFieldError if absent).
        title (str): Required (reading raises MissingFieldError if absent).
        yes_sub_title (str): Required (reading raises MissingFieldError if absent).
        no_sub_title (str): Required (reading raises MissingFieldError if absent).
        rules_primary (str): Required (reading raises MissingFieldError if absent).
        rules_secondary (str): Required (reading raises MissingFieldError if absent).
        can_close_early (bool): Required (reading raises MissingFieldError if absent).
        event_ticker (str): Required (reading raises MissingFieldError if absent).
        expected_expiration_ts (int): Required (reading raises MissingFieldError if absent).
        strike_type (str): Optional (None if absent).
        floor_strike (float): Optional (None if absent).
        cap_strike (float): Optional (None if absent).
        custom_strike (LifecycleAdditionalMetadataCustomStrike): Optional (None if absent).
    """

    __slots__ = ()

    name: str = _field(_t.StrField("name", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    title: str = _field(_t.StrField("title", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    yes_sub_title: str = _field(_t.StrField("yes_sub_title", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    no_sub_title: str = _field(_t.StrField("no_sub_title", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    rules_primary: str = _field(_t.StrField("rules_primary", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    rules_secondary: str = _field(_t.StrField("rules_secondary", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    can_close_early: bool = _field(_t.BoolField("can_close_early", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    event_ticker: str = _field(_t.StrField("event_ticker", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    expected_expiration_ts: int = _field(_t.IntField("expected_expiration_ts", required=True))
    """Required (reading raises MissingFieldError if absent)."""

    strike_type: str | None = _field(_t.StrField("strike_type"))
    """Optional (None if absent)."""

    floor_strike: float | None = _field(_t.FloatField("floor_strike"))
    """Optional (None if absent)."""

    cap_strike: float | None = _field(_t.FloatField("cap_strike"))
    """Optional (None if absent)."""

    custom_strike: LifecycleAdditionalMetadataCustomStrike | None = _field(
        _t.ModelField(
            "custom_strike",
            f"{__package__}.lifecycle_additional_metadata_custom_strike",
            "LifecycleAdditionalMetadataCustomStrike",
        )
    )
    """Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("name", _M)
        if type(v) is str:
            d["name"] = v
        elif v is not _M:
            slow("name")
        v = g("title", _M)
        if type(v) is str:
            d["title"] = v
        elif v is not _M:
            slow("title")
        v = g("yes_sub_title", _M)
        if type(v) is str:
            d["yes_sub_title"] = v
        elif v is not _M:
            slow("yes_sub_title")
        v = g("no_sub_title", _M)
        if type(v) is str:
            d["no_sub_title"] = v
        elif v is not _M:
            slow("no_sub_title")
        v = g("rules_primary", _M)
        if type(v) is str:
            d["rules_primary"] = v
        elif v is not _M:
            slow("rules_primary")
        v = g("rules_secondary", _M)
        if type(v) is str:
            d["rules_secondary"] = v
        elif v is not _M:
            slow("rules_secondary")
        v = g("can_close_early", _M)
        if type(v) is bool:
            d["can_close_early"] = v
        elif v is not _M:
            slow("can_close_early")
        v = g("event_ticker", _M)
        if type(v) is str:
            d["event_ticker"] = v
        elif v is not _M:
            slow("event_ticker")
        v = g("expected_expiration_ts", _M)
        if type(v) is int:
            d["expected_expiration_ts"] = v
        elif v is not _M:
            slow("expected_expiration_ts")
        v = g("strike_type", _M)
        if type(v) is str:
            d["strike_type"] = v
        elif v is None:
            d["strike_type"] = None
        elif v is not _M:
            slow("strike_type")
        v = g("floor_strike", _M)
        if type(v) is float:
            d["floor_strike"] = v
        elif type(v) is int:
            d["floor_strike"] = float(v)
        elif v is None:
            d["floor_strike"] = None
        elif v is not _M:
            slow("floor_strike")
        v = g("cap_strike", _M)
        if type(v) is float:
            d["cap_strike"] = v
        elif type(v) is int:
            d["cap_strike"] = float(v)
        elif v is None:
            d["cap_strike"] = None
        elif v is not _M:
            slow("cap_strike")
        v = g("custom_strike", _M)
        if type(v) is dict:
            d["custom_strike"] = _convert["custom_strike"](v)
        elif v is None:
            d["custom_strike"] = None
        elif v is not _M:
            slow("custom_strike")

    def __init__(
        self,
        *,
        name: str | None | Unset = UNSET,
        title: str | None | Unset = UNSET,
        yes_sub_title: str | None | Unset = UNSET,
        no_sub_title: str | None | Unset = UNSET,
        rules_primary: str | None | Unset = UNSET,
        rules_secondary: str | None | Unset = UNSET,
        can_close_early: bool | None | Unset = UNSET,
        event_ticker: str | None | Unset = UNSET,
        expected_expiration_ts: int | None | Unset = UNSET,
        strike_type: str | None | Unset = UNSET,
        floor_strike: float | None | Unset = UNSET,
        cap_strike: float | None | Unset = UNSET,
        custom_strike: LifecycleAdditionalMetadataCustomStrike | None | Unset = UNSET,
    ) -> None:
        """A LifecycleAdditionalMetadata from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("name", name)
        self._set("title", title)
        self._set("yes_sub_title", yes_sub_title)
        self._set("no_sub_title", no_sub_title)
        self._set("rules_primary", rules_primary)
        self._set("rules_secondary", rules_secondary)
        self._set("can_close_early", can_close_early)
        self._set("event_ticker", event_ticker)
        self._set("expected_expiration_ts", expected_expiration_ts)
        self._set("strike_type", strike_type)
        self._set("floor_strike", floor_strike)
        self._set("cap_strike", cap_strike)
        self._set("custom_strike", custom_strike)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "custom_strike": LifecycleAdditionalMetadata.__dict__["custom_strike"].convert,
}
