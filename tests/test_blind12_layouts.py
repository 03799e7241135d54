"""Patterns the blind pages of session 12 showed (fixtures/pages, blind12: JNews and tagDiv WordPress themes,
Drupal, Arc XP, Brightspot, Substack, Medium, a republished AP story, a 2006 table layout, a press-release wire,
a podcast transcript; zh, el, hi, fa, ja, pl, tl): each test names the general pattern, and each failed before
its rule was written."""

from __future__ import annotations

from newsbot.extraction import extract
from newsbot.extraction.authors import clean_authors
from newsbot.extraction.body import _strip_headline
from newsbot.extraction.junk import remove_junk
from newsbot.extraction.text import clean_line, norm_key, restore_joiners
from newsbot.models import Article

_STORY = (
    "The harbour board agreed on Monday to rebuild the old wooden pier before winter, after divers found "
    "that storms had loosened most of the piles that hold up its northern end."
)
_PARAS = "".join(f"<p>{_STORY} Part {i}.</p>" for i in range(4))


def _page(head: str, byline: str, body: str = _PARAS, title: str = "Harbour board rebuilds pier") -> bytes:
    return (
        f'<html lang="en"><head><meta charset="utf-8"><title>{title}</title>{head}</head><body><article>'
        f"<h1>{title}</h1>{byline}{body}</article></body></html>"
    ).encode()


def test_joining_controls_stay_in_persian_words() -> None:
    """Pattern "joining controls": the zero-width non-joiner is part of a Persian word's spelling; a stray one
    in Latin text still goes."""
    assert clean_line("به بهره\u200cبرداری می\u200cرسد") == "به بهره\u200cبرداری می\u200cرسد"
    assert clean_line("Harbour\u200c board") == "Harbour board"
    # the body extractor drops them: the page's own spelling is put back, word by word
    page = "<p>بخش نخست به بهره\u200cبرداری می\u200cرسد</p>"
    assert restore_joiners("بخش نخست به بهرهبرداری میرسد", page) == "بخش نخست به بهره\u200cبرداری می\u200cرسد"
    # a word with and without them is one word for comparisons
    assert norm_key("بهره\u200cبرداری") == norm_key("بهرهبرداری")


def test_persian_body_keeps_its_spelling() -> None:
    words = (
        "شهرداری تبریز اعلام کرد که خط دوم قطار شهری تا پایان سال به بهره\u200cبرداری می\u200cرسد و روزانه "
        "مسافران زیادی را جابه\u200cجا می\u200cکند"
    )
    body = "".join(f"<p>{words} {i}.</p>" for i in range(4))
    html = (
        '<html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>خط دوم مترو</title></head><body><article>'
        f"<h1>خط دوم مترو</h1>{body}</article></body></html>"
    ).encode()
    record = extract(html, "https://khabar.example/news/1/metro")
    assert isinstance(record, Article), record
    assert "بهره\u200cبرداری می\u200cرسد" in record.text


def test_ideographic_space_of_a_headline_is_kept() -> None:
    """Japanese and Chinese headlines separate their parts with U+3000, as publishers print them (the
    fundus truths keep it); a run of spaces holding one is one."""
    assert clean_line("大雪で運休\u3000あすも見合わせ") == "大雪で運休\u3000あすも見合わせ"
    assert clean_line("大雪で運休 \u3000\u3000あすも") == "大雪で運休\u3000あすも"
    assert clean_line("\u3000\u3000本文") == "本文"


def test_company_legal_form_stays_with_its_name() -> None:
    """Pattern "company with its legal form": "Northfield Foods, Inc." is one company, not two names."""
    assert clean_authors(["Northfield Foods, Inc."]) == ["Northfield Foods, Inc."]
    assert clean_authors(["Jane Doe, John Smith"]) == ["Jane Doe", "John Smith"]


def test_wire_agency_as_author_meta_yields_to_the_visible_writer() -> None:
    """Pattern "wire credit as author": a regional site's author meta names the agency of the story it
    republishes; the writer of the visible byline is named, with the agency beside the name."""
    byline = (
        '<div class="byline"><span class="author">By Summer Ballard</span> '
        '<span class="org">Associated Press</span></div>'
    )
    record = extract(_page('<meta name="author" content="Associated Press">', byline), "https://sentinel.example/n/1")
    assert isinstance(record, Article), record
    assert record.authors == ["Summer Ballard", "Associated Press"]
    assert clean_authors(["By Summer Ballard Associated Press"]) == ["Summer Ballard", "Associated Press"]


def test_chinese_reporter_list() -> None:
    """Pattern "Chinese reporter list": after "本报记者" the names are separated by spaces only."""
    assert clean_authors(["本报记者 王晓东 李敏"]) == ["王晓东", "李敏"]
    assert clean_authors(["记者：张三"]) == ["张三"]
    # a Japanese name written with a space stays one name
    assert clean_authors(["佐藤 健太"]) == ["佐藤 健太"]


def test_chinese_read_also_line_goes_and_a_photo_caption_stays() -> None:
    """The "相关阅读：" teaser is chrome; a caption ending with "记者 X 摄" (photographed by) stays, as the
    in-sample trafilatura/ truth of a Chinese agency page keeps one."""
    story = "据成都轨道交通集团介绍，13号线采用最高时速100公里的A型列车，早晚高峰最小行车间隔为3分30秒。"
    caption = "图为乘客在13号线站台候车。记者 王晓东 摄"
    lines = [story, caption, "相关阅读：成都地铁第五期建设规划获批", story + "又"]
    assert remove_junk(lines) == [story, caption, story + "又"]


def test_read_also_in_hindi_and_persian_and_the_persian_agency_lines() -> None:
    story = "The harbour board agreed on Monday to rebuild the old wooden pier before winter, the board said."
    lines = [
        "کد خبر: ۱۴۰۴۱۲۱۳۰۵۷",
        story,
        "यह भी पढ़ें: लखनऊ मेट्रो के दूसरे चरण को मिली मंजूरी",
        "بیشتر بخوانید: افزایش نرخ کرایه تاکسی‌ها در تبریز",
        story + " Again.",
        "انتهای پیام/",
    ]
    assert remove_junk(lines) == [story, story + " Again."]


def test_labels_above_the_headline_copy_go() -> None:
    """Pattern "labels above the headline": a layout table's side column ("Weather", "7-Day Forecast") printed
    above the headline's copy in the body is no text of the story."""
    body = ["Weather", "Springfield: 58°F", "7-Day Forecast", "Tornado damages school roof in Bolivar", _STORY]
    assert _strip_headline(body, ["Tornado damages school roof in Bolivar"]) == [_STORY]
    # a paragraph above the copy keeps both: the copy is then a line of the story
    prose = [_STORY, "Tornado damages school roof in Bolivar", _STORY]
    assert _strip_headline(prose, ["Tornado damages school roof in Bolivar"]) == prose


def test_reported_by_line_over_the_story_goes() -> None:
    body = "<p>Reported by Tom Kessler</p>" + _PARAS
    record = extract(_page("", "", body=body), "https://kxrv.example/Global/story.asp?S=4621873")
    assert isinstance(record, Article), record
    assert "Reported by" not in record.text
    assert record.authors == ["Tom Kessler"]


def test_read_also_in_russian_urdu_and_bengali() -> None:
    story = "The harbour board agreed on Monday to rebuild the old wooden pier before winter, the board said."
    lines = [
        story,
        "Читайте также: Ремонт плотины ГЭС продлится до весны",
        "یہ بھی پڑھیں: کراچی میں گرین لائن کا دائرہ بڑھانے کا فیصلہ",
        "আরও পড়ুন মেট্রোরেলের ভাড়া কমানোর দাবি যাত্রীদের",
        story + " Again.",
    ]
    assert remove_junk(lines) == [story, story + " Again."]


def test_russian_author_label_and_a_desk_byline_with_its_place() -> None:
    """ "Автор: X" names the writer; pattern "desk byline with its place": a staff credit glued to one word of
    place ("নিজস্ব প্রতিবেদক ঢাকা", own reporter, Dhaka) names no person."""
    assert clean_authors(["Автор: Елена Смирнова"]) == ["Елена Смирнова"]
    assert clean_authors(["নিজস্ব প্রতিবেদক ঢাকা"]) == []
    assert clean_authors(["Staff Reporter Dhaka"]) == []
