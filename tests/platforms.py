"""Markers for tests that exercise one OS's own pieces (run on the Windows CI runner too, see
.github/workflows/windows.yml): POSIX shells and signals, the Linux package."""

from __future__ import annotations

import sys

import pytest

POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="POSIX only (sh scripts, SIGKILL, install.sh)")
