from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sport_filter_details_competitions import SportFilterDetailsCompetitions


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class SportFilterDetails(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        scopes (list[str]): List of scopes available for this sport. Empty when absent or null.
        competitions (SportFilterDetailsCompetitions): Mapping of competitions to their scope lists. Required
            (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    scopes: list[str] = _field(_t.ListField("scopes", _t.StrField("item"), required=True, empty=True))
    """List of scopes available for this sport. Empty when absent or null."""

    competitions: SportFilterDetailsCompetitions = _field(
        _t.ModelField(
            "competitions",
            f"{__package__}.sport_filter_details_competitions",
            "SportFilterDetailsCompetitions",
            required=True,
        )
    )
    """Mapping of competitions to their scope lists. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("scopes", _M)
        if v is not _M:
            slow("scopes")
        v = g("competitions", _M)
        if type(v) is dict:
            d["competitions"] = _convert["competitions"](v)
        elif v is not _M:
            slow("competitions")

    def __init__(
        self,
        *,
        scopes: list[str] | None | Unset = UNSET,
        competitions: SportFilterDetailsCompetitions | None | Unset = UNSET,
    ) -> None:
        """A SportFilterDetails from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("scopes", scopes)
        self._set("competitions", competitions)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "competitions": SportFilterDetails.__dict__["competitions"].convert,
}
