from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.incentive_program import IncentiveProgram


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class GetIncentiveProgramsResponse(_t.Page["IncentiveProgram"], _t.ResponseModel):
    """A page of ``incentive_programs``: ``for item in page``, ``len(page)``, ``page.next_cursor``, ``page.has_next``.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            incentive_programs (list[IncentiveProgram]): Empty when absent or null.
            next_cursor (str): Cursor for pagination to get the next page of results. Optional (None if absent).
    """

    __slots__ = ()
    items_field = "incentive_programs"
    cursor_field = "next_cursor"
    _item_ref = _t._ClassRef(f"{__package__}.incentive_program", "IncentiveProgram")

    incentive_programs: list[IncentiveProgram] = _field(
        _t.ModelListField(
            "incentive_programs", f"{__package__}.incentive_program", "IncentiveProgram", required=True, empty=True
        )
    )
    """Empty when absent or null."""

    next_cursor: str | None = _field(_t.StrField("next_cursor"))
    """Cursor for pagination to get the next page of results. Optional (None if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("incentive_programs")) is list:
            d["incentive_programs"] = _BUILD["incentive_programs"](v)
        elif v is not None:  # absent or null: the descriptor reads it as empty
            self._slow_field("incentive_programs")
        if type(v := g("next_cursor")) is str:
            d["next_cursor"] = v
        elif v is None:
            d["next_cursor"] = None
        else:
            self._slow_field("next_cursor")

    def __init__(
        self,
        *,
        incentive_programs: list[IncentiveProgram] | None | Unset = UNSET,
        next_cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetIncentiveProgramsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("incentive_programs", incentive_programs)
        self._set("next_cursor", next_cursor)


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "incentive_programs": GetIncentiveProgramsResponse.__dict__["incentive_programs"].build,
}
