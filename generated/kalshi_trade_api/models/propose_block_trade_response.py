from __future__ import annotations

from typing import Any

from .. import types as _t
from ..types import UNSET, Unset


def _field(descriptor: _t.ResponseField) -> Any:
    # Typed Any so that `ticker: str = _field(...)` declares the type a read returns.
    return descriptor


class ProposeBlockTradeResponse(_t.ResponseModel):
    """Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.

    Attributes:
        block_trade_proposal_id (str): The ID of the newly created block trade proposal. Required (reading
            raises MissingFieldError if absent).
    """

    __slots__ = ()

    block_trade_proposal_id: str = _field(_t.StrField("block_trade_proposal_id", required=True))
    """The ID of the newly created block trade proposal. Required (reading raises MissingFieldError if absent)."""

    def _load_fast(self) -> None:
        # Straight-line conversion of every field (validate(), to_dict()): the usual JSON types inline,
        # money and times through the shared caches, nested models built now; anything else (a wrong
        # type, a missing required field, an unlisted enum value) goes through the field's descriptor.
        d = self.__dict__
        g = self._raw.get
        if type(v := g("block_trade_proposal_id")) is str:
            d["block_trade_proposal_id"] = v
        else:
            self._slow_field("block_trade_proposal_id")

    def __init__(
        self,
        *,
        block_trade_proposal_id: str | None | Unset = UNSET,
    ) -> None:
        """A ProposeBlockTradeResponse from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
        self._set("block_trade_proposal_id", block_trade_proposal_id)
