"""A fault-injecting loopback HTTP proxy (threads + sockets) for SYNC.md §9 network-cut tests.

One client connection is served at a time per thread; each HTTP request is parsed just enough (head +
Content-Length body) to decide a fault, then forwarded to the upstream server on a fresh connection. Faults
are queued per request matcher, so a test says exactly which request dies and how:

- DROP_BEFORE_BODY: headers reach nobody; the client's connection is cut before the body is forwarded.
- DROP_AFTER_COMMIT: the request goes upstream and its full response is read (so the server committed),
  then the client's connection is closed without relaying a byte.
- DROP_MID_RESPONSE: relay the response head and `cut_after` body bytes, then close.
- STALL: accept and never answer until the proxy is told to release (the client's read timeout fires).
- STALL_MID_RESPONSE: relay the response head and `cut_after` body bytes, then go silent (connection open) until
  released: a link that hangs mid-download, or a client killed while it waits.
- STATUS: answer with `status` (e.g. 503, 429 with Retry-After) without contacting upstream.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

DROP_BEFORE_BODY = "drop_before_body"
DROP_AFTER_COMMIT = "drop_after_commit"
DROP_MID_RESPONSE = "drop_mid_response"
STALL = "stall"
STATUS = "status"
STALL_MID_RESPONSE = "stall_mid_response"


@dataclass
class Fault:
    mode: str
    match: Callable[[str, str], bool] = lambda method, path: True
    status: int = 503
    headers: dict[str, str] = field(default_factory=dict)
    cut_after: int = 0
    times: int = 1


@dataclass
class Seen:
    method: str
    path: str
    fault: str | None
    range: str | None = None  # the request's Range header, to see resumed downloads


def _read_head(sock: socket.socket, buf: bytes) -> tuple[bytes, bytes] | None:
    while b"\r\n\r\n" not in buf:
        data = sock.recv(65536)
        if not data:
            return None
        buf += data
    head, rest = buf.split(b"\r\n\r\n", 1)
    return head + b"\r\n\r\n", rest


def _header(head: bytes, wanted: bytes) -> str | None:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == wanted:
            return value.strip().decode("latin-1")
    return None


def _content_length(head: bytes) -> int:
    return int(_header(head, b"content-length") or 0)


def _read_exact(sock: socket.socket, buf: bytes, n: int) -> tuple[bytes, bytes] | None:
    while len(buf) < n:
        data = sock.recv(65536)
        if not data:
            return None
        buf += data
    return buf[:n], buf[n:]


def _read_response(up: socket.socket) -> bytes:
    """The full upstream response (server closes after it: we send `Connection: close`)."""
    chunks = []
    while True:
        data = up.recv(65536)
        if not data:
            return b"".join(chunks)
        chunks.append(data)


class FaultProxy:
    def __init__(self, upstream_host: str, upstream_port: int) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.faults: list[Fault] = []
        self.seen: list[Seen] = []
        self.lock = threading.Lock()
        self.release = threading.Event()
        self.triggered = threading.Event()  # set whenever a fault fires: tests wait on it, never sleep
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._closed = False
        self._clients: set[socket.socket] = set()
        self._thread = threading.Thread(target=self._accept, daemon=True, name="faultproxy")
        self._thread.start()

    def add(self, fault: Fault) -> None:
        with self.lock:
            self.faults.append(fault)

    def clear(self) -> None:
        with self.lock:
            self.faults.clear()
        self.release.set()

    def _take(self, method: str, path: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.match(method, path):
                    fault.times -= 1
                    if fault.times <= 0:
                        self.faults.remove(fault)
                    self.triggered.set()
                    return fault
        return None

    def close(self) -> None:
        """The link goes down: the listener and every open client connection (keep-alive ones too)."""
        self._closed = True
        self.release.set()
        try:
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() blocked in our thread (Linux)
        except OSError:
            pass
        self.listener.close()
        with self.lock:
            clients = list(self._clients)
        for client in clients:
            try:
                client.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        buf = b""
        with self.lock:
            self._clients.add(client)
        try:
            while True:
                got = _read_head(client, buf)
                if got is None:
                    return
                head, buf = got
                request_line = head.split(b"\r\n", 1)[0].decode("latin-1")
                method, path = request_line.split(" ")[:2]
                fault = self._take(method, path)
                with self.lock:
                    self.seen.append(Seen(method, path, fault.mode if fault else None, _header(head, b"range")))
                if fault is not None and fault.mode == DROP_BEFORE_BODY:
                    return
                body_got = _read_exact(client, buf, _content_length(head))
                if body_got is None:
                    return
                body, buf = body_got
                if fault is not None and fault.mode == STALL:
                    self.release.wait(60)
                    return
                if fault is not None and fault.mode == STATUS:
                    extra = "".join(f"{k}: {v}\r\n" for k, v in fault.headers.items())
                    payload = b'{"code":"injected","detail":"fault proxy"}'
                    client.sendall(
                        f"HTTP/1.1 {fault.status} Injected\r\nContent-Type: application/problem+json\r\n"
                        f"Content-Length: {len(payload)}\r\n{extra}\r\n".encode() + payload)
                    continue
                response = self._forward(head, body)
                if fault is not None and fault.mode == DROP_AFTER_COMMIT:
                    return
                if fault is not None and fault.mode in (DROP_MID_RESPONSE, STALL_MID_RESPONSE):
                    split = response.find(b"\r\n\r\n") + 4
                    client.sendall(response[: split + fault.cut_after])
                    if fault.mode == STALL_MID_RESPONSE:
                        self.release.wait(60)
                    return
                client.sendall(response)
                if b"\r\nconnection: close" in response.lower().split(b"\r\n\r\n", 1)[0]:
                    return
        except OSError:
            return
        finally:
            with self.lock:
                self._clients.discard(client)
            try:
                client.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            client.close()

    def _forward(self, head: bytes, body: bytes) -> bytes:
        # One upstream connection per request with `Connection: close`, so the response ends at EOF and the
        # proxy never has to parse chunked encoding.
        lines = [ln for ln in head.rstrip(b"\r\n").split(b"\r\n") if not ln.lower().startswith(b"connection:")]
        lines.append(b"Connection: close")
        with socket.create_connection(self.upstream) as up:
            up.sendall(b"\r\n".join(lines) + b"\r\n\r\n" + body)
            response = _read_response(up)
        # Tell the client to keep its connection: rewrite the upstream's close into keep-alive only when the
        # response has a Content-Length (otherwise the client needs EOF to find the end).
        head_end = response.find(b"\r\n\r\n")
        if head_end < 0:
            return response
        resp_head, resp_body = response[:head_end], response[head_end + 4:]
        kept = [ln for ln in resp_head.split(b"\r\n") if not ln.lower().startswith(b"connection:")]
        has_length = any(ln.lower().startswith(b"content-length:") for ln in kept)
        if not has_length:
            kept.append(b"Connection: close")
        return b"\r\n".join(kept) + b"\r\n\r\n" + resp_body
