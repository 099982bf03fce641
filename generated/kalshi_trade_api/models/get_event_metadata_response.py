from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.market_metadata import MarketMetadata
    from ..models.settlement_source import SettlementSource


class GetEventMetadataResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        image_url (str): A path to an image that represents this event. Required (reading raises
            MissingFieldError if absent).
        featured_image_url (str): A path to an image that represents the image of the featured market. Optional
            (None if absent).
        market_details (list[MarketMetadata]): Metadata for the markets in this event. Empty when absent or
            null.
        settlement_sources (list[SettlementSource]): A list of settlement sources for this event. Empty when
            absent or null.
        competition (str): Event competition. Optional (None if absent).
        competition_scope (str): Event scope, based on the competition. Optional (None if absent).
    """

    __slots__ = (
        "image_url",
        "featured_image_url",
        "market_details",
        "settlement_sources",
        "competition",
        "competition_scope",
    )

    image_url: str
    """A path to an image that represents this event. Required (reading raises MissingFieldError if absent)."""

    featured_image_url: str | None
    """A path to an image that represents the image of the featured market. Optional (None if absent)."""

    market_details: list[MarketMetadata]
    """Metadata for the markets in this event. Empty when absent or null."""

    settlement_sources: list[SettlementSource]
    """A list of settlement sources for this event. Empty when absent or null."""

    competition: str | None
    """Event competition. Optional (None if absent)."""

    competition_scope: str | None
    """Event scope, based on the competition. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "image_url": _t.StrField("image_url", required=True),
        "featured_image_url": _t.StrField("featured_image_url"),
        "market_details": _t.ModelListField(
            "market_details", f"{__package__}.market_metadata", "MarketMetadata", required=True, empty=True
        ),
        "settlement_sources": _t.ModelListField(
            "settlement_sources", f"{__package__}.settlement_source", "SettlementSource", required=True, empty=True
        ),
        "competition": _t.StrField("competition", nullable=True),
        "competition_scope": _t.StrField("competition_scope", nullable=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("image_url")) is str:
            self.image_url = v
        else:
            self._slow_field("image_url")
        if type(v := g("featured_image_url")) is str:
            self.featured_image_url = v
        elif v is None:
            self.featured_image_url = None
        else:
            self._slow_field("featured_image_url")
        if type(v := g("market_details")) is list:
            self.market_details = _BUILD["market_details"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("market_details")
        if type(v := g("settlement_sources")) is list:
            self.settlement_sources = _BUILD["settlement_sources"](v)
        elif v is not None:  # absent or null: the field reads it as empty
            self._slow_field("settlement_sources")
        if type(v := g("competition")) is str:
            self.competition = v
        elif v is None:
            self.competition = None
        else:
            self._slow_field("competition")
        if type(v := g("competition_scope")) is str:
            self.competition_scope = v
        elif v is None:
            self.competition_scope = None
        else:
            self._slow_field("competition_scope")

    def __init__(
        self,
        *,
        image_url: str | None | Unset = UNSET,
        featured_image_url: str | None | Unset = UNSET,
        market_details: list[MarketMetadata] | None | Unset = UNSET,
        settlement_sources: list[SettlementSource] | None | Unset = UNSET,
        competition: str | None | Unset = UNSET,
        competition_scope: str | None | Unset = UNSET,
    ) -> None:
        """A GetEventMetadataResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("image_url", image_url)
        self._set("featured_image_url", featured_image_url)
        self._set("market_details", market_details)
        self._set("settlement_sources", settlement_sources)
        self._set("competition", competition)
        self._set("competition_scope", competition_scope)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "market_details": _t.builder(GetEventMetadataResponse, "market_details"),
    "settlement_sources": _t.builder(GetEventMetadataResponse, "settlement_sources"),
}
