"""Every WebSocket frame Kalshi's servers really sent, through the client's message tables.

Each frame of ``../shared/real/ws_frames.json`` is routed by its ``type`` to the generated model
the client would build (``kalshi_ext.ws`` tables), validated as the client does (an ErrorEvent
otherwise), fully read (``to_dict()``), and every money field must be a ``Decimal`` equal to its text.
"""

from __future__ import annotations

from realdata import Report, load, walk

from kalshi_ext.ws import PERPS, PREDICTION
from kalshi_ext.ws._events import parse_model

APIS = {"prediction": PREDICTION, "perps": PERPS}


def test_every_real_frame_parses_with_exact_money() -> None:
    frames = load("ws_frames.json")
    total = Report()
    kinds = set()
    for case in frames:
        api = APIS[case["api"]]
        frame = case["frame"]
        model = parse_model(api, frame)  # MessageParseError (an ErrorEvent in the client) if it does not fit
        kinds.add((case["api"], frame["type"]))
        assert model.to_dict()["type"] == frame["type"]
        report = Report()
        walk(model, frame, report)
        assert not report.problems, (case["source"], report.problems[:5])
        total.money_fields += report.money_fields
    print(
        f"\nreal WebSocket frames: {len(frames)} frames, {len(kinds)} message types, "
        f"{total.money_fields} money values, all Decimal, 0 left as str"
    )
    assert len(frames) >= 90 and total.money_fields > 100
