"""Work-around for a reference-counting bug in PySide6 6.12 on Python 3.11 — the only place that knows about it.

Measured here (sys.getrefcount(None) before/after 300 calls): `QCoreApplication.processEvents()`,
`QEventLoop.exec()`, `QDialog.exec()`, `QTest.qWait()` and `QTimer.singleShot(ms, callable)` each drop one
reference to None that they never took. None starts with only a few thousand references, so a long session (or a
test run with many waits) eventually frees None and the interpreter aborts with
"Fatal Python error: none_dealloc".

Python 3.12 makes None immortal. On 3.11 we raise None's reference count once by a large margin. It is done on
the object header itself rather than with a list of references, because such a list is freed at interpreter
shutdown, and the leaked decrements would then free None during the final garbage collection.

Who calls it: the app at start-up (desktop/app/gui.py), tools that run Qt outside the app (screenshots, the UI
benchmark, test subprocesses) and tests/conftest.py for the whole test run.

Removal condition: delete this module and its callers when either
  - the minimum Python is 3.12 (`requires-python` in pyproject.toml), or
  - PySide6 stops leaking: tests/ui/test_qt_compat.py::test_pyside_still_leaks_none measures the leak and fails
    the day a PySide6 upgrade no longer has it.
"""

from __future__ import annotations

import ctypes
import platform
import sys

MARGIN = 1 << 30  # more leaked decrements than any session or test run can make
_done = False


def protect_none(margin: int = MARGIN) -> None:
    """Add `margin` to the reference counts of None, True and False (CPython < 3.12 only; idempotent)."""
    global _done
    if _done or sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return
    # ob_refcnt is the first field of every CPython object header (Py_ssize_t). True and False suffer the same
    # leaked decrements (seen as "bool_dealloc" when a long benchmark run finalised).
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += margin
    _done = True
