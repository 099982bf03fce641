from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lifecycle_additional_metadata_custom_strike import LifecycleAdditionalMetadataCustomStrike


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
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("name")) is str:
            d["name"] = v
        else:
            self._slow_field("name")
        if type(v := g("title")) is str:
            d["title"] = v
        else:
            self._slow_field("title")
        if type(v := g("yes_sub_title")) is str:
            d["yes_sub_title"] = v
        else:
            self._slow_field("yes_sub_title")
        if type(v := g("no_sub_title")) is str:
            d["no_sub_title"] = v
        else:
            self._slow_field("no_sub_title")
        if type(v := g("rules_primary")) is str:
            d["rules_primary"] = v
        else:
            self._slow_field("rules_primary")
        if type(v := g("rules_secondary")) is str:
            d["rules_secondary"] = v
        else:
            self._slow_field("rules_secondary")
        if type(v := g("can_close_early")) is bool:
            d["can_close_early"] = v
        else:
            self._slow_field("can_close_early")
        if type(v := g("event_ticker")) is str:
            d["event_ticker"] = v
        else:
            self._slow_field("event_ticker")
        if type(v := g("expected_expiration_ts")) is int:
            d["expected_expiration_ts"] = v
        else:
            self._slow_field("expected_expiration_ts")
        if type(v := g("strike_type")) is str:
            d["strike_type"] = v
        elif v is None:
            d["strike_type"] = None
        else:
            self._slow_field("strike_type")
        if type(v := g("floor_strike")) is float:
            d["floor_strike"] = v
        elif type(v) is int:
            d["floor_strike"] = float(v)
        elif v is None:
            d["floor_strike"] = None
        else:
            self._slow_field("floor_strike")
        if type(v := g("cap_strike")) is float:
            d["cap_strike"] = v
        elif type(v) is int:
            d["cap_strike"] = float(v)
        elif v is None:
            d["cap_strike"] = None
        else:
            self._slow_field("cap_strike")
        if type(v := g("custom_strike")) is dict:
            d["custom_strike"] = _BUILD["custom_strike"](v)
        elif v is None:
            d["custom_strike"] = None
        else:
            self._slow_field("custom_strike")

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
        self._done = None
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


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "custom_strike": LifecycleAdditionalMetadata.__dict__["custom_strike"].build,
}
