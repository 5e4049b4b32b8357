"""The X API through tweepy's v2 Client, with every failure sorted into what we can do about it.

tweepy's own `wait_on_rate_limit` stays off: without an `x-rate-limit-reset`
header it retries in a tight loop. Rate limits are handled by the poster.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from composer.publish.credentials import XCredentials

TIMEOUT = (10, 30)  # connect, read: requests has no timeout unless given one


class Unknown(Exception):
    """The request may or may not have reached X (5xx, timeout, dropped connection)."""


class RateLimited(Exception):
    def __init__(self, reset_at: int | None) -> None:
        super().__init__(f"rate limited until {reset_at}")
        self.reset_at = reset_at


class Refused(Exception):
    """X answered no, for a reason we can name (bad keys, no write access, duplicate)."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail

    @property
    def duplicate(self) -> bool:
        return self.status == 403 and "duplicate" in self.detail.lower()


@dataclass(frozen=True)
class Posted:
    id: str
    text: str
    in_reply_to: str | None = None


class XApi:
    def __init__(self, credentials: XCredentials) -> None:
        import tweepy  # slow to import; only when posting

        self._tweepy = tweepy
        self.client = tweepy.Client(
            consumer_key=credentials.api_key,
            consumer_secret=credentials.api_secret,
            access_token=credentials.access_token,
            access_token_secret=credentials.access_token_secret,
            wait_on_rate_limit=False,
        )
        self.client.session.request = partial(self.client.session.request, timeout=TIMEOUT)
        self._me: tuple[str, str] | None = None

    def me(self) -> tuple[str, str]:
        """(user id, @handle) of the authenticated account."""
        if self._me is None:
            data = self._call(self.client.get_me, user_auth=True).data
            self._me = (str(data.id), data.username)
        return self._me

    def create(self, text: str, reply_to: str | None) -> str:
        response = self._call(self.client.create_tweet, text=text, in_reply_to_tweet_id=reply_to, user_auth=True)
        return str(response.data["id"])

    def recent(self, limit: int = 100) -> list[Posted]:
        """The account's latest posts, to find out whether an uncertain post went through."""
        user_id, _ = self.me()
        response = self._call(
            self.client.get_users_tweets,
            user_id,
            max_results=max(5, min(limit, 100)),
            tweet_fields=["referenced_tweets", "conversation_id"],
            user_auth=True,
        )
        return [Posted(str(t.id), t.text, _replied_to(t)) for t in response.data or []]

    def _call(self, method, *args, **kwargs):
        tweepy = self._tweepy
        import requests

        try:
            return method(*args, **kwargs)
        except tweepy.TooManyRequests as exc:
            raise RateLimited(_reset(exc.response)) from None
        except (tweepy.TwitterServerError, requests.ConnectionError, requests.Timeout) as exc:
            raise Unknown(type(exc).__name__) from None
        except tweepy.HTTPException as exc:
            raise Refused(exc.response.status_code, _detail(exc)) from None


def _reset(response) -> int | None:
    """The reset the response announces: the daily cap's when that is the one hit."""
    headers = response.headers
    if headers.get("x-user-limit-24hour-remaining") == "0" and "x-user-limit-24hour-reset" in headers:
        return int(headers["x-user-limit-24hour-reset"])
    for name in ("x-rate-limit-reset", "x-user-limit-24hour-reset", "x-app-limit-24hour-reset"):
        if name in headers:
            return int(headers[name])
    return None


def _detail(exc) -> str:
    messages = [*getattr(exc, "api_messages", []), *getattr(exc, "api_errors", [])]
    text = "; ".join(str(m) for m in messages if m) or exc.response.reason or ""
    return f"HTTP {exc.response.status_code}: {text}"


def _replied_to(tweet) -> str | None:
    for ref in getattr(tweet, "referenced_tweets", None) or []:
        if ref["type"] == "replied_to" if isinstance(ref, dict) else ref.type == "replied_to":
            return str(ref["id"] if isinstance(ref, dict) else ref.id)
    return None
