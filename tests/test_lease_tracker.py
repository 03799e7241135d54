"""LeaseTracker (newsbot.crawler.redis): when a leased request counts as done, driven through Scrapy's signals
with the reactor's "next turn" replaced by an explicit queue."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from scrapy import Request, signals
from scrapy.http import HtmlResponse
from scrapy.settings import Settings
from scrapy.signalmanager import SignalManager
from twisted.python.failure import Failure

pytest.importorskip("scrapy_redis", reason="the redis extra is not installed")

from newsbot.crawler import redis as redis_mod  # noqa: E402
from newsbot.crawler.leasedqueue import LEASE  # noqa: E402


class _Crawler:
    def __init__(self) -> None:
        self.settings = Settings({"NEWSBOT_REDIS_URL": "redis://127.0.0.1:1"})
        self.signals = SignalManager()


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Any, Any, list[Request], Callable[[], None]]]:
    later: list[tuple[Callable[..., Any], tuple[Any, ...]]] = []
    monkeypatch.setattr(redis_mod, "call_later", lambda _delay, func, *args: later.append((func, args)))

    def turn() -> None:
        while later:
            func, args = later.pop(0)
            func(*args)

    crawler = _Crawler()
    tracker = redis_mod.LeaseTracker.from_crawler(crawler)  # type: ignore[arg-type]
    done: list[Request] = []
    crawler.signals.connect(lambda request: done.append(request), signal=redis_mod.lease_done, weak=False)
    yield crawler, tracker, done, turn


def _leased(url: str = "http://a.test/1") -> Request:
    return Request(url, meta={LEASE: "1-0"})


def test_response_acked_after_its_items_and_requests_are_handled(env: Any) -> None:
    crawler, tracker, done, turn = env
    request = _leased()
    response = HtmlResponse(request.url, body=b"<html></html>", request=request)
    item, link = {"url": request.url}, Request("http://a.test/2")
    out = list(tracker.process_spider_output(response, iter([item, link])))
    assert out == [item, link]
    turn()
    assert done == []  # the item is still in the pipelines, the link not scheduled
    crawler.signals.send_catch_log(signal=signals.item_scraped, item=item, response=response, spider=None)
    turn()
    assert done == []
    crawler.signals.send_catch_log(signal=signals.request_scheduled, request=link, spider=None)
    assert done == []  # the engine enqueues the request after the signal: acknowledged one turn later
    turn()
    assert done == [request]


def test_output_added_by_an_exception_handler_counts_before_the_ack(env: Any) -> None:
    crawler, tracker, done, turn = env
    request = _leased()
    response = HtmlResponse(request.url, body=b"", request=request)
    assert list(tracker.process_spider_output(response, iter([]))) == []
    # An inner middleware's process_spider_exception output runs after the first output ended, same turn.
    record = {"error": "boom"}
    assert list(tracker.process_spider_output(response, iter([record]))) == [record]
    turn()
    assert done == []
    crawler.signals.send_catch_log(signal=signals.item_dropped, item=record, response=response, spider=None)
    turn()
    assert done == [request]


def test_download_failure_errback_output_is_tracked(env: Any) -> None:
    crawler, tracker, done, turn = env
    request = _leased()
    failure = Failure(ConnectionError("refused"))
    failure.request = request  # type: ignore[attr-defined]  # as Scrapy's scraper sets it
    record = {"kind": "ConnectionError"}
    assert list(redis_mod.errback_output(crawler, request, iter([record]))) == [record]
    turn()
    assert done == []
    crawler.signals.send_catch_log(signal=signals.item_error, item=record, response=failure, spider=None)
    turn()
    assert done == [request]


def test_unhandled_callback_exception_acks_and_unleased_requests_are_ignored(env: Any) -> None:
    crawler, tracker, done, turn = env
    request = _leased()
    response = HtmlResponse(request.url, body=b"", request=request)
    assert tracker.process_spider_exception(response, ValueError("x")) is None
    plain = Request("http://a.test/3")
    assert list(tracker.process_spider_output(HtmlResponse(plain.url, body=b"", request=plain), iter([{}]))) == [{}]
    turn()
    assert done == [request]
    assert tracker.leases == {}
