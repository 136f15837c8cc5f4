"""What goes into the PyInstaller bundle: data files, hidden imports and exclusions (used by blangkon.spec).

Plain Python without PyInstaller, so tests can check the plan from source (tests/installers/test_bundle_plan.py).
Everything is discovered from the tree at build time: resources/ grows while the app is being written.
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MANIFEST_NAME = "blangkon-bundle.json"  # read back by desktop/app/selftest.py (BUNDLE_MANIFEST)

# Files under resources/ and package folders that are only sources for something else.
SKIP_SUFFIXES = {".ts", ".pyc", ".pyo", ".pro", ".xcf", ".psd", ".kra", ".orig", ".rej", ".swp"}
SKIP_NAMES = {".gitkeep", ".gitignore", ".DS_Store", "Thumbs.db", "desktop.ini"}
SKIP_DIRS = {"__pycache__", ".pytest_cache", ".mypy_cache"}
# resources/ sub-folders that are generators or sources, not data the app reads at run time.
SKIP_RESOURCE_DIRS = {"src", "sources", "generators"}

# Qt modules the app does not use: excluding them keeps their libraries and plugins out of the bundle.
QT_EXCLUDES = [
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuick3D", "PySide6.QtQuickControls2", "PySide6.QtQuickWidgets",
    "PySide6.QtQuickTest", "PySide6.Qt3DAnimation", "PySide6.Qt3DCore", "PySide6.Qt3DExtras", "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic", "PySide6.Qt3DRender", "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets",
    "PySide6.QtSpatialAudio", "PySide6.QtTextToSpeech", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick", "PySide6.QtWebChannel", "PySide6.QtWebSockets", "PySide6.QtWebView",
    "PySide6.QtHttpServer", "PySide6.QtDesigner", "PySide6.QtUiTools", "PySide6.QtHelp", "PySide6.QtBluetooth",
    "PySide6.QtNfc", "PySide6.QtPositioning", "PySide6.QtLocation", "PySide6.QtSensors", "PySide6.QtSerialPort",
    "PySide6.QtSerialBus", "PySide6.QtRemoteObjects", "PySide6.QtScxml", "PySide6.QtStateMachine",
    "PySide6.QtDataVisualization", "PySide6.QtGraphs", "PySide6.QtGraphsWidgets", "PySide6.QtAxContainer",
    "PySide6.QtNetworkAuth", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
    "PySide6.QtXml", "PySide6.QtConcurrent", "PySide6.QtCanvasPainter",
]
# Development and test tools that optional imports could otherwise drag in; keyrings.alt stores plaintext.
DEV_EXCLUDES = [
    "tkinter", "_tkinter", "pytest", "_pytest", "pytestqt", "hypothesis", "schemathesis", "mypy", "ruff",
    "importlinter", "grimp", "num2words", "pypdf", "keyrings.alt", "IPython", "numpy", "pandas", "matplotlib",
    "PyInstaller", "pip", "setuptools", "pkg_resources", "docutils", "sphinx",
]
# The server's libraries are not excluded from the app: they stay out unless the app imports them itself.
# The bundled server runs on asyncio + h11/httptools: uvloop, auto-reload and websocket support stay out.
# The desktop's store is SQLite only: other database drivers that SQLAlchemy's dialects mention stay out.
DB_DRIVER_EXCLUDES = ["psycopg", "psycopg_binary", "psycopg2", "asyncpg", "pymysql", "MySQLdb", "oracledb",
                      "cx_Oracle", "pyodbc", "pymssql"]
APP_EXCLUDES = QT_EXCLUDES + DEV_EXCLUDES + DB_DRIVER_EXCLUDES
# The server shares desktop.domain (#14) and nothing else of desktop: every other desktop package stays out.
SERVER_SHARED = ("desktop.domain",)
DESKTOP_NOT_SHARED = [*(f"desktop.{p.name}" for p in sorted((ROOT / "desktop").iterdir())
                        if (p / "__init__.py").is_file() and f"desktop.{p.name}" not in SERVER_SHARED),
                      "desktop.__main__"]
SERVER_EXCLUDES = [*DEV_EXCLUDES, "PySide6", "shiboken6", *DESKTOP_NOT_SHARED, "uvloop", "watchfiles", "websockets",
                   "wsproto"]
# The resources/ folders desktop.domain reads: a bundle of the server alone ships these (rules, holidays, …).
SERVER_RESOURCE_DIRS = ("rules", "calendar", "reference", "tax")

# Imported by name at run time (plugins, dialects, string imports), so the module graph cannot see them.
APP_HIDDEN = [
    "keyring.backends.SecretService", "keyring.backends.Windows", "keyring.backends.macOS",
    "keyring.backends.kwallet", "keyring.backends.libsecret", "keyring.backends.chainer", "keyring.backends.fail",
    "keyring.backends.null", "sqlalchemy.dialects.sqlite", "sqlalchemy.dialects.sqlite.pysqlite",
    "alembic.runtime.migration", "alembic.ddl.sqlite", "logging.config", "platformdirs",
    "PySide6.QtSvg", "PySide6.QtPrintSupport",
]
SERVER_HIDDEN = [
    "uvicorn.logging", "uvicorn.loops.auto", "uvicorn.loops.asyncio", "uvicorn.protocols.http.auto",
    "uvicorn.protocols.http.h11_impl", "uvicorn.protocols.http.httptools_impl", "uvicorn.protocols.websockets.auto",
    "uvicorn.lifespan.on", "uvicorn.lifespan.off", "sqlalchemy.dialects.sqlite", "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.dialects.postgresql", "sqlalchemy.dialects.postgresql.psycopg", "psycopg", "psycopg_binary",
    "psycopg_binary.pq", "psycopg_binary._psycopg", "argon2", "argon2._password_hasher", "_cffi_backend",
    "alembic", "alembic.op", "alembic.context", "alembic.runtime.migration", "alembic.runtime.environment",
    "alembic.ddl.sqlite", "alembic.ddl.postgresql", "alembic.script", "logging.config", "email.mime.text",
]
# Qt's own message catalogues: keep only the languages the app offers.
QT_TRANSLATION_LANGS = ("id", "en")


def _wanted(path: Path) -> bool:
    return (
        path.is_file()
        and path.suffix.lower() not in SKIP_SUFFIXES
        and path.name not in SKIP_NAMES
        and not any(part in SKIP_DIRS for part in path.parts)
    )


def resource_datas(root: Path = ROOT, staged_qm: Path | None = None,
                   only: tuple[str, ...] | None = None) -> list[tuple[str, str]]:
    """(source file, destination folder) for every run-time file under resources/, plus compiled .qm files.
    `only` keeps the named top-level folders (the server's share: SERVER_RESOURCE_DIRS).

    `staged_qm` is where build_linux.py compiled the .ts catalogues (build/translations); a .qm there wins over a
    stale one in resources/translations.
    """
    base = root / "resources"
    staged = {q.name: q for q in sorted(staged_qm.glob("*.qm"))} if staged_qm and staged_qm.is_dir() else {}
    datas: list[tuple[str, str]] = []
    for path in sorted(base.rglob("*")) if base.is_dir() else []:
        rel = path.relative_to(base)
        if not _wanted(path) or (len(rel.parts) > 1 and rel.parts[0] in SKIP_RESOURCE_DIRS):
            continue
        if only is not None and rel.parts[0] not in only:
            continue
        if rel.parts[0] == "translations" and path.name in staged:
            continue
        datas.append((str(path), str(Path("resources") / rel.parent)))
    if only is None or "translations" in only:
        datas += [(str(q), "resources/translations") for q in staged.values()]
    return datas


def package_datas(root: Path = ROOT, packages: tuple[str, ...] = ("desktop", "sync")) -> list[tuple[str, str]]:
    """Non-Python files inside the packages, and every file of a `migrations` folder.

    Alembic runs env.py and versions/*.py from files on disk (not from the bundle's archive), and finds them next
    to the package (`Path(__file__).parent / "migrations"` resolves inside the bundle's _internal folder).
    """
    datas: list[tuple[str, str]] = []
    for package in packages:
        for path in sorted((root / package).rglob("*")):
            if not _wanted(path) or path.name.endswith(".egg-info"):
                continue
            rel = path.relative_to(root)
            in_migrations = "migrations" in rel.parts[:-1]
            if path.suffix == ".py" and not in_migrations:
                continue
            datas.append((str(path), str(rel.parent)))
    return datas


# Qt plugins that pull in QML/Quick (the virtual keyboard), serve embedded devices rather than office desktops, or
# (the GTK3 platform theme) would load the user's GTK3 against the build machine's cairo/pango copies; and the
# libraries only they need. The xcb, wayland, offscreen and minimal platforms and the xdg-desktop-portal theme stay.
DROP_QT_PLUGINS = (
    "plugins/platforminputcontexts/libqtvirtualkeyboardplugin", "plugins/platforms/libqeglfs",
    "plugins/platforms/libqlinuxfb", "plugins/platforms/libqvnc", "plugins/platforms/libqvkkhrdisplay",
    "plugins/platforms/libqminimalegl", "plugins/egldeviceintegrations/", "plugins/generic/",
    "plugins/platformthemes/libqgtk3",
)
DROP_LIBRARY_PREFIXES = (
    "libQt6VirtualKeyboard", "libQt6Quick", "libQt6Qml", "libQt6EglFSDeviceIntegration", "libQt6EglFsKmsSupport",
    "libgtk-3", "libgdk-3", "libgdk_pixbuf", "libcairo", "libpango", "libatk", "libepoxy",
)


def keep_binary_or_data(dest: str) -> bool:
    """Filter for Analysis TOCs: drop unused Qt plugins/libraries (and the top-level symlinks PyInstaller makes
    to them) and Qt translations of languages the app does not offer."""
    posix = Path(dest).as_posix()
    if "PySide6/" in posix and any(marker in posix for marker in DROP_QT_PLUGINS):
        return False
    if Path(dest).name.startswith(DROP_LIBRARY_PREFIXES):
        return False
    parts = Path(dest).parts
    if "translations" in parts and "Qt" in parts and dest.endswith(".qm"):
        stem = Path(dest).stem  # qtbase_id, qt_help_en, ...
        return stem.rsplit("_", 1)[-1] in QT_TRANSLATION_LANGS and not stem.startswith(("qt_help", "designer"))
    return True


def git_commit(root: Path = ROOT) -> str:
    try:
        done = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return done.stdout.strip() or "unknown"


def data_destinations(datas: list[tuple[str, str]]) -> list[str]:
    """Where each (source, destination folder) data entry lands inside the bundle, as a POSIX relative path."""
    return sorted({(Path(dest) / Path(src).name).as_posix() for src, dest in datas})


def write_manifest(internal: Path, destinations: list[str], version: str, server: bool = True) -> Path:
    """<bundle>/_internal/blangkon-bundle.json: version, commit, build time, whether blangkon-server is included,
    and {destination: size} of every data file as it was copied into the bundle (the frozen self-test checks
    them all). Written after COLLECT, so a source file edited during the build cannot make it disagree."""
    files = {rel: (internal / rel).stat().st_size for rel in destinations if (internal / rel).is_file()}
    missing = sorted(set(destinations) - set(files))
    if missing:
        raise FileNotFoundError(f"data files missing from the bundle: {', '.join(missing[:5])}")
    target = internal / MANIFEST_NAME
    target.write_text(json.dumps({
        "app": "blangkon-desktop", "version": version, "commit": git_commit(),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "server": server, "files": files,
    }, indent=1), encoding="utf-8")
    return target


def project_version(root: Path = ROOT) -> str:
    import tomllib

    with (root / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])
