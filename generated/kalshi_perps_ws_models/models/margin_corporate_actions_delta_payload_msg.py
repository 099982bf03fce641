from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.margin_corporate_action import MarginCorporateAction


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class MarginCorporateActionsDeltaPayloadMsg(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        corporate_action (MarginCorporateAction): A corporate action the exchange applied to a margin market.
            Exactly one terms object matches type: split for stock_split, final_settlement for final_settlement, or
            ticker_change for ticker_change. Required (reading raises MissingFieldError if absent).
    """

    __slots__ = ()

    corporate_action: MarginCorporateAction = _field(
        _t.ModelField(
            "corporate_action", f"{__package__}.margin_corporate_action", "MarginCorporateAction", required=True
        )
    )
    """A corporate action the exchange applied to a margin market. Exactly one terms object matches type: split for
    stock_split, final_settlement for final_settlement, or ticker_change for ticker_change. Required (reading
    raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("corporate_action")) is dict:
            d["corporate_action"] = _BUILD["corporate_action"](v)
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


# Nested models and lists of them, built by their descriptors (which import the class lazily).
_BUILD = {
    "corporate_action": MarginCorporateActionsDeltaPayloadMsg.__dict__["corporate_action"].build,
}
