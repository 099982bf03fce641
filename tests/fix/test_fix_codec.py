"""Codec and framing: exact bytes, CheckSum, DATA fields, groups, refusals, garbage survived."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kalshi_ext.fix import FixDecodeError, FixEncodeError, FixMessage
from kalshi_ext.fix._codec import checksum, encode_fields, frame, parse_group
from kalshi_ext.fix._framing import FrameParser, Garbage


def test_frame_writes_body_length_and_checksum() -> None:
    body = encode_fields([(35, "0"), (49, "KalshiRT"), (56, "abc"), (34, 7), (52, "20260101-00:00:00.000")])
    data = frame(body)
    assert data.startswith(b"8=FIXT.1.1\x019=54\x0135=0\x0149=KalshiRT\x01") and len(body) == 54
    trailer = data.index(b"10=")
    assert data[trailer:] == b"10=%03d\x01" % (sum(data[:trailer]) % 256)
    assert checksum(b"\xff\x02") == b"001"


def test_values_numbers_are_exact_and_floats_refused() -> None:
    assert encode_fields([(44, Decimal("0.5500")), (38, 10), (21005, True), (141, False)]) == (
        b"44=0.5500\x0138=10\x0121005=Y\x01141=N\x01"
    )
    assert encode_fields([(44, Decimal("1E-2"))]) == b"44=0.01\x01"
    with pytest.raises(FixEncodeError, match="floats are refused"):
        encode_fields([(44, 0.55)])
    with pytest.raises(FixEncodeError, match="SOH"):
        encode_fields([(58, "a\x01b")])
    with pytest.raises(FixEncodeError, match="ASCII"):
        encode_fields([(58, "café")])
    with pytest.raises(FixEncodeError, match="empty"):
        encode_fields([(58, "")])
    with pytest.raises(FixEncodeError, match="finite"):
        encode_fields([(44, Decimal("NaN"))])
    with pytest.raises(FixEncodeError, match="written by the codec"):
        encode_fields([(95, 3)])


def test_data_fields_carry_their_length_and_may_hold_soh() -> None:
    raw = b"si\x01g=\x01"
    data = frame(encode_fields([(35, "A"), (34, 1), (96, raw), (98, 0)]))
    assert b"95=6\x0196=si\x01g=\x01\x01" in data
    (message,) = FrameParser().feed(data)
    assert isinstance(message, FixMessage)
    assert message.get(96) == raw
    assert [tag for tag, _ in message.fields] == [35, 34, 95, 96, 98]


def test_decode_getters_and_typed_errors() -> None:
    data = frame(encode_fields([(35, "8"), (34, 3), (44, "0.42"), (14, "x"), (151, "abc")]))
    (message,) = FrameParser().feed(data)
    assert isinstance(message, FixMessage)
    assert message.msg_type == "8" and message.get_int(34) == 3 and message.get_decimal(44) == Decimal("0.42")
    assert message.get(999) is None and message.get_decimal(999) is None
    with pytest.raises(FixDecodeError):
        message.get_int(14)
    with pytest.raises(FixDecodeError):
        message.get_decimal(151)
    assert message.raw == data


def test_repeating_groups_follow_the_dictionary() -> None:
    fields = [
        (35, b"W"),
        (55, b"MKT"),
        (268, b"2"),
        (269, b"0"),
        (270, b"0.35"),
        (271, b"10"),
        (269, b"1"),
        (270, b"0.65"),
        (271, b"5"),
    ]
    entries = parse_group("W", fields, 268)
    assert [e.fields for e in entries] == [{269: b"0", 270: b"0.35", 271: b"10"}, {269: b"1", 270: b"0.65", 271: b"5"}]
    with pytest.raises(FixDecodeError, match="count says 3"):
        parse_group("W", [*fields[:2], (268, b"3"), *fields[3:]], 268)
    with pytest.raises(FixDecodeError, match="no repeating group"):
        parse_group("D", fields, 268)
    with pytest.raises(FixDecodeError, match="repeated inside one entry"):
        parse_group("W", [*fields[:6], (270, b"0.36"), *fields[6:]], 268)
    nested = [
        (35, b"UMS"),
        (20108, b"2"),
        (20109, b"p1"),
        (20110, b"24"),
        (1703, b"2"),
        (1704, b"1.5"),
        (1705, b"PAYOUT"),
        (1704, b"-0.5"),
        (1705, b"BALANCE"),
        (20109, b"p2"),
        (20110, b"24"),
        (136, b"1"),
        (137, b"0.02"),
        (138, b"USD"),
        (139, b"4"),
        (891, b"0"),
        (893, b"Y"),
    ]
    first, second = parse_group("UMS", nested, 20108)
    assert first.fields == {20109: b"p1", 20110: b"24"} and second.fields == {20109: b"p2", 20110: b"24"}
    assert [c.fields[1704] for c in first.groups[1703]] == [b"1.5", b"-0.5"]
    assert second.groups[136][0].get_decimal(137) == Decimal("0.02") and 1703 not in second.groups


def _heartbeat(seq: int) -> bytes:
    return frame(encode_fields([(35, "0"), (49, "K"), (56, "c"), (34, seq), (52, "20260101-00:00:00.000")]))


def test_frames_split_anywhere_are_reassembled() -> None:
    stream = _heartbeat(1) + _heartbeat(2) + _heartbeat(3)
    parser = FrameParser()
    out = []
    for i in range(0, len(stream), 7):
        out += parser.feed(stream[i : i + 7])
    assert [m.get_int(34) for m in out if isinstance(m, FixMessage)] == [1, 2, 3]
    assert parser.pending == 0


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        (lambda f: f[:-4] + b"999\x01", "bad CheckSum"),
        (lambda f: f.replace(b"9=", b"9=4", 1), "truncated frame"),
        (lambda f: f.replace(b"\x019=45\x01", b"\x019=40\x01", 1), "BodyLength does not end"),
        (lambda f: f[:25], "truncated frame"),
        (lambda f: b"\x00\xffnoise" + f, "outside a FIX frame"),
        (lambda f: f.replace(b"9=", b"9=x", 1), "bad BodyLength"),
    ],
)
def test_garbage_is_reported_and_the_next_frame_still_arrives(bad: object, reason: str) -> None:
    corrupt = bad(_heartbeat(1))  # type: ignore[operator]
    out = FrameParser().feed(corrupt + _heartbeat(2))
    garbage = [item for item in out if isinstance(item, Garbage)]
    messages = [item for item in out if isinstance(item, FixMessage)]
    assert garbage and any(reason in g.reason for g in garbage), garbage
    assert messages and messages[-1].get_int(34) == 2
    # every byte is accounted for: in a message or in a garbage report
    assert sum(g.skipped for g in garbage) + sum(len(m.raw) for m in messages) == len(corrupt) + len(_heartbeat(2))


def test_a_frame_whose_body_does_not_start_with_msgtype_is_garbage() -> None:
    data = frame(b"34=1\x0135=0\x01")
    (item,) = FrameParser().feed(data)
    assert isinstance(item, Garbage) and "MsgType" in item.reason
