"""The WebSocket message models under the names users know (generated into ``kalshi_ws_models``).

``CFBenchmarksValueMessage`` is a whole ``cfbenchmarks_value`` frame and ``CFBenchmarksValuePayload``
its ``msg``; likewise for the index list and the 5 Hz channel. Every other message model is in
``kalshi_ws_models.models`` (prediction) and ``kalshi_perps_ws_models.models`` (perps).
"""

from kalshi_ws_models.models import (
    CFBenchmarks5HzIndexListMessage,
    CFBenchmarks5HzIndexListPayload,
    CFBenchmarksAvgData,
    CFBenchmarksIndexListMessage,
    CFBenchmarksIndexListPayload,
    CFBenchmarksValue5HzMessage,
    CFBenchmarksValue5HzPayload,
    CFBenchmarksValueMessage,
    CFBenchmarksValuePayload,
)

__all__ = [
    "CFBenchmarks5HzIndexListMessage",
    "CFBenchmarks5HzIndexListPayload",
    "CFBenchmarksAvgData",
    "CFBenchmarksIndexListMessage",
    "CFBenchmarksIndexListPayload",
    "CFBenchmarksValue5HzMessage",
    "CFBenchmarksValue5HzPayload",
    "CFBenchmarksValueMessage",
    "CFBenchmarksValuePayload",
]
