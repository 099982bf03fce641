from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sport_filter_details_competitions import SportFilterDetailsCompetitions


class SportFilterDetails(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        scopes (list[str]): List of scopes available for this sport. Empty when absent or null.
        competitions (SportFilterDetailsCompetitions): Mapping of competitions to their scope lists. Required
            (reading raises MissingFieldError if absent).
    """

    __slots__ = (
        "scopes",
        "competitions",
    )

    scopes: list[str]
    """List of scopes available for this sport. Empty when absent or null."""

    competitions: SportFilterDetailsCompetitions
    """Mapping of competitions to their scope lists. Required (reading raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "scopes": _t.ListField("scopes", _t.StrField("item"), required=True, empty=True),
        "competitions": _t.ModelField(
            "competitions",
            f"{__package__}.sport_filter_details_competitions",
            "SportFilterDetailsCompetitions",
            required=True,
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        self._slow_field("scopes")
        if type(v := g("competitions")) is dict:
            self.competitions = _BUILD["competitions"](v)
        else:
            self._slow_field("competitions")

    def __init__(
        self,
        *,
        scopes: list[str] | None | Unset = UNSET,
        competitions: SportFilterDetailsCompetitions | None | Unset = UNSET,
    ) -> None:
        """A SportFilterDetails from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("scopes", scopes)
        self._set("competitions", competitions)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "competitions": _t.builder(SportFilterDetails, "competitions"),
}
