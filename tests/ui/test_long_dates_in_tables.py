"""#13.15: the bank reconciliation and year-closing tables show dates as the officer reads them — "2 Desember
2026" / "2 December 2026" (desktop.ui.i18n.long_date), never 02/12/2026."""

from __future__ import annotations

import datetime as dt

from desktop.domain.year_closing import OpenKind
from desktop.services.bank_view import EntryView, LineStatus, LineView
from desktop.services.year_closing import OpenItem
from desktop.ui.bank_reconciliation.model import EntriesModel, LinesModel
from desktop.ui.year_closing.model import COLUMNS, OpenItemsModel
from sync.protocol.states import OrderState

DAY = dt.date(2026, 12, 2)


def shown_dates() -> list[str]:
    lines = LinesModel()
    lines.set_items([LineView(id="l", account="1", date=DAY, amount=-5000, description="TRF", reference="R",
                              balance=None, status=LineStatus.UNEXPLAINED)])
    unmatched = EntriesModel()
    unmatched.set_items([EntryView(id="e", kind="payment", date=DAY, amount=-5000, beneficiary="CV A",
                                   account="2", label="SP 1", reference="0459")])
    closing = OpenItemsModel()
    closing.set_items([OpenItem(key="order:o", kind=OpenKind.UNPAID, order_id="o", label="SP 1", seller="CV A",
                                state=OrderState.BAST, day=DAY, amount=5000)])
    return [lines.index(0, 0).data(), unmatched.index(0, 0).data(), closing.index(0, COLUMNS.index("day")).data()]


def test_dates_in_indonesian_and_in_english(i18n):
    assert shown_dates() == ["2 Desember 2026"] * 3
    assert i18n.set_language("en")
    assert shown_dates() == ["2 December 2026"] * 3
