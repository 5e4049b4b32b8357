"""The only place that writes under the outbox.

A draft is built in a hidden temporary folder beside its final place and
renamed into place in one step, so a crash or Ctrl-C never leaves half a
folder. Single files (the manifest, while posting) are written to a temporary
name and renamed. A lock file serialises Composer processes sharing an outbox.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from composer import __version__
from composer.blocks import Brief, Draft
from composer.errors import OutboxError
from composer.slugs import slugify

MANIFEST = "manifest.json"
BRIEF = "brief.json"
BRIEFS = "briefs.json"
LOCK = ".composer.lock"


def sha256(data: str | bytes) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write to a temporary file in the same folder, fsync, rename over `path`."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def dump_json(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


@contextlib.contextmanager
def locked(outbox: Path) -> Iterator[None]:
    """Hold an exclusive lock on the outbox while a draft is placed or a manifest changes."""
    try:
        outbox.mkdir(parents=True, exist_ok=True)
        handle = open(outbox / LOCK, "a+")  # noqa: SIM115 - held for the block
    except OSError as exc:
        raise OutboxError(f"cannot write to outbox {outbox}: {exc.strerror}") from None
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def folder_name(brief: Brief, when: datetime) -> str:
    return f"{when.date().isoformat()}-{slugify(brief.slug)}"


def save(
    brief: Brief,
    drafts: list[Draft],
    outbox: Path,
    *,
    when: datetime,
    source_sha256: str | None = None,
    overwrite: bool = False,
) -> Path:
    """Write one article's draft folder and return its path. All or nothing."""
    files = _collect_files({BRIEF: dump_json(brief.model_dump(mode="json"))}, drafts)
    source = {**brief.article.source.model_dump(), "sha256": source_sha256}
    manifest = _manifest(brief.headline, brief.slug, source, drafts, files, when)
    return _save(files, manifest, outbox, folder_name(brief, when), overwrite)


def save_issue(
    briefs: list[Brief], draft: Draft, outbox: Path, *, subject: str, slug: str, when: datetime, overwrite: bool = False
) -> Path:
    """Write a digest newsletter (several articles, one issue) as one draft folder."""
    files = _collect_files({BRIEFS: dump_json([b.model_dump(mode="json") for b in briefs])}, [draft])
    sources = [b.article.source.model_dump() for b in briefs]
    manifest = _manifest(subject, slug, {"articles": sources}, [draft], files, when)
    return _save(files, manifest, outbox, f"{when.date().isoformat()}-{slugify(slug)}", overwrite)


def _save(files: dict[str, str | bytes], manifest: dict[str, Any], outbox: Path, name: str, overwrite: bool) -> Path:
    files[MANIFEST] = dump_json(manifest)
    with locked(outbox):
        target = _target(outbox, name, overwrite)
        _place(files, outbox, target)
    return target


def _collect_files(files: dict[str, str | bytes], drafts: list[Draft]) -> dict[str, str | bytes]:
    for draft in drafts:
        for name, content in draft.files.items():
            if name in files or not _safe_name(name):
                raise OutboxError(f"channel {draft.channel} produced a bad or duplicate file name: {name!r}")
            files[name] = content
    return files


def _safe_name(name: str) -> bool:
    return bool(name) and "/" not in name and "\\" not in name and name not in {".", ".."} and not name.startswith(".")


def _manifest(
    headline: str,
    slug: str,
    source: dict[str, Any],
    drafts: list[Draft],
    files: dict[str, str | bytes],
    when: datetime,
) -> dict[str, Any]:
    return {
        "composer_version": __version__,
        "created": when.isoformat(timespec="seconds"),
        "headline": headline,
        "slug": slug,
        "source": source,
        "files": {name: sha256(content) for name, content in sorted(files.items())},
        "channels": {d.channel: _channel_state(d) for d in drafts},
    }


def _channel_state(draft: Draft) -> dict[str, Any]:
    state: dict[str, Any] = {"state": "drafted"}
    if draft.posts:
        state["posts"] = [{"sha256": sha256(p.text)} for p in draft.posts]
    return state


def _target(outbox: Path, name: str, overwrite: bool) -> Path:
    target = outbox / name
    if overwrite or not target.exists():
        return target
    for n in range(2, 1000):
        candidate = outbox / f"{name}-{n}"
        if not candidate.exists():
            return candidate
    raise OutboxError(f"too many drafts named {name} in {outbox}; clean the outbox")


def _place(files: dict[str, str | bytes], outbox: Path, target: Path) -> None:
    """Build in a hidden sibling folder, then swap it into place."""
    staging = Path(tempfile.mkdtemp(dir=outbox, prefix=f".{target.name}.", suffix=".tmp"))
    try:
        for name, content in files.items():
            raw = content.encode("utf-8") if isinstance(content, str) else content
            (staging / name).write_bytes(raw)
        _swap(staging, target)
    except OSError as exc:
        raise OutboxError(f"cannot write draft {target}: {exc.strerror or exc}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _swap(staging: Path, target: Path) -> None:
    if not target.exists():
        os.rename(staging, target)
        return
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    os.rename(target, old)
    os.rename(staging, target)
    shutil.rmtree(old, ignore_errors=True)


def read_manifest(draft_dir: Path) -> dict[str, Any]:
    path = draft_dir / MANIFEST
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise OutboxError(f"{draft_dir} is not a draft folder (no {MANIFEST})") from None
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise OutboxError(f"{path} is damaged (not valid JSON)") from None


def update_manifest(draft_dir: Path, change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    """Read, change and atomically rewrite a manifest under the outbox lock."""
    with locked(draft_dir.parent):
        manifest = read_manifest(draft_dir)
        change(manifest)
        write_atomic(draft_dir / MANIFEST, dump_json(manifest))
    return manifest


def list_drafts(outbox: Path) -> list[tuple[Path, dict[str, Any]]]:
    """Every draft folder with its manifest, newest name first; damaged ones skipped."""
    if not outbox.is_dir():
        return []
    found = []
    for folder in sorted(outbox.iterdir(), reverse=True):
        if folder.is_dir() and not folder.name.startswith(".") and (folder / MANIFEST).is_file():
            with contextlib.suppress(OutboxError):
                found.append((folder, read_manifest(folder)))
    return found


def draft_summary(folder: Path, manifest: dict[str, Any]) -> dict[str, Any]:
    """One row of `composer outbox list`: what a human or a script wants to know."""
    channels = manifest.get("channels", {})
    return {
        "folder": str(folder),
        "name": folder.name,
        "created": manifest.get("created"),
        "headline": manifest.get("headline"),
        "channels": sorted(channels),
        "state": {name: info.get("state", "drafted") for name, info in sorted(channels.items())},
    }


def find_draft(outbox: Path, name: str) -> Path:
    """A draft by folder path or by its name inside the outbox."""
    for candidate in (Path(name), outbox / name):
        if (candidate / MANIFEST).is_file():
            return candidate
    raise OutboxError(f"no draft named {name!r} in {outbox}", hint="see `composer outbox list`")


def parse_age(text: str) -> timedelta:
    """'30d', '12h', '2w' -> timedelta."""
    units = {"h": "hours", "d": "days", "w": "weeks"}
    number, unit = text[:-1], text[-1:].lower()
    if unit not in units or not number.isdigit():
        raise OutboxError(f"cannot read the age {text!r}; use a number and h, d or w, like 30d")
    return timedelta(**{units[unit]: int(number)})


def older_than(outbox: Path, age: timedelta, now: datetime) -> list[Path]:
    """Draft folders whose manifest was created more than `age` before `now`."""
    old = []
    for folder, manifest in list_drafts(outbox):
        created = _created(manifest)
        if created is not None and now - created > age:
            old.append(folder)
    return old


def remove_drafts(folders: list[Path]) -> None:
    """Delete draft folders: renamed to a hidden name first, so a crash never leaves half a draft listed."""
    for folder in folders:
        trash = folder.with_name(f".{folder.name}.deleting")
        os.rename(folder, trash)
        shutil.rmtree(trash)


def _created(manifest: dict[str, Any]) -> datetime | None:
    try:
        created = datetime.fromisoformat(manifest["created"])
    except (KeyError, TypeError, ValueError):
        return None
    return created if created.tzinfo else created.astimezone()


def rewrite(folder: Path, drafts: list[Draft]) -> None:
    """Replace some channels' files in an existing draft (after a template change), keeping posting state."""
    with locked(folder.parent):
        manifest = read_manifest(folder)
        for draft in drafts:
            for name, content in draft.files.items():
                if not _safe_name(name):
                    raise OutboxError(f"channel {draft.channel} produced a bad file name: {name!r}")
                write_atomic(folder / name, content)
                manifest["files"][name] = sha256(content)
            manifest["channels"][draft.channel] = _channel_state(draft)
        write_atomic(folder / MANIFEST, dump_json(manifest))
