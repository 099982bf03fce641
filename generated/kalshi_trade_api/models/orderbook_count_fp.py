from __future__ import annotations

from decimal import Decimal

from .. import types as _t
from ..types import UNSET, Unset


class OrderbookCountFp(_t.ResponseModel):
    """Orderbook with fixed-point contract counts (fp) in all dollar price levels.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

        Attributes:
            yes_dollars (list[tuple[Decimal, Decimal]]): Empty when absent or null.
            no_dollars (list[tuple[Decimal, Decimal]]): Empty when absent or null.
    """

    __slots__ = (
        "yes_dollars",
        "no_dollars",
    )

    yes_dollars: list[tuple[Decimal, Decimal]]
    """Empty when absent or null."""

    no_dollars: list[tuple[Decimal, Decimal]]
    """Empty when absent or null."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "yes_dollars": _t.LevelsField("yes_dollars", required=True, empty=True),
        "no_dollars": _t.LevelsField("no_dollars", required=True, empty=True),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        self._slow_field("yes_dollars")
        self._slow_field("no_dollars")

    def __init__(
        self,
        *,
        yes_dollars: list[tuple[Decimal, Decimal]] | None | Unset = UNSET,
        no_dollars: list[tuple[Decimal, Decimal]] | None | Unset = UNSET,
    ) -> None:
        """A OrderbookCountFp from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("yes_dollars", yes_dollars)
        self._set("no_dollars", no_dollars)
