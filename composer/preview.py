"""The preview: one page with the email at 600 and 375 px, its plain text, and the threads.

`write_static` puts it in the draft folder as preview.html; `serve` shows it on
127.0.0.1 and reloads the page when the draft or a template changes (re-rendering
the draft from its brief.json when a template changed).
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from composer.outbox import read_manifest, write_atomic
from composer.templating import Templates

PAGE = "preview/page.html.j2"
STATIC_NAME = "preview.html"
TITLES = {"x": "X", "bluesky": "Bluesky", "mastodon": "Mastodon", "threads": "Threads", "linkedin": "LinkedIn"}
_CONTENT_TYPES = {".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8",
                  ".json": "application/json", ".md": "text/plain; charset=utf-8", ".mjml": "text/plain; charset=utf-8",
                  ".eml": "message/rfc822"}  # fmt: skip


def page(folder: Path, templates: Templates, *, live: bool) -> str:
    return templates.render(PAGE, **page_context(folder, live=live))


def page_context(folder: Path, *, live: bool) -> dict[str, Any]:
    manifest = read_manifest(folder)
    text_part = folder / "newsletter.txt"
    return {
        "headline": manifest.get("headline", folder.name),
        "folder": str(folder),
        "has_email": (folder / "newsletter.html").is_file(),
        "plain_text": text_part.read_text(encoding="utf-8") if text_part.is_file() else "",
        "threads": [t for t in (_thread(folder, name) for name in TITLES) if t],
        "live": live,
    }


def _thread(folder: Path, channel: str) -> dict[str, Any] | None:
    path = folder / f"{channel}.json"
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return {"title": TITLES[channel], "limit": data.get("limit"), "posts": data.get("posts", [])}


def write_static(folder: Path, templates: Templates) -> Path:
    target = folder / STATIC_NAME
    write_atomic(target, page(folder, templates, live=False))
    return target


def fingerprint(paths: list[Path]) -> str:
    """Changes whenever a file under these paths is added, removed or modified."""
    digest = hashlib.sha256()
    for root in paths:
        files = sorted(root.rglob("*")) if root.is_dir() else [root]
        for path in files:
            if path.is_file() and path.name != STATIC_NAME and not path.name.startswith("."):
                stat = path.stat()
                digest.update(f"{path}:{stat.st_mtime_ns}:{stat.st_size}".encode())
    return digest.hexdigest()[:16]


class PreviewServer:
    """A local server for one draft folder. `refresh` is called when a template changes."""

    def __init__(self, folder: Path, templates: Callable[[], Templates], refresh: Callable[[], None]) -> None:
        self.folder = folder.resolve()
        self.make_templates = templates  # asked again at each check: a ./templates folder may appear
        self.templates = templates()
        self.refresh = refresh
        self._template_print = fingerprint(self.templates.folders)
        self._lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_port}/"

    def version(self) -> str:
        """The draft's fingerprint, after re-rendering it if a template changed since last asked."""
        with self._lock:
            current = self.make_templates()
            now = fingerprint(current.folders)
            if now != self._template_print:
                self.templates, self._template_print = current, now
                self.refresh()
            return fingerprint([self.folder])

    def serve_forever(self) -> None:
        self.httpd.serve_forever(poll_interval=0.2)

    def shutdown(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                route = self.path.split("?", 1)[0]
                if route in ("/", "/index.html"):
                    self._send(200, "text/html; charset=utf-8", page(server.folder, server.templates, live=True))
                elif route == "/__state":
                    self._send(200, "application/json", json.dumps({"version": server.version()}))
                else:
                    self._file(route.lstrip("/"))

            def _file(self, name: str) -> None:
                path = (server.folder / name).resolve()
                if path.parent != server.folder or not path.is_file() or path.name.startswith("."):
                    self._send(404, "text/plain; charset=utf-8", "not found")
                    return
                self._send(200, _CONTENT_TYPES.get(path.suffix, "application/octet-stream"), path.read_bytes())

            def _send(self, status: int, content_type: str, body: str | bytes) -> None:
                raw = body.encode("utf-8") if isinstance(body, str) else body
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(raw)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(raw)

            def log_message(self, *args: Any) -> None:  # the terminal shows our own lines only
                pass

        return Handler
