from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lifecycle_additional_metadata_custom_strike import LifecycleAdditionalMetadataCustomStrike


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

    __slots__ = (
        "name",
        "title",
        "yes_sub_title",
        "no_sub_title",
        "rules_primary",
        "rules_secondary",
        "can_close_early",
        "event_ticker",
        "expected_expiration_ts",
        "strike_type",
        "floor_strike",
        "cap_strike",
        "custom_strike",
    )

    name: str
    """Required (reading raises MissingFieldError if absent)."""

    title: str
    """Required (reading raises MissingFieldError if absent)."""

    yes_sub_title: str
    """Required (reading raises MissingFieldError if absent)."""

    no_sub_title: str
    """Required (reading raises MissingFieldError if absent)."""

    rules_primary: str
    """Required (reading raises MissingFieldError if absent)."""

    rules_secondary: str
    """Required (reading raises MissingFieldError if absent)."""

    can_close_early: bool
    """Required (reading raises MissingFieldError if absent)."""

    event_ticker: str
    """Required (reading raises MissingFieldError if absent)."""

    expected_expiration_ts: int
    """Required (reading raises MissingFieldError if absent)."""

    strike_type: str | None
    """Optional (None if absent)."""

    floor_strike: float | None
    """Optional (None if absent)."""

    cap_strike: float | None
    """Optional (None if absent)."""

    custom_strike: LifecycleAdditionalMetadataCustomStrike | None
    """Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "name": _t.StrField("name", required=True),
        "title": _t.StrField("title", required=True),
        "yes_sub_title": _t.StrField("yes_sub_title", required=True),
        "no_sub_title": _t.StrField("no_sub_title", required=True),
        "rules_primary": _t.StrField("rules_primary", required=True),
        "rules_secondary": _t.StrField("rules_secondary", required=True),
        "can_close_early": _t.BoolField("can_close_early", required=True),
        "event_ticker": _t.StrField("event_ticker", required=True),
        "expected_expiration_ts": _t.IntField("expected_expiration_ts", required=True),
        "strike_type": _t.StrField("strike_type"),
        "floor_strike": _t.FloatField("floor_strike"),
        "cap_strike": _t.FloatField("cap_strike"),
        "custom_strike": _t.ModelField(
            "custom_strike",
            f"{__package__}.lifecycle_additional_metadata_custom_strike",
            "LifecycleAdditionalMetadataCustomStrike",
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        raw = self._raw
        g = raw.get
        if next(iter(raw), None) is not _KEYS.first:  # another decoder's key objects: adopt them
            _KEYS.adopt(raw)
        (
            k_name,
            k_title,
            k_yes_sub_title,
            k_no_sub_title,
            k_rules_primary,
            k_rules_secondary,
            k_can_close_early,
            k_event_ticker,
            k_expected_expiration_ts,
            k_strike_type,
            k_floor_strike,
            k_cap_strike,
            k_custom_strike,
        ) = _KEYS.keys
        if type(v := g(k_name)) is str:
            self.name = v
        else:
            self._slow_field("name")
        if type(v := g(k_title)) is str:
            self.title = v
        else:
            self._slow_field("title")
        if type(v := g(k_yes_sub_title)) is str:
            self.yes_sub_title = v
        else:
            self._slow_field("yes_sub_title")
        if type(v := g(k_no_sub_title)) is str:
            self.no_sub_title = v
        else:
            self._slow_field("no_sub_title")
        if type(v := g(k_rules_primary)) is str:
            self.rules_primary = v
        else:
            self._slow_field("rules_primary")
        if type(v := g(k_rules_secondary)) is str:
            self.rules_secondary = v
        else:
            self._slow_field("rules_secondary")
        if type(v := g(k_can_close_early)) is bool:
            self.can_close_early = v
        else:
            self._slow_field("can_close_early")
        if type(v := g(k_event_ticker)) is str:
            self.event_ticker = v
        else:
            self._slow_field("event_ticker")
        if type(v := g(k_expected_expiration_ts)) is int:
            self.expected_expiration_ts = v
        else:
            self._slow_field("expected_expiration_ts")
        if type(v := g(k_strike_type)) is str:
            self.strike_type = v
        elif v is None:
            self.strike_type = None
        else:
            self._slow_field("strike_type")
        if type(v := g(k_floor_strike)) is float:
            self.floor_strike = v
        elif type(v) is int:
            self.floor_strike = float(v)
        elif v is None:
            self.floor_strike = None
        else:
            self._slow_field("floor_strike")
        if type(v := g(k_cap_strike)) is float:
            self.cap_strike = v
        elif type(v) is int:
            self.cap_strike = float(v)
        elif v is None:
            self.cap_strike = None
        else:
            self._slow_field("cap_strike")
        if type(v := g(k_custom_strike)) is dict:
            self.custom_strike = _BUILD["custom_strike"](v)
        elif v is None:
            self.custom_strike = None
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


_KEYS = _t.JsonKeys(*(field.key for field in LifecycleAdditionalMetadata._declared.values()))  # in _load_fast's order


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "custom_strike": _t.builder(LifecycleAdditionalMetadata, "custom_strike"),
}
