"""FIX tag=value encoding and decoding (pure; shared by the async and sync clients).

Values stay bytes on the wire side. Outbound values may be ``bytes``, ``str`` (ASCII), ``int``,
``Decimal`` (written in plain notation, never an exponent) or ``bool`` (``Y``/``N``); a ``float`` is
refused, because a binary float cannot carry a price exactly. DATA fields (RawData 96, Signature 89)
are written after their LENGTH field and read by that length, so they may contain SOH.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from itertools import repeat
from typing import TypeAlias
from zlib import adler32

from kalshi_fix_dictionary import DATA_LENGTH_TAGS, MESSAGES
from kalshi_fix_dictionary._types import MemberDef

from ._errors import FixDecodeError, FixEncodeError

SOH = b"\x01"
BEGIN_STRING = b"FIXT.1.1"
PREFIX = b"8=FIXT.1.1\x019="
Value: TypeAlias = bytes | str | int | Decimal | bool
Field: TypeAlias = tuple[int, bytes]
_DATA_TAGS = frozenset(DATA_LENGTH_TAGS.values())
_LENGTH_OF = {data: length for length, data in DATA_LENGTH_TAGS.items()}
_LENGTH_MARKERS = tuple(b"\x01%d=" % tag for tag in DATA_LENGTH_TAGS)


def value_bytes(tag: int, value: Value) -> bytes:
    """The wire bytes of one outbound value.

    Raises:
        FixEncodeError: a float, a non-finite Decimal, non-ASCII text, an SOH in a non-DATA value,
            an empty value, or an unsupported type.
    """
    if isinstance(value, bool):
        out = b"Y" if value else b"N"
    elif isinstance(value, int):
        out = str(value).encode("ascii")
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise FixEncodeError(f"tag {tag}: {value} is not a finite number")
        out = f"{value:f}".encode("ascii")
    elif isinstance(value, str):
        try:
            out = value.encode("ascii")
        except UnicodeEncodeError:
            raise FixEncodeError(f"tag {tag}: FIX text must be ASCII") from None
    elif isinstance(value, bytes):
        out = value
    elif isinstance(value, float):
        raise FixEncodeError(f"tag {tag}: floats are refused (use Decimal or str for prices and quantities)")
    else:
        raise FixEncodeError(f"tag {tag}: unsupported value type {type(value).__name__}")
    if not out:
        raise FixEncodeError(f"tag {tag}: empty value")
    if tag not in _DATA_TAGS and SOH in out:
        raise FixEncodeError(f"tag {tag}: value contains the SOH delimiter")
    return out


def _tag_prefix(tag: int) -> bytes:
    prefix = _PREFIXES.get(tag)
    if prefix is None:
        if type(tag) is not int or tag <= 0:
            raise FixEncodeError(f"tag must be a positive int, not {tag!r}")
        if tag in DATA_LENGTH_TAGS:
            raise FixEncodeError(f"tag {tag} is written by the codec before tag {DATA_LENGTH_TAGS[tag]}")
        prefix = _PREFIXES[tag] = b"%d=" % tag
    return prefix


_PREFIXES: dict[int, bytes] = {}


def encode_fields(fields: Iterable[tuple[int, Value]]) -> bytes:
    """``tag=value SOH`` for each field, with the LENGTH field written before each DATA field.

    Raises:
        FixEncodeError: see :func:`value_bytes`; a LENGTH field given by hand for a DATA field.
    """
    parts: list[bytes] = []
    append = parts.append
    for tag, value in fields:
        prefix = _PREFIXES.get(tag) or _tag_prefix(tag)
        kind = type(value)
        # Fast paths for the common exact types; everything else (and every refusal) goes
        # through value_bytes, which checks and explains.
        if tag in _LENGTH_OF:
            raw = value_bytes(tag, value)
            append(b"%d=%d\x01" % (_LENGTH_OF[tag], len(raw)))
        elif kind is str and value and value.isascii() and "\x01" not in value:  # type: ignore[operator, union-attr]
            raw = value.encode()  # type: ignore[union-attr]
        elif isinstance(value, int) and kind is not bool:
            raw = b"%d" % value
        elif isinstance(value, Decimal) and value.is_finite() and "E" not in (text := str(value)):
            raw = text.encode()
        else:
            raw = value_bytes(tag, value)
        append(prefix)
        append(raw)
        append(SOH)
    return b"".join(parts)


def checksum(data: bytes) -> bytes:
    """The three-digit CheckSum (tag 10) of ``data``: byte sum modulo 256.

    The byte sum comes from zlib's Adler-32 in C: its low half is 1 + the byte sum modulo 65521,
    exact for chunks of at most 256 bytes (256 * 255 + 1 < 65521). A Python-level ``sum()`` over
    the bytes costs about ten times as much, and every message in and out pays it.
    """
    view = memoryview(data)
    total = 0
    for offset in range(0, len(view), 256):
        total += (adler32(view[offset : offset + 256]) & 0xFFFF) - 1
    return b"%03d" % (total & 0xFF)


def frame(body: bytes) -> bytes:
    """Wrap an encoded body (starting with ``35=``) with BeginString, BodyLength and CheckSum."""
    head = PREFIX + str(len(body)).encode("ascii") + SOH
    data = head + body
    return data + b"10=" + checksum(data) + SOH


class FixMessage:
    """One decoded message: its fields in wire order (header and body; 8, 9 and 10 excluded).

    Values are bytes; typed getters convert on demand. ``raw`` is the whole frame as received.
    """

    __slots__ = ("_index", "fields", "msg_type", "raw")

    def __init__(self, fields: list[Field], raw: bytes = b"", msg_type: str | None = None) -> None:
        self.fields = fields
        self.raw = raw
        self._index: dict[int, bytes] | None = None
        self.msg_type = msg_type if msg_type is not None else (self.get_str(35) or "")

    def _lookup(self) -> dict[int, bytes]:
        if self._index is None:
            index: dict[int, bytes] = {}
            for tag, value in self.fields:
                index.setdefault(tag, value)  # the first occurrence: group members repeat
            self._index = index
        return self._index

    def get(self, tag: int) -> bytes | None:
        """The first value of ``tag``, or None."""
        return self._lookup().get(tag)

    def __contains__(self, tag: object) -> bool:
        return tag in self._lookup()

    def get_str(self, tag: int) -> str | None:
        value = self.get(tag)
        return None if value is None else value.decode("ascii", "replace")

    def get_int(self, tag: int) -> int | None:
        """The value of ``tag`` as an int, or None when absent.

        Raises:
            FixDecodeError: present but not an integer.
        """
        value = self.get(tag)
        if value is None:
            return None
        try:
            return int(value)
        except ValueError:
            raise FixDecodeError(f"tag {tag} is not an integer: {value[:32]!r}") from None

    def get_decimal(self, tag: int) -> Decimal | None:
        """The value of ``tag`` as a Decimal, or None when absent.

        Raises:
            FixDecodeError: present but not a number.
        """
        value = self.get(tag)
        return None if value is None else to_decimal(tag, value)

    def get_bool(self, tag: int) -> bool:
        return self.get(tag) == b"Y"

    def groups(self, count_tag: int) -> list[GroupEntry]:
        """The entries of the top-level repeating group opened by ``count_tag``, per the
        dictionary's layout of this message; nested groups hang off each entry's ``groups``.

        Raises:
            FixDecodeError: the group is not in this message's layout, or its entries do not
                match the count.
        """
        return parse_group(self.msg_type, self.fields, count_tag)

    def __repr__(self) -> str:
        return f"FixMessage(msg_type={self.msg_type!r}, seq={self.get_str(34)}, fields={len(self.fields)})"


def to_decimal(tag: int, value: bytes) -> Decimal:
    """Raises FixDecodeError when ``value`` is not a finite decimal number."""
    try:
        number = Decimal(value.decode("ascii"))
    except (InvalidOperation, UnicodeDecodeError):
        raise FixDecodeError(f"tag {tag} is not a number: {value[:32]!r}") from None
    if not number.is_finite():
        raise FixDecodeError(f"tag {tag} is not a finite number")
    return number


@dataclass(slots=True)
class GroupEntry:
    """One entry of a repeating group: its fields, and the nested groups it holds (by count tag)."""

    fields: dict[int, bytes] = field(default_factory=dict)
    groups: dict[int, list[GroupEntry]] = field(default_factory=dict)

    def get_str(self, tag: int) -> str | None:
        value = self.fields.get(tag)
        return None if value is None else value.decode("ascii", "replace")

    def get_decimal(self, tag: int) -> Decimal | None:
        """Raises FixDecodeError when present and not a number."""
        value = self.fields.get(tag)
        return None if value is None else to_decimal(tag, value)


def _read_group(group: MemberDef, fields: Sequence[Field], position: int) -> tuple[list[GroupEntry], int]:
    """Read the group whose count field is at ``position``; returns its entries and the next position."""
    if group.group is None:
        raise FixDecodeError(f"tag {group.tag} does not open a repeating group")
    try:
        expected = int(fields[position][1])
    except ValueError:
        raise FixDecodeError(f"group count {group.tag} is not an integer") from None
    members = {m.tag: m for m in group.group}
    delimiter = group.group[0].tag
    entries: list[GroupEntry] = []
    position += 1
    while position < len(fields):
        tag = fields[position][0]
        member = members.get(tag)
        if member is None:
            break
        if tag == delimiter:
            entries.append(GroupEntry())
        elif not entries:
            raise FixDecodeError(f"group {group.tag}: entry starts with tag {tag}, not {delimiter}")
        elif tag in entries[-1].fields or tag in entries[-1].groups:
            raise FixDecodeError(f"group {group.tag}: tag {tag} repeated inside one entry")
        if member.group is not None:
            entries[-1].groups[tag], position = _read_group(member, fields, position)
            continue
        entries[-1].fields[tag] = fields[position][1]
        position += 1
    if len(entries) != expected:
        raise FixDecodeError(f"group {group.tag}: count says {expected}, found {len(entries)} entries")
    return entries, position


def parse_group(msg_type: str, fields: Sequence[Field], count_tag: int) -> list[GroupEntry]:
    """The entries of a top-level repeating group (nested groups on each entry's ``groups``).

    A new entry starts at the group's first field (its delimiter), as the dictionary lays it out.

    Raises:
        FixDecodeError: no such top-level group for ``msg_type``; a count that is not an integer
            or does not match the entries found; an entry that does not start with the delimiter.
    """
    definition = MESSAGES.get(msg_type)
    group = next((m for m in definition.members if m.tag == count_tag and m.group), None) if definition else None
    if group is None:
        raise FixDecodeError(f"message type {msg_type!r} has no repeating group {count_tag}")
    position = next((i for i, (tag, _) in enumerate(fields) if tag == count_tag), None)
    return [] if position is None else _read_group(group, fields, position)[0]


def decode_body(data: bytes, start: int, end: int) -> list[Field]:
    """Parse ``tag=value SOH`` fields of ``data[start:end]``; DATA values are read by their length.

    Raises:
        FixDecodeError: a field without ``=``, a tag that is not a number, a DATA length that
            overruns the message.
    """
    if not _has_data_field(data, start, end):
        parts = data[start:end].split(SOH)
        parts.pop()  # after the last SOH
        return _fields(parts)
    return list(_decode_slow(data, start, end))


def decode_frame(data: bytes, body_start: int) -> list[Field]:
    """The fields of one whole, already validated frame (``8=`` ... ``10=ccc SOH``).

    Splitting the whole frame and dropping the BeginString, BodyLength and CheckSum pieces saves
    copying the body first. Raises FixDecodeError as :func:`decode_body`.
    """
    if _has_data_field(data, body_start, len(data)):
        return decode_body(data, body_start, len(data) - 7)
    parts = data.split(SOH)
    del parts[:2]
    del parts[-2:]
    return _fields(parts)


def _fields(parts: list[bytes]) -> list[Field]:
    cache = _TAG_CACHE
    try:
        out = [(cache[tag], value) for tag, sep, value in map(bytes.partition, parts, repeat(b"=")) if sep]
    except KeyError:
        out = [(_parse_tag(tag), value) for tag, sep, value in map(bytes.partition, parts, repeat(b"=")) if sep]
    if len(out) != len(parts):
        raise FixDecodeError("malformed field (no '=')")
    return out


def _has_data_field(data: bytes, start: int, end: int) -> bool:
    for marker in _LENGTH_MARKERS:  # noqa: SIM110 - a plain loop beats any() over a generator here
        if data.find(marker, start - 1, end) >= 0:
            return True
    return False


_TAG_CACHE: dict[bytes, int] = {b"%d" % tag: tag for tag in range(1, 1200)}


def _parse_tag(text: bytes) -> int:
    tag = _TAG_CACHE.get(text)
    if tag is None:
        if not text.isdigit() or len(text) > 9:
            raise FixDecodeError(f"tag is not a number: {text[:16]!r}")
        tag = int(text)
        if len(_TAG_CACHE) < 20000:
            _TAG_CACHE[text] = tag
    return tag


def _decode_slow(data: bytes, position: int, end: int) -> Iterator[Field]:
    data_length: int | None = None
    while position < end:
        eq = data.find(b"=", position, end)
        if eq < 0:
            raise FixDecodeError("field without '='")
        tag_text = data[position:eq]
        if not tag_text.isdigit():
            raise FixDecodeError(f"tag is not a number: {tag_text[:16]!r}")
        tag = int(tag_text)
        if data_length is not None and tag in _DATA_TAGS:
            stop = eq + 1 + data_length
            if stop >= end or data[stop : stop + 1] != SOH:
                raise FixDecodeError(f"DATA field {tag} overruns its declared length")
            data_length = None
        else:
            stop = data.find(SOH, eq + 1, end)
            if stop < 0:
                raise FixDecodeError("field not terminated by SOH")
        value = data[eq + 1 : stop]
        if tag in DATA_LENGTH_TAGS:
            try:
                data_length = int(value)
            except ValueError:
                raise FixDecodeError(f"length field {tag} is not an integer") from None
        yield tag, value
        position = stop + 1
