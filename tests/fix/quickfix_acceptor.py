"""A QuickFIX (quickfix-tls) TLS acceptor loaded with Kalshi's dictionary, for the optional cross-check.

    QUICKFIX_PYTHON quickfix_acceptor.py PORT CERT KEY DICTIONARY WORKDIR SENDER

Run by test_fix_quickfix.py with an interpreter that has ``quickfix-tls`` (never installed by
``make setup``). Prints ``READY`` when listening, then one line per application message received:
``APP <MsgType> <MsgSeqNum> <PossDupFlag> <ClOrdID>``. Answers each NewOrderSingle with an
ExecutionReport (New).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import quickfix as fix  # type: ignore[import-not-found]


class App(fix.Application):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__()
        self.orders = 0

    def onCreate(self, session_id: object) -> None:
        pass

    def onLogon(self, session_id: object) -> None:
        print("LOGON", flush=True)

    def onLogout(self, session_id: object) -> None:
        print("LOGOUT", flush=True)

    def toAdmin(self, message: object, session_id: object) -> None:
        pass

    def fromAdmin(self, message: object, session_id: object) -> None:
        pass

    def toApp(self, message: object, session_id: object) -> None:
        pass

    def fromApp(self, message: fix.Message, session_id: fix.SessionID) -> None:
        header = message.getHeader()
        msg_type = header.getField(35)
        seq = header.getField(34)
        poss_dup = header.getField(43) if header.isSetField(43) else "N"
        cl_ord_id = message.getField(11) if message.isSetField(11) else "-"
        print(f"APP {msg_type} {seq} {poss_dup} {cl_ord_id}", flush=True)
        if msg_type == "D":
            self.orders += 1
            report = fix.Message()
            report.getHeader().setField(fix.BeginString("FIXT.1.1"))
            report.getHeader().setField(fix.MsgType("8"))
            for tag, value in [
                (37, f"QF{self.orders}"),
                (11, cl_ord_id),
                (17, f"QF{self.orders};1"),
                (150, "0"),
                (39, "0"),
                (54, message.getField(54)),
                (55, message.getField(55)),
                (151, message.getField(38)),
                (14, "0"),
                (6, "0"),
                (38, message.getField(38)),
            ]:
                report.setField(fix.StringField(tag, value))
            fix.Session.sendToTarget(report, session_id)


def main(port: str, cert: str, key: str, dictionary: str, workdir: str, sender: str) -> None:
    work = Path(workdir)
    work.mkdir(parents=True, exist_ok=True)
    config = work / "acceptor.cfg"
    config.write_text(
        "\n".join(
            [
                "[DEFAULT]",
                "ConnectionType=acceptor",
                f"SocketAcceptPort={port}",
                "SocketAcceptAddress=127.0.0.1",
                f"FileStorePath={work / 'store'}",
                "StartTime=00:00:00",
                "EndTime=00:00:00",
                "UseDataDictionary=Y",
                f"TransportDataDictionary={dictionary}",
                f"AppDataDictionary={dictionary}",
                "DefaultApplVerID=FIX.5.0SP2",
                f"ServerCertificateFile={cert}",
                f"ServerCertificateKeyFile={key}",
                "ValidateUserDefinedFields=N",
                "AllowUnknownMsgFields=Y",
                "ValidateFieldsOutOfOrder=N",
                "CheckLatency=N",
                "[SESSION]",
                "BeginString=FIXT.1.1",
                "SenderCompID=KalshiRT",
                f"TargetCompID={sender}",
                "",
            ]
        )
    )
    settings = fix.SessionSettings(str(config))
    app = App()
    acceptor = fix.SSLSocketAcceptor(
        app, fix.FileStoreFactory(settings), settings, fix.ScreenLogFactory(False, False, False)
    )
    acceptor.start()
    print("READY", flush=True)
    try:
        while True:
            time.sleep(0.2)
    finally:
        acceptor.stop()


if __name__ == "__main__":
    main(*sys.argv[1:7])
