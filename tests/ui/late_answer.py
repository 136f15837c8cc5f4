"""A service read whose first call answers late: the older read of a screen's reload race (#13).

The wrapper reads at once (so it sees the state before the step the test then takes) but returns only when the
test releases it, after a newer read has answered; later calls pass straight through."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any


class LateFirstAnswer:
    def __init__(self, real: Callable[..., Any]) -> None:
        self.real = real
        self.entered = threading.Event()  # the first read has read, and waits
        self.release = threading.Event()  # the test lets it answer
        self.calls: list[Any] = []  # what each call read

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        found = self.real(*args, **kwargs)
        self.calls.append(found)
        if len(self.calls) == 1:
            self.entered.set()
            assert self.release.wait(10)
        return found
