"""The ``kalshi-ext`` command line (``python -m kalshi_ext``).

Exit codes: 0 success; 1 the operation failed (API error, network, file system); 2 usage
error (bad arguments or missing/invalid credentials in the environment); 130 interrupted.
Errors go to stderr as one ``kalshi-ext: error: ...`` line plus notes, never a traceback.
"""

from __future__ import annotations

from ._main import main

__all__ = ["main"]
