"""Post a thread to X: resumable, and never the same post twice.

For each post not yet recorded: write a *pending* mark, send it, record its id
(each step an atomic manifest write). When the outcome of a request is unknown
(5xx, timeout, dropped connection, a crash between sending and recording),
the account's recent posts are searched first, and only a post that is really
missing is sent again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from composer.errors import CredentialsError, PublishError
from composer.publish import thread as record
from composer.publish.api import Posted, RateLimited, Refused, Unknown, XApi
from composer.publish.thread import Thread

CREATE_URL = "https://api.twitter.com/2/tweets"


@dataclass(frozen=True)
class PostOptions:
    no_wait: bool = False
    force_restart: bool = False
    retries: int = 3
    backoff: float = 2.0  # seconds, doubled after each failed try


@dataclass
class Hooks:
    """What the poster needs from the outside world; tests replace them."""

    say: Callable[[str], None] = print
    sleep: Callable[[float], None] = time.sleep
    now: Callable[[], datetime] = field(default=lambda: datetime.now().astimezone())


def remaining(thread: Thread) -> list[int]:
    done = {e["index"] for e in record.published(thread.folder)}
    return [i for i in range(len(thread.texts)) if i not in done]


def planned_requests(thread: Thread, *, restart: bool = False) -> list[dict[str, Any]]:
    """The exact requests a run would send now (for --dry-run): nothing is touched."""
    done = {} if restart else {e["index"]: e["id"] for e in record.published(thread.folder)}
    requests = []
    for i in range(len(thread.texts)) if restart else remaining(thread):
        body: dict[str, Any] = {"text": thread.texts[i]}
        if i > 0:
            body["reply"] = {"in_reply_to_tweet_id": done.get(i - 1, f"<id of post {i}>")}
        requests.append({"method": "POST", "url": CREATE_URL, "json": body})
    return requests


def prepare(thread: Thread, options: PostOptions, hooks: Hooks) -> None:
    if options.force_restart:
        record.restart(thread, _stamp(hooks))
    record.check_unchanged(thread, record.published(thread.folder))


def post_thread(thread: Thread, api: XApi, options: PostOptions, hooks: Hooks) -> list[str]:
    """Post what is missing, in order; return every post's URL."""
    pending = record.state(thread.folder).get("pending")
    if pending:
        _settle_pending(thread, api, pending, hooks)
    for index in remaining(thread):
        _post_one(thread, api, index, options, hooks)
    return [e["url"] for e in record.published(thread.folder)]


def _post_one(thread: Thread, api: XApi, index: int, options: PostOptions, hooks: Hooks) -> None:
    reply_to = _reply_to(thread, index)
    delay = options.backoff
    for attempt in range(options.retries + 1):
        record.mark_pending(thread, index, _stamp(hooks))
        try:
            post_id = api.create(thread.texts[index], reply_to)
        except RateLimited as exc:
            record.clear_pending(thread)  # a 429 created nothing
            _wait_for_reset(exc.reset_at, options, hooks, index)
            continue
        except Unknown as exc:
            if _found(thread, api, index, reply_to, hooks):
                return
            if attempt == options.retries:
                raise _stopped(index, f"X did not answer clearly ({exc})") from None
            hooks.say(f"post {index + 1}: no clear answer from X ({exc}); retrying in {delay:g} s")
            hooks.sleep(delay)
            delay *= 2
            continue
        except Refused as exc:
            _refused(thread, api, index, reply_to, exc, hooks)
            return
        record.record(thread, index, post_id, _stamp(hooks))
        hooks.say(f"posted {index + 1}/{len(thread.texts)}: {record.post_url(post_id)}")
        return
    raise _stopped(index, "X kept limiting the rate")


def _refused(thread: Thread, api: XApi, index: int, reply_to: str | None, exc: Refused, hooks: Hooks) -> None:
    if exc.duplicate and _found(thread, api, index, reply_to, hooks):
        return
    record.clear_pending(thread)
    if exc.status in (401, 403) and not exc.duplicate:
        raise CredentialsError(
            f"X refused the post ({exc.detail})",
            hint="check the four X_* keys, and that the app has Read and Write permission",
        )
    raise _stopped(index, f"X refused it ({exc.detail})")


def _settle_pending(thread: Thread, api: XApi, pending: dict[str, Any], hooks: Hooks) -> None:
    """A run stopped between sending and recording: find out whether that post exists."""
    index = pending["index"]
    if index >= len(thread.texts) or thread.hashes[index] != pending["sha256"]:
        record.clear_pending(thread)
        return
    hooks.say(f"post {index + 1} may already be on X from the last run; looking for it")
    if not _found(thread, api, index, _reply_to(thread, index), hooks):
        record.clear_pending(thread)


def _found(thread: Thread, api: XApi, index: int, reply_to: str | None, hooks: Hooks) -> bool:
    """Look for the post among the account's recent posts; record it if it is there."""
    try:
        recent = api.recent()
    except (Unknown, RateLimited) as exc:
        raise _stopped(index, f"could not check whether it was posted ({exc})") from None
    match = next((p for p in recent if _is_it(p, thread.texts[index], reply_to)), None)
    if match is None:
        return False
    record.record(thread, index, match.id, _stamp(hooks))
    hooks.say(f"post {index + 1} was already on X: {record.post_url(match.id)}")
    return True


def _is_it(post: Posted, text: str, reply_to: str | None) -> bool:
    if not record.same_text(post.text, text):
        return False
    return reply_to is None or post.in_reply_to in (None, reply_to)


def _wait_for_reset(reset_at: int | None, options: PostOptions, hooks: Hooks, index: int) -> None:
    now = int(hooks.now().timestamp())
    wait = max(1, (reset_at or now + 60) - now)
    when = datetime.fromtimestamp(now + wait).astimezone().strftime("%H:%M:%S")
    if options.no_wait:
        raise _stopped(index, f"X's rate limit is reached until {when}; run the same command again after that")
    for left in range(wait, 0, -1):
        if left == wait or left % 10 == 0 or left <= 5:
            hooks.say(f"rate limited: waiting {left} s (until {when})")
        hooks.sleep(1)


def _reply_to(thread: Thread, index: int) -> str | None:
    if index == 0:
        return None
    done = {e["index"]: e["id"] for e in record.published(thread.folder)}
    return done[index - 1]


def _stopped(index: int, why: str) -> PublishError:
    return PublishError(
        f"stopped before post {index + 1}: {why}",
        hint="nothing was lost; run the same command again to resume",
    )


def _stamp(hooks: Hooks) -> str:
    return hooks.now().isoformat(timespec="seconds")
