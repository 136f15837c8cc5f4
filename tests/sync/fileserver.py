"""A stdlib HTTP server with Range/If-Range (ETag = sha256) for chunk download tests, and scripted replies."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FileServer:
    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self.script: list[Callable[[BaseHTTPRequestHandler], bool]] = []  # a hook returning True handled it
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                return

            def do_GET(self) -> None:
                owner.requests.append(("GET", self.path, dict(self.headers.items())))
                if owner.script and owner.script.pop(0)(self):
                    return
                body = owner.files.get(self.path)
                if body is None:
                    self.send_error(404)
                    return
                etag = '"' + hashlib.sha256(body).hexdigest() + '"'
                start = 0
                rng = self.headers.get("Range")
                if rng and self.headers.get("If-Range", etag) == etag:
                    start = int(rng.split("=")[1].split("-")[0])
                    if start >= len(body):
                        self.send_response(416)
                        self.send_header("Content-Range", f"bytes */{len(body)}")
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    self.send_response(206)
                    self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
                else:
                    self.send_response(200)
                self.send_header("ETag", etag)
                self.send_header("Content-Type", "application/gzip")
                self.send_header("Content-Length", str(len(body) - start))
                self.end_headers()
                self.wfile.write(body[start:])

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.02,), daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def truncated(body: bytes, keep: int) -> Callable[[BaseHTTPRequestHandler], bool]:
    """Reply 200 with the full Content-Length but send only `keep` bytes, then cut the connection."""

    def hook(handler: BaseHTTPRequestHandler) -> bool:
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(body)))
        handler.send_header("ETag", '"' + hashlib.sha256(body).hexdigest() + '"')
        handler.end_headers()
        handler.wfile.write(body[:keep])
        handler.wfile.flush()
        handler.close_connection = True
        import socket

        handler.connection.shutdown(socket.SHUT_RDWR)
        return True

    return hook


def status(code: int, headers: dict[str, str] | None = None, body: bytes = b"") -> Callable[..., bool]:
    def hook(handler: BaseHTTPRequestHandler) -> bool:
        handler.send_response(code)
        for k, v in (headers or {}).items():
            handler.send_header(k, v)
        handler.send_header("Content-Length", str(len(body)))
        handler.send_header("Content-Type", "application/problem+json")
        handler.end_headers()
        handler.wfile.write(body)
        return True

    return hook


def corrupt(body: bytes) -> Callable[[BaseHTTPRequestHandler], bool]:
    """A full-length body with one flipped byte (sha256 mismatch)."""
    bad = bytes([body[0] ^ 0xFF]) + body[1:]
    return status(200, {"ETag": '"' + hashlib.sha256(body).hexdigest() + '"'}, bad)
