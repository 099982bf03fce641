"""Kalshi's WebSocket wire protocol, pure: building commands, decoding frames, reading replies.

Commands are JSON objects ``{"id": n, "cmd": ..., "params": {...}}``; the server answers with a
frame carrying the same ``id`` (``subscribed``, ``unsubscribed``, ``ok``, ``error``, or for some
actions a data message such as ``orderbook_snapshot`` or ``cfbenchmarks_value_indexlist``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from .._errors import KalshiConfigurationError
from ._channels import WsApi
from ._errors import WebSocketCommandError

try:  # orjson is optional; it decodes several times faster than json.
    import orjson

    _loads: Any = orjson.loads
except ImportError:  # pragma: no cover - depends on the environment
    _loads = json.loads

REPLY_TYPES = frozenset({"subscribed", "unsubscribed", "ok", "error"})


class FrameDecodeError(ValueError):
    """A frame that is not a JSON object with a string ``type``."""


def decode_frame(raw: str | bytes) -> dict[str, Any]:
    """Decode one text frame.

    Raises:
        FrameDecodeError: not JSON, not an object, or no string ``type``.
    """
    try:
        frame = _loads(raw)
    except ValueError as exc:  # json.JSONDecodeError and orjson.JSONDecodeError are ValueErrors
        raise FrameDecodeError(f"frame is not JSON: {exc}") from None
    return check_frame(frame)


def check_frame(frame: Any) -> dict[str, Any]:
    """A decoded frame, checked: a JSON object with a string ``type``.

    Raises:
        FrameDecodeError: not an object, or no string ``type``.
    """
    if not isinstance(frame, dict):
        raise FrameDecodeError(f"frame is a JSON {type(frame).__name__}, not an object")
    if not isinstance(frame.get("type"), str):
        raise FrameDecodeError("frame has no string 'type'")
    return frame


def encode_command(command: Mapping[str, Any]) -> str:
    """Serialise a command compactly."""
    return json.dumps(command, separators=(",", ":"))


def _tickers(values: Iterable[str] | str | None, name: str) -> list[str] | None:
    if values is None:
        return None
    if isinstance(values, str):
        # A bare string would be iterated letter by letter.
        raise KalshiConfigurationError(f"{name} must be a list of strings, not a single string")
    out = list(values)
    if not all(isinstance(v, str) and v for v in out):
        raise KalshiConfigurationError(f"{name} must contain non-empty strings")
    return out


def subscribe_params(api: WsApi, channel: str, params: Mapping[str, Any]) -> dict[str, Any]:
    """Validate and normalise the parameters of a subscribe command for one channel.

    ``None`` values are dropped; list parameters are copied.

    Raises:
        KalshiConfigurationError: an unknown channel, a bare string where a list is expected,
            or a missing market list on a channel that needs one.
    """
    spec = api.channels.get(channel)
    if spec is None:
        known = ", ".join(sorted(api.channels))
        raise KalshiConfigurationError(f"unknown {api.name} channel {channel!r}; known: {known}")
    out: dict[str, Any] = {}
    for key, value in params.items():
        if value is None:
            continue
        if key in ("market_tickers", "market_ids", "index_ids", "underlying_tickers"):
            names = _tickers(value, key)
            if names:
                out[key] = names
            continue
        out[key] = value
    if spec.markets_required and not (out.get("market_tickers") or out.get("market_ticker")):
        raise KalshiConfigurationError(f"the {channel} channel needs market_tickers")
    return out


def subscribe_command(command_id: int, channel: str, params: Mapping[str, Any]) -> dict[str, Any]:
    """``subscribe`` to one channel (one channel per command: the server gives one sid each)."""
    return {"id": command_id, "cmd": "subscribe", "params": {"channels": [channel], **params}}


def unsubscribe_command(command_id: int, sids: Iterable[int]) -> dict[str, Any]:
    """``unsubscribe`` from the given sids."""
    return {"id": command_id, "cmd": "unsubscribe", "params": {"sids": list(sids)}}


def update_command(command_id: int, sid: int, action: str, params: Mapping[str, Any]) -> dict[str, Any]:
    """``update_subscription`` of one sid (``add_markets``, ``get_snapshot``, ``subscribe_indices``, ...)."""
    body = {k: v for k, v in params.items() if v is not None}
    return {"id": command_id, "cmd": "update_subscription", "params": {"sid": sid, "action": action, **body}}


def list_command(command_id: int) -> dict[str, Any]:
    """``list_subscriptions``."""
    return {"id": command_id, "cmd": "list_subscriptions"}


def reply_model_name(api: WsApi, frame: Mapping[str, Any]) -> str | None:
    """The generated model of a command reply (``ok`` has four shapes in the prediction spec)."""
    if frame.get("type") == "ok":
        msg = frame.get("msg")
        if isinstance(msg, list):
            return "ListSubscriptionsResponsePayload"
        if isinstance(msg, Mapping) and api.name == "prediction":
            if "index_ids" in msg:
                return "SubscribedIndicesResponsePayload"
            if "underlying_tickers" in msg:
                return "SubscribedUnderlyingsResponsePayload"
        return "OkResponsePayload"
    return api.model_name(frame)


def command_error(frame: Mapping[str, Any], command: Mapping[str, Any] | None) -> WebSocketCommandError:
    """Turn an ``error`` frame into the exception raised to the caller of the command."""
    msg = frame.get("msg")
    msg = msg if isinstance(msg, Mapping) else {}
    code = msg.get("code")
    tickers = msg.get("market_tickers")
    if not isinstance(tickers, list):
        single = msg.get("market_ticker")
        tickers = [single] if isinstance(single, str) else []
    sid = frame.get("sid")
    cid = frame.get("id")
    return WebSocketCommandError(
        code=code if isinstance(code, int) else None,
        message=str(msg.get("msg", "")),
        command=str(command.get("cmd")) if command else None,
        command_id=cid if isinstance(cid, int) else None,
        sid=sid if isinstance(sid, int) else None,
        market_tickers=tuple(str(t) for t in tickers),
        raw=dict(frame),
    )
