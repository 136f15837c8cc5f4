"""Every screen the navigation offers opens inside the shell, for every role, with the real services."""

from __future__ import annotations

import pytest

from desktop.app import bootstrap
from desktop.app.screens import screen_registry
from desktop.services.session import CurrentUser
from desktop.ui.main_window import MainWindow
from desktop.ui.screen import UiContext
from desktop.ui.tasks import TaskRunner
from sync.protocol import Role


@pytest.fixture
def shell(qtbot, tmp_path, monkeypatch):
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var))
    core = bootstrap.build_core(tmp_path / "data", with_local_server=False)
    tasks = TaskRunner()
    ctx = UiContext(services=core.services, tasks=tasks, session=core.session, navigate=lambda key, **p: None)
    window = MainWindow(ctx, screen_registry())
    qtbot.addWidget(window)
    window.show()
    yield window, core, tasks
    tasks.shutdown()
    core.close()


@pytest.mark.parametrize("role", [Role.PP, Role.PPK, Role.BENDAHARA, Role.PA_KPA, Role.PPTK, Role.ADMIN_OPD])
def test_each_nav_screen_opens(qtbot, shell, role):
    window, core, tasks = shell
    core.session.set_user(CurrentUser(id=f"u-{role.value}", username=role.value.lower(), full_name="Uji",
                                      role=role, opd_id="opd-1", opd_name="Dinas Uji"))
    qtbot.waitUntil(lambda: len(window.nav_keys()) >= 3, timeout=3000)
    for key in window.nav_keys():
        window.navigate(key)
        screen = window.screen_for(key)
        assert screen is not None, key
        assert window.current_key() == key and screen.title()
        qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=10000)  # its first loads finished
