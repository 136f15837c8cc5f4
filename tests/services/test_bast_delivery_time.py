"""#12.6: the date goods arrived is recorded at receipt, compared with the SP's deadline (working days from the
holiday calendar), printed on the BAST — never "sesuai" when late or when no arrival date was recorded."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop.services.order_view import ReceiptInput, WorkflowError
from sync.protocol.states import Action, OrderState
from tests.documents.conftest import pdf_text
from tests.services.workflow_world import make_world

WEEK_LATER = dt.datetime(2026, 11, 30, 3, 0, tzinfo=dt.UTC)  # Monday 30 November 2026


@pytest.fixture
def w(tmp_path):
    world = make_world(tmp_path, now=WEEK_LATER)
    yield world
    world.store.close()


def delivered(w, deadline: dt.date):
    order = w.draft(1001, 10)
    w.orders.update_fields(order.id, delivery_date=deadline)
    w.orders.submit(order.id)
    w.login("ppk")
    w.approvals.approve(order.id)
    w.login("pp")
    for action in (Action.SEND_TO_SELLER, Action.SELLER_CONFIRM, Action.SHIP):
        w.orders.advance_delivery(order.id, action)
    w.login("ppk")
    return order


def waktu_line(w, order_id) -> str:
    w.approvals.sign_bast(order_id, WEEK_LATER.date())
    text = pdf_text(w.documents.render(order_id, "bast").pdf)
    start = text.index("Waktu penyerahan")
    return text[start:text.index("Nilai barang/jasa", start)]


def test_late_delivery_is_recorded_received_and_printed_with_how_late(w):
    order = delivered(w, dt.date(2026, 12, 4))  # the SP is approved on 30 Nov; deadline Friday 4 Dec …
    w.session._clock = lambda: dt.datetime(2026, 12, 10, 3, 0, tzinfo=dt.UTC)  # … the goods come on Wed 9 Dec
    received = w.approvals.record_receipt(order.id, ReceiptInput(dt.date(2026, 12, 10), True, True, True, {},
                                                                 arrived_on=dt.date(2026, 12, 9)))
    assert received.state is OrderState.DITERIMA  # late goods are still received; the BAST records the delay
    r = received.receipt
    assert (r["arrived_on"], r["deadline"], r["late_working_days"], r["waktu_ok"]) == (
        "2026-12-09", "2026-12-04", 3, False)
    w.approvals.sign_bast(order.id, dt.date(2026, 12, 10))
    text = pdf_text(w.documents.render(order.id, "bast").pdf)
    line = text[text.index("Waktu penyerahan"):text.index("Nilai barang/jasa")]
    assert "☑" not in line and "Sesuai" not in line
    assert "terlambat 5 hari (3 hari kerja)" in line and "9 Desember 2026" in line and "4 Desember 2026" in line


def test_on_time_delivery_prints_sesuai_with_the_dates(w):
    order = delivered(w, dt.date(2026, 12, 4))
    w.approvals.record_receipt(order.id, ReceiptInput(WEEK_LATER.date(), True, True, True, {}))
    line = waktu_line(w, order.id)
    assert "☑ Sesuai: barang/jasa tiba 30 November 2026, batas waktu 4 Desember 2026" in line


def test_a_receipt_without_arrival_date_never_prints_sesuai(w):
    order = delivered(w, dt.date(2026, 12, 4))
    w.approvals.record_receipt(order.id, ReceiptInput(WEEK_LATER.date(), True, True, True, {}))
    with w.store.unit_of_work() as uow:  # a receipt recorded before #12.6 (or by an older PC)
        stored = uow.orders.get(order.id)
        legacy = {k: v for k, v in stored.receipt.items() if k not in ("arrived_on", "deadline", "late_working_days")}
        uow.orders.save_draft(dataclasses.replace(stored, receipt=legacy))
    line = waktu_line(w, order.id)
    assert "☑" not in line and "tidak tercatat" in line


def test_arrival_must_lie_between_sp_and_inspection(w):
    order = delivered(w, dt.date(2026, 12, 4))
    with pytest.raises(WorkflowError) as e:
        w.approvals.record_receipt(order.id, ReceiptInput(WEEK_LATER.date(), True, True, True, {},
                                                          arrived_on=WEEK_LATER.date() + dt.timedelta(days=1)))
    assert e.value.code == "arrival_date"
