"""The closing assistant (tutup buku, #17): lists the open items with the service's figures, takes a decision for
the selected one (cancel offered only where the rules allow, with the reason shown), records the UP return,
closes, and then shows the year locked — every control disabled with the reason, printing still possible."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from desktop.domain.money import format_rupiah
from desktop.domain.year_closing import Decision
from desktop.ui.year_closing import YearClosingScreen
from tests.ui.late_answer import LateFirstAnswer
from tests.ui.year_closing.conftest import closing_ctx


def _select(screen: YearClosingScreen, key: str) -> None:
    screen.view.table.selectRow(screen.view.model.row_of(key))


def test_the_assistant_closes_a_year_and_then_only_shows_it(year, qtbot) -> None:
    world, ids = year
    screen = YearClosingScreen(closing_ctx(world))
    qtbot.addWidget(screen)
    screen.activate(year=2026)
    v, overview = screen.view, screen.overview
    assert overview is not None and v.model.rowCount() == 4
    # the figures are the service's, formatted, never recomputed here
    assert v.figures["closing"][1].text() == format_rupiah(overview.closing_balance)
    assert v.figures["unspent"][1].text() == format_rupiah(overview.unspent_up)
    assert not v.close_button.isEnabled() and "tanpa keputusan" in v.blockers.text()

    # a delivered order: cancel disabled, with the reason beside it
    _select(screen, f"order:{ids['received']}")
    assert not v.cancel.isEnabled() and "tidak dapat dibatalkan" in v.cancel_note.text()
    # an approved order: cancel offered, a reason required
    _select(screen, f"order:{ids['approved']}")
    assert v.cancel.isEnabled()
    v.cancel.setChecked(True)
    v.reason.setText("batal")
    v.save_decision.click()
    assert "10 huruf" in v.message.text()
    v.reason.setText("Anggaran dialihkan ke kegiatan lain")
    v.save_decision.click()
    assert v.message.text() == ""
    assert screen.selected() is not None and screen.selected().decision is Decision.CANCEL
    for row in range(v.model.rowCount()):
        if v.model.item(row).decision is None:
            v.table.selectRow(row)
            v.carry.setChecked(True)
            v.save_decision.click()
    assert screen.overview is not None and screen.overview.undecided == 0

    v.up_date.setDate(QDate(2026, 12, 31))
    v.up_reference.setText("STS 900/0099/2026")
    v.up_bku.setText("0512")
    v.up_record.click()
    assert "Sudah dicatat" in v.up_status.text() and "STS 900/0099/2026" in v.up_status.text()
    assert v.close_button.isEnabled()

    asked: list[int] = []
    screen.confirm_close = lambda y: asked.append(y) or True
    v.close_button.click()
    assert asked == [2026]
    locked = screen.overview
    assert locked is not None and locked.locked
    assert "sudah ditutup" in v.lock.text() and "hanya dapat dilihat dan dicetak" in v.lock.text()
    for widget in (v.carry, v.cancel, v.reason, v.save_decision, v.up_record, v.up_reference, v.close_button):
        assert not widget.isEnabled()
    assert "sudah ditutup" in v.close_button.toolTip() and "sudah ditutup" in v.save_decision.toolTip()
    assert v.print_button.isEnabled()  # a locked year is still printed
    rendered = screen.service.render_closing_set(2026)
    assert rendered.official and rendered.pdf.startswith(b"%PDF")


def test_the_default_year_and_a_year_with_nothing_open(year, qtbot, clock) -> None:
    world, _ids = year
    clock.set(dt.date(2027, 3, 2))
    screen = YearClosingScreen(closing_ctx(world))
    qtbot.addWidget(screen)
    screen.activate()
    assert screen.year() == 2026  # January–November: last year is the one to close
    screen.view.year.setValue(2025)
    assert screen.view.model.rowCount() == 0 and "Tidak ada pesanan" in screen.view.lock.text()


def test_a_reload_asked_before_a_decision_does_not_show_the_item_undecided(year, qtbot, monkeypatch) -> None:
    """A reload (a visit, a sync) that read the year before the officer's decision and answers after it (the
    read lane runs two at once) must not show the item undecided again."""

    from desktop.ui.tasks import TaskRunner

    world, ids = year
    ctx = closing_ctx(world)
    ctx.tasks = runner = TaskRunner()
    screen = YearClosingScreen(ctx)
    qtbot.addWidget(screen)
    screen.activate(year=2026)
    qtbot.waitUntil(lambda: screen.overview is not None and runner.pending_count() == 0, timeout=10_000)
    key = f"order:{ids['approved']}"
    read_then_wait = LateFirstAnswer(ctx.services.closing.overview)  # reads the year before the decision, answers after it
    entered, release = read_then_wait.entered, read_then_wait.release

    monkeypatch.setattr(ctx.services.closing, "overview", read_then_wait)

    def decision():
        row = screen.view.model.row_of(key)
        return screen.view.model.item(row).decision if row >= 0 else None

    try:
        screen.reload()
        qtbot.waitUntil(entered.is_set, timeout=10_000)
        _select(screen, key)
        screen.view.carry.setChecked(True)
        screen.view.save_decision.click()
        qtbot.waitUntil(lambda: decision() is Decision.CARRY, timeout=10_000)
    finally:
        release.set()
    qtbot.waitUntil(lambda: runner.pending_count() == 0, timeout=10_000)
    assert decision() is Decision.CARRY
    runner.shutdown()
