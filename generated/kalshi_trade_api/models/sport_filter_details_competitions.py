from __future__ import annotations

from typing import TYPE_CHECKING

from .. import types as _t

if TYPE_CHECKING:
    pass


class SportFilterDetailsCompetitions(_t.ResponseModel):
    """Mapping of competitions to their scope lists

    Response model: fields are converted when first read; ``is_set(name)`` tells whether one was sent.
    """

    __slots__ = ()

    def __init__(
        self,
    ) -> None:
        """A SportFilterDetailsCompetitions from Python values (fixtures, tests); a response is parsed with ``from_dict``."""
        self._raw = {}
        self._done = None
