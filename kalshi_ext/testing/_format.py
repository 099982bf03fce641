"""The cassette file format (version 1): reading, writing and the body encoding.

A cassette is one UTF-8 JSON object (documented in docs/testing.md)::

    {
      "format": "kalshi-ext-cassette",
      "version": 1,
      "recorded_with": "kalshi-ext 0.1.0",
      "interactions": [                        # REST, in the order they were recorded
        {"request":  {"method": "GET", "url": "https://.../trade-api/v2/markets?limit=1",
                      "headers": {"kalshi-access-signature": "<scrubbed>", ...}, "body": null},
         "response": {"status": 200, "headers": {"content-type": "application/json"},
                      "body": {"json": {...}}}},
        {"request": {...}, "error": {"type": "ReadError", "message": "..."}}   # no answer
      ],
      "websockets": [                          # one entry per WebSocket connection, in order
        {"path": "/trade-api/ws/v2", "request_headers": {...}, "status": 101,
         "events": [{"send": {"json": {...}}}, {"recv": {"json": {...}}}, {"close": {"code": 1000, "reason": ""}}]}
      ]
    }

A body is ``null`` (empty), ``{"json": value}``, ``{"text": "..."}`` or ``{"base64": "..."}``.
Header names are lower case; a repeated header's values are joined with ``", "``.
Readers refuse another ``format`` and any ``version`` above the one they know.
"""

from __future__ import annotations

import base64
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from ._errors import CassetteFormatError

FORMAT_NAME = "kalshi-ext-cassette"
FORMAT_VERSION = 1

Body = dict[str, Any] | None


def encode_body(content: bytes, content_type: str | None = None) -> Body:
    """The stored form of a body: JSON when it parses as JSON, else text, else base64."""
    if not content:
        return None
    looks_json = content_type is None or "json" in content_type.lower() or content[:1] in (b"{", b"[")
    if looks_json:
        try:
            return {"json": json.loads(content)}
        except ValueError:
            pass
    try:
        return {"text": content.decode("utf-8")}
    except UnicodeDecodeError:
        return {"base64": base64.b64encode(content).decode("ascii")}


def decode_body(body: Body) -> bytes:
    """The bytes of a stored body (JSON re-serialised compactly).

    Raises:
        CassetteFormatError: an unknown body form.
    """
    if body is None:
        return b""
    if "json" in body:
        return json.dumps(body["json"], separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    if "text" in body:
        return str(body["text"]).encode("utf-8")
    if "base64" in body:
        return base64.b64decode(str(body["base64"]))
    raise CassetteFormatError(f"unknown body form {sorted(body)} (expected json, text or base64)")


def empty(recorded_with: str) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "recorded_with": recorded_with,
        "interactions": [],
        "websockets": [],
    }


def load(path: Path) -> dict[str, Any]:
    """Read and check a cassette file.

    Raises:
        CassetteFormatError: not JSON, not a cassette, a newer format version, malformed entries.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise CassetteFormatError(f"{path} is not a JSON cassette: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise CassetteFormatError(f'{path} is not a kalshi-ext cassette (no "format": "{FORMAT_NAME}")')
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= FORMAT_VERSION:
        raise CassetteFormatError(
            f"{path} has cassette format version {version!r}; this kalshi-ext reads versions 1..{FORMAT_VERSION}"
        )
    for key in ("interactions", "websockets"):
        entries = data.setdefault(key, [])
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise CassetteFormatError(f'{path}: "{key}" must be a list of objects')
    for number, entry in enumerate(data["interactions"]):
        request, response = entry.get("request"), entry.get("response", {"status": 0, "headers": {}})
        if "error" in entry and not isinstance(entry["error"], dict):
            raise CassetteFormatError(f"{path}: interaction {number} error must be an object")
        if (
            not isinstance(request, dict)
            or not isinstance(response, dict)
            or ("response" in entry) == ("error" in entry)
        ):
            raise CassetteFormatError(f"{path}: interaction {number} needs a request and a response (or error) object")
        if not isinstance(request.get("method"), str) or not isinstance(request.get("url"), str):
            raise CassetteFormatError(f"{path}: interaction {number} request needs method and url strings")
        if not isinstance(response.get("status"), int):
            raise CassetteFormatError(f"{path}: interaction {number} response needs an integer status")
        if not all(isinstance(part.get("headers", {}), dict) for part in (request, response)):
            raise CassetteFormatError(f"{path}: interaction {number} headers must be objects")
    for number, conn in enumerate(data["websockets"]):
        if not isinstance(conn.get("path"), str) or not isinstance(conn.get("events", []), list):
            raise CassetteFormatError(f"{path}: websocket {number} needs a path and a list of events")
    return data


def save(path: Path, data: dict[str, Any]) -> None:
    """Write ``data`` atomically (a temporary file in the same directory, then a rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
