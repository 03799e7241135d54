"""Junk, byline, date and page-kind patterns the blind pages of session 11 showed (fixtures/pages, blind11:
Korean, Turkish, Swahili, Nordic, Czech, Arabic, Vietnamese, Thai, Australian, Nigerian and Kenyan layouts):
each test names the general pattern, and each failed before its rule was written."""

from __future__ import annotations

from lxml import html as lxml_html

from newsbot.extraction import extract
from newsbot.extraction.authors import clean_authors
from newsbot.extraction.bylines import closing_signature, profile_names
from newsbot.extraction.dates import parse_visible
from newsbot.extraction.junk import remove_junk
from newsbot.extraction.urls import is_date_archive_url
from newsbot.models import Article, Rejection

_STORY = (
    "The harbour board agreed on Monday to rebuild the old wooden pier before winter, after divers found "
    "that storms had loosened most of the piles that hold up its northern end."
)
_MORE = "Work is due to start in May and the pier will stay closed to anglers until the autumn, the board said."
_PARAS = "".join(f"<p>{_STORY} Part {i}.</p>" for i in range(3)) + f"<p>{_MORE}</p>"


def _page(head: str, byline: str, after: str = "") -> bytes:
    return (
        f'<html lang="en"><head><title>Harbour board rebuilds pier</title>{head}</head><body><article>'
        f"<h1>Harbour board rebuilds pier</h1>{byline}{_PARAS}{after}</article></body></html>"
    ).encode()


def test_reporter_title_after_a_name_in_an_uncased_script() -> None:
    """Pattern "title after the name" in Korean and Japanese: "김민준 기자" is the name and "reporter"."""
    assert clean_authors(["김민준 기자"]) == ["김민준"]
    assert clean_authors(["山田太郎 記者"]) == ["山田太郎"]
    # a cased name keeps its two-word rule: "Guardian staff reporter" is the whole byline
    assert clean_authors(["Guardian staff reporter"]) == ["Guardian staff reporter"]


def test_by_in_swahili_and_arabic() -> None:
    """Byline prefixes "Na X" (Swahili) and "بقلم: X" (Arabic, "by the pen of")."""
    assert clean_authors(["Na Amina Mussa"]) == ["Amina Mussa"]
    assert clean_authors(["بقلم: خالد الحسيني"]) == ["خالد الحسيني"]


def test_profile_link_separates_the_name_from_the_block() -> None:
    """Pattern "profile link": the link to the writer's page names the writer; what the block prints
    beside it in other elements (a place, the outlet, a role) is not part of the name."""
    byline = '<div class="author-mini"><a href="/yazarlar/zeynep-arslan">Zeynep Arslan</a> <span>Izmir</span></div>'
    record = extract(_page("", byline), "https://gunhaber.example/gundem/pier-42518837")
    assert isinstance(record, Article), record
    assert record.authors == ["Zeynep Arslan"]
    # a list of writers with role words between them, a photographer without a page
    tree = lxml_html.fromstring(
        '<html><body><ul class="authors"><li><a href="/profil/ingrid-haugland">Ingrid Haugland</a>'
        '<span>Journalist</span></li><li><a href="/profil/lars-eide">Lars Eide</a><span>Journalist</span></li>'
        "<li>Svein Moe <span>Fotograf</span></li></ul></body></html>"
    )
    assert profile_names(tree) == ["Ingrid Haugland", "Lars Eide"]
    # a link whose slug is not its text is no profile link (a tag page, a section)
    other = lxml_html.fromstring('<html><body><a href="/author/jdoe-42x">Jane Doe</a></body></html>')
    assert profile_names(other) == []


def test_publisher_as_author_meta_yields_to_a_profile_link() -> None:
    """The author meta naming the outlet ("Coast Daily" on coastdaily.example) is the publisher: the
    person of the byline's profile link beats it."""
    byline = (
        '<div class="article-byline"><div class="author-name"><a href="/authors/wanjiru-kamau">Wanjiru Kamau</a>'
        '</div><div class="author-org">Coast Daily</div></div>'
    )
    record = extract(_page('<meta name="author" content="Coast Daily">', byline), "https://coastdaily.example/n/x-1")
    assert isinstance(record, Article), record
    assert record.authors == ["Wanjiru Kamau"]


def test_newsroom_under_the_outlet_name_yields_to_the_visible_writer() -> None:
    """Pattern "desk credited under the outlet's name": meta "Redakce Deník Jih" is the newsroom; the visible
    "Autor: X" is the writer."""
    byline = '<div class="authors"><span>Autor:</span> <a href="/a/1">Tomáš Dvořák</a></div>'
    record = extract(
        _page('<meta name="author" content="Redakce Deník Jih">', byline), "https://denikjih.example/z/brno.A1"
    )
    assert isinstance(record, Article), record
    assert record.authors == ["Tomáš Dvořák"]


def test_nordic_kl_before_the_time() -> None:
    """Pattern "date kl. time": the Nordic "kl." (klokken, klockan) between the date and its time."""
    found = parse_visible("14. maj 2024 kl. 10.12", None, ["da"], "text", use_dateparser=False)
    assert found is not None and found.naive == "2024-05-14T10:12:00"
    found = parse_visible("14.05.2024, kl. 10:12", None, ["no"], "text", use_dateparser=False)
    assert found is not None and found.naive == "2024-05-14T10:12:00"


def test_date_archive_url_is_no_article() -> None:
    """Pattern "date archive": a path ending in a date, with no story after it."""
    assert is_date_archive_url("https://weserbote.example/archiv/2024/05/14/")
    assert is_date_archive_url("https://blog.example/2024/05/")
    assert not is_date_archive_url("https://blog.example/2024/05/14/harbour-board-rebuilds-pier/")
    assert not is_date_archive_url("https://paper.example/news/2024/05/14/123456.html")
    assert not is_date_archive_url("https://blog.example/2024/05/?p=123")  # the query names the post
    record = extract(_page("", ""), "https://weserbote.example/archiv/2024/05/14/")
    assert isinstance(record, Rejection), record


def test_read_also_and_notices_in_more_languages_are_chrome() -> None:
    """ "Read also" teasers (sw, ar, vi, tr, en), the Turkish "continue" button, a Danish comment notice, a
    Korean copyright line, a summary box's heading."""
    junk = [
        "Soma zaidi: Bei ya mbolea yashuka kwa asilimia 10",
        "اقرأ أيضا الأردن يوسع برنامج توزيع المياه بالتناوب",
        "Xem thêm: Hà Nội thử nghiệm thẻ vé điện tử liên thông",
        "İLGİLİ HABER İzmir'de baraj doluluk oranı yüzde 40'ın altında",
        "Haberin Devamı",
        "DON'T MISS: FG warns of heavy rainfall in 20 states",
        "Du skal være abonnent for at deltage i debatten.",
        "저작권자 © 한빛일보 무단전재 및 재배포, AI 학습 및 활용 금지",
        "What you need to know:",
        "CITEȘTE ȘI: Tramvaiele noi intră în circulație pe linia 1",
        "Kapcsolódó: Felújítják a belvárosi hidat",
        "Lue myös: Kirjastojen lainausmäärät kasvoivat viime vuonna",
    ]
    assert remove_junk([_STORY, *junk, _MORE]) == [_STORY, _MORE]


def test_right_aligned_closing_name_signs_the_story() -> None:
    """Pattern "closing signature": the writer's name, right-aligned, as the story's last paragraph."""
    signed = '<p style="text-align:right;"><strong>Võ Hải</strong></p>'
    record = extract(_page("", "", signed), "https://tinmoi.example/pier-4746021.html")
    assert isinstance(record, Article), record
    assert record.authors == ["Võ Hải"]
    # a right-aligned line in the middle of the story signs nothing
    tree = lxml_html.fromstring(f"<html><body><div>{signed}{_PARAS}</div></body></html>")
    assert closing_signature(tree) == []


def test_finnish_text_and_pictures_labels() -> None:
    """Byline field labels "Teksti: X" (writer) and "Kuvat: Y" (pictures) in Finnish."""
    assert clean_authors(["Teksti: Aino Mäkelä"]) == ["Aino Mäkelä"]
    assert clean_authors(["Teksti: Aino Mäkelä Kuvat: Jussi Koivisto"]) == ["Aino Mäkelä"]


def test_outlet_name_with_accents_matches_its_host() -> None:
    """The author meta naming the outlet "Alföldi Napló" on alfoldinaplo.example is the publisher: the
    byline's person (a profile link under the Hungarian "szerző" path) beats it."""
    byline = '<div class="byline"><a href="/szerzo/kovacs-peter">Kovács Péter</a> <span>2024. május 14.</span></div>'
    record = extract(
        _page('<meta name="author" content="Alföldi Napló">', byline), "https://www.alfoldinaplo.example/helyi/x"
    )
    assert isinstance(record, Article), record
    assert record.authors == ["Kovács Péter"]
