"""Data pages drawn with values and units (a forecast): pagetype's data tests count a value with its unit as
a figure, see repeated same-shape boxes of figures as a grid, and keep a story beside such a table."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from newsbot.extraction import extract
from newsbot.extraction.pagetype import _data_grids, _data_tables, _is_value, non_article
from newsbot.models import Article, Rejection


@pytest.mark.parametrize(
    "cell", ["7°", "9°C", "-3 °F", "22 mph SW", "14 km/h NNO", "Wind 24 mph", "1013 hPa", "12 mm", "95 %", "0.4 in"]
)
def test_a_value_with_its_unit_is_a_figure(cell: str) -> None:
    assert _is_value(cell)


@pytest.mark.parametrize("cell", ["Wed 13", "Page 2", "Heavy rain", "in 2009", "Sunny intervals", "Chance of rain"])
def test_words_and_a_label_without_a_unit_are_no_figure(cell: str) -> None:
    assert not _is_value(cell)


HOURS = ["09:00", "12:00", "15:00", "18:00", "21:00", "00:00"]


def _hourly_table() -> str:
    rows = "".join(
        f"<tr><td>{h}</td><td>Light rain</td><td>{7 + i}°</td><td>{3 + i}°</td><td>{9 * i}%</td>"
        f"<td>{20 + i} mph SW</td></tr>"
        for i, h in enumerate(HOURS)
    )
    head = "".join(f"<th>{h}</th>" for h in ("Time", "Weather", "Temp", "Feels", "Rain", "Wind"))
    return f"<table><tr>{head}</tr>{rows}</table>"


def _day_boxes() -> str:
    days = ["Today", "Wed 13", "Thu 14", "Fri 15", "Sat 16", "Sun 17", "Mon 18"]
    return (
        '<div class="days">'
        + "".join(
            f'<div class="day"><h3>{d}</h3><span>Cloudy</span><span>{10 + i}°C</span><span>{2 + i}°C</span>'
            f"<span>Wind {8 + i} mph</span></div>"
            for i, d in enumerate(days)
        )
        + "</div>"
    )


def test_a_table_of_values_with_units_is_a_data_table() -> None:
    # Before: "7°" and "22 mph SW" were no figures, and the table held too few (the times only).
    tree = lxml_html.fromstring(f"<html><body>{_hourly_table()}</body></html>")
    assert len(_data_tables(tree)) == 1


def test_day_boxes_of_values_are_a_data_grid_and_a_teaser_list_with_times_is_not() -> None:
    tree = lxml_html.fromstring(f"<html><body>{_day_boxes()}</body></html>")
    assert len(_data_grids(tree)) == 7
    teasers = "".join(
        f'<li class="t"><span>{h}</span><a href="/n/{i}">Council votes on the budget {i}</a><span>5 min</span></li>'
        for i, h in enumerate(HOURS + ["01:00", "02:00"])
    )
    assert _data_grids(lxml_html.fromstring(f"<html><body><ul>{teasers}</ul></body></html>")) == []


SUMMARY = (
    "<h2>Regional forecast</h2><p>A wet and windy start with heavy rain over the fells, easing to showers from the "
    "west this afternoon. Maximum temperature 10 °C.</p><p>Showers dying out tonight, becoming dry with clear "
    "spells and a touch of frost in sheltered valleys.</p>"
)


def test_a_forecast_page_is_rejected_as_a_data_page() -> None:
    # Before: an article (the summary lines of 20+ words counted as story notes and the boxes as prose).
    page = (
        '<html><head><title>Kendal weather</title><meta property="og:type" content="website"></head><body>'
        f"<h1>Kendal weather</h1>{_day_boxes()}{_hourly_table()}{SUMMARY}</body></html>"
    )
    record = extract(page.encode(), "https://weather.example/forecast/kendal", http_status=200)
    assert isinstance(record, Rejection) and "data table page" in record.detail


def test_notes_as_long_as_the_figures_are_allowed_only_on_a_page_not_typed_as_an_article() -> None:
    page = f"<html><body><h1>Kendal weather</h1>{_day_boxes()}{_hourly_table()}{SUMMARY}</body></html>"
    assert non_article(lxml_html.fromstring(page), article_typed=False) is not None
    # An article's own declaration keeps the stricter share: its notes may be a short report.
    assert non_article(lxml_html.fromstring(page), article_typed=True) is None


STORY = (
    "<p>The storm that crossed the north-west on Tuesday brought the wettest day of the year to the Lake District, "
    "with rivers bursting their banks in three villages and the main road over the pass closed for most of the "
    "afternoon while crews cleared fallen trees.</p><p>Forecasters said the figures below, taken at the valley "
    "station, were the highest hourly totals recorded there since the floods of 2015, and warned that more rain "
    "was on its way for the weekend.</p>"
)


def test_a_story_with_a_forecast_table_stays_an_article() -> None:
    page = (
        '<html><head><title>Storm brings wettest day of the year</title><meta property="og:type" content="article">'
        "</head><body><article><h1>Storm brings wettest day of the year</h1>"
        f"{STORY}{_hourly_table()}{_day_boxes()}</article></body></html>"
    )
    assert non_article(lxml_html.fromstring(page)) is None
    record = extract(page.encode(), "https://news.example/2024/03/12/storm-wettest-day", http_status=200)
    assert isinstance(record, Article)


# A forum thread (pattern "thread", body._thread_joined): the replies are posts of the thread, kept.
OPENER = (
    "My seedlings grow tall and thin every spring and fall over a week after they come up, although the "
    "windowsill gets sun all afternoon and I water them only when the compost is dry."
)
REPLY = (
    "They are reaching for light: a windowsill gives far less than it seems to. Put them under a lamp for "
    "fourteen hours a day and keep the room cooler at night so they grow slowly and sturdy."
)
THANKS = "The lamp worked, the new batch is short and green and none of them has fallen over this time."


def _post(number: int, user: str, text: str, heading: str) -> str:
    return (
        f'<div id="p{number}" class="post bg{number % 2 + 1}"><div class="postbody">{heading}'
        f'<p class="author">by <strong><a href="./memberlist.php?u={number}">{user}</a></strong> '
        f'» Sun Jul 12, 2009 8:{number % 60:02d} pm</p><div class="content">{text}</div></div>'
        f'<dl class="postprofile"><dt><a href="./memberlist.php?u={number}">{user}</a></dt>'
        f"<dd>Posts: {number}</dd></dl></div>"
    )


def _thread(heading: str) -> bytes:
    posts = "".join(
        _post(n, user, text, heading.format(n=n))
        for n, user, text in ((101, "seedling", OPENER), (102, "Old Digger", REPLY), (103, "seedling", THANKS))
    )
    return (
        "<html><head><title>Board • View topic - Leggy seedlings</title></head><body>"
        f'<div id="page-body"><h2><a href="./viewtopic.php?t=9">Leggy seedlings</a></h2>{posts}</div></body></html>'
    ).encode()


def test_a_forum_thread_keeps_its_replies() -> None:
    # Before: trafilatura read the first 'content' block only, the opening post.
    record = extract(
        _thread('<h3><a href="#p{n}">Re: Leggy seedlings</a></h3>'), "https://forum.example/viewtopic.php?t=9"
    )
    assert isinstance(record, Article)
    assert OPENER in record.text and REPLY in record.text and THANKS in record.text


def test_full_posts_headed_by_links_to_their_own_pages_are_not_joined() -> None:
    # A blog's front page shows whole posts, each headed by a link to its permalink: no thread.
    from newsbot.extraction.body import _thread_joined

    tree = lxml_html.fromstring(_thread('<h3><a href="/2009/07/post-{n}">Post {n}</a></h3>'))
    assert _thread_joined(tree) is tree
    threaded = lxml_html.fromstring(_thread('<h3><a href="#p{n}">Re: Leggy seedlings</a></h3>'))
    assert _thread_joined(threaded) is not threaded
