from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t

if TYPE_CHECKING:
    pass


class AssetClassSettlementEstimateGroupBreakdowns(_t.ResponseModel):
    """Map of margin group ID to that portfolio's netted settlement estimate.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.
    """

    __slots__ = ()

    def __init__(
        self,
    ) -> None:
        """A AssetClassSettlementEstimateGroupBreakdowns from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
