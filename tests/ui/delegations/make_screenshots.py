"""Screenshot of the Admin OPD's Plt/Plh screen (#17) against a real server, into docs/screenshots/
(delegations.png, delegations_en.png).

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.delegations.make_screenshots`
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from desktop.app import paths
from desktop.ui.i18n import I18n
from tests.server.live import start_server
from tests.sync.kit import install_keyring
from tests.ui.delegations.test_delegations_screen import admin_screen, fill
from tests.ui.workflow.make_screenshots import OUT

SIZE = (1366, 768)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    font = app.font()
    font.setPointSize(10)
    app.setFont(font)
    install_keyring()
    work = Path(tempfile.mkdtemp())
    live = start_server(work / "srv", products=50, seed=7)
    try:
        i18n = I18n(app, paths.translations_dir(), work / "qm")
        today = dt.date.today()
        for n, language in enumerate(("id", "en")):
            i18n.set_language(language)
            screen, client, _ = admin_screen(live, work / f"pc{n}")  # built in its language, as at start-up
            screen.resize(*SIZE)
            screen.show()
            screen.activate()
            if n == 0:
                fill(screen, live, today, today + dt.timedelta(days=4))
                screen.add_button.click()
            fill(screen, live, today + dt.timedelta(days=2), today + dt.timedelta(days=6))
            screen.add_button.click()  # refused: the same PPK already has a Plh then (the server's words)
            app.processEvents()
            name = OUT / f"delegations{'' if language == 'id' else '_en'}.png"
            screen.grab().save(str(name))
            print(name)
            client.close()
    finally:
        live.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
