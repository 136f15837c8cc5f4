"""One live server for the whole journey suite, with the journeys' sellers imported into its catalog; one office
PC (the real main window, its own data folder) per journey module, each journey in its own OPD so its books,
counters and inbox hold only its own order."""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.widgets.qt_compat import protect_none
from tests.journeys import catalog
from tests.journeys.office import Office, dismiss_questions
from tests.server.live import LiveServer, serve_existing
from tests.services.conftest import DictKeyring

protect_none()


SECOND_PPK = {"username": "ppk2.33.00-dinkopukm", "role": "PPK", "opd_id": "33.00-DINKOPUKM",
              "password": "Kedua-Pejabat-Komitmen-2026"}


def server_cli(*args: str) -> str:
    """`blangkon-server ARGS` in this process (no second interpreter start: the suite must stay lean)."""
    from sync.server.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(list(args))
    assert code == 0, f"blangkon-server {' '.join(args[:2])} failed: {out.getvalue()[-2000:]}"
    return out.getvalue()


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The provincial server on loopback: demo OPDs and officers, a small demo catalog plus the journeys'
    sellers (imported as an admin imports a marketplace export), and a second PPK for the SoD journey."""
    data_dir = tmp_path_factory.mktemp("journeys-server") / "server-data"
    where = ["--db", f"sqlite:///{data_dir / 'server.db'}", "--data-dir", str(data_dir)]
    made = server_cli("demo-data", *where, "--products", "40", "--seed", "12", "--json", "--snapshot")
    accounts = json.loads(made.strip().splitlines()[-1])["accounts"]
    server_cli("import-catalog", str(catalog.write(data_dir / "journey-catalog.ndjson")), *where)
    p = SECOND_PPK
    server_cli("users", "add", p["username"], "--role", p["role"], "--opd", p["opd_id"], "--full-name",
               "Rahmat Hidayat, S.E.", "--password", p["password"], *where)
    srv = serve_existing(where[1], data_dir, [*accounts, SECOND_PPK])
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="module")
def journey_keyring() -> Iterator[DictKeyring]:
    old = keyring.get_keyring()
    ring = DictKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(old)


@pytest.fixture(scope="module")
def bot(qapp: Any, request: pytest.FixtureRequest) -> QtBot:
    """A QtBot that lives as long as the journey module (one story, several invariant tests)."""
    return QtBot(request)


@pytest.fixture(scope="module")
def office_for(bot: QtBot, live: LiveServer, journey_keyring: DictKeyring,
               tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """office_for(opd_id, marketplaces=…) → a fresh PC of that OPD with the login window open; `marketplaces`
    gives it the OPD's marketplace list (which marketplaces collect taxes under PMK 58/2022)."""
    offices: list[Office] = []
    with pytest.MonkeyPatch.context() as mp:
        folder = tmp_path_factory.mktemp("office")
        for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            mp.setenv(var, str(folder / var))
        dismiss_questions(mp)

        def make(opd_id: str, *, marketplaces: bool = False) -> Office:
            office = Office(bot, live, opd_id, folder / opd_id, marketplaces=marketplaces)
            offices.append(office)
            return office

        yield make
        for office in offices:
            office.close()


def known_defect(module: Any, test_name: str, key: str | None, phase: str | None) -> str | None:
    """The reason a journey module's KNOWN table gives for this test and case, or None.

    KNOWN = {"kuitansi_gross_withheld_net": {"a": "#12.2 …", "*@after": "…"}}: entries are looked up as
    "key@phase", "key", "*@phase", "*" (test names without their "test_" prefix); KNOWN["purchase_blocked"]
    = {"a": "…"} marks every test of a purchase the officers cannot finish."""
    known = getattr(module, "KNOWN", {})
    table = known.get(test_name.removeprefix("test_"), {})
    for probe in (f"{key}@{phase}", f"{key}", f"*@{phase}", "*"):
        if probe in table:
            return str(table[probe])
    blocked = known.get("purchase_blocked", {})  # a purchase the officers cannot finish: all its tests
    return str(blocked[key]) if key in blocked else None


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Parametrize the shared invariant tests by the module's CASES and the two phases (before/after sync),
    each known defect a strict xfail, so a fix that forgets to remove its marker fails."""
    from tests.journeys.story import AFTER, BEFORE

    names = [n for n in ("key", "phase") if n in metafunc.fixturenames]
    if not names or not hasattr(metafunc.module, "CASES"):
        return
    keys = list(metafunc.module.CASES) if "key" in names else [None]
    phases = [BEFORE, AFTER] if "phase" in names else [None]
    params = []
    for key in keys:
        for phase in phases:
            values = tuple(v for v in (key, phase) if v is not None)
            reason = known_defect(metafunc.module, metafunc.function.__name__, key, phase)
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            params.append(pytest.param(*values, marks=marks, id="-".join(values)))
    metafunc.parametrize(",".join(names), params)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Known defects of a journey's own (unparametrized) tests: KNOWN["test name"]["*"] → strict xfail."""
    here = Path(__file__).parent
    for item in items:
        module = getattr(item, "module", None)
        if here not in Path(str(item.path)).parents or module is None or not hasattr(module, "KNOWN") \
                or getattr(item, "callspec", None) is not None:
            continue
        reason = known_defect(module, item.name, None, None)
        if reason:
            item.add_marker(pytest.mark.xfail(strict=True, reason=reason))
