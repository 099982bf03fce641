from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.margin_corporate_action import MarginCorporateAction


class MarginCorporateActionsDeltaPayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        corporate_action (MarginCorporateAction): A corporate action the exchange applied to a margin market.
            Exactly one terms object matches type: split for stock_split, final_settlement for final_settlement, or
            ticker_change for ticker_change. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ("corporate_action",)

    corporate_action: MarginCorporateAction
    """A corporate action the exchange applied to a margin market. Exactly one terms object matches type: split for
    stock_split, final_settlement for final_settlement, or ticker_change for ticker_change. Required (reading
    raises MissingFieldError if absent)."""

    # How each field's JSON value becomes its slot's value (the lazy read and the checks).
    _declared = {
        "corporate_action": _t.ModelField(
            "corporate_action", f"{__package__}.margin_corporate_action", "MarginCorporateAction", required=True
        ),
    }

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's own read.
        g = self._raw.get
        if type(v := g("corporate_action")) is dict:
            self.corporate_action = _BUILD["corporate_action"](v)
        else:
            self._slow_field("corporate_action")

    def __init__(
        self,
        *,
        corporate_action: MarginCorporateAction | None | Unset = UNSET,
    ) -> None:
        """A MarginCorporateActionsDeltaPayloadMsg from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("corporate_action", corporate_action)


# Nested models and lists of them, built by their fields (which import the class lazily).
_BUILD = {
    "corporate_action": _t.builder(MarginCorporateActionsDeltaPayloadMsg, "corporate_action"),
}
