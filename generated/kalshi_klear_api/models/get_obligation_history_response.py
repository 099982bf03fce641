from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.obligation_entry import ObligationEntry


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetObligationHistoryResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        obligations (list[ObligationEntry]): Empty when absent or null.
        cursor (str): Opaque cursor; pass as the `cursor` query param to fetch the next page. Absent when there
            are no more results. Optional (None if absent).
    """

    __slots__ = ()

    obligations: list[ObligationEntry] = _field(
        _t.ModelListField(
            "obligations", f"{__package__}.obligation_entry", "ObligationEntry", required=True, empty=True
        )
    )
    """Empty when absent or null."""

    cursor: str | None = _field(_t.StrField("cursor"))
    """Opaque cursor; pass as the `cursor` query param to fetch the next page. Absent when there are no more
    results. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("obligations")) is list:
            d["obligations"] = _BUILD["obligations"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("obligations")
        if type(v := g("cursor")) is str:
            d["cursor"] = v
        elif v is None:
            d["cursor"] = None
        else:
            self._slow_field("cursor")

    def __init__(
        self,
        *,
        obligations: list[ObligationEntry] | None | Unset = UNSET,
        cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetObligationHistoryResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("obligations", obligations)
        self._set("cursor", cursor)


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "obligations": GetObligationHistoryResponse.__dict__["obligations"].build,
}
