from __future__ import annotations

from .. import types as _t


class MarginMarketProductMetadata(_t.ResponseModel):
    """Public metadata for this market.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.
    """

    __slots__ = ()

    def __init__(
        self,
    ) -> None:
        """A MarginMarketProductMetadata from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
