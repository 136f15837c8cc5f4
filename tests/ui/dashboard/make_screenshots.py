"""Write docs/screenshots/dashboard_*.png (Indonesian) and dashboard_*_en.png (English) from demo data, at the
size the screen has inside the 1366x768 main window (the sidebar, menu and status bars take the rest;
offscreen renders as a real window does).

    QT_QPA_PLATFORM=offscreen python -m tests.ui.dashboard.make_screenshots [id|en]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUT = Path(os.environ.get("BLANGKON_SHOTS_DIR") or Path(__file__).resolve().parents[3] / "docs" / "screenshots")
SIZE = (1366 - 190, 768 - 46)  # the main window's page area at 1366x768 (sidebar 190 px, menu + status bar)


def main(argv: list[str]) -> None:
    import tempfile

    from PySide6.QtWidgets import QApplication

    from desktop.domain.resources import resource_path
    from desktop.ui.i18n import I18n
    from desktop.ui.widgets.qt_compat import protect_none
    from tests.ui.dashboard.fakes import DemoServer

    protect_none()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n = I18n(app, resource_path("translations"), Path(tempfile.mkdtemp()))
    server = DemoServer(products=20_000, orders=6_000)
    OUT.mkdir(parents=True, exist_ok=True)
    for language in argv or ["id", "en"]:
        i18n.set_language(language)
        shoot(server, "" if language == "id" else f"_{language}")
    i18n.set_language("id")
    server.close()
    app.quit()
    print("\n".join(sorted(str(p) for p in OUT.glob("dashboard_*.png"))))


def shoot(server: object, suffix: str) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.services.session import CurrentUser, SessionState
    from desktop.ui.dashboard import DashboardScreen
    from desktop.ui.screen import UiContext
    from desktop.ui.tasks import SyncTaskRunner
    from sync.protocol import Role
    from tests.ui.partial_services import partial_services

    def screen_for(role: Role, opd: str | None, opd_name: str = "") -> tuple[DashboardScreen, object]:
        svc, send = server.service(role.value, opd)  # type: ignore[attr-defined]
        session = SessionState()
        session.set_user(CurrentUser("u", "user", "Pengguna", role, opd, opd_name=opd_name))
        ctx = UiContext(services=partial_services(),
                        tasks=SyncTaskRunner(), session=session, navigate=lambda *a, **k: None)
        ctx.services.stats = svc
        screen = DashboardScreen(ctx)
        screen.resize(*SIZE)
        screen.show()
        screen.activate()
        return screen, send

    admin, send = screen_for(Role.ADMIN_PROVINSI, None)

    def grab(widget: object, name: str) -> None:
        QApplication.processEvents()  # screenshot tool only: let pending layout requests run before grabbing
        widget.grab().save(str(OUT / f"{name}{suffix}.png"))  # type: ignore[attr-defined]

    shots = {"dashboard_province_charts": 0, "dashboard_kabkota_ranking": 1, "dashboard_never_sold": 7}
    for name, tab in shots.items():
        admin.tabs.setCurrentIndex(tab)
        grab(admin, name)
    admin.tabs.setCurrentIndex(1)
    admin.drill(admin.models["by-kabkota"].rows[0])
    grab(admin.drill_dialog, "dashboard_drill_down")
    admin.drill_dialog.close()
    send.online = False  # type: ignore[attr-defined]
    admin.reload()
    admin.tabs.setCurrentIndex(0)
    grab(admin, "dashboard_offline")
    send.online = True  # type: ignore[attr-defined]
    officer, _ = screen_for(Role.PPK, "33.25-DISDIK", "Dinas Pendidikan Kabupaten Batang")
    grab(officer, "dashboard_opd_charts")  # one OPD's amounts: the axes count in juta, not "0,0 miliar"
    officer.tabs.setCurrentIndex(6)
    grab(officer, "dashboard_opd_states")
    _alerts_shot(grab, officer.ctx.navigate)
    for screen in (admin, officer):
        screen.close()


def _alerts_shot(grab: object, navigate: object) -> None:
    """The PPK's login alerts, computed by the domain rules on the real holiday calendar."""
    import datetime as dt

    from desktop.domain.alerts import OrderClock, ppk_alerts
    from desktop.domain.calendar import WorkingCalendar
    from desktop.domain.thresholds import Thresholds
    from desktop.ui.dashboard.alerts_dialog import AlertsDialog

    today = dt.date(2026, 11, 23)
    orders = [OrderClock("o-1", "0031/SP/33.25-DISDIK/2026", "DIAJUKAN", 12_450_000, "UD Sido Mulyo Batang 12",
                         submitted_on=dt.date(2026, 11, 16)),
              OrderClock("o-2", None, "DIAJUKAN", 3_275_000, "Toko Berkah Jaya", submitted_on=dt.date(2026, 11, 18)),
              OrderClock("o-3", None, "DIAJUKAN", 780_000, "CV Mitra Karya", submitted_on=dt.date(2026, 11, 19))]
    alerts = ppk_alerts(orders, today, WorkingCalendar.from_resources(), Thresholds.from_resources())
    dialog = AlertsDialog(alerts, navigate)
    dialog.show()
    grab(dialog, "dashboard_login_alerts")  # type: ignore[operator]
    dialog.close()


if __name__ == "__main__":
    main(sys.argv[1:])
