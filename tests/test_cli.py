"""The commands as a user runs them: output, files written, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from composer import display
from composer.cli import app
from tests.conftest import draft_folders

runner = CliRunner()


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.startswith("composer 0.")


def test_help_lists_commands_and_exit_codes():
    result = run("--help")
    assert result.exit_code == 0
    for word in ("extract", "draft", "outbox", "templates", "init", "Exit codes"):
        assert word in result.stdout


def test_extract_shows_people_quotes_and_facts(sample_file):
    result = run("extract", str(sample_file))
    assert result.exit_code == 0, result.output
    assert "Pete Hegseth" in result.stdout
    assert "We are not sending US troops to Ukraine" in result.stdout
    assert "Key facts" in result.stdout


def test_extract_on_an_80_column_terminal_keeps_names_and_cues_in_whole_words(sample_file, monkeypatch):
    monkeypatch.setattr(display.console, "width", 80)
    result = run("extract", str(sample_file))
    assert result.exit_code == 0, result.output
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    cells = [cell.strip() for line in result.stdout.splitlines() for cell in line.split("│")]
    assert "declared" in cells and "Pete Hegseth" in cells  # not 'decla' over 'red', 'Pete' over 'Hegseth'


def test_extract_json_is_the_contract(sample_file):
    result = run("extract", "--json", str(sample_file))
    assert result.exit_code == 0, result.output
    [line] = result.stdout.splitlines()
    record = json.loads(line)
    assert record["source"] == {"path": str(sample_file), "url": None}
    assert {"title", "published", "byline"} <= set(record["article"])
    body = record["article"]["body"]
    for quote in record["quotes"]:
        assert body[quote["start"] : quote["end"]] == quote["text"]
        assert quote["kind"] in ("full", "partial")
        assert quote["speaker"] is None or {"name", "role"} <= set(quote["speaker"])
    for fact in record["facts"]:
        assert body[fact["start"] : fact["end"]] == fact["text"] and 0 <= fact["score"] <= 1
    assert all({"name", "role", "age", "mentions"} <= set(p) for p in record["people"])


def test_extract_reads_stdin(sample_file):
    result = run("extract", "--json", "-", input=sample_file.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["source"]["path"] is None


def test_draft_writes_one_folder_with_every_channel(sample_file):
    result = run("draft", str(sample_file), "--url", "https://example.com/story")
    assert result.exit_code == 0, result.output
    [folder] = draft_folders(Path("outbox"))
    names = {p.name for p in folder.iterdir()}
    for channel in ("x", "bluesky", "mastodon", "threads", "linkedin"):
        assert {f"{channel}.json", f"{channel}.md"} <= names
    assert {"newsletter.html", "newsletter.txt", "newsletter.eml", "newsletter.mjml", "brief.json"} <= names
    assert json.loads((folder / "manifest.json").read_text())["source"]["path"] == str(sample_file)


def test_draft_one_channel_prints_the_thread_with_counters(sample_file):
    result = run("draft", str(sample_file), "--channel", "x")
    assert result.exit_code == 0, result.output
    [folder] = draft_folders(Path("outbox"))
    assert {p.name for p in folder.iterdir()} == {"brief.json", "manifest.json", "x.json", "x.md"}
    assert "/280" in result.stdout


def test_draft_a_folder_survives_one_broken_file(sample_file, isolated):
    batch = isolated / "batch"
    batch.mkdir()
    for i in range(3):
        (batch / f"a{i}.txt").write_text(sample_file.read_text(encoding="utf-8"))
    (batch / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    result = run("--quiet", "draft", str(batch), "--channel", "x")
    assert result.exit_code == 1
    assert "broken.txt" in result.stderr and "binary" in result.stderr
    assert len(list(draft_folders(Path("outbox")))) == 3


def test_draft_json_output_is_one_object_per_article(sample_file):
    result = run("draft", str(sample_file), "--channel", "x", "--json")
    record = json.loads(result.stdout)
    assert record["ok"] and record["channels"] == {"x": ["x.json", "x.md"]}


def test_piped_output_is_tab_separated(sample_file):
    result = run("draft", str(sample_file), "--channel", "x")
    [line] = [x for x in result.stdout.splitlines() if x.startswith("ok\t")]
    assert line.split("\t")[1] == str(sample_file)


def test_missing_file_is_one_line_and_exit_3():
    result = run("extract", "nope.txt")
    assert result.exit_code == 3
    assert result.stderr.strip().splitlines()[0] == "Error: nope.txt: no such file"
    assert "Traceback" not in result.output


def test_empty_file(isolated):
    (isolated / "empty.txt").write_text("   \n\n")
    result = run("extract", "empty.txt")
    assert result.exit_code == 3 and "no article text" in result.stderr


def test_binary_file(isolated):
    (isolated / "photo.txt").write_bytes(bytes(range(256)) * 4)
    result = run("extract", "photo.txt")
    assert result.exit_code == 3 and "binary" in result.stderr


def test_unknown_channel_is_a_usage_error(sample_file):
    result = run("draft", str(sample_file), "--channel", "x,myspace")
    assert result.exit_code == 2 and "unknown channel 'myspace'" in result.stderr
    assert not Path("outbox").exists()


def test_debug_shows_the_traceback():
    result = run("--debug", "extract", "nope.txt")
    assert result.exit_code != 0 and result.exception is not None


def test_schema_is_json_schema():
    result = run("schema")
    assert json.loads(result.stdout)["title"] == "Brief"


def test_outbox_list_and_show(sample_file):
    run("draft", str(sample_file), "--channel", "x")
    listed = json.loads(run("outbox", "list", "--json").stdout)
    assert [row["channels"] for row in listed] == [["x"]]
    shown = run("outbox", "show", listed[0]["name"])
    assert shown.exit_code == 0 and "x: drafted" in shown.stdout


def test_outbox_clean_asks_first_and_deletes_with_yes(sample_file, monkeypatch):
    run("draft", str(sample_file), "--channel", "x")
    monkeypatch.setenv("COMPOSER_NOW", "2027-01-30T00:00:00+00:00")
    refused = run("outbox", "clean", "--older-than", "30d")
    assert refused.exit_code == 1 and len(list(Path("outbox").glob("20*"))) == 1
    done = run("outbox", "clean", "--older-than", "30d", "--yes")
    assert done.exit_code == 0 and list(Path("outbox").glob("20*")) == []


def test_outbox_clean_bad_age():
    result = run("outbox", "clean", "--older-than", "soon", "--yes")
    assert result.exit_code != 0 and "cannot read the age" in result.stderr


def test_init_writes_a_config_that_loads_and_refuses_to_overwrite():
    assert run("init").exit_code == 0
    assert "[newsletter]" in Path("composer.toml").read_text()
    assert run("extract", "--help").exit_code == 0
    again = run("init")
    assert again.exit_code == 2 and "already exists" in again.stderr


def test_init_templates_then_list_shows_overrides():
    assert run("init", "--templates").exit_code == 0
    rows = json.loads(run("templates", "list", "--json").stdout)
    assert rows and not any(r["builtin"] for r in rows)


def test_invalid_config_names_the_key(sample_file):
    Path("composer.toml").write_text('[social]\nmastodon_limit = "lots"\n')
    result = run("draft", str(sample_file))
    assert result.exit_code == 4 and "social.mastodon_limit" in result.stderr


def test_verbose_says_what_extraction_found(sample_file):
    result = run("--verbose", "draft", str(sample_file), "--channel", "x")
    assert result.exit_code == 0
    assert "people, 12 quotes (12 attributed), " in result.stderr


def test_a_hundred_articles_with_one_broken_leave_a_tidy_outbox(sample_file, isolated):
    batch = isolated / "batch"
    batch.mkdir()
    text = sample_file.read_text(encoding="utf-8")
    for i in range(99):
        (batch / f"story-{i:03d}.txt").write_text(f"Title: Story number {i}\n\n{text}", encoding="utf-8")
    (batch / "zz-broken.txt").write_bytes(b"\x00" * 64)
    result = run("draft", str(batch), "--channel", "x", "--jobs", "2")
    assert result.exit_code == 1 and "zz-broken.txt" in result.stderr
    listed = json.loads(run("outbox", "list", "--json").stdout)
    assert len(listed) == 99 and all(row["state"] == {"x": "drafted"} for row in listed)
    assert not [p for p in Path("outbox").iterdir() if p.name.startswith(".") and p.name != ".composer.lock"]


def test_two_processes_drafting_into_one_outbox_do_not_collide(sample_file, isolated):
    import subprocess
    import sys

    command = [sys.executable, "-m", "composer", "draft", str(sample_file), "--channel", "x,linkedin"]
    processes = [subprocess.Popen(command, cwd=isolated, stdout=subprocess.DEVNULL) for _ in range(4)]
    assert [p.wait(timeout=120) for p in processes] == [0, 0, 0, 0]
    folders = draft_folders(Path("outbox"))
    assert sorted(f.name[-2:] for f in folders) == ["-2", "-3", "-4", "he"]
    for folder in folders:
        manifest = json.loads((folder / "manifest.json").read_text())
        assert set(manifest["files"]) == {"brief.json", "x.json", "x.md", "linkedin.json", "linkedin.md"}


def test_ctrl_c_while_writing_leaves_no_half_folder(sample_file, monkeypatch):
    calls = {"n": 0}
    original = Path.write_bytes

    def interrupt_midway(self, data):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return original(self, data)

    monkeypatch.setattr(Path, "write_bytes", interrupt_midway)
    result = run("draft", str(sample_file))
    assert result.exit_code != 0
    assert draft_folders(Path("outbox")) == []
    assert [p.name for p in Path("outbox").iterdir()] == [".composer.lock"]


def test_extract_marks_a_source_the_article_leaves_unnamed():
    text = "“We built this bridge for fifty years,” a Springfield spokesman said on Monday.\n"
    result = run("extract", "-", input=text)
    assert result.exit_code == 0, result.output
    assert "a Springfield spokesman" in result.stdout and "(unnamed)" in result.stdout
    record = json.loads(run("extract", "--json", "-", input=text).stdout)
    assert record["quotes"][0]["speaker"] == {"name": "a Springfield spokesman", "role": None, "named": False}
