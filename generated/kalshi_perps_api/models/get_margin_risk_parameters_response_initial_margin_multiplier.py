from __future__ import annotations

from .. import types as _t


class GetMarginRiskParametersResponseInitialMarginMultiplier(_t.ResponseModel):
    """Map of market ticker to initial margin multiplier. The initial margin requirement is the maintenance margin
    multiplied by this value.

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.
    """

    __slots__ = ()

    def __init__(
        self,
    ) -> None:
        """A GetMarginRiskParametersResponseInitialMarginMultiplier from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
