"""Services for a screen test: only the ones the screen under test calls; the rest are None.

`Services` types every field with the real service class, so the app's composition root must build them all;
a test of one screen passes just what that screen uses (a missing one fails loudly as `None` if it is called).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from desktop.services.context import Services


def partial_services(**given: Any) -> Services:
    names = {f.name for f in dataclasses.fields(Services)}
    unknown = set(given) - names
    assert not unknown, f"Services has no {sorted(unknown)}"
    return Services(**{name: given.get(name) for name in names})
