"""HTTP transport for the sync engine: one requests.Session, stall timeouts, full-jitter retries (SYNC.md §7).

Retries are bounded twice: per request (`max_attempts`) and per pass (`give_up_after`): once the server has
answered nothing useful for that long, every further request of the pass fails at once with `ServerUnreachable`
instead of each command spending its own retry budget (a dead server used to take 428 s and 505 retries).
Everything that waits or draws randomness is injected (sleeper, rng, clock, monotonic) so the tests run the
real retry logic deterministically and without real sleeps.
"""

from __future__ import annotations

import email.utils
import json
import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

import requests

# SYNC.md §7: retry these; never 400, 403, 404, 409-business, 412, 422.
RETRYABLE_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})
# A connection that dies before, during or after the response: all "network", all retried with the same key.
NETWORK_ERRORS = (requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError)
IN_FLIGHT_CODE = "request_in_flight"


class Cancel(Protocol):
    def is_set(self) -> bool: ...
    def wait(self, timeout: float | None = None) -> bool: ...


class Cancelled(Exception):
    """The caller's cancel event fired; nothing half-done is left behind by the engine."""


class TransportError(Exception):
    """Retries exhausted (or not allowed) on a retryable failure: network, timeout, 5xx, 429, in-flight."""

    def __init__(self, message: str, status: int | None = None, response: requests.Response | None = None):
        super().__init__(message)
        self.status = status
        self.response = response


class ServerUnreachable(TransportError):
    """The server gave no usable answer for `give_up_after` seconds: this pass stops sending."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"server unreachable for {seconds:.0f} s; giving up this pass")
        self.seconds = seconds


def event_sleeper(seconds: float, cancel: Cancel | None) -> None:
    """Default sleeper: waits on the cancel event so "Batal" interrupts a back-off at once."""
    if cancel is None:
        threading.Event().wait(seconds)
    elif cancel.wait(seconds):
        raise Cancelled()


@dataclass
class Backoff:
    """Full jitter: delay = random(0, min(cap, base·2^n)); Retry-After is a floor, never ignored."""

    base: float = 1.0
    cap: float = 300.0
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        ceiling = min(self.cap, self.base * (2 ** min(attempt, 62)))
        jittered = self.rng.uniform(0.0, ceiling)
        if retry_after is not None:
            return max(jittered, min(retry_after, self.cap))
        return jittered


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Retry-After is either delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now)


def problem_code(response: requests.Response) -> str | None:
    """The `code` of an application/problem+json body, if any (cheap: bodies of errors are small)."""
    if "json" not in response.headers.get("Content-Type", ""):
        return None
    try:
        body = response.json()
    except ValueError:
        return None
    if isinstance(body, dict):
        code = body.get("code")
        return code if isinstance(code, str) else None
    return None


def is_retryable(response: requests.Response) -> bool:
    if response.status_code in RETRYABLE_STATUS:
        return True
    return response.status_code == 409 and problem_code(response) == IN_FLIGHT_CODE


@dataclass
class TransportConfig:
    base_url: str
    timeout: tuple[float, float] = (10.0, 30.0)  # (connect, per-read) — the read part is a stall detector
    verify: bool | str = True  # True, or the path of the provincial CA bundle
    max_attempts: int = 6
    give_up_after: float = 60.0  # seconds of unbroken failure after which the pass stops retrying
    backoff_base: float = 1.0
    backoff_cap: float = 300.0
    user_agent: str = "blangkon-desktop-sync"
    client_version: str = "0.1.0"


class Transport:
    def __init__(
        self,
        config: TransportConfig,
        *,
        session: requests.Session | None = None,
        sleeper: Callable[[float, Cancel | None], None] = event_sleeper,
        rng: random.Random | None = None,
        clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] | None = None,
    ) -> None:
        self.config = config
        self.session = session or requests.Session()
        self.session.verify = config.verify
        self.session.headers["User-Agent"] = f"{config.user_agent}/{config.client_version}"
        self.session.headers["X-Client-Version"] = config.client_version
        self.sleeper = sleeper
        self.backoff = Backoff(config.backoff_base, config.backoff_cap, rng or random.Random())
        self.clock = clock
        self.monotonic = monotonic or time.monotonic
        self.clock_offset: float | None = None  # server minus device, seconds, from the last Date header
        self.clock_checked_at: float | None = None  # the server's time in that header (epoch seconds)
        self.retries = 0  # counted for the sync report
        self.failing_since: float | None = None  # start of the current run of failures (monotonic)

    def url(self, path: str) -> str:
        if path.startswith(("http://", "https://")):
            return path
        return self.config.base_url.rstrip("/") + "/" + path.lstrip("/")

    def reset_backoff(self) -> None:
        """Called at the start of every pass ("Sync now", timer, connectivity back; SYNC.md §7)."""
        self.retries = 0
        self.failing_since = None

    # -- the per-pass give-up budget ----------------------------------------------------------------------
    def remaining(self) -> float | None:
        """Seconds left before giving up, or None while the server answers."""
        if self.failing_since is None:
            return None
        return self.config.give_up_after - (self.monotonic() - self.failing_since)

    def check_deadline(self) -> None:
        left = self.remaining()
        if left is not None and left <= 0:
            raise ServerUnreachable(self.monotonic() - (self.failing_since or 0.0))

    def note_failure(self, started: float) -> None:
        """A network error or retryable status; `started` is when that attempt began (monotonic)."""
        if self.failing_since is None:
            self.failing_since = started

    def note_answer(self) -> None:
        self.failing_since = None

    def wait_before_retry(self, delay: float, cancel: Cancel | None) -> None:
        """Back off, never past the give-up point (then give up now instead of sleeping in vain)."""
        self.check_deadline()
        left = self.remaining()
        self.retries += 1
        self.sleeper(delay if left is None else min(delay, left), cancel)
        self.check_deadline()

    def _timeout(self) -> tuple[float, float]:
        left = self.remaining()
        if left is None:
            return self.config.timeout
        cap = max(left, 0.5)  # a blackholed server cannot hold one attempt past the give-up point
        return min(self.config.timeout[0], cap), min(self.config.timeout[1], cap)

    def _note_date(self, response: requests.Response) -> None:
        date = response.headers.get("Date")
        if not date:
            return
        try:
            server = email.utils.parsedate_to_datetime(date).timestamp()
        except (TypeError, ValueError):
            return
        self.clock_offset = server - self.clock()
        self.clock_checked_at = server

    def send_once(
        self,
        method: str,
        path: str,
        *,
        headers: Mapping[str, str] | None = None,
        data: bytes | None = None,
        params: Mapping[str, Any] | None = None,
        stream: bool = False,
    ) -> requests.Response:
        response = self.session.request(
            method, self.url(path), headers=dict(headers or {}), data=data, params=params,
            stream=stream, timeout=self._timeout(), allow_redirects=False,
        )
        self._note_date(response)
        return response

    def request(
        self,
        method: str,
        path: str,
        *,
        headers: Mapping[str, str] | None = None,
        json_body: Any = None,
        data: bytes | None = None,
        params: Mapping[str, Any] | None = None,
        stream: bool = False,
        cancel: Cancel | None = None,
        max_attempts: int | None = None,
    ) -> requests.Response:
        """Send with retries on the SYNC.md §7 set; returns the first non-retryable response.

        The body is serialised once, before the first attempt, so every retry sends identical bytes
        (the server compares fingerprints under one Idempotency-Key).
        """
        hdrs = dict(headers or {})
        if json_body is not None:
            data = json.dumps(json_body, separators=(",", ":"), ensure_ascii=False).encode()
            hdrs.setdefault("Content-Type", "application/json")
        attempts = max_attempts or self.config.max_attempts
        last: Exception | requests.Response | None = None
        for attempt in range(attempts):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            self.check_deadline()
            retry_after: float | None = None
            started = self.monotonic()
            try:
                response = self.send_once(method, path, headers=hdrs, data=data, params=params, stream=stream)
            except NETWORK_ERRORS as exc:
                last = exc
            else:
                if not is_retryable(response):
                    self.note_answer()
                    return response
                last = response
                retry_after = parse_retry_after(response.headers.get("Retry-After"), self.clock())
                response.close()
            self.note_failure(started)
            if attempt + 1 < attempts:
                self.wait_before_retry(self.backoff.delay(attempt, retry_after), cancel)
        if isinstance(last, requests.Response):
            raise TransportError(f"{method} {path}: HTTP {last.status_code}", last.status_code, last)
        raise TransportError(f"{method} {path}: {type(last).__name__}: {last}")
