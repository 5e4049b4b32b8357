import json
from pathlib import Path

import pytest

from composer import outbox
from composer.blocks import Draft
from composer.errors import OutboxError
from tests.conftest import FIXED_NOW


def drafts() -> list[Draft]:
    return [Draft(channel="x", limit=280, files={"x.json": "{}\n", "x.md": "# x\n"})]


def test_save_writes_brief_drafts_and_a_manifest_with_hashes(small_brief, tmp_path):
    folder = outbox.save(small_brief, drafts(), tmp_path / "out", when=FIXED_NOW, source_sha256="abc")
    assert folder.name == "2026-11-24-springfield-opens-its-rebuilt-bridge"
    assert sorted(p.name for p in folder.iterdir()) == ["brief.json", "manifest.json", "x.json", "x.md"]
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["files"]["x.md"] == outbox.sha256("# x\n")
    assert manifest["source"] == {"path": "bridge.txt", "url": None, "sha256": "abc"}
    assert manifest["channels"]["x"]["state"] == "drafted"


def test_second_draft_on_the_same_day_gets_a_suffix(small_brief, tmp_path):
    first = outbox.save(small_brief, drafts(), tmp_path, when=FIXED_NOW)
    second = outbox.save(small_brief, drafts(), tmp_path, when=FIXED_NOW)
    assert second.name == first.name + "-2"


def test_overwrite_replaces_in_place(small_brief, tmp_path):
    first = outbox.save(small_brief, drafts(), tmp_path, when=FIXED_NOW)
    (first / "stale.txt").write_text("old")
    again = outbox.save(small_brief, drafts(), tmp_path, when=FIXED_NOW, overwrite=True)
    assert again == first and not (first / "stale.txt").exists()


def test_a_failed_write_leaves_no_half_folder(small_brief, tmp_path, monkeypatch):
    calls = []

    def fail_on_second(self, data):
        calls.append(self.name)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return Path.write_text.__wrapped__(self, data) if hasattr(Path.write_text, "__wrapped__") else None

    monkeypatch.setattr(Path, "write_bytes", fail_on_second)
    with pytest.raises(OutboxError, match="No space left"):
        outbox.save(small_brief, drafts(), tmp_path / "out", when=FIXED_NOW)
    assert [p.name for p in (tmp_path / "out").iterdir() if p.name != outbox.LOCK] == []


def test_channel_file_names_cannot_escape_the_folder(small_brief, tmp_path):
    evil = Draft(channel="x", files={"../escape.txt": "boo"})
    with pytest.raises(OutboxError, match="bad or duplicate file name"):
        outbox.save(small_brief, [evil], tmp_path / "out", when=FIXED_NOW)
    assert not (tmp_path / "escape.txt").exists()


def test_hostile_slug_stays_inside_the_outbox(small_brief, tmp_path):
    hostile = small_brief.model_copy(update={"slug": "../../etc/passwd"})
    folder = outbox.save(hostile, drafts(), tmp_path / "out", when=FIXED_NOW)
    assert folder.parent == tmp_path / "out"
    assert folder.name == "2026-11-24-etc-passwd"


def test_update_manifest_is_atomic_and_listed(small_brief, tmp_path):
    folder = outbox.save(small_brief, drafts(), tmp_path, when=FIXED_NOW)
    outbox.update_manifest(folder, lambda m: m["channels"]["x"].update(state="posted"))
    [(listed, manifest)] = outbox.list_drafts(tmp_path)
    assert listed == folder and manifest["channels"]["x"]["state"] == "posted"
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_damaged_manifest_is_a_clear_error(small_brief, tmp_path):
    folder = outbox.save(small_brief, drafts(), tmp_path, when=FIXED_NOW)
    (folder / "manifest.json").write_text("{not json")
    with pytest.raises(OutboxError, match="damaged"):
        outbox.read_manifest(folder)
