"""The pure session state machine, driven directly (no sockets, injected clock)."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from kalshi_ext.fix import FixLogonError, FixSessionError, MemoryStore, ResetRule
from kalshi_ext.fix._codec import FixMessage, encode_fields, frame
from kalshi_ext.fix._framing import FrameParser
from kalshi_ext.fix._session import Close, Deliver, LoggedOn, Notice, Send, Session, SessionConfig
from kalshi_ext.fix._store import StoredMessage


def inbound(msg_type: str, seq: int, *fields: tuple[int, object], poss_dup: bool = False) -> FixMessage:
    head: list[tuple[int, object]] = [
        (35, msg_type),
        (49, "KalshiRT"),
        (56, "me"),
        (34, seq),
        (52, "20260101-00:00:00.000"),
    ]
    if poss_dup:
        head.append((43, "Y"))
    (message,) = FrameParser().feed(frame(encode_fields([*head, *fields])))  # type: ignore[list-item]
    assert isinstance(message, FixMessage)
    return message


def sent(effects: list[object]) -> list[FixMessage]:
    out = []
    for effect in effects:
        if isinstance(effect, Send):
            out += [m for m in FrameParser().feed(effect.data) if isinstance(m, FixMessage)]
    return out


@pytest.fixture
def clock() -> list[float]:
    return [1_800_000_000.0]


def make(clock: list[float], **config: object) -> Session:
    cfg = SessionConfig(sender_comp_id="me", target_comp_id="KalshiRT", heartbeat_interval=30, **config)  # type: ignore[arg-type]
    return Session(cfg, MemoryStore(), lambda text: "c2ln", lambda: clock[0])


def logged_on(clock: list[float], **config: object) -> Session:
    session = make(clock, **config)
    session.logon()
    assert isinstance(session.receive(inbound("A", 1))[0], LoggedOn)
    return session


def test_logon_fields_and_signature_text(clock: list[float]) -> None:
    signed: list[str] = []
    session = Session(
        SessionConfig("me", "KalshiRT", reset_seq_num=True, logon_fields=[(8013, True)]),
        MemoryStore(),
        lambda text: signed.append(text) or "c2ln",
        lambda: clock[0],
    )
    (logon,) = sent(session.logon())
    assert [t for t, _ in logon.fields][:5] == [35, 49, 56, 34, 52]
    assert (logon.get(98), logon.get(108), logon.get(141), logon.get(1137), logon.get(8013)) == (
        b"0",
        b"30",
        b"Y",
        b"9",
        b"Y",
    )
    assert logon.get(95) == b"4" and logon.get(96) == b"c2ln"
    assert signed == [f"{logon.get_str(52)}\x01A\x011\x01me\x01KalshiRT"]


def test_logon_refused_is_a_typed_error(clock: list[float]) -> None:
    session = make(clock)
    session.logon()
    (close,) = session.receive(inbound("5", 1, (58, "Invalid signature")))
    assert isinstance(close, Close) and not close.reconnect
    assert isinstance(close.error, FixLogonError) and close.error.text == "Invalid signature"
    clock[0] += 11
    other = make(clock)
    other.logon()
    clock[0] += 11
    (timeout,) = other.tick()
    assert isinstance(timeout, Close) and isinstance(timeout.error, FixLogonError)


def test_gap_queues_asks_for_a_resend_and_drains_in_order(clock: list[float]) -> None:
    session = logged_on(clock)
    effects = session.receive(inbound("8", 4, (11, "c")))
    (request,) = sent(effects)
    assert request.msg_type == "2" and (request.get(7), request.get(16)) == (b"2", b"0")
    assert not [e for e in effects if isinstance(e, Deliver)]
    assert session.receive(inbound("8", 5, (11, "d"))) == []  # still queued behind the gap
    delivered = session.receive(inbound("8", 2, (11, "a"), poss_dup=True))
    assert [e.message.get_str(11) for e in delivered if isinstance(e, Deliver)] == ["a"]
    effects = session.receive(inbound("4", 3, (123, "Y"), (36, 4), poss_dup=True))
    assert [e.message.get_str(11) for e in effects if isinstance(e, Deliver)] == ["c", "d"]
    assert session.next_in == 6


def test_resend_request_answered_with_possdup_and_gap_fill(clock: list[float]) -> None:
    session = logged_on(clock)
    session.send_app("D", [(11, "a")], "a")  # seq 2
    clock[0] += 31
    session.tick()  # heartbeat, seq 3 (admin: gap-filled, never resent)
    session.send_app("D", [(11, "b")], "b")  # seq 4
    replies = sent(session.receive(inbound("2", 2, (7, 1), (16, 0))))
    summary = [(m.msg_type, m.get_int(34), m.get(43), m.get_int(36), m.get_str(11)) for m in replies]
    assert summary == [
        ("4", 1, b"Y", 2, None),  # the Logon
        ("D", 2, b"Y", None, "a"),
        ("4", 3, b"Y", 4, None),  # the heartbeat
        ("D", 4, b"Y", None, "b"),
    ]
    assert all(m.get(122) for m in replies)
    assert session.next_out == 5  # resends do not consume sequence numbers


def test_possdup_below_expected_ignored_and_plain_low_seq_fatal(clock: list[float]) -> None:
    session = logged_on(clock)
    session.receive(inbound("0", 2))
    (notice,) = session.receive(inbound("8", 1, poss_dup=True))
    assert isinstance(notice, Notice) and notice.kind == "duplicate_ignored"
    effects = session.receive(inbound("8", 1))
    assert sent(effects)[0].msg_type == "5"
    close = effects[-1]
    assert isinstance(close, Close) and isinstance(close.error, FixSessionError) and "too low" in str(close.error)


def test_sessions_without_retransmission_report_the_gap_and_go_on(clock: list[float]) -> None:
    session = logged_on(clock, retransmission=False)
    effects = session.receive(inbound("8", 5, (11, "x")))
    assert isinstance(effects[0], Notice) and effects[0].kind == "gap"
    assert isinstance(effects[1], Deliver) and session.next_in == 6
    assert not sent(effects)


def test_heartbeat_test_request_and_answers(clock: list[float]) -> None:
    session = logged_on(clock)
    clock[0] += 30
    assert [m.msg_type for m in sent(session.tick())] == ["0"]
    clock[0] += 7  # 37 s since the counterparty spoke: more than 1.2 intervals
    (test_request,) = sent(session.tick())
    assert test_request.msg_type == "1"
    (answer,) = sent(session.receive(inbound("1", 2, (112, "PING"))))
    assert answer.msg_type == "0" and answer.get(112) == b"PING"
    assert session.tick() == []


def test_counterparty_logout_is_answered(clock: list[float]) -> None:
    session = logged_on(clock)
    effects = session.receive(inbound("5", 2, (58, "maintenance")))
    assert sent(effects)[0].msg_type == "5"
    assert isinstance(effects[-1], Close) and effects[-1].reconnect and "maintenance" in str(effects[-1].error)


def test_weekly_reset_rule_thursday_3am_new_york() -> None:
    rule = ResetRule(every_logon=False)
    ny = ZoneInfo("America/New_York")
    friday = datetime(2026, 11, 27, 12, 0, tzinfo=ny).timestamp()  # a Friday
    boundary = rule.last_boundary(friday)
    assert boundary == datetime(2026, 11, 26, 3, 0, tzinfo=ny).timestamp()
    assert rule.due(last_reset_at=boundary - 60, now=friday)
    assert not rule.due(last_reset_at=boundary + 60, now=friday)
    assert ResetRule(every_logon=True).due(last_reset_at=friday, now=friday)
    assert not ResetRule(every_logon=False, weekly=None).due(last_reset_at=0, now=friday)
    daily = ResetRule(every_logon=False, weekly=(3, time(17, 0), "UTC"))
    assert daily.last_boundary(friday) is not None


def test_a_message_for_another_session_ends_it(clock: list[float]) -> None:
    session = logged_on(clock)
    head = [(35, "8"), (49, "SomeoneElse"), (56, "me"), (34, 2), (52, "20260101-00:00:00.000")]
    (message,) = FrameParser().feed(frame(encode_fields(head)))  # type: ignore[arg-type]
    assert isinstance(message, FixMessage)
    effects = session.receive(message)
    assert sent(effects)[0].msg_type == "5"
    assert isinstance(effects[-1], Close) and "CompID" in str(effects[-1].error)
    assert not [e for e in effects if isinstance(e, Deliver)]


def test_a_logon_reply_with_reset_restarts_both_sequences(clock: list[float]) -> None:
    session = make(clock)
    session.store.save_outbound(session.config.session_id, StoredMessage(5, "D", "t", b"11=a\x01", "a", 1.0))
    session.next_out = 6
    session.logon()
    (logged,) = session.receive(inbound("A", 1, (141, "Y")))
    assert isinstance(logged, LoggedOn) and logged.reset
    assert (session.next_out, session.next_in) == (2, 2)
    assert session.store.find_cl_ord_id(session.config.session_id, "a") is None
