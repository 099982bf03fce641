"""An in-process asyncio TLS FIX acceptor that speaks Kalshi's session rules, with fault knobs.

It verifies the logon signature with the key's public key (RSA-PSS or Ed25519), enforces 98=0,
1137=9, RawDataLength before RawData, 141=Y on sessions without retransmission and one connection
per key; keeps its own sequence numbers and sent messages across connections (like Kalshi's
gateway across a client restart); answers orders with execution reports; and can be told to drop
the connection, skip outbound sequence numbers, replay PossDup messages, send garbage, go silent,
refuse the logon, or "lose" inbound messages so it must ask for a resend.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import ssl
import time
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from kalshi_ext.fix._codec import FixMessage, encode_fields, frame
from kalshi_ext.fix._framing import FrameParser, Garbage
from kalshi_ext.fix._session import sending_time

KEY_ID = "11111111-2222-3333-4444-555555555555"  # the API key id the tests log on with


@dataclass
class Knobs:
    refuse_logon: str | None = None  # answer the Logon with a Logout carrying this text
    drop_after_logon: bool = False  # close the connection right after the Logon reply
    skip_outbound: int = 0  # jump this many sequence numbers before the next application message
    possdup_replay: bool = False  # after each ER, send it again with PossDupFlag=Y (same seq)
    garbage_before_reply: bytes = b""  # raw bytes written before every reply
    silent: bool = False  # stop answering anything (TestRequests included)
    lose_inbound: set[int] = field(default_factory=set)  # inbound MsgSeqNums to treat as never received
    fill_orders: bool = False  # follow each New with a full fill
    request_resend_after_logon: tuple[int, int] | None = None  # send ResendRequest(begin, end) after logon
    settlement_after_logon: bool = False  # send a MarketSettlementReport (UMS) right after the Logon reply


@dataclass
class SessionState:
    next_in: int = 1
    next_out: int = 1
    sent: dict[int, tuple[str, bytes, str]] = field(default_factory=dict)  # seq -> (type, body, time)
    resend_pending: bool = False


class Acceptor:
    def __init__(self, public_keys: dict[str, Any], server_ssl: ssl.SSLContext, *, retransmission: bool = True) -> None:
        self.public_keys = public_keys
        self.server_ssl = server_ssl
        self.retransmission = retransmission
        self.knobs = Knobs()
        self.sessions: dict[str, SessionState] = {}
        self.received: list[FixMessage] = []  # every inbound message, in order, PossDup resends included
        self.orders: dict[str, dict[str, Any]] = {}  # ClOrdID -> order
        self.logons: list[FixMessage] = []
        self.connected: set[str] = set()
        self.garbage: list[Garbage] = []
        self.duplicates: list[FixMessage] = []
        self._server: asyncio.Server | None = None
        self._writers: list[asyncio.StreamWriter] = []
        self.port = 0
        self._order_count = 0

    async def start(self) -> int:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0, ssl=self.server_ssl)
        self.port = self._server.sockets[0].getsockname()[1]
        return self.port

    async def stop(self) -> None:
        for writer in self._writers:
            writer.close()
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def drop_all(self) -> None:
        for writer in self._writers:
            writer.close()

    def app_received(self, msg_type: str) -> list[FixMessage]:
        return [m for m in self.received if m.msg_type == msg_type]

    # -- wire ---------------------------------------------------------------------------------

    def _send(self, writer: asyncio.StreamWriter, sender: str, target: str, msg_type: str, fields: list[Any]) -> int:
        state = self.sessions[sender]
        if msg_type not in "012345A" and self.knobs.skip_outbound:
            state.next_out += self.knobs.skip_outbound
            self.knobs.skip_outbound = 0
        seq = state.next_out
        state.next_out += 1
        body = encode_fields(fields)
        when = sending_time(time.time())
        if msg_type not in ("0", "1", "2", "4", "5", "A"):
            state.sent[seq] = (msg_type, body, when)
        head = encode_fields([(35, msg_type), (49, target), (56, sender), (34, seq), (52, when)])
        if self.knobs.garbage_before_reply:
            writer.write(self.knobs.garbage_before_reply)
        writer.write(frame(head + body))
        return seq

    def _resend(self, writer: asyncio.StreamWriter, sender: str, target: str, begin: int, end: int) -> None:
        state = self.sessions[sender]
        last = state.next_out - 1
        end = last if end == 0 else min(end, last)
        now = sending_time(time.time())
        seq = begin
        while seq <= end:
            if seq in state.sent:
                msg_type, body, orig = state.sent[seq]
                head = encode_fields(
                    [(35, msg_type), (49, target), (56, sender), (34, seq), (52, now), (43, "Y"), (122, orig)]
                )
                writer.write(frame(head + body))
                seq += 1
                continue
            gap_end = seq
            while gap_end <= end and gap_end not in state.sent:
                gap_end += 1
            head = encode_fields([(35, "4"), (49, target), (56, sender), (34, seq), (52, now), (43, "Y"), (122, now)])
            writer.write(frame(head + encode_fields([(123, "Y"), (36, gap_end)])))
            seq = gap_end

    # -- connection ---------------------------------------------------------------------------

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.append(writer)
        parser = FrameParser()
        sender: str | None = None
        target = ""
        try:
            while True:
                data = await reader.read(65536)
                if not data:
                    return
                for item in parser.feed(data):
                    if isinstance(item, Garbage):
                        self.garbage.append(item)
                        continue
                    if sender is None:
                        sender, target = item.get_str(49) or "", item.get_str(56) or ""
                        if not self._logon(writer, item, sender, target):
                            await writer.drain()
                            writer.close()
                            sender = None
                            return
                        self.connected.add(sender)
                        if self.knobs.drop_after_logon:
                            await writer.drain()
                            writer.close()
                            return
                        continue
                    if not self._inbound(writer, item, sender, target):
                        await writer.drain()
                        writer.close()
                        return
                await writer.drain()
        except (ConnectionError, ssl.SSLError, asyncio.CancelledError):
            return
        finally:
            if sender is not None:
                self.connected.discard(sender)
            with contextlib.suppress(Exception):
                writer.close()

    def _refuse(self, writer: asyncio.StreamWriter, sender: str, target: str, text: str) -> bool:
        self.sessions.setdefault(sender, SessionState())
        self._send(writer, sender, target, "5", [(58, text)])
        return False

    def _logon(self, writer: asyncio.StreamWriter, msg: FixMessage, sender: str, target: str) -> bool:
        self.logons.append(msg)
        if msg.msg_type != "A":
            return self._refuse(writer, sender, target, "first message must be a Logon")
        if self.knobs.refuse_logon:
            return self._refuse(writer, sender, target, self.knobs.refuse_logon)
        tags = [tag for tag, _ in msg.fields]
        if msg.get(98) != b"0" or msg.get(1137) != b"9" or 108 not in msg:
            return self._refuse(writer, sender, target, "98=0, 108 and 1137=9 are required")
        if 95 not in tags or 96 not in tags or tags.index(95) + 1 != tags.index(96):
            return self._refuse(writer, sender, target, "RawDataLength must come right before RawData")
        key = self.public_keys.get(sender)
        pre_hash = b"\x01".join(msg.get(t) or b"" for t in (52, 35, 34, 49, 56))
        try:
            signature = base64.b64decode(msg.get(96) or b"")
            if key is None:
                raise ValueError("unknown key")
            if isinstance(key, Ed25519PublicKey):
                key.verify(signature, pre_hash)
            else:
                pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)
                key.verify(signature, pre_hash, pss, hashes.SHA256())
        except Exception:
            return self._refuse(writer, sender, target, "Invalid signature")
        if sender in self.connected:
            return self._refuse(writer, sender, target, "Only one connection per API key is allowed")
        reset = msg.get(141) == b"Y"
        if not self.retransmission and not reset:
            return self._refuse(writer, sender, target, "ResetSeqNumFlag must be Y for this session")
        if reset:
            self.sessions[sender] = SessionState()
        state = self.sessions.setdefault(sender, SessionState())
        seq = msg.get_int(34) or 0
        if seq < state.next_in:
            return self._refuse(writer, sender, target, f"MsgSeqNum too low, expecting {state.next_in} received {seq}")
        gap = seq > state.next_in
        if not gap:
            state.next_in = seq + 1
        reply: list[Any] = [(98, 0), (108, msg.get_int(108) or 30)]
        if reset:
            reply.append((141, "Y"))
        self._send(writer, sender, target, "A", [*reply, (1137, "9")])
        if gap:
            state.resend_pending = True
            self._send(writer, sender, target, "2", [(7, state.next_in), (16, 0)])
        if self.knobs.settlement_after_logon:
            self._send(
                writer,
                sender,
                target,
                "UMS",
                [
                    (20105, "MSR1"),
                    (55, "KXTEST-1"),
                    (715, "20261201"),
                    (20107, "yes"),
                    (730, "1.00"),
                    (893, "Y"),
                    (20108, 1),
                    (20109, sender),
                    (20110, 24),
                    (704, "10"),
                    (705, "0"),
                    (1703, 1),
                    (1704, "10.00"),
                    (1705, "PAYOUT"),
                    (136, 1),
                    (137, "0.07"),
                    (138, "USD"),
                    (139, "4"),
                    (891, "0"),
                ],
            )
        if self.knobs.request_resend_after_logon:
            begin, end = self.knobs.request_resend_after_logon
            self.knobs.request_resend_after_logon = None
            self._send(writer, sender, target, "2", [(7, begin), (16, end)])
        return True

    def _inbound(self, writer: asyncio.StreamWriter, msg: FixMessage, sender: str, target: str) -> bool:
        state = self.sessions[sender]
        seq = msg.get_int(34) or 0
        if seq in self.knobs.lose_inbound and msg.get(43) != b"Y":
            self.knobs.lose_inbound.discard(seq)
            return True  # as if it never arrived
        if self.knobs.silent:
            return True
        if msg.msg_type == "4" and msg.get(123) == b"Y" and seq <= state.next_in:
            state.next_in = max(state.next_in, msg.get_int(36) or 0)
            state.resend_pending = False
            return True
        if seq < state.next_in:
            self.duplicates.append(msg)  # a PossDup copy of something we already have
            return True
        if seq > state.next_in:
            if not state.resend_pending:
                state.resend_pending = True
                self._send(writer, sender, target, "2", [(7, state.next_in), (16, 0)])
            return True
        state.next_in = seq + 1
        state.resend_pending = False
        self.received.append(msg)
        return self._dispatch(writer, msg, sender, target)

    def _dispatch(self, writer: asyncio.StreamWriter, msg: FixMessage, sender: str, target: str) -> bool:
        mt = msg.msg_type
        self._current = (writer, sender, target)
        send = lambda t, f: self._send(writer, sender, target, t, f)  # noqa: E731
        if mt == "1":
            send("0", [(112, msg.get(112) or b"x")])
        elif mt == "2":
            self._resend(writer, sender, target, msg.get_int(7) or 1, msg.get_int(16) or 0)
        elif mt == "5":
            send("5", [(58, "bye")])
            return False
        elif mt == "D":
            self._new_order(send, msg)
        elif mt == "F":
            order = self.orders.get(msg.get_str(41) or "")
            if order is None or order["status"] != "0":
                send(
                    "9",
                    [
                        (37, "NONE"),
                        (11, msg.get(11)),
                        (41, msg.get(41)),
                        (39, "8"),
                        (434, "1"),
                        (102, 1),
                        (58, "order not found"),
                    ],
                )
            else:
                order["status"] = "4"
                self._report(send, order, "4", "4", cl_ord_id=msg.get_str(11), orig=order["cl_ord_id"])
        elif mt == "G":
            order = self.orders.get(msg.get_str(41) or "")
            if order is None:
                send(
                    "9",
                    [
                        (37, "NONE"),
                        (11, msg.get(11)),
                        (41, msg.get(41)),
                        (39, "8"),
                        (434, "2"),
                        (102, 1),
                        (58, "order not found"),
                    ],
                )
            else:
                orig = order["cl_ord_id"]
                order.update(
                    cl_ord_id=msg.get_str(11), qty=msg.get_decimal(38), price=msg.get_decimal(44) or order["price"]
                )
                self.orders[order["cl_ord_id"]] = order
                self._report(send, order, "5", "0", orig=orig)
        elif mt == "q":
            for order in self.orders.values():
                order["status"] = "4"
            send("r", [(11, msg.get(11)), (37, "MASS"), (531, "6")])
        elif mt == "V":
            symbol = msg.get_str(55) or "?"
            send(
                "W",
                [(55, symbol), (268, 2), (269, "0"), (270, "0.35"), (271, "10"), (269, "1"), (270, "0.65"), (271, "5")],
            )
            send(
                "X",
                [
                    (268, 2),
                    (279, "1"),
                    (55, symbol),
                    (269, "0"),
                    (270, "0.35"),
                    (271, "7"),
                    (279, "2"),
                    (55, symbol),
                    (269, "1"),
                    (270, "0.65"),
                ],
            )
        elif mt == "UOG":
            send("UOH", [(20130, msg.get(20130) or b"OG1"), (20132, msg.get(20132) or b"0")])
        elif mt == "R":
            send("b", [(131, msg.get(131)), (303, 1), (21023, "RFQ1"), (55, msg.get(55))])
        elif mt == "U1":
            send("U2", [(45, msg.get(34)), (21003, 0)])
        elif mt not in ("0", "4"):
            send("j", [(45, msg.get(34)), (372, mt), (380, 3), (58, f"unsupported message type {mt}")])
        return True

    def _new_order(self, send: Any, msg: FixMessage) -> None:
        cl_ord_id = msg.get_str(11) or ""
        if cl_ord_id in self.orders:
            send(
                "8",
                [
                    (37, "NONE"),
                    (11, cl_ord_id),
                    (17, "-1;-1"),
                    (150, "8"),
                    (39, "8"),
                    (54, msg.get(54)),
                    (55, msg.get(55)),
                    (151, 0),
                    (14, 0),
                    (6, 0),
                    (38, msg.get(38)),
                    (103, 6),
                    (58, "duplicate ClOrdID"),
                ],
            )
            return
        self._order_count += 1
        order = {
            "order_id": f"ORD{self._order_count}",
            "cl_ord_id": cl_ord_id,
            "symbol": msg.get_str(55),
            "side": msg.get_str(54),
            "qty": msg.get_decimal(38),
            "price": msg.get_decimal(44),
            "status": "0",
        }
        self.orders[cl_ord_id] = order
        self._report(send, order, "0", "0")
        if self.knobs.fill_orders:
            order["status"] = "2"
            self._report(send, order, "F", "2", last=(order["price"], order["qty"]))

    def _report(
        self,
        send: Any,
        order: dict[str, Any],
        exec_type: str,
        status: str,
        *,
        cl_ord_id: str | None = None,
        orig: str | None = None,
        last: tuple[Decimal, Decimal] | None = None,
    ) -> None:
        qty: Decimal = order["qty"]
        cum = qty if last else Decimal(0)
        fields: list[Any] = [
            (37, order["order_id"]),
            (11, cl_ord_id or order["cl_ord_id"]),
            (17, f"{order['order_id']};{exec_type}"),
            (150, exec_type),
            (39, status),
            (54, order["side"]),
            (55, order["symbol"]),
            (151, Decimal(0) if status != "0" else qty),
            (14, cum),
            (6, order["price"] if last else Decimal(0)),
            (38, qty),
            (44, order["price"]),
        ]
        if last:
            fields += [(31, last[0]), (32, last[1])]
        if orig:
            fields.append((41, orig))
        seq = send("8", fields)
        if self.knobs.possdup_replay:
            writer, sender, target = self._current
            _, body, when = self.sessions[sender].sent[seq]
            head = encode_fields([(35, "8"), (49, target), (56, sender), (34, seq), (52, when), (43, "Y"), (122, when)])
            writer.write(frame(head + body))
