"""The preview page, its local server, and the email and page in a real headless Chromium."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import threading
import urllib.request
from html import unescape
from pathlib import Path

import pytest

from composer import outbox, pipeline
from composer.channels import render
from composer.config import Settings
from composer.extract import extract
from composer.ingest import load
from composer.preview import page
from composer.templating import Templates
from tests.conftest import FIXED_NOW, SAMPLE

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"


@pytest.fixture
def draft(isolated) -> Path:
    settings = Settings(now=FIXED_NOW, outbox=isolated / "outbox")
    brief = extract(load(str(SAMPLE), overrides={"url": "https://news.example.com/hegseth"}))
    drafts = [render(c, brief, Templates(), settings) for c in ("x", "bluesky", "newsletter")]
    return outbox.save(brief, drafts, settings.outbox, when=FIXED_NOW)


def test_static_preview_shows_email_text_and_threads(draft):
    target = pipeline.preview(str(draft), Settings(outbox=draft.parent), static=True)
    html = target.read_text(encoding="utf-8")
    assert target == draft / "preview.html"
    assert 'src="newsletter.html"' in html and 'class="desktop"' in html and 'class="mobile"' in html
    assert "Plain-text part" in html and "Key facts:" in html
    assert "X · " in html and "Bluesky · " in html and "/280</span>" in html and "/300</span>" in html
    assert "We are not sending US troops to Ukraine”" in html
    assert "__state" not in html  # no live-reload script in a static file


def test_preview_escapes_what_it_shows(draft):
    data = json.loads((draft / "x.json").read_text())
    data["posts"][0]["text"] = "<script>alert(1)</script>"
    (draft / "x.json").write_text(json.dumps(data))
    html = page(draft, Templates(), live=False)
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)" in html


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, ""


@pytest.fixture
def server(draft):
    preview = pipeline.preview(str(draft), Settings(outbox=draft.parent), static=False)
    thread = threading.Thread(target=preview.serve_forever, daemon=True)
    thread.start()
    yield preview
    preview.shutdown()


def test_server_serves_the_page_and_the_draft_files_only(server):
    status, html = get(server.url)
    assert status == 200 and "__state" in html and server.url.startswith("http://127.0.0.1:")
    assert get(server.url + "newsletter.html")[0] == 200
    for bad in ("../outbox", "..%2f..%2fetc%2fpasswd", ".composer.lock", "nope.html"):
        assert get(server.url + bad)[0] == 404


def test_server_version_changes_when_the_draft_changes(server, draft):
    before = json.loads(get(server.url + "__state")[1])["version"]
    (draft / "x.md").write_text("# edited\n")
    after = json.loads(get(server.url + "__state")[1])["version"]
    assert before != after


def test_template_change_re_renders_the_draft(server, draft, isolated):
    get(server.url + "__state")
    local = isolated / "templates" / "newsletter"
    local.mkdir(parents=True)
    original = (Path(__file__).parents[1] / "templates" / "newsletter" / "email.txt.j2").read_text()
    (local / "email.txt.j2").write_text("EDITED TEMPLATE\n" + original)
    get(server.url + "__state")
    assert (draft / "newsletter.txt").read_text().startswith("EDITED TEMPLATE")
    manifest = outbox.read_manifest(draft)
    assert manifest["files"]["newsletter.txt"] == outbox.sha256((draft / "newsletter.txt").read_text())


# --- a real browser -----------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
# Headless Chromium will not make a window narrower than 500 px, so a page is measured inside an
# iframe of the exact width, the way a phone's viewport would hold it.
HARNESS = """<!doctype html><html><body style="margin:0">
<iframe id="f" src="{src}" style="width:{width}px;height:1000px;border:0"></iframe>
<script>
document.getElementById("f").addEventListener("load", () => {{
  const w = document.getElementById("f").contentWindow, d = w.document;
  document.title = JSON.stringify({{scroll: d.documentElement.scrollWidth, width: w.innerWidth,
    text: d.body.innerText.slice(0, 20000)}});
}});
</script></body></html>"""


def chromium(url: str, width: int, tmp_path: Path, *extra: str) -> str:
    profile = tmp_path / f"profile-{width}-{len(extra)}"
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
        "--allow-file-access-from-files", f"--user-data-dir={profile}", f"--window-size={max(width, 500) + 40},1100",
        "--virtual-time-budget=4000", *extra, url,
    ]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=120).stdout


def measured(html: str) -> dict:
    match = re.search(r"<title>(\{.*?\})</title>", html, flags=re.DOTALL)
    assert match, "the page did not finish loading"
    return json.loads(unescape(match.group(1)))


@pytest.mark.browser
@pytest.mark.parametrize("width", [375, 600])
@pytest.mark.parametrize("target", ["newsletter.html", "preview.html"])
def test_no_horizontal_overflow_in_chromium(draft, tmp_path, width, target):
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed (.ci/run installs Debian's chromium)")
    pipeline.preview(str(draft), Settings(outbox=draft.parent), static=True)
    harness = draft / f"harness-{target}-{width}.html"
    harness.write_text(HARNESS.format(src=target, width=width), encoding="utf-8")
    size = measured(chromium(harness.as_uri(), width, tmp_path, "--dump-dom"))
    assert size["width"] == width
    assert size["scroll"] <= size["width"], f"{target} overflows at {width}px: {size}"
    assert "Defense Secretary Pete Hegseth flatly ruled out" in size["text"]
    assert "We are not sending US troops to Ukraine" in size["text"]
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / f"{target}-{width}.png"
    chromium(harness.as_uri(), width, tmp_path, f"--screenshot={shot}")
    assert shot.stat().st_size > 10_000
