"""Errors and pre-submission checks read in the UI's language (issue 13.10): English shows no Indonesian text,
Indonesian no English, and every catalog template has a finished English translation."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable

from desktop.documents.model import DocumentLine, DocumentOptions
from desktop.domain import dates, identifiers, money, terbilang
from desktop.domain.messages import CONTEXT, Message
from desktop.domain.resources import resource_path
from desktop.services.auth_service import AuthError
from desktop.services.credentials import CredentialsUnavailable
from desktop.services.delegations import DelegationError
from desktop.services.order_view import WorkflowError
from desktop.services.protocol_refusals import refusal
from desktop.services.refusal_texts import server_refusal
from desktop.services.settings_service import validate_server_url
from desktop.services.texts import SERVICE_TEXTS
from desktop.store.errors import DiskFullError, NotFoundError
from desktop.store.texts import STORE_TEXTS
from desktop.ui.i18n import render
from desktop.ui.orders.common import error_text
from sync.protocol.errors import ErrorCode, ProtocolError
from sync.protocol.lifecycle import SOD_RULES
from tests.domain.test_messages import all_catalogs

TS_DIR = resource_path("translations")
# Words that only ever appear in one of the two languages' sentences (short, common, unambiguous).
INDONESIAN = re.compile(r"\b(yang|tidak|belum|sudah|harus|dengan|untuk|atau|dari|isi|pilih|pesanan|jumlah|"
                        r"tanggal|berkas|misalnya|lalu|dulu|boleh|bukan|lebih|hari)\b", re.I)
ENGLISH = re.compile(r"\b(the|must|not|with|for|from|type|choose|order|amount|date|file|example|then|first|"
                     r"cannot|more|than|day)\b", re.I)


def _refusal(call: Callable[[], object]) -> BaseException:
    try:
        call()
    except Exception as exc:
        return exc
    raise AssertionError("expected a refusal")


def representative_errors() -> list[BaseException]:
    return [
        _refusal(lambda: money.parse_rupiah("")),
        _refusal(lambda: money.parse_rupiah("1,250,000")),
        _refusal(lambda: money.parse_rupiah("Rp1.2.3")),
        _refusal(lambda: money.parse_rupiah("12,50")),
        _refusal(lambda: money.format_rupiah(1.5)),  # type: ignore[arg-type]
        _refusal(lambda: terbilang.terbilang(-3)),
        _refusal(lambda: dates.parse_iso_date("2026-13-01")),
        _refusal(lambda: dates.dateline(" ", dt.date(2026, 12, 2))),
        _refusal(lambda: identifiers.parse_nip("19800101 200501 1 000")),
        _refusal(lambda: validate_server_url("ftp://blangkon")),
        WorkflowError("date_before_sp", day=dt.date(2026, 12, 2)),
        WorkflowError("not_yet", document=SERVICE_TEXTS("doc_bast")),
        AuthError("server_unreachable", server="http://127.0.0.1:9"),
        CredentialsUnavailable(),
        NotFoundError(STORE_TEXTS("order_not_found", order_id="A-1")),
        DiskFullError(),
        refusal(ProtocolError(ErrorCode.FORBIDDEN_ROLE, SOD_RULES[0].message)),
        refusal(ProtocolError(ErrorCode.INVALID_TRANSITION,
                              "Aksi 'approve' tidak dapat dilakukan pada pesanan berstatus DRAFT.")),
        _refusal(lambda: DocumentLine("Kertas HVS", 0, "rim", 55_500)),
        _refusal(lambda: DocumentLine("Kertas HVS", 1, "rim", -5)),
        _refusal(lambda: DocumentOptions(paper="A3")),  # type: ignore[arg-type]
        # the server's own sentence (Indonesian), read through its code's sentence in English
        DelegationError(server_refusal("year_closed", "Tahun anggaran 2026 OPD ini sudah ditutup; langkah "
                                                      "bertanggal 2026 ditolak.")),
    ]


def _strip_values(text: str, exc: object) -> str:
    """The sentence without its parameter values (names and numbers are not words of either language)."""
    msg = exc if isinstance(exc, Message) else getattr(exc, "message", None)
    for value in (msg.params.values() if isinstance(msg, Message) else ()):
        text = text.replace(str(value), " ")
    return text


def test_english_ui_shows_no_indonesian_error_text(i18n):
    assert i18n.set_language("en")
    for exc in representative_errors():
        text = _strip_values(error_text(exc), exc)
        assert not INDONESIAN.search(text), f"{exc!r} reads {text!r} in English"
        assert ENGLISH.search(text), text


def test_indonesian_ui_shows_no_english_error_text(i18n):
    assert i18n.set_language("id")
    for exc in representative_errors():
        text = _strip_values(error_text(exc), exc)
        assert text == _strip_values(str(exc), exc)
        assert not ENGLISH.search(text), f"{exc!r} reads {text!r} in Indonesian"


def test_dates_in_messages_follow_the_language(i18n):
    exc = _refusal(lambda: money.parse_rupiah("12,50"))
    catalog = next(iter(all_catalogs().values()))
    msg = catalog("no_rule_for_date", what=catalog("term_sen"), day=dt.date(2026, 12, 2))
    assert "2 Desember 2026" in render(msg)
    assert i18n.set_language("en")
    assert "2 December 2026" in render(msg) and "The cents" in render(msg)
    assert error_text(exc).startswith("Cents")


def test_rule_texts_from_data_follow_the_language(i18n):
    from desktop.domain.rules import check_order_routing, meterai_due

    texts = [check_order_routing(60_000_000, "MBIZ", dt.date(2026, 12, 2)).message,
             check_order_routing(6_000_000, "MBIZ", dt.date(2026, 12, 2)).message,
             meterai_due(6_000_000, dt.date(2026, 12, 2)).reason]
    assert i18n.set_language("en")
    for msg in texts:
        text = _strip_values(render(msg), msg)
        assert not INDONESIAN.search(text) and ENGLISH.search(text), text


def _check_items(world) -> list:
    """A draft that trips many checks: over the marketplace cap, a mistyped kode rekening, no Kode RUP, a past
    delivery date."""
    world.login("pp")
    big = world.orders.create_draft(1001, 1000)
    world.orders.update_fields(big.id, marketplace="MBIZ", kode_rekening="5.1.02.01.01.0025",
                               sub_kegiatan="2.18.01.2.06.0004", delivery_date=dt.date(2020, 1, 2))
    items = world.orders.precheck(big.id)
    assert {"routing", "kode_rekening_unknown", "delivery_date", "kode_rup", "split_order", "sod"} <= \
        {i.code for i in items}
    return items


def test_pre_submission_checks_read_in_english(i18n, world):
    items = _check_items(world)
    assert i18n.set_language("en")
    for item in items:
        for part in (item.title, item.detail):
            text = _strip_values(render(part), part)
            assert not INDONESIAN.search(text), f"{item.code}: {text!r}"


def test_pre_submission_checks_read_in_indonesian(i18n, world):
    items = _check_items(world)
    assert i18n.set_language("id")
    for item in items:
        for part in (item.title, item.detail):
            assert render(part) == part  # Indonesian is the text itself
            assert not ENGLISH.search(_strip_values(render(part), part)), f"{item.code}: {part!r}"


def test_every_catalog_template_has_a_finished_english_translation():
    root = ET.parse(TS_DIR / "blangkon_en.ts").getroot()
    done = {m.findtext("source"): m.find("translation").get("type") is None
            for ctx in root.iter("context") if ctx.findtext("name") == CONTEXT for m in ctx.iter("message")}
    missing = [(where, code) for where, catalog in all_catalogs().items() for code, template in catalog.items()
               if not done.get(template)]
    assert missing == [], "run python -m desktop.app.translations and translate these"
