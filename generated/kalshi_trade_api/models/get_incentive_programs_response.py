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

    def __init__(
        self,
        *,
        incentive_programs: list[IncentiveProgram] | None | Unset = UNSET,
        next_cursor: str | None | Unset = UNSET,
    ) -> None:
        """A GetIncentiveProgramsResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._set("incentive_programs", incentive_programs)
        self._set("next_cursor", next_cursor)
