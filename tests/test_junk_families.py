"""The junk families of issue 19: each named pattern goes, and the text it resembles stays."""

from __future__ import annotations

import pytest

from newsbot.extraction import extract
from newsbot.extraction.junk import DEFAULT_TABLE, remove_junk
from newsbot.lexicon.junk import FAMILIES
from newsbot.models import Article, Rejection

STORY = [
    "Jakarta - Pemerintah kota memperpanjang masa uji coba bus listrik hingga akhir tahun karena jumlah penumpang "
    "terus bertambah sejak rute baru dibuka bulan lalu.",
    "Kepala dinas perhubungan mengatakan armada akan ditambah sepuluh unit setelah evaluasi selesai pada pekan depan.",
    "Warga berharap jadwal keberangkatan diperpanjang hingga malam hari agar pekerja bisa pulang dengan bus.",
]


def _kept(lines: list[str]) -> list[str]:
    return remove_junk(lines)


@pytest.mark.parametrize(
    "line",
    [
        "[Gambas:Video CNN]",
        "[#image: /photos/6442ac41a765749b63ab2787]",
        "(fby/bac)",
        "(ant)",
        "Baca 10 detik",
        "5 min read",
        "Lesezeit: 3 Min.",
        "Duration 1 minute 12 seconds",
        "Durasi 01:34",
        "Follow Harbour News on Facebook, X and Instagram.",
        "Basahin din: Ani ng palay, tumaas ngayong taon",
        "Artikel berkaitan: Banjir di Kedah",
        "Simak juga Video Pilihan di Bawah Ini:",
        "Lihat Juga : Harga nikel melemah",
        "Il vous reste 62.53% de cet article à lire. La suite est réservée aux abonnés.",
        "Assinantes podem liberar 7 acessos por dia para conteúdos da Folha.",
        "Langgan sekarang untuk membaca semua berita.",
        "Suscríbete para seguir leyendo",
        "Dieser Artikel gehört zum Angebot von SPIEGEL+.",
        "Please turn on JavaScript to use this feature",
        "aja/PAP",
        "(Credit: Jane Roe / Harbour News)",
        "Letzte Änderung 14.02.2019",
        "Last Modified: 03-10-2004 2:20pm",
        "Fot. Jan Nowak / Agencja Foto",
        "*Werbung. Dieser Beitrag enthält Werbung für eine Marke.",
        "Tú también puedes apoyarnos. Cancela cuando quieras.",
        "Laman web ini menggunakan kuki untuk pengalaman terbaik.",
    ],
)
def test_chrome_line_in_the_body_goes(line: str) -> None:
    assert _kept([STORY[0], line, *STORY[1:]]) == STORY


@pytest.mark.parametrize(
    "line",
    [
        "[Source: Plaited Jeans]",
        "Follow Marcas on Twitter @MarcasG",
        "Letzte Änderung des Gesetzes war 2019.",
        "Sumber: kepolisian menyebut pelaku sudah diamankan sejak Senin malam di rumahnya di Bekasi.",
    ],
)
def test_lines_like_chrome_that_are_text_stay(line: str) -> None:
    assert line in _kept([STORY[0], line, *STORY[1:]])


def test_credit_block_closing_an_agency_story_goes() -> None:
    credits = ["Pewarta: Nur Suhra Wardyah", "Editor: Budi Santoso", "Copyright © KANTORBERITA 2024"]
    assert _kept([*STORY, *credits]) == STORY
    # "<outlet> avec AFP", a contact line, "Kontributor : X", "Artikel ini telah tayang di ..."
    for line in [
        "Le Quotidien avec AFP",
        "Contact Marcus Lee at mlee@paper.example or 555-0143.",
        "Kontributor : Hiskia Andika",
        "Artikel ini telah tayang di Tribun.id dengan judul Jembatan Putus",
    ]:
        assert _kept([*STORY, line]) == STORY


def test_a_role_line_inside_the_story_is_not_a_credit() -> None:
    middle = "Editor: the paper's editor said on Monday that the column would return in the spring."
    assert middle in _kept([STORY[0], middle, *STORY[1:]])


def test_agency_code_glued_to_the_last_paragraph_is_cut_but_not_other_brackets() -> None:
    out = _kept([*STORY[:2], STORY[2] + " (ant/rdn)"])
    assert out[-1] == STORY[2]
    assert _kept([*STORY[:2], "Dia bilang harganya turun (sic)."])[-1] == "Dia bilang harganya turun (sic)."


def test_reporter_line_at_the_top_goes_but_only_there() -> None:
    assert _kept(["Laporan Wartawan TribunWarta.com, Yudha Maulana", *STORY]) == STORY
    assert _kept(["Rep: Fuji Eka Permana/ Red: Ani Nursalikah", *STORY]) == STORY
    assert _kept(["By Marcus Lee | mlee@paper.example | Valley Courier", *STORY]) == STORY
    assert _kept(["Oleh Rina Marlina, Kabar Nusa", *STORY]) == STORY
    for heading in ["By the numbers", "By Monday, the council had approved the plan.", "By Lim Cheng, 18 August 2010"]:
        assert heading in _kept([heading, *STORY])
    assert "Oleh Rina Marlina, Kabar Nusa" in _kept([*STORY, "Oleh Rina Marlina, Kabar Nusa", *STORY[:1]])


def test_newsletter_box_goes_whole() -> None:
    box = ["Newsletter", "« Chaleur humaine »", "Comment faire face au défi climatique ?", "S’inscrire"]
    assert _kept([STORY[0], *box, *STORY[1:]]) == STORY
    # no sign-up label: not a box, the lines after a "Newsletter" label stay
    assert STORY[1] in _kept([STORY[0], "Newsletter", *STORY[1:]])


def test_comment_heading_opens_a_thread_only_after_the_story() -> None:
    thread = ["Komentar", "Mantap pak", "Semoga cepat selesai"]
    assert _kept([*STORY, *thread]) == STORY
    top = ["5 Comments", "How the fares were set", *STORY]
    assert "How the fares were set" in _kept(top)


@pytest.mark.parametrize("lang", sorted(FAMILIES))
def test_every_language_family_is_in_the_table(lang: str) -> None:
    family = FAMILIES[lang]
    assert all(DEFAULT_TABLE.is_junk(label) for label in family["labels"])
    assert all(DEFAULT_TABLE.is_related_heading(h) for h in family["related"])


def _page(body: str, og_type: str = "website") -> bytes:
    return (
        f'<html lang="id"><head><title>Ekonomi</title><meta property="og:type" content="{og_type}"></head>'
        f"<body><h1>Ekonomi</h1>{body}<footer>Copyright 2024</footer></body></html>"
    ).encode()


_LEAD = "Pedagang menyebut pasokan dari daerah berkurang karena hujan deras merusak tanaman petani sejak awal bulan."


def _teasers(n: int) -> str:
    return (
        "<div class='list'>"
        + "".join(
            f"<article><h3><a href='/read/{i}'>Harga cabai di pasar kota naik lagi hari ini {i}</a></h3>"
            f"<div class='lead'>{_LEAD}</div><span>14/03/2024</span></article>"
            for i in range(n)
        )
        + "</div>"
    )


def test_section_front_whose_teasers_have_leads_is_rejected() -> None:
    record = extract(_page(_teasers(6)), "https://kabar.example/ekonomi")
    assert isinstance(record, Rejection) and record.reason == "not_article"
    assert "section front" in record.detail


def test_article_with_a_teaser_list_below_it_stays_an_article() -> None:
    story = "".join(f"<p>{p} {p}</p>" for p in STORY)
    record = extract(
        _page(f"<article>{story}</article>{_teasers(6)}", og_type="article"), "https://kabar.example/read/2024/bus"
    )
    assert isinstance(record, Article), record


def _table(rows: int) -> str:
    return (
        "<table>"
        + "".join(
            f"<tr><td>Index {i}</td><td>{1000 + i}.25</td><td>+{i}.10</td><td>+0.{i}%</td></tr>" for i in range(rows)
        )
        + "</table>"
    )


def test_market_data_page_is_rejected_but_an_article_with_a_table_is_not() -> None:
    record = extract(_page("<p>Prices are delayed by 15 minutes.</p>" + _table(12)), "https://kabar.example/markets")
    assert isinstance(record, Rejection) and "data table" in record.detail
    story = "".join(f"<p>{p} {p}</p>" for p in STORY)
    record = extract(
        _page(f"<article>{story}{_table(12)}</article>", og_type="article"), "https://kabar.example/read/2024/indeks"
    )
    assert isinstance(record, Article), record


def test_closing_lines_that_body_truths_keep_stay() -> None:
    """Wire-copy credits and a bracketed source of a quote are part of the story in real pages' body truths."""
    for line in [
        "Additional reporting by Jane Roe; Editing by John Doe",
        "(Source: Letters of Note; Image: via NYPL.)",
    ]:
        assert _kept([*STORY, line])[-1] == line


# Patterns added with the second set of outlet-family pages (fixtures/pages, issue 19): each line goes, and the
# look-alike after it stays.
@pytest.mark.parametrize(
    "line",
    [
        "Pilihan Editor: Petani Cabai di Garut Merugi karena Hujan",
        "Scroll ke bawah untuk melanjutkan membaca",
        "Scroll down to continue reading",
        "Baca berita dengan sedikit iklan, klik di sini",
        "Klik di sini untuk terus membaca",
        "Für alle Termine hier klicken",
        "Suasana sentra ikan asap di Kampung Kenjeran, Surabaya. Foto: Kabar Surabaya",
        "Ilustrasi pemudik motor di jalur pantura. (Foto: Dok. Kabar Nusa)",
        "Dapatkan info dengan mudah dan pantas! Sertai saluran WhatsApp Suara Semenanjung",
        "📲 Participe do canal do Portal Nordeste PE no WhatsApp",
        "Únete a nuestro canal de WhatsApp y recibe las noticias más importantes del día.",
        "Naka-pause ang video. Pindutin para magpatuloy.",
        "Only have a minute? Listen instead",
        "Powered by Trinity Audio",
        "Tonton: Festival Perahu Hias Meriahkan HUT RI",
        "VÍDEOS: veja mais notícias de Pernambuco",
        "Mirá también: Así quedaron las calles del centro",
        "Leggi anche",
        "Lees ook: Fietsendieven actief rond station",
        "Gumagamit ang site na ito ng cookies para mapabuti ang iyong karanasan.",
        "Lanjutkan Membaca ↓",
        "Read more ›",
    ],
)
def test_chrome_line_of_the_second_page_set_goes(line: str) -> None:
    assert _kept([STORY[0], line, *STORY[1:]]) == STORY


@pytest.mark.parametrize(
    "line",
    [
        # a sentence that mentions clicking is longer than a call to action
        "Warga yang ingin mendaftar cukup membuka situs kelurahan lalu klik di sini pada menu layanan, kata dia.",
        # "Foto" inside a sentence, not a credit at its end
        "Polisi meminta warga mengirim foto: pelat nomor, warna mobil dan arah kendaraan itu melaju.",
        "The regulator fined the company for tracking cookies without asking its users first.",
        # English captions and calls to action: kept by the body truths of English pages
        "Cruise liners pass through Venice. Photograph: Jane Roe/Agency",
        "For more information and tickets, click here.",
        "Scroll through the list of candidates below before Tuesday's vote.",
    ],
)
def test_look_alikes_of_the_second_page_set_stay(line: str) -> None:
    assert line in _kept([STORY[0], line, *STORY[1:]])


def test_sign_off_and_sourcing_lines_close_the_story_only_at_its_end() -> None:
    for line in [
        "-- BERNAMA",
        "—KBK, Balitang Pinoy News",
        "(Con información de agencias)",
        "Com informações da Reuters",
        "Artikel ini disiarkan pada : Jumaat, 14 Jun 2024 @ 5:40 PM",
        "This story was originally published September 18, 2024 6:05 PM.",
    ]:
        assert _kept([*STORY, line]) == STORY, line
    # a dash-led quote in mixed case is text
    quote = "— Kami akan terus membantu warga, kata Lurah."
    assert _kept([*STORY, quote])[-1] == quote


def test_role_word_and_name_as_the_first_line_goes_but_a_sentence_stays() -> None:
    assert _kept(["Editor Agus Salim", *STORY]) == STORY
    assert _kept(["Penulis: Rina Marlina", *STORY]) == STORY
    sentence = "Editor senior itu mengatakan redaksi akan menambah liputan daerah."
    assert sentence in _kept([sentence, *STORY])


def test_read_also_glued_after_the_last_sentence_is_cut_but_a_quoted_label_stays() -> None:
    glued = STORY[0] + " Baca Juga: Tarif parkir naik mulai April"
    assert _kept([glued, *STORY[1:]]) == STORY
    assert _kept([STORY[0] + " Tonton: Festival perahu hias", *STORY[1:]]) == STORY
    assert _kept([STORY[0] + ' Says the mayor: "It works." Watch:', *STORY[1:]])[0].endswith("Watch:")
    quoted = 'He wrote: "Read more: the report is long and worth it." Then he left the room without a word.'
    assert quoted in _kept([STORY[0], quoted, *STORY[1:]])
    # a label followed by more than a headline's words is not a teaser
    long_rest = STORY[0] + " Baca juga: " + STORY[1] + " " + STORY[2]
    assert long_rest in _kept([long_rest, STORY[2]])


def test_forum_box_after_the_story_goes() -> None:
    for heading in ["Zum Forum", "Join the discussion", "Forum Diskusi (4)"]:
        assert _kept([*STORY, heading, "Gut so", "Endlich passiert was"]) == STORY, heading
