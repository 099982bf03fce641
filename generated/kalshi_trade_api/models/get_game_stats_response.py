from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.play_by_play import PlayByPlay


_M = _t._MISSING
_iso = datetime.datetime.fromisoformat


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetGameStatsResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        pbp (PlayByPlay): Play-by-play data organized by period. Optional (None if absent).
    """

    __slots__ = ()

    pbp: PlayByPlay | None = _field(_t.ModelField("pbp", f"{__package__}.play_by_play", "PlayByPlay"))
    """Play-by-play data organized by period. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field that was sent (validate(), to_dict()); anything
        # unusual (null, a wrong type, a nested model) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        slow = self._slow_load
        _convert = _CONVERT
        v = g("pbp", _M)
        if type(v) is dict:
            d["pbp"] = _convert["pbp"](v)
        elif v is None:
            d["pbp"] = None
        elif v is not _M:
            slow("pbp")

    def __init__(
        self,
        *,
        pbp: PlayByPlay | None | Unset = UNSET,
    ) -> None:
        """A GetGameStatsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("pbp", pbp)


# Nested models and lists of them, converted by their descriptors (which import the class lazily).
_CONVERT = {
    "pbp": GetGameStatsResponse.__dict__["pbp"].convert,
}
