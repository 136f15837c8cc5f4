"""Suite-wide fixtures. Qt runs offscreen; PostgreSQL is used only when BLANGKON_TEST_PG_URL is set."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the developer's real keyring or data folders from a test.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # not setdefault: a CI may set its own

import keyring
import pytest
from keyring.backends import fail

from desktop.ui.widgets.qt_compat import protect_none

# PySide6 6.12 on Python 3.11 leaks references to None in event-loop calls; see qt_compat.
protect_none()


def _worker_database(url: str) -> str:
    """Under pytest-xdist each worker gets its own PostgreSQL database (`<db>_gw0`, …), created when missing, so
    server tests that build and drop tables in one database never meet another worker's. Unchanged otherwise."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if not url or not worker:
        return url
    import psycopg
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    name = f"{parsed.database}_{worker}"
    admin = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is None:
            conn.execute(f'CREATE DATABASE "{name}"')
    worker_url = parsed.set(database=name).render_as_string(hide_password=False)
    os.environ["BLANGKON_TEST_PG_URL"] = worker_url
    return worker_url


PG_URL = _worker_database(os.environ.get("BLANGKON_TEST_PG_URL", ""))


@pytest.fixture(scope="module", autouse=True)
def no_keyring_by_default():
    """Every module starts on the suite's default — no keyring at all — whatever a fixture of an earlier module
    installed and kept (a session-scoped ring once made the keyring tests depend on the order they ran in)."""
    keyring.set_keyring(fail.Keyring())
    yield


def database_urls(tmp_dir: str) -> list[str]:
    """SQLite always; PostgreSQL as well when the CI found one."""
    urls = [f"sqlite:///{tmp_dir}/server.db"]
    if PG_URL:
        urls.append(PG_URL)
    return urls


@pytest.fixture(params=["sqlite", "postgresql"])
def server_db_url(request: pytest.FixtureRequest, tmp_path) -> str:
    """A database URL for server tests: SQLite in a temp dir, or the PostgreSQL test database (skipped if unset)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/server.db"
    if not PG_URL:
        pytest.skip("BLANGKON_TEST_PG_URL not set")
    return PG_URL


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    """Captured output that holds a lone surrogate (hostile-input tests log such text on purpose) is escaped:
    pytest-xdist carries reports to the controller as UTF-8 and would otherwise crash the worker."""
    outcome = yield
    report = outcome.get_result()
    report.sections = [(title, text.encode("utf-8", "backslashreplace").decode("utf-8"))
                       for title, text in report.sections]
