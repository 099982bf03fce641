"""Answer profiles (SIMULATOR.md 3): how close to the spec, or to the wire's rough edges, answers are.

- ``"spec"`` (default): every answer validates against the Trade spec (with the documented wire
  truths: nested errors, ``cursor: ""``).
- ``"wire-2026-06"``: book frames as demo sent them in June 2026, without ``clock``.
- ``"quirks"``: the deviations of KALSHI_NOTES that have broken SDKs, injected into REST answers:
  "required" fields missing (``settlement_bounds_type``, ``exchange_index``, ``volume_fp``,
  ``open_interest_fp`` on markets; ``categories``, ``settlement_sources`` on series;
  ``product_metadata`` on events), arrays as ``null`` (series ``tags``), enum values the spec does not
  list yet (``strike_type``), and fields it does not know at all. Use it to prove a bot survives them.
"""

from __future__ import annotations

from typing import Any

PROFILES = ("spec", "wire-2026-06", "quirks")

_DROP = {
    "market": ("settlement_bounds_type", "exchange_index", "volume_fp", "open_interest_fp"),
    "series": ("categories", "settlement_sources"),
    "event": ("product_metadata",),
}


def _market(m: dict[str, Any]) -> None:
    for name in _DROP["market"]:
        m.pop(name, None)
    m["strike_type"] = "quantum"  # an enum value from the future
    m["sim_unknown_field"] = {"nested": [1, 2, 3]}


def quirk(operation: str, body: Any) -> Any:
    """``body`` with the quirks profile's deviations (the input is not modified)."""
    if not isinstance(body, dict):
        return body
    out = dict(body)
    if isinstance(out.get("market"), dict):
        out["market"] = dict(out["market"])
        _market(out["market"])
    if isinstance(out.get("markets"), list):
        out["markets"] = [dict(m) for m in out["markets"]]
        for m in out["markets"]:
            _market(m)
    for key in ("series",):
        items = out.get(key)
        if isinstance(items, dict):
            items = out[key] = dict(items)
            items = [items]
        elif isinstance(items, list):
            items = out[key] = [dict(s) for s in items]
        for s in items or []:
            for name in _DROP["series"]:
                s.pop(name, None)
            s["tags"] = None
    events = out.get("events")
    if isinstance(events, list):
        out["events"] = [{k: v for k, v in e.items() if k not in _DROP["event"]} for e in events]
    out["sim_unknown_top_level"] = operation
    return out


def wire_2026_06(frame: dict[str, Any]) -> dict[str, Any]:
    """A book frame without ``clock`` (June 2026 demo frames lacked it)."""
    if frame.get("type") in ("orderbook_snapshot", "orderbook_delta") and isinstance(frame.get("msg"), dict):
        frame = {**frame, "msg": {k: v for k, v in frame["msg"].items() if k != "clock"}}
    return frame
