"""The generated dictionary package says what Kalshi's dictionary (plus our MD addition) says."""

from __future__ import annotations

from pathlib import Path

import pytest
from kalshi_fix_dictionary import DATA_LENGTH_TAGS, DICTIONARY_VERSION, FIELDS, MESSAGE_BY_NAME, MESSAGES, Tag, enums

SPEC = Path(__file__).resolve().parents[2].parent / "shared" / "specs" / "kalshi-fix-dictionary.xml"


def test_counts_and_origins() -> None:
    kalshi = [m for m in MESSAGES.values() if m.origin == "kalshi"]
    ours = sorted(m.msg_type for m in MESSAGES.values() if m.origin == "kalshi-ext")
    assert DICTIONARY_VERSION == "v1.03"
    assert len(kalshi) == 34 and sum(1 for m in kalshi if m.category == "admin") == 7
    assert ours == ["V", "W", "X", "Y", "e", "f"]
    assert sum(1 for f in FIELDS.values() if f.origin == "kalshi") == 143
    assert DATA_LENGTH_TAGS == {93: 89, 95: 96}


def test_layouts_groups_and_enums() -> None:
    assert MESSAGE_BY_NAME["NewOrderSingle"] == "D" and Tag.ClOrdID == 11 and Tag.MDEntryPx == 270
    ums = MESSAGES["UMS"]
    parties = next(m for m in ums.members if m.tag == Tag.NoMarketSettlementPartyIDs)
    assert parties.group is not None
    assert [m.tag for m in parties.group if m.group is not None] == [Tag.NoCollateralAmountChanges, Tag.NoMiscFees]
    logon = MESSAGES["A"]
    assert [(m.tag, m.required) for m in logon.members[:2]] == [(98, True), (108, True)]
    assert enums.ExecType.TRADE == "F" and enums.Side.BUY_YES == "1" and enums.OrdStatus.EXPIRED == "C"
    assert enums.MsgType.MARKET_DATA_INCREMENTAL_REFRESH == "X"  # our addition joins the MsgType enum
    assert FIELDS[Tag.Price].type == "PRICE" and FIELDS[Tag.MDEntryType].origin == "kalshi-ext"


@pytest.mark.skipif(
    not SPEC.is_file(), reason="../shared/specs is absent; the generated package is checked by regen-check"
)
def test_generator_reads_the_locked_dictionary(tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    import fix_codegen

    dictionary = fix_codegen.load(SPEC)
    assert len(dictionary.fields) == len(FIELDS)
    assert [m.msg_type for m in dictionary.messages.values()] == list(MESSAGES)
    clash = tmp_path / "clash.xml"
    clash.write_text("<fix><messages><message msgcat='app' msgtype='D' name='Again'/></messages></fix>")
    with pytest.raises(fix_codegen.CodegenError, match="already defined"):
        fix_codegen.load(SPEC, clash)
