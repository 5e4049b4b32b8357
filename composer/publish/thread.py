"""The thread to post and what has been posted of it, kept in the draft's manifest.

manifest["channels"]["x"] gains:
  "published": [{"index", "sha256", "id", "url", "posted_at"}]   one entry per post that X accepted
  "pending":   {"index", "sha256", "since"} or null              written *before* each request
  "history":   [{"restarted_at", "published"}]                    threads abandoned with --force-restart
A pending entry left by a crash means "this post may exist": it is looked up before anything is resent.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from composer.errors import OutboxError, PublishError
from composer.outbox import read_manifest, sha256, update_manifest

CHANNEL = "x"
LIMIT = 280
_URL = re.compile(r"https?://\S+")


@dataclass(frozen=True)
class Thread:
    folder: Path
    texts: tuple[str, ...]

    @property
    def hashes(self) -> tuple[str, ...]:
        return tuple(sha256(t) for t in self.texts)


def load_thread(folder: Path) -> Thread:
    """The X posts of a draft folder, validated by X's own length rules."""
    from composer.channels.length import x_length

    read_manifest(folder)  # a clear error when this is not a draft folder
    path = folder / "x.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise OutboxError(f"{folder} has no X thread (x.json); draft it with --channel x") from None
    except json.JSONDecodeError:
        raise OutboxError(f"{path} is damaged (not valid JSON)") from None
    texts = tuple(str(p.get("text", "")) for p in data.get("posts", []))
    if not texts:
        raise PublishError(f"{path} has no posts")
    for i, text in enumerate(texts, 1):
        if not text.strip() or x_length(text) > LIMIT:
            raise PublishError(f"post {i} is not valid on X ({x_length(text)}/{LIMIT} weighted characters)")
    return Thread(folder, texts)


def state(folder: Path) -> dict[str, Any]:
    return read_manifest(folder).get("channels", {}).get(CHANNEL, {})


def published(folder: Path) -> list[dict[str, Any]]:
    return list(state(folder).get("published", []))


def check_unchanged(thread: Thread, done: list[dict[str, Any]]) -> None:
    """Refuse to go on with a thread whose posted part was edited since."""
    for entry in done:
        index = entry["index"]
        if index >= len(thread.texts) or thread.hashes[index] != entry["sha256"]:
            raise PublishError(
                f"post {index + 1} was edited after it went out (as {entry['url']}); "
                "posting the rest would make a thread that does not match",
                hint="use --force-restart to post the whole thread again as a new thread",
            )


def mark_pending(thread: Thread, index: int, since: str) -> None:
    _change(thread.folder, lambda x: x.update(state="posting", pending={
        "index": index, "sha256": thread.hashes[index], "since": since}))  # fmt: skip


def clear_pending(thread: Thread) -> None:
    _change(thread.folder, lambda x: x.update(pending=None))


def record(thread: Thread, index: int, post_id: str, posted_at: str) -> None:
    """Write one accepted post at once, atomically, so a crash right after loses nothing."""

    def change(x: dict[str, Any]) -> None:
        entries = [e for e in x.get("published", []) if e["index"] != index]
        entries.append({"index": index, "sha256": thread.hashes[index], "id": post_id,
                        "url": post_url(post_id), "posted_at": posted_at})  # fmt: skip
        x["published"] = sorted(entries, key=lambda e: e["index"])
        x["pending"] = None
        x["state"] = "posted" if len(entries) == len(thread.texts) else "posting"

    _change(thread.folder, change)


def restart(thread: Thread, now: str) -> None:
    def change(x: dict[str, Any]) -> None:
        if x.get("published"):
            x.setdefault("history", []).append({"restarted_at": now, "published": x["published"]})
        x.update(published=[], pending=None, state="drafted")

    _change(thread.folder, change)


def post_url(post_id: str) -> str:
    return f"https://x.com/i/web/status/{post_id}"


def same_text(a: str, b: str) -> bool:
    """X rewrites links (t.co) and may trim spaces; compare what is left."""
    return _normal(a) == _normal(b)


def _normal(text: str) -> str:
    return " ".join(_URL.sub("", text).split()).casefold()


def _change(folder: Path, change) -> None:
    update_manifest(folder, lambda m: change(m.setdefault("channels", {}).setdefault(CHANNEL, {})))
