"""Screenshots of the bank reconciliation screen (#18) at 1366×768, grabbed offscreen into docs/screenshots/.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.bank_reconciliation.make_screenshots [id|en]`
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.resources import resource_path
from desktop.ui.bank_reconciliation import BankReconciliationScreen
from desktop.ui.bank_reconciliation.dialogs import ImportDialog, MappingDialog
from desktop.ui.i18n import I18n
from desktop.ui.screen import UiContext
from desktop.ui.tasks import SyncTaskRunner
from tests.ui.bank_reconciliation.demo import build
from tests.ui.partial_services import partial_services

OUT = Path(__file__).resolve().parents[3] / "docs" / "screenshots"


def grab(widget: QWidget, name: str, size: tuple[int, int] = (1366, 768)) -> None:
    widget.resize(*size)
    widget.show()
    QTest.qWait(30)
    widget.grab().save(str(OUT / name))
    print(OUT / name)


def main(argv: list[str]) -> int:
    language = argv[0] if argv else "id"
    suffix = "" if language == "id" else f"_{language}"
    app = QApplication.instance() or QApplication(sys.argv)
    font = app.font()
    font.setPointSize(10)
    app.setFont(font)
    OUT.mkdir(parents=True, exist_ok=True)
    i18n = I18n(app, resource_path("translations"), Path(tempfile.mkdtemp()))
    i18n.set_language(language)
    tmp = Path(tempfile.mkdtemp())
    month = build(tmp)
    w = month.world
    services = partial_services(payments=w.payments, documents=w.documents, bank=month.bank)
    ctx = UiContext(services=services, tasks=SyncTaskRunner(), session=w.session, navigate=lambda *a, **k: None)
    w.login("bendahara")
    screen = BankReconciliationScreen(ctx)
    screen.activate()
    screen.import_path(month.statement)
    for text in ("SP2D GU 000123 RKUD", "TRF CMS UD BATIK LESTARI"):  # two confirmed already
        line = next(x for x in screen.view.lines_model.items if x.description == text)
        proposal = next(c for c in screen.review.proposals if line.id in c.line_ids) if screen.review else None
        if proposal is not None:
            month.bank.confirm(proposal.line_ids, proposal.entry_ids)
    month.bank.confirm([next(x.id for x in screen.view.lines_model.items if x.description == "BIAYA ADM BULANAN")],
                       kind="fee")
    screen.reload()
    row = next(i for i, x in enumerate(screen.view.lines_model.items) if x.description.startswith("CMS BULK"))
    screen.view.lines.selectRow(row)
    grab(screen, f"bank_reconciliation{suffix}.png")
    importer = ImportDialog(month.statement.name, month.bank.accounts(), month.bank.accounts()[0],
                            month.bank.mapping_list(), lambda: None)
    grab(importer, f"bank_import_dialog{suffix}.png", (620, importer.sizeHint().height()))
    csv_path = tmp / "ekspor_bank_lain.csv"
    csv_path.write_text("Tgl Buku;Catatan;No Ref;Nilai;D/K;Saldo Berjalan\n23/11/2026;TRF;R1;1.000,00;D;9.000,00\n",
                        encoding="utf-8")
    mapping = MappingDialog(month.bank.file_headers(csv_path), month.bank.mappings.get("umum"))
    for key, header in (("date", "Tgl Buku"), ("description", "Catatan"), ("reference", "No Ref"),
                        ("amount", "Nilai"), ("direction", "D/K"), ("balance", "Saldo Berjalan")):
        mapping.pick[key].setCurrentIndex(mapping.pick[key].findData(header))
    grab(mapping, f"bank_csv_mapping_dialog{suffix}.png", (560, mapping.sizeHint().height()))
    w.store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
