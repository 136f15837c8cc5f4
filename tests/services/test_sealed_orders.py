"""Order content sealed at rest (#15): the order services work through the key, and an officer whose session does
not hold it cannot overwrite what it cannot read — the editor's save is refused with an Indonesian message and the
sealed address and notes stay as they were."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import text as sql

from desktop.services.data_protection import AesGcmSealer
from desktop.store.sealing import SealedContentWithheld, is_withheld
from tests.services.workflow_world import make_world

ADDRESS = "Jl. Menteri Supeno No. 9, RAHASIA-9931"


def test_an_editor_save_over_content_it_cannot_open_is_refused_and_nothing_is_overwritten(tmp_path):
    world = make_world(tmp_path)
    try:
        world.store.sealer = AesGcmSealer(os.urandom(32))
        order = world.draft()
        world.orders.update_fields(order.id, delivery_address=ADDRESS, notes="kirim pagi RAHASIA-9931")
        assert world.orders.get(order.id).delivery_address == ADDRESS  # read back through the key

        def stored() -> tuple:
            with world.store.unit_of_work(readonly=True) as uow:
                return tuple(uow.session.execute(sql("SELECT delivery_address, notes FROM orders")).one())

        before = stored()
        assert all(v.startswith("enc1:") for v in before)
        world.store.sealer = AesGcmSealer(os.urandom(32))  # a session without this database's key
        view = world.orders.get(order.id)
        assert is_withheld(view.delivery_address) and "tersegel" in view.delivery_address
        with pytest.raises(SealedContentWithheld) as refused:
            world.orders.update_fields(order.id, notes="catatan baru")
        assert "tidak ditimpa" in refused.value.message and "kuncinya tidak tersedia" in refused.value.message
        assert stored() == before
    finally:
        world.store.close()


def test_a_paid_order_this_session_cannot_open_is_still_shown_and_printed(tmp_path):
    """The shared PC without a keyring (#15 keys): an officer who does not hold the key yet opens a colleague's paid
    order — every view, list, book and document still works, the sealed parts read '(tersegel: …)', nothing crashes
    on a placeholder where a record's optional part (an acting letter, the deposits) would be."""
    from desktop.services.order_view import PaymentInput
    from tests.services.test_payments import to_authorized
    from tests.services.workflow_world import NOW

    world = make_world(tmp_path)
    try:
        world.store.sealer = AesGcmSealer(os.urandom(32))
        order = to_authorized(world)
        world.payments.record_payment(order.id, PaymentInput("TRANSFER", NOW.date(), "BKU-0457"))
        world.store.sealer = AesGcmSealer(os.urandom(32))  # another officer's session, without this key
        view = world.orders.get(order.id)
        assert view.state.value == "DIBAYAR" and is_withheld(view.payment) and view.total
        assert world.orders.timeline(order.id) and world.payments.queue() is not None
        for kind in ("sp", "bast", "kuitansi"):
            assert world.documents.render(order.id, kind).pdf
        assert world.documents.render_book("bku", 2026, 11).pdf
        world.login("ppk")
        world.approvals.inbox()
    finally:
        world.store.close()
