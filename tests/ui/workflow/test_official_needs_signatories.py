"""#13.19: an official document is never printed with a blank name or NIP — it prints marked DRAF and the officer
reads which signatory is missing and where to fill it (Pengaturan › Penandatangan)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.services.settings_service import SettingsService, Signatories, Signatory
from desktop.store.records import User
from desktop.ui.documents_preview.dialogs import DocumentPreviewDialog
from desktop.ui.i18n import I18n
from tests.services.test_payments import to_authorized, to_bast
from tests.services.workflow_world import OPD, USERS
from tests.ui.test_i18n import TS_DIR


def cache_account(world, who: str, nip: str | None) -> None:
    """The account as the server sent it at login: a name, and the NIP the server keeps (None: it keeps none)."""
    u = USERS[who]
    with world.store.unit_of_work() as uow:
        uow.users.cache(User(str(u.id), u.username, u.full_name, (u.role.value,), OPD, nip,
                             jabatan="Pejabat Pembuat Komitmen"))


def pdf_text(pdf: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def test_sp_signed_by_an_account_prints_the_nip_the_server_sent(world):
    order = to_bast(world)
    cache_account(world, "ppk", "197803152005011002")
    sp = world.documents.render(order.id, "sp")
    assert sp.official and sp.refusal == ""
    assert "Budi Santoso, S.T., M.M." in pdf_text(sp.pdf) and "19780315 200501 1 002" in pdf_text(sp.pdf)


def test_sp_of_an_account_without_nip_prints_only_draf(world):
    order = to_bast(world)
    cache_account(world, "ppk", None)  # the PPK's own act, but the server keeps no NIP for the account
    sp = world.documents.render(order.id, "sp")
    assert not sp.official and sp.refusal.code == "signatory_incomplete"
    assert "NIP Pejabat Pembuat Komitmen (Budi Santoso, S.T., M.M.) belum diisi" in sp.refusal
    assert "Pengaturan › Penandatangan" in sp.refusal and "DRAF" in pdf_text(sp.pdf)
    # the NIP entered for the PPK under the same name completes the document
    SettingsService(world.store).save_signatories(Signatories(ppk=Signatory("Budi  Santoso, S.T., M.M.",
                                                                            "197803152005011002")))
    again = world.documents.render(order.id, "sp")
    assert again.official and again.refusal == "" and "19780315 200501 1 002" in pdf_text(again.pdf)


def test_kuitansi_names_each_missing_signatory(world):
    from desktop.services.order_view import PaymentInput

    order = to_authorized(world)
    world.payments.record_payment(order.id, PaymentInput("TRANSFER", world.payments.today(), "0457"))
    with world.store.unit_of_work() as uow:  # this PC knows no PPTK and none is set in Pengaturan
        uow.users.cache(User("15", "dewi.pptk", "Dewi Lestari, S.Kom.", ("PP",), OPD, "199001202015032005"))
    kuitansi = world.documents.render(order.id, "kuitansi")
    assert not kuitansi.official and kuitansi.refusal.code == "signatory_incomplete"
    assert "nama dan NIP Pejabat Pelaksana Teknis Kegiatan belum diisi" in kuitansi.refusal
    assert "Pengaturan › Penandatangan" in kuitansi.refusal and "DRAF" in pdf_text(kuitansi.pdf)
    # a name without a NIP in Pengaturan is not enough for an official kuitansi either
    SettingsService(world.store).save_signatories(Signatories(pptk=Signatory("Ir. Sutrisno", "")))
    named = world.documents.render(order.id, "kuitansi")
    assert "NIP Pejabat Pelaksana Teknis Kegiatan (Ir. Sutrisno) belum diisi" in named.refusal
    SettingsService(world.store).save_signatories(Signatories(pptk=Signatory("Dewi Lestari, S.Kom.",
                                                                             "199001202015032005")))
    assert world.documents.render(order.id, "kuitansi").official


def test_books_need_their_signatories_too(world):
    with world.store.unit_of_work() as uow:
        for u in USERS.values():
            uow.users.cache(User(str(u.id), u.username, u.full_name, ("PP",), OPD, u.nip))
    world.login("bendahara")
    book = world.documents.render_book("bku", 2026, 11)
    assert not book.official and "Bendahara Pengeluaran" in book.refusal and "Pengguna Anggaran" in book.refusal


def test_preview_shows_the_refusal_in_both_languages(world, qtbot, tmp_path):
    world.login("bendahara")
    with world.store.unit_of_work() as uow:  # no Bendahara or PA/KPA on this PC, none set in Pengaturan
        for u in USERS.values():
            uow.users.cache(User(str(u.id), u.username, u.full_name, ("PP",), OPD, u.nip))
    preview = DocumentPreviewDialog(world.documents.render_book("bku", 2026, 11), lambda how: None)
    qtbot.addWidget(preview)
    assert "belum dapat dicetak sebagai dokumen resmi" in preview.status.text()
    assert "Pengaturan › Penandatangan" in preview.status.text() and "a61b1b" in preview.status.styleSheet()
    i18n = I18n(QApplication.instance(), TS_DIR, tmp_path / "qm")
    try:
        assert i18n.set_language("en")
        preview.retranslate()
        assert "official" in preview.status.text() and "Settings › Signatories" in preview.status.text()
        assert "belum" not in preview.status.text()
    finally:
        i18n.set_language("id")
