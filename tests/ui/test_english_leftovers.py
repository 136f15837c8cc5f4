"""The app is wholly English when English is chosen (#13; Indonesian stays the default): what the screens built
from service data or fixed formats still showed in Indonesian — draft titles, the history's step names, the
seller's legal form, counts written '5.093', the server's refusals, the closing deposit date as dd/MM/yyyy — the
calendar button's missing glyph, and screens reading the PC's own clock instead of the session's."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from desktop.domain.resources import resource_path
from desktop.services.delegations import DelegationError
from desktop.ui.history import OrderHistoryScreen
from desktop.ui.history.model import ACTION_LABELS
from desktop.ui.i18n import render
from desktop.ui.orders.common import error_text
from sync.protocol.errors import ErrorCode
from tests.ui.test_messages_language import ENGLISH, INDONESIAN

TS = resource_path("translations") / "blangkon_en.ts"


def finished(context: str) -> dict[str, str]:
    root = ET.parse(TS).getroot()
    return {m.findtext("source") or "": m.findtext("translation") or "" for c in root.iter("context")
            if c.findtext("name") == context for m in c.iter("message")
            if m.find("translation").get("type") is None}  # type: ignore[union-attr]


def test_draft_titles_read_in_english(i18n, world, ctx, qtbot):
    order = world.draft()
    title = world.orders.get(order.id).title
    assert str(title).startswith("Draf ")  # Indonesian: unchanged
    assert i18n.set_language("en")
    assert render(title).startswith(f"Draft {order.id[:8]} — ")
    screen = OrderHistoryScreen(ctx)
    qtbot.addWidget(screen)
    screen.activate(order_id=order.id)
    assert screen.summary.text().startswith("Draft ") and screen.picker.currentText().startswith("Draft ")


def test_every_history_step_has_an_english_name(i18n, world, ctx, qtbot):
    english = finished("TimelineModel")
    assert all(english.get(label) for label in ACTION_LABELS.values()), \
        [label for label in ACTION_LABELS.values() if not english.get(label)]
    order = world.draft()
    world.orders.submit(order.id)
    assert i18n.set_language("en")
    screen = OrderHistoryScreen(ctx)
    qtbot.addWidget(screen)
    screen.activate(order_id=order.id)
    steps = [screen.model.index(r, 3).data() for r in range(screen.model.rowCount())]
    assert "Created the draft" in steps and "Submitted to the PPK" in steps, steps


def test_the_sellers_legal_form_reads_in_english(i18n, world, ctx, qtbot):
    from desktop.ui.order_editor import OrderEditorScreen

    order = world.draft()  # CV Sinar Jaya Abadi, a business entity
    assert i18n.set_language("en")
    screen = OrderEditorScreen(ctx)
    qtbot.addWidget(screen)
    screen.show_order(world.orders.get(order.id))
    text = screen.view.provider.text()
    assert text.endswith("(business entity)") and "usaha" not in text, text


def test_counts_on_the_dashboard_use_the_readers_separator(i18n, qtbot, ui_context):
    from desktop.ui.dashboard.tables import count_text
    from tests.ui.dashboard.test_dashboard import make

    assert count_text(5093) == "5.093"
    assert i18n.set_language("en")
    assert count_text(5093) == "5,093"
    from desktop.ui.dashboard.pdf import _cell  # the page exported as PDF writes them as the screen does

    assert (_cell(5093), _cell(80.1)) == ("5,093", "80.10")
    screen, _svc, _ = make(qtbot, ui_context)
    screen.activate()
    count = int(screen.board.sections["summary"]["order_count"])
    assert screen.cards["count"].value.text() == f"{count:,}"


def test_server_refusals_read_in_english_where_the_code_is_known(i18n):
    from desktop.services.refusal_texts import server_refusal

    detail = "Plt/Plh untuk peran PPK pada OPD ini sudah ada pada masa itu (surat 800/12/2026)."
    exc = DelegationError(server_refusal("delegation_conflict", detail), code="delegation_conflict")
    assert error_text(exc) == detail  # Indonesian: the server's own words, particulars and all
    assert i18n.set_language("en")
    text = error_text(exc)
    assert ENGLISH.search(text) and not INDONESIAN.search(text), text
    assert server_refusal("some_new_code", detail) == detail  # an unknown code: the server's words as sent


def test_every_refusal_code_the_officer_can_meet_has_a_sentence():
    """The server's refusal codes of the order workflow, numbers, deadlines, closing and delegations (not the
    transport's own: retries, cursors, upgrades, which have their own messages)."""
    from desktop.services.refusal_texts import REFUSAL_TEXTS

    transport = {ErrorCode.IDEMPOTENCY_MISMATCH, ErrorCode.REQUEST_IN_FLIGHT, ErrorCode.CURSOR_EXPIRED,
                 ErrorCode.UPGRADE_REQUIRED, ErrorCode.BAD_REQUEST, ErrorCode.INVALID_GRANT,
                 ErrorCode.PRECONDITION_REQUIRED, ErrorCode.PAYLOAD_TOO_LARGE, ErrorCode.RANGE_NOT_SATISFIABLE,
                 ErrorCode.INTERNAL_ERROR}
    missing = [c.value for c in ErrorCode if c not in transport and f"refused_{c.value}" not in REFUSAL_TEXTS]
    assert missing == []


def test_closing_deposit_date_uses_the_languages_date_format(i18n, qtbot):
    from desktop.ui.year_closing.view import YearClosingView

    view = YearClosingView()
    qtbot.addWidget(view)
    assert view.up_date.displayFormat() == "dd/MM/yyyy"
    assert i18n.set_language("en")
    view.retranslate()
    assert view.up_date.displayFormat() == "M/d/yyyy"


def test_the_calendar_button_has_an_icon(qtbot):
    from desktop.ui.widgets.date_field import DateField

    field = DateField()
    qtbot.addWidget(field)
    assert not field.button.icon().isNull() and field.button.text() == ""
    assert field.button.accessibleName()


def test_delegations_start_on_the_sessions_day_not_the_pcs(qtbot):
    from desktop.services.session import SessionState
    from desktop.ui.delegations import DelegationsScreen
    from desktop.ui.screen import UiContext
    from desktop.ui.tasks import SyncTaskRunner
    from tests.ui.partial_services import partial_services

    session = SessionState(clock=lambda: dt.datetime(2027, 3, 9, 20, 0, tzinfo=dt.UTC))  # 10 March in Semarang
    ctx = UiContext(services=partial_services(), tasks=SyncTaskRunner(), session=session,
                    navigate=lambda key, **p: None)
    screen = DelegationsScreen(ctx)
    qtbot.addWidget(screen)
    assert screen.starts.date().toPython() == dt.date(2027, 3, 10)
    assert screen.letter_date.date().toPython() == dt.date(2027, 3, 10)


def test_dashboard_periods_run_on_the_sessions_day(qtbot, ui_context):
    from desktop.services.session import SessionState
    from tests.ui.dashboard.test_dashboard import make

    ui_context.session = SessionState(clock=lambda: dt.datetime(2027, 3, 9, 20, 0, tzinfo=dt.UTC))
    screen, _svc, _ = make(qtbot, ui_context)
    screen.preset.setCurrentIndex(screen.preset.findData("month"))
    assert screen.filters().date_from == "2027-03-01"


def test_catalog_counts_read_in_english(i18n, qtbot, catalog_store):
    """'Showing 1,000 of 3,000 products', not '1.000 dari 3.000' with English words around it."""
    from tests.ui.test_catalog import screen as catalog_screen

    assert i18n.set_language("en")
    made = catalog_screen.__wrapped__(qtbot, catalog_store)  # the catalog test's own screen, built in English
    screen = next(made)
    try:
        text = screen.view.count_label.text()
        assert "1,000" in text and "3,000" in text, text
    finally:
        next(made, None)
