"""Screenshots of the closing assistant (tutup buku, #17) at 1366×768, grabbed offscreen into docs/screenshots/.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.year_closing.make_screenshots [id|en]`
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.domain.year_closing import Decision
from desktop.ui.year_closing import YearClosingScreen
from tests.services.closing_world import Clock, closing_world, year_to_close
from tests.ui.year_closing.conftest import closing_ctx

OUT = Path(__file__).resolve().parents[3] / "docs" / "screenshots"
SIZE = (1366, 768)


def grab(screen: YearClosingScreen, name: str) -> None:
    screen.resize(*SIZE)
    screen.show()
    QTest.qWait(20)
    screen.grab().save(str(OUT / name))
    print(OUT / name)


def main(argv: list[str]) -> int:
    from desktop.domain.resources import resource_path
    from desktop.ui.i18n import I18n
    from desktop.ui.widgets.qt_compat import protect_none

    protect_none()
    language = argv[0] if argv else "id"
    app = QApplication.instance() or QApplication(sys.argv[:1])
    I18n(app, resource_path("translations"), Path(tempfile.mkdtemp())).set_language(language)
    suffix = "" if language == "id" else f"_{language}"
    with tempfile.TemporaryDirectory() as tmp:
        clock = Clock(dt.datetime(2026, 11, 23, 3, 0, tzinfo=dt.UTC))
        world = closing_world(Path(tmp), clock)
        ids = year_to_close(world, clock)
        screen = YearClosingScreen(closing_ctx(world))
        svc = screen.service
        svc.decide(2026, f"order:{ids['approved']}", Decision.CANCEL, "Anggaran dialihkan ke rapat koordinasi 2027")
        svc.decide(2026, f"order:{ids['received']}", Decision.CARRY, "Barang tiba 30 Desember; BAST Januari 2027")
        screen.activate(year=2026)
        screen.view.table.selectRow(screen.view.model.row_of(f"order:{ids['approved']}"))
        grab(screen, f"year_closing{suffix}.png")
        for item in svc.overview(2026).items:
            if item.decision is None:
                svc.decide(2026, item.key, Decision.CARRY)
        svc.record_up_return(2026, dt.date(2026, 12, 31), "900/0099/2026", "0512")
        svc.close(2026)
        screen.reload()
        screen.view.table.selectRow(screen.view.model.row_of(f"order:{ids['received']}"))
        grab(screen, f"year_closing_locked{suffix}.png")
        world.store.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
