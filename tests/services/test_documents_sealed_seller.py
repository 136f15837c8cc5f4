"""The replica seals sellers' NIK, NPWP and bank account (#15); the documents print them opened (journeys' new
defect: the SP showed 'enc1:…'), and the tax engine still sees the seller's NPWP."""

from __future__ import annotations

import os

from sqlalchemy import text as sql

from desktop.services.data_protection import AesGcmSealer
from desktop.store.db import Store
from tests.documents.conftest import pdf_text
from tests.services.workflow_world import make_world, open_world


def test_sp_prints_the_sellers_npwp_and_account_in_clear(tmp_path):
    world = make_world(tmp_path)
    world.store.close()
    store = Store.open(world.path)
    store.sealer = AesGcmSealer(os.urandom(32))
    store.seal_existing()
    w = open_world(store, world.session, world.path)
    try:
        with store.unit_of_work(readonly=True) as uow:
            raw = uow.session.execute(sql("SELECT npwp FROM provider WHERE id = 101")).scalar()
        assert raw.startswith("enc1:")  # sealed at rest
        order = w.draft(1001, 10)
        text = pdf_text(w.documents.render(order.id, "sp").pdf)
        assert "0123456789012345" in text and "1-234-56789-0" in text and "enc1:" not in text
        w.login("bendahara")
        assert w.payments.taxes(order.id).ppn > 0  # PKP with NPWP: no 'PKP without NPWP' refusal
    finally:
        store.close()
