from __future__ import annotations

from .. import types as _t
from ..types import UNSET, Unset


class SettlementSource(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        name (str): Name of the settlement source. Optional (None if absent).
        url (str): URL to the settlement source. Optional (None if absent).
    """

    __slots__ = (
        "name",
        "url",
    )

    name: str | None
    """Name of the settlement source. Optional (None if absent)."""

    url: str | None
    """URL to the settlement source. Optional (None if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "name": _t.StrField("name"),
        "url": _t.StrField("url"),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("name")) is str:
            self.name = v
        elif v is None:
            self.name = None
        else:
            self._slow_field("name")
        if type(v := g("url")) is str:
            self.url = v
        elif v is None:
            self.url = None
        else:
            self._slow_field("url")

    def __init__(
        self,
        *,
        name: str | None | Unset = UNSET,
        url: str | None | Unset = UNSET,
    ) -> None:
        """A SettlementSource from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("name", name)
        self._set("url", url)
