"""Fixtures shared by the UI tests: a UiContext with an inline task runner and a recording navigate()."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.domain.resources import resource_path
from desktop.services.session import SessionState
from desktop.ui.i18n import I18n
from desktop.ui.screen import UiContext
from desktop.ui.tasks import SyncTaskRunner
from tests.ui.partial_services import partial_services


@pytest.fixture
def i18n(qapp, tmp_path):
    """The app's translations (resources/translations, compiled into tmp_path); Indonesian again afterwards."""
    tr = I18n(QApplication.instance(), resource_path("translations"), tmp_path / "qm")
    yield tr
    tr.set_language("id")


@pytest.fixture
def world(tmp_path):
    """The workflow world (tests.services.workflow_world): real store and services in tmp_path, closed after."""
    from tests.services.workflow_world import make_world

    made = make_world(tmp_path)
    yield made
    made.store.close()


@pytest.fixture
def ctx(world, qapp):
    """A UiContext over the world with the inline task runner: every service call finishes before the next line."""
    from tests.ui.workflow.conftest import make_ctx

    return make_ctx(world, SyncTaskRunner())


@pytest.fixture
def ui_context() -> UiContext:
    navigations: list[tuple[str, dict]] = []
    services = partial_services()
    ctx = UiContext(services=services, tasks=SyncTaskRunner(), session=SessionState(),
                    navigate=lambda key, **params: navigations.append((key, params)))
    ctx.extras["navigations"] = navigations
    return ctx


# Store fixtures shared with the service tests (real SQLite in a temp dir; dict-backed keyring).
from tests.services.conftest import catalog_store, dict_keyring, store  # noqa: E402, F401


@pytest.fixture
def app_ctx(qtbot, store, tmp_path):  # noqa: F811 (store is the imported fixture)
    """A UiContext over a real store and real services, with the threaded task runner."""
    from desktop.services.auth_service import AuthService
    from desktop.services.catalog_service import CatalogService
    from desktop.services.credentials import CredentialStore
    from desktop.services.settings_service import SettingsService
    from desktop.ui.settings import UiSettings
    from desktop.ui.tasks import TaskRunner

    session = SessionState()
    creds = CredentialStore()
    from desktop.services.server_address import ServerAddress

    settings = SettingsService(store)
    services = partial_services(catalog=CatalogService(store), auth=AuthService(store, session, creds),
                                credentials=creds, settings=settings, server=ServerAddress(settings))
    runner = TaskRunner()
    ctx = UiContext(services=services, tasks=runner, session=session, navigate=lambda key, **p: None)
    ctx.ui_settings, ctx.data_dir = UiSettings(str(tmp_path / "ui.ini")), tmp_path / "data"
    yield ctx
    runner.shutdown()



@pytest.fixture
def shell(qtbot, tmp_path, monkeypatch):
    """The real main window over the real core (store + every service, no server), threaded task lanes."""
    from desktop.app import bootstrap
    from desktop.app.screens import screen_registry
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import UiSettings
    from desktop.ui.tasks import TaskRunner

    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var))
    core = bootstrap.build_core(tmp_path / "data", with_local_server=False)
    tasks = TaskRunner()
    ctx = UiContext(services=core.services, tasks=tasks, session=core.session, navigate=lambda key, **p: None)
    ctx.ui_settings, ctx.data_dir = UiSettings(str(tmp_path / "ui.ini")), tmp_path / "data"
    window = MainWindow(ctx, screen_registry())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.core = core  # type: ignore[attr-defined]
    yield window
    window.status.stop()
    tasks.shutdown()
    core.close()


def login_as(qtbot, window, role, uid: str = "u1"):
    from desktop.services.session import CurrentUser

    window.ctx.session.set_user(CurrentUser(id=uid, username=f"{role.value.lower()}.uji", full_name=f"Uji {role.value}",
                                            role=role, opd_id="opd-1", opd_name="Dinas Uji"))
    qtbot.waitUntil(lambda: window.nav.count() >= 3, timeout=5000)
