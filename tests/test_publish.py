"""Posting to X: real tweepy code against an intercepted transport (responses), a fake X behind it.

Every failure is injected at every post position in turn; after resuming, each post must exist
exactly once, in order, as one reply chain.
"""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime
from pathlib import Path
from unittest import mock

import pytest
import requests
import responses
from typer.testing import CliRunner

from composer import outbox, pipeline
from composer.channels.x import render as render_x
from composer.cli import app
from composer.config import Settings
from composer.errors import CredentialsError, PublishError
from composer.publish import thread as record
from composer.publish.poster import Hooks
from composer.templating import Templates
from tests.conftest import FIXED_NOW

SECRETS = {
    "X_API_KEY": "key-AAAA1111",
    "X_API_SECRET": "secret-BBBB2222",
    "X_ACCESS_TOKEN": "token-CCCC3333",
    "X_ACCESS_TOKEN_SECRET": "tsecret-DDDD4444",
}
API = "https://api.twitter.com/2"


class FakeX:
    """Just enough of X: posts with ids, replies, the user's recent posts, and injected failures."""

    def __init__(self) -> None:
        self.posts: list[dict] = []
        self.fail: dict[int, str] = {}  # create-call number -> failure kind
        self.calls = 0
        self.auth_headers: list[str] = []
        self.bodies: list[dict] = []

    def install(self, mock: responses.RequestsMock) -> None:
        mock.add_callback(responses.POST, f"{API}/tweets", callback=self.create)
        mock.add_callback(responses.GET, f"{API}/users/me", callback=self.me)
        mock.add_callback(responses.GET, f"{API}/users/42/tweets", callback=self.recent)

    def create(self, request):
        self.calls += 1
        self.auth_headers.append(request.headers.get("Authorization", ""))
        body = json.loads(request.body)
        self.bodies.append(body)
        kind = self.fail.pop(self.calls, None)
        if kind == "connection":
            raise requests.ConnectionError("connection reset by peer")
        if kind == "500-lost":
            return (500, {}, json.dumps({"title": "Internal Server Error"}))
        if kind == "429":
            reset = int(FIXED_NOW.timestamp()) + 30
            return (429, {"x-rate-limit-reset": str(reset)}, json.dumps({"title": "Too Many Requests"}))
        if kind == "401":
            return (401, {}, json.dumps({"title": "Unauthorized", "detail": "Unauthorized"}))
        if kind == "duplicate":
            return (403, {}, json.dumps({"detail": "You are not allowed to create a Tweet with duplicate content."}))
        reply = (body.get("reply") or {}).get("in_reply_to_tweet_id")
        post = {"id": str(1000 + len(self.posts)), "text": body["text"], "reply_to": reply}
        self.posts.append(post)
        if kind == "500-kept":  # X made the post but the answer got lost
            return (503, {}, json.dumps({"title": "Service Unavailable"}))
        return (201, {}, json.dumps({"data": {"id": post["id"], "text": post["text"]}}))

    def me(self, request):
        return (200, {}, json.dumps({"data": {"id": "42", "name": "Test", "username": "composer_test"}}))

    def recent(self, request):
        data = [
            {"id": p["id"], "text": p["text"], "edit_history_tweet_ids": [p["id"]],
             **({"referenced_tweets": [{"type": "replied_to", "id": p["reply_to"]}]} if p["reply_to"] else {})}
            for p in reversed(self.posts)
        ]  # fmt: skip
        return (200, {}, json.dumps({"data": data, "meta": {"result_count": len(data)}}))

    def assert_one_chain(self, texts: tuple[str, ...]) -> None:
        assert [p["text"] for p in self.posts] == list(texts)
        assert self.posts[0]["reply_to"] is None
        for previous, post in zip(self.posts, self.posts[1:], strict=False):
            assert post["reply_to"] == previous["id"]


@pytest.fixture
def fake_x(monkeypatch):
    for key, value in SECRETS.items():
        monkeypatch.setenv(key, value)
    fake = FakeX()
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        fake.install(mock)
        yield fake


@pytest.fixture
def draft_dir(small_brief, isolated) -> Path:
    settings = Settings(now=FIXED_NOW, outbox=isolated / "outbox")
    draft = render_x(small_brief, Templates(), settings)
    assert len(draft.posts) >= 3
    return outbox.save(small_brief, [draft], settings.outbox, when=FIXED_NOW)


def settings_for(draft_dir: Path) -> Settings:
    return Settings(now=FIXED_NOW, outbox=draft_dir.parent)


def quiet_hooks(log: list[str] | None = None) -> Hooks:
    said = log if log is not None else []
    return Hooks(say=said.append, sleep=lambda s: said.append(f"sleep {s}"), now=lambda: FIXED_NOW)


def run_post(draft_dir: Path, **kwargs):
    return pipeline.post(str(draft_dir), settings_for(draft_dir), hooks=quiet_hooks(), **kwargs)


def texts_of(draft_dir: Path) -> tuple[str, ...]:
    return record.load_thread(draft_dir).texts


def test_posts_the_thread_as_a_reply_chain_with_oauth1(fake_x, draft_dir):
    result = run_post(draft_dir)
    texts = texts_of(draft_dir)
    fake_x.assert_one_chain(texts)
    assert fake_x.bodies[0] == {"text": texts[0]}
    assert fake_x.bodies[1] == {"text": texts[1], "reply": {"in_reply_to_tweet_id": fake_x.posts[0]["id"]}}
    assert all(h.startswith("OAuth ") and 'oauth_consumer_key="key-AAAA1111"' in h for h in fake_x.auth_headers)
    assert all('oauth_signature="' in h for h in fake_x.auth_headers)
    assert result.urls == [f"https://x.com/i/web/status/{p['id']}" for p in fake_x.posts]
    x_state = outbox.read_manifest(draft_dir)["channels"]["x"]
    assert x_state["state"] == "posted" and x_state["pending"] is None
    assert [e["id"] for e in x_state["published"]] == [p["id"] for p in fake_x.posts]


def test_running_again_on_a_complete_thread_calls_nothing(fake_x, draft_dir):
    run_post(draft_dir)
    calls = fake_x.calls
    result = run_post(draft_dir)
    assert result.complete_before and fake_x.calls == calls


@pytest.mark.parametrize("kind", ["connection", "500-lost", "500-kept", "429", "crash"])
def test_a_failure_at_every_position_then_resume_gives_one_chain(fake_x, draft_dir, kind):
    texts = texts_of(draft_dir)
    for position in range(1, len(texts) + 1):
        fake_x.posts.clear()
        fake_x.calls = 0
        outbox.update_manifest(draft_dir, lambda m: m["channels"]["x"].update(published=[], pending=None))
        with _injected(fake_x, kind, position), contextlib.suppress(PublishError, KeyboardInterrupt):
            run_post(draft_dir)
        run_post(draft_dir)
        fake_x.assert_one_chain(texts)


@contextlib.contextmanager
def _injected(fake_x: FakeX, kind: str, position: int):
    if kind != "crash":
        fake_x.fail[position] = kind
        yield
        return
    original = record.record
    seen = {"n": 0}

    def crash_once(thread, index, post_id, posted_at):
        seen["n"] += 1
        if seen["n"] == position:
            raise KeyboardInterrupt  # X accepted post `position`; the manifest never heard of it
        original(thread, index, post_id, posted_at)

    with mock.patch.object(record, "record", crash_once):
        yield


def test_unknown_outcome_retries_after_looking_and_stops_cleanly(fake_x, draft_dir):
    fake_x.fail.update({1: "connection", 2: "connection", 3: "connection", 4: "connection"})
    with pytest.raises(PublishError, match="stopped before post 1"):
        run_post(draft_dir)
    assert fake_x.posts == []
    assert outbox.read_manifest(draft_dir)["channels"]["x"]["pending"] is not None
    run_post(draft_dir)
    fake_x.assert_one_chain(texts_of(draft_dir))


def test_rate_limit_waits_for_the_announced_reset(fake_x, draft_dir):
    fake_x.fail[2] = "429"
    log: list[str] = []
    pipeline.post(str(draft_dir), settings_for(draft_dir), hooks=quiet_hooks(log))
    assert any("rate limited: waiting 30 s" in line for line in log)
    assert sum(1 for line in log if line == "sleep 1") == 30
    fake_x.assert_one_chain(texts_of(draft_dir))


def test_rate_limit_with_no_wait_stops_and_says_when(fake_x, draft_dir):
    fake_x.fail[2] = "429"
    with pytest.raises(PublishError, match="rate limit is reached until"):
        run_post(draft_dir, no_wait=True)
    assert len(fake_x.posts) == 1
    run_post(draft_dir)
    fake_x.assert_one_chain(texts_of(draft_dir))


def test_duplicate_content_on_resume_is_reconciled_not_resent(fake_x, draft_dir):
    fake_x.posts.append({"id": "999", "text": texts_of(draft_dir)[0], "reply_to": None})
    fake_x.fail[1] = "duplicate"
    run_post(draft_dir)
    assert next(p["id"] for p in fake_x.posts) == "999"
    fake_x.assert_one_chain(texts_of(draft_dir))


def test_bad_keys_are_named(fake_x, draft_dir):
    fake_x.fail[1] = "401"
    with pytest.raises(CredentialsError, match="X refused the post"):
        run_post(draft_dir)
    assert outbox.read_manifest(draft_dir)["channels"]["x"]["pending"] is None


def test_edited_thread_is_refused_unless_force_restart(fake_x, draft_dir):
    fake_x.fail[3] = "500-lost"
    fake_x.fail[4] = "500-lost"
    fake_x.fail[5] = "500-lost"
    fake_x.fail[6] = "500-lost"
    with pytest.raises(PublishError):
        run_post(draft_dir)
    data = json.loads((draft_dir / "x.json").read_text())
    data["posts"][0]["text"] = "An edited first post."
    (draft_dir / "x.json").write_text(json.dumps(data))
    with pytest.raises(PublishError, match="edited after it went out"):
        run_post(draft_dir)
    before = len(fake_x.posts)
    run_post(draft_dir, force_restart=True)
    assert len(fake_x.posts) == before + len(data["posts"])
    history = outbox.read_manifest(draft_dir)["channels"]["x"]["history"]
    assert len(history) == 1 and len(history[0]["published"]) == 2


def test_dry_run_prints_the_requests_and_touches_nothing(draft_dir, monkeypatch):
    before = (draft_dir / "manifest.json").read_bytes()
    with responses.RequestsMock() as mock:  # any request would fail this test
        result = CliRunner().invoke(app, ["post", str(draft_dir), "--dry-run"])
        assert not mock.calls
    assert result.exit_code == 0, result.output
    assert "POST https://api.twitter.com/2/tweets" in result.stdout and "<id of post 1>" in result.stdout
    assert (draft_dir / "manifest.json").read_bytes() == before


def test_cli_refuses_to_ask_without_a_terminal(fake_x, draft_dir):
    result = CliRunner().invoke(app, ["post", str(draft_dir)])
    assert result.exit_code == 1 and fake_x.calls == 0 and "--yes" in result.stderr


def test_cli_yes_posts_and_no_secret_is_printed_or_stored(fake_x, draft_dir):
    result = CliRunner().invoke(app, ["post", str(draft_dir), "--yes"])
    assert result.exit_code == 0, result.output
    assert "Thread complete" in result.stdout
    written = "".join(p.read_text(encoding="utf-8") for p in draft_dir.iterdir())
    for secret in SECRETS.values():
        assert secret not in result.output and secret not in written


def test_missing_credential_is_named(draft_dir, monkeypatch):
    monkeypatch.delenv("X_ACCESS_TOKEN_SECRET", raising=False)
    for key in ("X_API_KEY", "X_API_SECRET", "X_ACCESS_TOKEN"):
        monkeypatch.setenv(key, "x")
    result = CliRunner().invoke(app, ["post", str(draft_dir), "--yes"])
    assert result.exit_code == 8
    assert result.stderr.startswith("Error: missing X credential: X_ACCESS_TOKEN_SECRET")


def test_dotenv_credentials(isolated, monkeypatch):
    from composer.publish.credentials import load_credentials

    (isolated / ".env").write_text("export X_API_KEY=\"k1\"\nX_API_SECRET=s1 # comment\nX_ACCESS_TOKEN='t1'\n")
    monkeypatch.setenv("X_ACCESS_TOKEN_SECRET", "ts1")
    creds = load_credentials(isolated)
    assert creds.secrets() == ("k1", "s1", "t1", "ts1")
    assert "k1" not in repr(creds) and "ts1" not in repr(creds)


def test_auth_check_prints_the_handle(fake_x):
    result = CliRunner().invoke(app, ["auth", "check"])
    assert result.exit_code == 0 and "@composer_test" in result.stdout


def test_invalid_thread_is_refused_before_any_request(fake_x, draft_dir):
    data = json.loads((draft_dir / "x.json").read_text())
    data["posts"][1]["text"] = "x" * 281
    (draft_dir / "x.json").write_text(json.dumps(data))
    with pytest.raises(PublishError, match="post 2 is not valid on X"):
        run_post(draft_dir)
    assert fake_x.calls == 0


def test_a_timestamp_is_recorded(fake_x, draft_dir):
    run_post(draft_dir)
    entry = outbox.read_manifest(draft_dir)["channels"]["x"]["published"][0]
    assert datetime.fromisoformat(entry["posted_at"]) == FIXED_NOW.astimezone(UTC)


def test_dry_run_with_force_restart_shows_the_whole_new_thread(fake_x, draft_dir):
    run_post(draft_dir)
    planned = run_post(draft_dir, dry_run=True, force_restart=True).planned
    assert [r["json"]["text"] for r in planned] == list(texts_of(draft_dir))
    assert planned[1]["json"]["reply"] == {"in_reply_to_tweet_id": "<id of post 1>"}
    assert run_post(draft_dir, dry_run=True).planned == []
