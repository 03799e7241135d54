"""Session 16's blind round of Southeast Asian outlet families (blind17a): the shapes they showed newsbot missing.

- "soft 404" in Tagalog and Malay: an error page served with status 200 whose <title> says the page cannot
  be found ("Pahina hindi makita", "Halaman tidak dijumpai") is not an article.
- "numbered series": a photo desk's gallery page typed as an article, whose captions carry the counter of
  one series ("1 / 6"), is a gallery; a story with such a series below its text stays an article.
- chrome lines in the story's language: a business daily's subscription pitch, a metered paywall's counter,
  a tabloid's follow-and-join promo, a network's comment disclaimer and its "Panoorin" video box, an
  English edition's "Editor's Choice:" teaser and Google News prompt, a Malay "Disiarkan pada: <date> @
  <time>" stamp.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pagekit import fixture_record

from newsbot.extraction import extract
from newsbot.models import Article, Rejection

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"

STORY = (
    "<p>Warga di tepi sungai itu mulai membersihkan rumah mereka setelah air surut pada Minggu pagi, "
    "sementara petugas membagikan air bersih dan makanan siap saji di posko yang didirikan di balai desa.</p>"
    "<p>Kepala desa mengatakan sedikitnya empat puluh rumah rusak berat dan pemerintah kabupaten berjanji "
    "menyalurkan bantuan bahan bangunan dalam pekan ini agar warga bisa segera kembali ke rumah masing-masing.</p>"
)


def _extract(stem: str) -> Article | Rejection:
    return fixture_record(stem)


def _page(title: str, body: str, og_type: str = "article") -> bytes:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title><meta property="og:title" content="Warta Raya">'
        f'<meta property="og:type" content="{og_type}">'
        '<meta property="article:published_time" content="2025-12-07T10:00:00+07:00"></head>'
        f"<body><header><a href='/'>Warta Raya</a></header><main>{body}</main>"
        "<footer>© 2025 Warta Raya</footer></body></html>"
    ).encode()


@pytest.mark.parametrize("stem", ["nonarticle-404-5", "nonarticle-gallery-9"])
def test_blind_non_articles_are_rejected(stem: str) -> None:
    # Before: both were emitted as articles (the soft 404 under the site's og:title, the gallery under its title).
    record = _extract(stem)
    assert isinstance(record, Rejection)
    assert record.reason == "not_article"


@pytest.mark.parametrize(
    "title",
    [
        "Pahina hindi makita - Balita Raya",
        "Halaman tidak dijumpai | Berita Raya",
        "Oops! Hindi namin makita ang pahina",
    ],
)
def test_soft_404_title_in_tagalog_or_malay_is_an_error_page(title: str) -> None:
    body = "<h1>Oops!</h1><p>Subukang hanapin muli o bumalik sa homepage.</p><ul><li><a href='/1'>Balita</a></li></ul>"
    url = "https://raya.example/bansa/2025/12/08/123/x"
    record = extract(_page(title, body, og_type="website"), url, http_status=200)
    assert isinstance(record, Rejection)
    assert record.reason == "not_article"


def test_headline_about_someone_missing_is_no_error_page() -> None:
    # "hindi makita" alone heads stories about missing people: only the page's own wording is an error title.
    body = "<h1>Mangingisda, hindi pa rin makita matapos ang bagyo</h1>" + STORY
    record = extract(_page("Mangingisda, hindi pa rin makita matapos ang bagyo", body), "https://raya.example/b/1")
    assert isinstance(record, Article)


def _gallery(story: str) -> bytes:
    figures = "".join(
        f'<figure><img src="/g{i}.jpg" alt="{i}"><figcaption><span class="count">{i} / 6</span> Pedagang '
        f"menata dagangan di pasar terapung nomor {i}. [Foto Raya]</figcaption></figure>"
        for i in range(1, 7)
    )
    body = (
        "<h1>Foto: Pasar Terapung Jelang Akhir Tahun</h1><div>Fotografer Raya | Minggu, 07 Desember 2025</div>"
        f"{story}<div class='gallery'>{figures}</div><div>Bagikan: Facebook | X | WhatsApp</div>"
    )
    return _page("Foto: Pasar Terapung Jelang Akhir Tahun", body)


def test_numbered_gallery_typed_as_article_is_rejected() -> None:
    record = extract(_gallery(""), "https://raya.example/foto/2025/12/07/pasar-terapung")
    assert isinstance(record, Rejection)
    assert record.reason == "not_article"


def test_story_with_numbered_gallery_below_stays_an_article() -> None:
    record = extract(_gallery(STORY), "https://raya.example/news/2025/12/07/banjir-surut")
    assert isinstance(record, Article)
    assert "empat puluh rumah rusak berat" in record.text


@pytest.mark.parametrize(
    ("stem", "gone", "kept"),
    [
        ("id-kontanraya-ihsg-ditutup-menguat-asing-borong-saham-bank", "Berlangganan sekarang", "sektor teknologi"),
        ("ms-kiniraya-ahli-parlimen-gesa-kaji-semula-tarif-air", "artikel percuma", "rebat khas"),
        ("tl-abanteraya-presyo-ng-noche-buena-items-tumaas", "I-follow ang", "itinakdang presyo"),
        ("tl-gmaraya-pagasa-bagyong-ulan-papasok-sa-par", "hindi kumakatawan", "amihan sa hilagang Luzon"),
        ("tl-gmaraya-pagasa-bagyong-ulan-papasok-sa-par", "24 Oras:", "amihan sa hilagang Luzon"),
        ("en-tempoenglishraya-jakarta-floods-displace-residents", "Editor's Choice", "dredging of rivers"),
        ("en-tempoenglishraya-jakarta-floods-displace-residents", "on Google News", "dredging of rivers"),
        ("ms-hmetroraya-wanita-rugi-rm80000-pelaburan-palsu", "Disiarkan pada", "Seksyen 420"),
    ],
)
def test_chrome_lines_in_the_story_language_are_dropped(stem: str, gone: str, kept: str) -> None:
    # Before: each line stayed in the body.
    record = _extract(stem)
    assert isinstance(record, Article)
    assert gone not in record.text
    assert kept in record.text


def test_malay_sentence_opening_with_disiarkan_pada_stays() -> None:
    line = "Disiarkan pada 8 Disember, rancangan itu mendapat sambutan ramai penonton di seluruh negara."
    body = "<h1>Rancangan baharu mendapat sambutan</h1>" + STORY + f"<p>{line}</p>"
    record = extract(_page("Rancangan baharu mendapat sambutan", body), "https://raya.example/hiburan/1")
    assert isinstance(record, Article)
    assert line in record.text
