"""Inbound application messages as typed objects (each keeps the raw message on ``.raw``).

Code fields (ExecType, OrdStatus, reject reasons...) are kept as Kalshi sent them (str or int):
Kalshi adds values before its dictionary lists them, and an unknown value must not lose the
message. Compare them with the generated enums (``kalshi_fix_dictionary.enums.ExecType.TRADE``),
which are ``StrEnum`` and compare equal to the wire text. Messages without a class of their own
arrive as :class:`FixInbound` (name, MsgType, fields by name).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kalshi_fix_dictionary import FIELDS, MESSAGES, Tag

from ._codec import FixMessage


@dataclass(frozen=True, slots=True, kw_only=True)
class FixInbound:
    """Any inbound application message."""

    msg_type: str
    name: str
    seq: int
    poss_dup: bool
    raw: FixMessage

    def field(self, name_or_tag: str | int) -> str | None:
        """A field's text by dictionary name (``"ClOrdID"``) or tag number."""
        tag = name_or_tag if isinstance(name_or_tag, int) else _TAG_BY_NAME.get(name_or_tag)
        return None if tag is None else self.raw.get_str(tag)

    def fields(self) -> dict[str, str]:
        """Every top-level field by dictionary name (unknown tags by number)."""
        out: dict[str, str] = {}
        for tag, value in self.raw.fields:
            definition = FIELDS.get(tag)
            out.setdefault(definition.name if definition else str(tag), value.decode("ascii", "replace"))
        return out


_TAG_BY_NAME = {definition.name: tag for tag, definition in FIELDS.items()}


@dataclass(frozen=True, slots=True, kw_only=True)
class ExecutionReport(FixInbound):
    order_id: str | None
    cl_ord_id: str | None
    orig_cl_ord_id: str | None
    exec_id: str | None
    exec_type: str | None
    ord_status: str | None
    side: str | None
    symbol: str | None
    order_qty: Decimal | None
    price: Decimal | None
    leaves_qty: Decimal | None
    cum_qty: Decimal | None
    avg_px: Decimal | None
    last_px: Decimal | None
    last_qty: Decimal | None
    ord_rej_reason: int | None
    text: str | None
    transact_time: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class OrderCancelReject(FixInbound):
    order_id: str | None
    cl_ord_id: str | None
    orig_cl_ord_id: str | None
    ord_status: str | None
    cxl_rej_response_to: str | None
    cxl_rej_reason: int | None
    text: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class BusinessMessageReject(FixInbound):
    ref_seq_num: int | None
    ref_msg_type: str | None
    business_reject_ref_id: str | None
    business_reject_reason: int | None
    text: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class SessionReject(FixInbound):
    """A session-level Reject (35=3) of one of our messages."""

    ref_seq_num: int | None
    ref_tag_id: int | None
    ref_msg_type: str | None
    session_reject_reason: int | None
    text: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class OrderMassCancelReport(FixInbound):
    cl_ord_id: str | None
    order_id: str | None
    mass_cancel_response: str | None
    mass_cancel_reject_reason: int | None


@dataclass(frozen=True, slots=True)
class MDEntry:
    entry_type: str  # "0" bid, "1" offer, "2" trade
    price: Decimal | None
    size: Decimal | None
    action: str | None = None  # X only: "0" new, "1" change, "2" delete
    symbol: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class MarketDataSnapshot(FixInbound):
    symbol: str | None
    entries: tuple[MDEntry, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class MarketDataIncremental(FixInbound):
    entries: tuple[MDEntry, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class MarketDataRequestReject(FixInbound):
    symbol: str | None
    reason: str | None
    text: str | None


def _entries(msg: FixMessage) -> tuple[MDEntry, ...]:
    return tuple(
        MDEntry(
            entry_type=e.get_str(Tag.MDEntryType) or "",
            price=e.get_decimal(Tag.MDEntryPx),
            size=e.get_decimal(Tag.MDEntrySize),
            action=e.get_str(Tag.MDUpdateAction),
            symbol=e.get_str(Tag.Symbol),
        )
        for e in msg.groups(Tag.NoMDEntries)
    )


@dataclass(frozen=True, slots=True)
class SettlementParty:
    """One account's outcome in a MarketSettlementReport."""

    party_id: str | None
    role: str | None
    long_qty: Decimal | None
    short_qty: Decimal | None
    collateral_changes: tuple[tuple[Decimal | None, str | None], ...]  # (amount, "BALANCE"/"PAYOUT")
    fees: tuple[tuple[Decimal | None, str | None, str | None], ...]  # (amount, currency, fee type)


@dataclass(frozen=True, slots=True, kw_only=True)
class MarketSettlementReport(FixInbound):
    """UMS, on KalshiPT (and KalshiRT with ``receive_settlement_reports``)."""

    report_id: str | None
    symbol: str | None
    clearing_business_date: str | None
    market_result: str | None
    settlement_price: Decimal | None
    total_reports: int | None
    last_fragment: bool
    parties: tuple[SettlementParty, ...]


def _parties(msg: FixMessage) -> tuple[SettlementParty, ...]:
    return tuple(
        SettlementParty(
            party_id=p.get_str(Tag.MarketSettlementPartyID),
            role=p.get_str(Tag.MarketSettlementPartyRole),
            long_qty=p.get_decimal(Tag.LongQty),
            short_qty=p.get_decimal(Tag.ShortQty),
            collateral_changes=tuple(
                (c.get_decimal(Tag.CollateralAmountChange), c.get_str(Tag.CollateralAmountType))
                for c in p.groups.get(Tag.NoCollateralAmountChanges, [])
            ),
            fees=tuple(
                (f.get_decimal(Tag.MiscFeeAmt), f.get_str(Tag.MiscFeeCurr), f.get_str(Tag.MiscFeeType))
                for f in p.groups.get(Tag.NoMiscFees, [])
            ),
        )
        for p in msg.groups(Tag.NoMarketSettlementPartyIDs)
    )


def parse_inbound(msg: FixMessage, poss_dup: bool) -> FixInbound:
    """The typed object for one inbound application (or Reject) message.

    Raises:
        FixDecodeError: a number or repeating group that does not parse (the caller reports it
            with the raw message; it is never dropped silently).
    """
    mt = msg.msg_type
    definition = MESSAGES.get(mt)
    common = {
        "msg_type": mt,
        "name": definition.name if definition else f"Unknown({mt})",
        "seq": msg.get_int(34) or 0,
        "poss_dup": poss_dup,
        "raw": msg,
    }
    s, i, d = msg.get_str, msg.get_int, msg.get_decimal
    if mt == "8":
        return ExecutionReport(
            **common,  # type: ignore[arg-type]
            order_id=s(37),
            cl_ord_id=s(11),
            orig_cl_ord_id=s(41),
            exec_id=s(17),
            exec_type=s(150),
            ord_status=s(39),
            side=s(54),
            symbol=s(55),
            order_qty=d(38),
            price=d(44),
            leaves_qty=d(151),
            cum_qty=d(14),
            avg_px=d(6),
            last_px=d(31),
            last_qty=d(32),
            ord_rej_reason=i(103),
            text=s(58),
            transact_time=s(60),
        )
    if mt == "9":
        return OrderCancelReject(
            **common,  # type: ignore[arg-type]
            order_id=s(37),
            cl_ord_id=s(11),
            orig_cl_ord_id=s(41),
            ord_status=s(39),
            cxl_rej_response_to=s(434),
            cxl_rej_reason=i(102),
            text=s(58),
        )
    if mt == "j":
        return BusinessMessageReject(
            **common,  # type: ignore[arg-type]
            ref_seq_num=i(45),
            ref_msg_type=s(372),
            business_reject_ref_id=s(379),
            business_reject_reason=i(380),
            text=s(58),
        )
    if mt == "3":
        return SessionReject(
            **common,  # type: ignore[arg-type]
            ref_seq_num=i(45),
            ref_tag_id=i(371),
            ref_msg_type=s(372),
            session_reject_reason=i(373),
            text=s(58),
        )
    if mt == "r":
        return OrderMassCancelReport(
            **common,  # type: ignore[arg-type]
            cl_ord_id=s(11),
            order_id=s(37),
            mass_cancel_response=s(531),
            mass_cancel_reject_reason=i(532),
        )
    if mt == "W":
        return MarketDataSnapshot(**common, symbol=s(55), entries=_entries(msg))  # type: ignore[arg-type]
    if mt == "X":
        return MarketDataIncremental(**common, entries=_entries(msg))  # type: ignore[arg-type]
    if mt == "UMS":
        return MarketSettlementReport(
            **common,  # type: ignore[arg-type]
            report_id=s(20105),
            symbol=s(55),
            clearing_business_date=s(715),
            market_result=s(20107),
            settlement_price=d(730),
            total_reports=i(20106),
            last_fragment=msg.get_bool(893),
            parties=_parties(msg),
        )
    if mt == "Y":
        return MarketDataRequestReject(**common, symbol=s(55), reason=s(281), text=s(58))  # type: ignore[arg-type]
    return FixInbound(**common)  # type: ignore[arg-type]
