"""#17: a step this PC recorded in a year that was closed before it reached the server is refused 409 year_closed;
the officer reads what happened in the conflict dialog, in Indonesian, with the year named."""

from __future__ import annotations

from desktop.ui.conflicts import ActedFirstDialog
from sync.protocol.closing import year_closed_detail
from tests.services.test_conflicts import send_all, server_order
from tests.services.workflow_world import NOW


def test_the_ppk_reads_the_refusal_of_a_step_dated_in_a_closed_year(ctx, world, qtbot):
    order = world.draft(1002, 6)
    world.orders.submit(order.id)
    send_all(world, "nothing", {})
    world.login("ppk")
    approved = world.approvals.approve(order.id)
    send_all(world, "approve", {"type": "x", "title": "Tahun anggaran sudah ditutup (tutup buku)", "status": 409,
                                "code": "year_closed", "detail": year_closed_detail(NOW.year),
                                "current_order": server_order(approved, version=2, state="DIAJUKAN")})
    (c,) = world.conflicts.open_conflicts(order.id)
    dialog = ActedFirstDialog(ctx, c)
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == "Tahun anggaran sudah ditutup (tutup buku)"
    shown = " ".join(w.text() for w in (dialog.heading, dialog.explain))
    assert f"Tahun anggaran {NOW.year} sudah ditutup" in shown, shown
