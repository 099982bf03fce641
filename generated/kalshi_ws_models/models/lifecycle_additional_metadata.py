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
