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


@pytest.mark.parametrize(
    "line",
    [
        "Pinili ng Editor: Presyo ng gulay, tumaas matapos ang pagbaha",
        "Mga tag: baha Marikina",
        "Tags: gempa Sumedang",
        "I-follow ang Balitang Bayan sa Facebook, X at YouTube para sa pinakabagong balita.",
        "Ang mga komento ay hindi sumasalamin sa opinyon ng Balitang Bayan.",
        "Follow WP's coverage of rail safety at https://wirepress.example/hub/train-derailments.",
        "Join the conversation. Comments are moderated and must follow our community guidelines.",
        "WOCHENBLICK ONLINE hat diese Meldung redaktionell nicht bearbeitet. Sie wurde automatisch von der "
        "Deutschen Presse-Agentur (dpa) übernommen.",
        "Ver esta publicación en Instagram",
        "A post shared by Harbour Watch (@harbourwatch)",
        "Cargando reproductor...",
        "Carregando...",
        "Mirá el video: así esperan los vecinos el colectivo",
        "Leé también: El boleto urbano aumenta",
        "Assista ao vídeo: moradores relatam falta d'água",
        "Você já conhece as vantagens de ser assinante da Folha? Além de ter acesso a reportagens e colunas.",
        "Article réservé aux abonnés",
        "Écouter cet article",
        "00:00/03:12",
        "Vous pouvez lire Le Monde sur un seul appareil à la fois",
        "Video abspielen",
        "Die Wiedergabe wurde unterbrochen.",
        "Die Diskussion wurde geschlossen.",
        "Ilustrasi siswa di kelas. (SuaraNusa/Alfian Winanto)",
        "Copy linkShare this post",
    ],
)
def test_chrome_line_of_the_third_page_set_goes(line: str) -> None:
    assert _kept([STORY[0], line, *STORY[1:]]) == STORY


@pytest.mark.parametrize(
    "line",
    [
        # a sentence about watching a video, a reserved parking, the word coverage without a web address
        "Mira el video que grabaron los vecinos, dijo el intendente, y después juzguen ustedes mismos lo que pasó.",
        "Le parking de la gare est désormais réservé aux abonnés du réseau de bus, a annoncé la mairie.",
        "Follow the coverage of the council meeting on our website later today.",
        # a story's paragraph that ends with the agency and a name in brackets is not a caption
        "Warga mengungsi ke balai desa sejak Minggu malam. (Antara/Budi Santoso)",
        # a camel-case name is not glued labels
        "McDonald Street closes for repairs",
    ],
)
def test_look_alikes_of_the_third_page_set_stay(line: str) -> None:
    assert line in _kept([STORY[0], line, *STORY[1:]])


def test_box_heading_left_over_after_the_story_goes_but_a_closing_line_stays() -> None:
    # the newsletter box's name, its pitch (junk) below it
    assert _kept([*STORY, "Get the Morning Briefing", "The day's top stories, delivered to your inbox."]) == STORY
    # a short last line with no junk below it stays, and so does a signature above a share button
    assert _kept([*STORY, "Reporting from Jakarta"])[-1] == "Reporting from Jakarta"
    assert _kept([*STORY, "Jane Roe", "Share"])[-1] == "Jane Roe"


def test_dateline_lines_of_malay_and_tagalog_pages_go() -> None:
    from newsbot.extraction.body import clean_body

    lines = ["Diterbitkan: 25 Nov 2024, 4:40 PTG", "Dikemas kini: 25 Nov 2024", "Inilathala: Hulyo 24, 2024 8:15am"]
    for line in lines:
        assert clean_body([line, *STORY]) == STORY, line
    sentence = "Diterbitkan oleh Dewan Bahasa"
    assert sentence in clean_body([STORY[0], sentence, *STORY[1:]])


def test_kicker_glued_to_the_headline_as_the_first_line_goes() -> None:
    from newsbot.extraction.body import clean_body

    title = "Kommunen klagen über Kosten: »Wir sind am Limit«"
    assert clean_body([f"Unterbringung von Geflüchteten{title}", *STORY], titles=[title]) == STORY
    # a sentence, or a dateline with digits, ending with the headline's words is text
    title = "What Beliefs Support Your Leadership Philosophy?"
    question = "How about you? Do you know what beliefs support your leadership philosophy?"
    assert question in clean_body([STORY[0], question, *STORY[1:]], titles=[title])
    title = "促进航天技术更好惠及人民――习近平主席致贺信"
    dateline = f"新华社北京4月24日电 题：{title}"
    assert dateline in clean_body([dateline, *STORY], titles=[title])


def test_byline_block_glued_to_its_desk_goes_with_the_record_authors() -> None:
    from newsbot.extraction.junk import without_author_lines

    assert without_author_lines(["Fiona MacLeodBritCast Scotland", *STORY], ["Fiona MacLeod"]) == STORY
    # a newsroom role after the name goes among the first lines (junk table), a blog signature stays
    assert _kept(["Rina Anggraeni, Jurnalis", *STORY]) == STORY
    assert _kept(["Jane Roe, Staff Writer", *STORY]) == STORY
    assert "Jane Roe, Product Manager" in _kept(["Jane Roe, Product Manager", *STORY])
    # with a separator, the signature line stays (body truths keep it)
    assert "Jane Roe, Product Manager" in without_author_lines(["Jane Roe, Product Manager", *STORY], ["Jane Roe"])
    first = "Jane Roe said on Monday the council would approve the plan."
    assert without_author_lines([first, *STORY], ["Jane Roe"]) == [first, *STORY]


def test_data_page_with_notes_only_and_a_gallery_without_figcaptions_are_rejected() -> None:
    rows = "".join(f"<tr><td>K{i}</td><td>{i}.12</td><td>+0.0{i}</td><td>{i},400</td></tr>" for i in range(8))
    notes = "<p>Dikemas kini 10 Jun 2024, 5:00 petang. Harga ditangguhkan sekurang-kurangnya 15 minit.</p>"
    disclaimer = "<p>Maklumat ini disediakan untuk rujukan sahaja dan bukan nasihat pelaburan sama sekali.</p>"
    page = f"<html><head><title>Harga saham</title></head><body><h1>Harga saham</h1>{notes}<table>{rows}</table>"
    record = extract(f"{page}{disclaimer * 3}</body></html>".encode(), "https://market.example/saham")
    assert isinstance(record, Rejection) and "data table" in record.detail
    # a story of a few sentences beside the same table is an article
    story = "".join(f"<p>{STORY[i % 3]}</p>" for i in range(6))
    record = extract(f"{page}{story}</body></html>".encode(), "https://market.example/saham-naik")
    assert isinstance(record, Article), record
    slides = "".join(
        f'<div class="slide"><img src="/g/{i}.jpg"><p>Passistas da escola {i} abrem o desfile na avenida</p></div>'
        for i in range(8)
    )
    page = f"<html><head><title>Fotos do desfile</title></head><body><h1>Fotos do desfile</h1>{slides}</body></html>"
    record = extract(page.encode(), "https://portal.example/fotos/desfile")
    assert isinstance(record, Rejection) and "gallery" in record.detail


def test_a_calendar_widget_is_not_a_data_table_and_shop_widgets_are_not_a_gallery() -> None:
    from lxml import html as lxml_html

    from newsbot.extraction.pagetype import non_article

    days = "".join(f"<td>{d}</td>" + ("</tr><tr>" if d % 7 == 0 else "") for d in range(1, 31))
    calendar = f"<table><tr><th>Mon</th><th>Tue</th></tr><tr>{days}</tr></table>"
    post = "<h1>Election night</h1><p>We will post results here as they come in tonight.</p>"
    assert non_article(lxml_html.fromstring(f"<html><body>{post}{calendar}</body></html>")) is None
    widgets = "".join(
        f'<div class="w"><img src="/b/{i}.jpg"><a href="/shop/{i}">Buy book {i} now</a> <a href="/s">at a shop</a>'
        f"</div>"
        for i in range(8)
    )
    assert non_article(lxml_html.fromstring(f"<html><body>{post}<div>{widgets}</div></body></html>")) is None
