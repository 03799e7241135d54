"""Byline words: what stands before, after and around a writer's name.

Languages covered: id (Indonesian), ms (Malay), tl (Tagalog), en, de, fr, es, pt, it, nl; a few
Scandinavian forms kept from earlier lists. Words are lower case; the code matches them without regard
to case. A language is added by adding its words here.
"""

from __future__ import annotations

#: Words that introduce the writer's name: "By Jane Doe", "Oleh Budi", "Ni Juan", "Von Anna", "Par
#: Marie", "Por Ana", "Di Marco", "Door Jan". Followed by the name, with or without a colon.
BY_PREFIXES: tuple[str, ...] = (
    # en
    "by",
    "written by",
    "words by",
    "story by",
    "posted by",
    "published by",
    "reported by",
    "report by",
    # with the indefinite article, as club and school pages introduce a member's piece
    "a report by",
    "a story by",
    "a column by",
    "an interview by",
    "text by",
    "interview by",
    "more by",
    "more from",
    "post author",
    "post author by",
    "article by",
    "analysis by",
    "an analysis by",
    "commentary by",
    "opinion by",
    "column by",
    "about",
    # an author box titled "About Jane Doe", "Über Jane Doe", "Sobre ...", "Tentang ..."
    "über",
    "sobre",
    "à propos de",
    "tentang",
    "over",
    # id / ms
    "oleh",
    "ditulis oleh",
    "laporan",
    "dilaporkan oleh",
    "disunting oleh",
    # tl
    "ni",
    "isinulat ni",
    "ulat ni",
    "sinulat ni",
    # de
    "von",
    "vom",
    "verfasst von",
    "erstellt von",
    "geschrieben von",
    "veröffentlicht von",
    "ein kommentar von",
    "eine analyse von",
    "ein gastbeitrag von",
    "ein interview von",
    "eine kolumne von",
    "ein essay von",
    "eine reportage von",
    "ein bericht von",
    "ein text von",
    "gastbeitrag von",
    "kommentar von",
    "analyse von",
    "artikel von",
    "ein artikel von",
    "zeige alle beiträge von",
    "alle beiträge von",
    "alle artikel von",
    "mehr von",
    "text von",
    "texte von",
    "beitrag von",
    "ein beitrag von",
    "blog beitrag von",
    "blogbeitrag von",
    # fr
    "par",
    "propos recueillis par",
    "une analyse de",
    "une chronique de",
    # es
    "por",
    "escrito por",
    "publicado por",
    "redactado por",
    "un análisis de",
    "texto de",
    # pt
    "escrito por",
    "publicado por",
    "reportagem de",
    # it
    "di",
    "scritto da",
    "pubblicato da",
    "a cura di",
    "testo di",
    # nl
    "door",
    "geschreven door",
    "gepubliceerd door",
    # nordic
    "av",
    "af",
    # "By" in Arabic ("بقلم: X", by the pen of) and Swahili ("Na X"; "na" is also "and", and a Portuguese
    # "na" opens prose: ambiguous, see AMBIGUOUS_BY_PREFIXES).
    "بقلم",
    "na",
)

#: Labels of a byline field, written with a colon or as a heading: "Penulis: Budi", "Reporter: Sari",
#: "Autorin/Autor" (a side box), "Rep: A/ Red: B". Each maps to its role: "writer" (kept) or a role
#: whose names are not the article's authors ("editor", "photo").
ROLE_LABELS: dict[str, str] = {
    # writers
    "penulis": "writer",
    "reporter": "writer",
    "wartawan": "writer",
    "kontributor": "writer",
    "pewarta": "writer",
    "koresponden": "writer",
    "rep": "writer",
    "laporan": "writer",
    "wartawan kami": "writer",
    "author": "writer",
    "authors": "writer",
    "writer": "writer",
    "written by": "writer",
    # el: "Συντάκτης: Name" (the writer, masculine and feminine), "Συντάκτες" (several)
    "συντάκτης": "writer",
    "συντάκτρια": "writer",
    "συντάκτες": "writer",
    "byline": "writer",
    "correspondent": "writer",
    "text": "writer",
    "autor": "writer",
    # ru / uk (blind12)
    "автор": "writer",
    "авторы": "writer",
    "autorin": "writer",
    "autoren": "writer",
    "autorinnen": "writer",
    "autorin/autor": "writer",
    "autor/autorin": "writer",
    "autor*in": "writer",
    "autor:in": "writer",
    "texto": "writer",
    "auteur": "writer",
    "auteurs": "writer",
    "autore": "writer",
    "autori": "writer",
    "autora": "writer",
    "autores": "writer",
    "periodista": "writer",
    "redacteur": "writer",
    "manunulat": "writer",
    "isinulat ni": "writer",
    "sinulat ni": "writer",
    # tr: "Haber: Name" (news by), "Muhabir: Name" (reporter), "Yazar: Name" (writer) (meta13)
    "haber": "writer",
    "muhabir": "writer",
    "yazar": "writer",
    # editors and desks: named on Indonesian and Malay pages after the reporter ("Red: ...")
    "editor": "editor",
    "editors": "editor",
    "penyunting": "editor",
    "redaktur": "editor",
    "red": "editor",
    "redaksi": "editor",
    "editor in chief": "editor",
    "pemimpin redaksi": "editor",
    "penyelaras": "editor",
    "editing": "editor",
    "redaktion": "editor",
    "bearbeitung": "editor",
    "editado por": "editor",
    "edição": "editor",
    "edited by": "editor",
    "disunting oleh": "editor",
    "sub-editor": "editor",
    "patnugot": "editor",
    # pictures, video, graphics
    "foto": "photo",
    "fotos": "photo",
    "photo": "photo",
    "photos": "photo",
    "fotografer": "photo",
    "photographer": "photo",
    "fotograf": "photo",
    "fotografin": "photo",
    "bild": "photo",
    "bilder": "photo",
    "video": "photo",
    "videografer": "photo",
    "kamera": "photo",
    "grafik": "photo",
    "illustration": "photo",
    "ilustrasi": "photo",
    "infografis": "photo",
    "gambar": "photo",
    "imagen": "photo",
    "image": "photo",
    "sumber": "photo",
    "source": "photo",
    "quelle": "photo",
    "fuente": "photo",
    "fonte": "photo",
    # translators: credited beside the writer, not writers of the story
    "übersetzung": "translator",
    "übersetzt von": "translator",
    "translation": "translator",
    "translated by": "translator",
    "translator": "translator",
    "traducción": "translator",
    "traduction": "translator",
    "tradução": "translator",
    "traduzione": "translator",
    "vertaling": "translator",
    "penerjemah": "translator",
    "alih bahasa": "translator",
    # Byline field labels in Finnish ("Teksti: X", "Kuvat: Y"): the writer, and the pictures' credit.
    "teksti": "writer",
    "kuvat": "photo",
    "kuva": "photo",
}
#: The labels of ROLE_LABELS that name the writer ("Penulis:", "Text:", "Haber:"), in its order: read by the
#: byline finder (newsbot.extraction.bylines) and by the body's byline-row test (.junk).
WRITER_LABELS: tuple[str, ...] = tuple(label for label, role in ROLE_LABELS.items() if role == "writer")

#: Job titles that follow a name ("Howard Blume, Staff Writer", "Howard BlumeStaff Writer", "Christoph
#: Hein Chefredakteur"): cut off, never part of the name.
JOB_TITLES: tuple[str, ...] = (
    # en
    "staff writer",
    "staff reporter",
    "senior writer",
    "senior reporter",
    "special correspondent",
    "contributing writer",
    "contributing editor",
    "senior editor",
    "managing editor",
    "editor-in-chief",
    "editor in chief",
    "staff photographer",
    "chief correspondent",
    "correspondent",
    "columnist",
    "contributor",
    "political reporter",
    "political editor",
    "business reporter",
    "sports writer",
    "sportswriter",
    "reporter",
    "editor",
    "writer",
    "journalist",
    "photographer",
    "freelance writer",
    # de
    "chefredakteur",
    "chefredakteurin",
    "redakteur",
    "redakteurin",
    "korrespondent",
    "korrespondentin",
    "autor",
    "autorin",
    "reporterin",
    "volontär",
    "volontärin",
    "ressortleiter",
    "ressortleiterin",
    "mitglied der",
    # id / ms
    "wartawan",
    "jurnalis",
    "kontributor",
    "koresponden",
    "penulis",
    # fr, es, pt, it, nl
    "journaliste",
    "correspondant",
    "correspondante",
    "rédacteur",
    "rédactrice",
    "periodista",
    "corresponsal",
    "redactor",
    "redactora",
    "jornalista",
    "correspondente",
    "giornalista",
    "corrispondente",
    "verslaggever",
    "correspondent",
    "redacteur",
    # The reporter's title printed after the name in Korean and Japanese bylines ("김민준 기자", "山田太郎記者").
    "기자",
    "記者",
    "특파원",
    "特派員",
)

#: Reading-time and similar labels glued after a byline ("Lindsay Dunsmuir5 Min Read"), in the
#: languages above: a number followed by one of these ends the name.
READ_TIME_WORDS: tuple[str, ...] = (
    "min read",
    "minute read",
    "minutes read",
    "mins read",
    "min",
    "mins",
    "minute",
    "minutes",
    "menit",
    "minit",
    "minuto",
    "minutos",
    "minuti",
    "minuten",
    "lesezeit",
    "leestijd",
    "lectura",
    "leitura",
    "lettura",
    "lecture",
    "basa",
    "baca",
)

#: Generic non-names: a byline field holding only one of these names nobody.
NOT_NAMES: frozenset[str] = frozenset(
    {
        # bn: "own reporter", "own correspondent", the staff credit of Bangladeshi papers (blind12)
        "নিজস্ব প্রতিবেদক",
        "নিজস্ব সংবাদদাতা",
        "staff",
        "redaksi",
        "admin",
        "administrator",
        "editor",
        "editorial",
        "newsroom",
        "team",
        "tim",
        "tim redaksi",
        "redaktion",
        "redacción",
        "redaccion",
        "rédaction",
        "redação",
        "redacao",
        "redazione",
        "redactie",
        "agencies",
        "agency",
        "unknown",
        "anonymous",
        "no author",
        "wordpressadmin",
        "wpadmin",
        "webmaster",
        "guest",
        "staff writer",
        "staff reporter",
        "web desk",
        "desk",
        "news desk",
        "online",
        "zeitung",
        "redaktion online",
        "author",
        "autor",
        "autorin",
        "penulis",
        "reporter",
        "writer",
        "contributor",
        "kontributor",
        "wartawan",
        "par",
        "por",
        "von",
        "by",
        "oleh",
        "ni",
        "di",
        "door",
        "de",
        "read more",
        "more",
        "weiter",
        "weiterlesen",
        "weitere artikel",
        "mehr",
        "lihat",
        "selengkapnya",
        "baca juga",
        "archiv anzeigen",
        "all posts",
        "view all posts",
        "follow",
        "folgen",
        "seguir",
        "suivre",
        "ikuti",
        "profile",
        "profil",
        "email",
        "e-mail",
        "twitter",
        "facebook",
        "instagram",
        "linkedin",
        "stand",
        "alle beiträge",
        "text",
        "interview",
        "foto",
        "photo",
        # link and button labels printed beside a byline
        "archive",
        "archives",
        "archiv",
        "tweet",
        "rss",
        "view profile",
    }
)

#: Nouns of a desk or channel that follows a name after a dash ("Jane Doe - detikNews", "Budi -
#: Okezone"): such a tail names the site or desk, not a second person.
DESK_WORDS: tuple[str, ...] = (
    "news",
    "online",
    "com",
    "desk",
    "redaksi",
    "newsroom",
    "sport",
    "sports",
    "bola",
    "finance",
    "finans",
    "tekno",
    "tech",
    "oto",
    "health",
    "hot",
    "travel",
    "food",
    "inet",
    "edu",
    "detik",
)

#: Labels SEO plugins (Yoast, Rank Math) put before the writer's name in a page's Twitter card rows
#: (<meta name="twitter:label1" content="Written by"> then twitter:data1 = the name), per language.
WRITTEN_BY_LABELS: tuple[str, ...] = (
    "written by",
    "author",
    "verfasst von",
    "geschrieben von",
    "autor",
    "autorin",
    "écrit par",
    "ecrit par",
    "auteur",
    "escrito por",
    "scritto da",
    "geschreven door",
    "ditulis oleh",
    "penulis",
    "oleh",
    "isinulat ni",
    "sinulat ni",
)

#: A newsroom credited as a whole, as a byline of its own ("von Redaktion"): not a person, so never kept
#: beside one, but the page's stated author when nobody else is named.
DESK_BYLINES: tuple[str, ...] = (
    "redaktion",
    "die redaktion",
    "redaksi",
    "tim redaksi",
    "redacción",
    "la redacción",
    "rédaction",
    "la rédaction",
    "redação",
    "redazione",
    "la redazione",
    "redactie",
    "de redactie",
    "newsroom",
    "editorial team",
    "editorial staff",
    # A newsroom credited as a whole: cs, pl, the Nordic languages.
    "redakce",
    "redakcja",
    "redaktionen",
    "redaksjonen",
)

#: The last word of a newsroom's credit after the outlet's name ("Harbor Weekly Staff", "Greenwire
#: Newsroom", "Sports Desk"): a CMS's default author, not a person (meta13).
DESK_TAIL_WORDS: tuple[str, ...] = (
    "staff",
    "newsroom",
    "desk",
    "team",
    "redaktion",
    "redacción",
    "rédaction",
    "redazione",
    "redação",
    "redactie",
    "redaksi",
)

#: Words that open a posting line with its date before the writer ("Posted on May 2, 2020 by Jane Doe").
POSTED_WORDS: tuple[str, ...] = (
    "posted",
    "published",
    "updated",
    "veröffentlicht",
    "publiziert",
    "publié",
    "publicado",
    "pubblicato",
    "gepubliceerd",
    "diposting",
    "dipublikasikan",
    "diterbitkan",
    "inilathala",
    # tl: the completed aspect of the same verb, "Nailathala Abril 14, 2025" (blind15)
    "nailathala",
)

#: Reading-time labels printed after the byline without a number next to them ("Jane Doe Tiempo de
#: lectura: 4 min" where the number sits in its own element): the label and what follows end the name.
READ_TIME_LABELS: tuple[str, ...] = (
    "reading time",
    "read time",
    "lesezeit",
    "lesedauer",
    "tiempo de lectura",
    "temps de lecture",
    "tempo di lettura",
    "tempo de leitura",
    "leestijd",
    "waktu baca",
    "masa membaca",
)

#: Weekday names printed before the date after a byline ("Marie Merlet | lundi 9 décembre 2019"): with
#: the date they end the name, and alone they are no name.
WEEKDAY_WORDS: tuple[str, ...] = (
    # en
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    # de
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    # fr
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    # es, pt
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "segunda-feira",
    "terça-feira",
    "quarta-feira",
    "quinta-feira",
    "sexta-feira",
    # it
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    # nl
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    # id / ms
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "sabtu",
    "minggu",
    "isnin",
    "khamis",
    # tl (also "lunes", "martes", "sábado" as in es)
    "miyerkules",
    "huwebes",
    "biyernes",
)

#: Academic degrees and post-nominal letters written after a name with a comma ("Jane Doe, PhD"):
#: part of that name, never a second author.
DEGREES: tuple[str, ...] = ("phd", "ph.d.", "md", "m.d.", "mba", "msc", "m.sc.", "dphil", "llm", "rn", "esq.")

#: Titles of a post in a company, a lab or a university, written after the writer's name in corporate
#: and press blogs ("Jane Doe, Product Manager", "Director of Consumer Marketing, Example EMEA"): a part
#: of the byline holding one of them is the preceding writer's role, and what follows it the employer.
#: (The news job titles above count too.)
AFFILIATION_TITLES: tuple[str, ...] = (
    "manager",
    "director",
    "engineer",
    "president",
    "officer",
    "ceo",
    "cto",
    "cfo",
    "founder",
    "co-founder",
    "chairman",
    "chairwoman",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "analyst",
    "scientist",
    "researcher",
    "professor",
    "intern",
    "evangelist",
    "designer",
    "developer",
    "consultant",
    "specialist",
    "coordinator",
    "strategist",
    "geschäftsführer",
    "geschäftsführerin",
    "leiter",
    "leiterin",
    "pressesprecher",
    "pressesprecherin",
    "directeur",
    "directrice",
    "director",
    "directora",
    "diretor",
    "diretora",
    "direttore",
    "direktur",
    "manajer",
)

#: Words of the buttons and links a template prints right after the byline's name, in its element
#: ("Nigel Subscribe To Our Feed", "Jane Doe Follow"): capitalised after the name, they end it.
BUTTON_WORDS: tuple[str, ...] = (
    # en
    "subscribe",
    "follow",
    "view profile",
    "view all",
    "click here",
    # a feed link after the name ("By Jane Doe RSS feed")
    "rss",
    "read more",
    "more from",
    # de
    "folgen",
    "abonnieren",
    "teilen",
    "mehr von",
    # fr, es, pt, it, nl
    "suivre",
    "s'abonner",
    "partager",
    "seguir",
    "suscribirse",
    "compartir",
    "compartilhar",
    "condividi",
    "volgen",
    "delen",
    # id / ms / tl
    "ikuti",
    "bagikan",
    "kongsi",
    "sundan",
)

#: Pronouns and determiners: no word of a person's name, but of the headings and links a byline search
#: meets ("About This Blog", "Email Me", "My Account", "Über uns"). Not "you": a romanised Chinese
#: surname ("Xiaoying You").
PRONOUNS: frozenset[str] = frozenset(
    {
        # en
        "this",
        "these",
        "those",
        "me",
        "my",
        "our",
        "us",
        "your",
        "we",
        # de
        "dies",
        "diese",
        "dieser",
        "mich",
        "mir",
        "mein",
        "meine",
        "unser",
        "unsere",
        "uns",
        # fr
        "moi",
        "nous",
        "notre",
        "votre",
        # es, pt
        "nosotros",
        "nuestro",
        "nuestra",
        "nosso",
        "nossa",
        # id / ms
        "kami",
        "kita",
        "saya",
    }
)

#: Professions written before a writer's name ("Rechtsanwalt Sebastian Brandt", "FOCUS-Online-Experte Robin
#: Berg"): with the job titles above, a first word ending in one of them is no part of the name.
PROFESSIONS: tuple[str, ...] = (
    "rechtsanwalt",
    "rechtsanwältin",
    "anwalt",
    "anwältin",
    "experte",
    "expertin",
    "gastautor",
    "gastautorin",
    "kolumnist",
    "kolumnistin",
    "attorney",
    "lawyer",
    "abogado",
    "abogada",
    "avocat",
    "avocate",
    "advogado",
    "advogada",
    "avvocato",
    "advocaat",
    "pengacara",
)

# The words below are those of newsbot.extraction.authors's cleaning patterns (moved here from them; the
# patterns keep the lists' order and match them without regard to case unless a list says otherwise).

#: Byline prefixes that are also the first word of names ("Di Maria", "De Niro", "Ni Na"): taken off only
#: when a full name of two or more words follows. it/es/pt, tl, nordic, nl, sw ("Na X"; "na" is also "and").
AMBIGUOUS_BY_PREFIXES: tuple[str, ...] = ("af", "av", "da", "de", "di", "door", "ni", "na")
#: Prefixes meaning "by" between a capitalised label word and a full name ("Pressemitteilung von Katja
#: Kipping", "Recipe by Jane Doe", "View all posts by Jane Doe"): de, en, es/pt, fr, id, nl.
LABEL_BY_PREFIXES: tuple[str, ...] = ("von", "by", "por", "par", "oleh", "door")
#: Role words old templates put before a name without a colon ("Reporter Jane Doe", "Foto Jane Doe"):
#: id, en, de, es, pt, fr.
ROLE_WORDS_BEFORE_NAME: tuple[str, ...] = (
    "penulis",
    "reporter",
    "wartawan",
    "kontributor",
    "editor",
    "penyunting",
    "autor",
    "autora",
    "autorin",
    "auteur",
    "author",
    "text",
    "texto",
    "foto",
    "photo",
    "redaktur",
    "fotografer",
    "interview",
)
#: Abbreviated weekdays before a date after the name ("Tomas Spahn Fr, 18. Oktober 2019" is caught by the
#: two-letter form; "» Sun Jul 12, 2009"): en.
WEEKDAY_ABBREVIATIONS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: The word between a name or a posting word and the date ("Orion Jones on November 8, 2012", "Posted
#: on ...", "am 12.03.2021"): en, de, fr, es, pt, id, nl, it.
DATE_CONNECTORS: tuple[str, ...] = ("on", "am", "le", "el", "em", "pada", "op", "il")
#: Such a connector left dangling after the name once the date came off ("Jane Doe am"): de, en, fr, es,
#: pt, id, nl, it. Wider than DATE_CONNECTORS: what dangles may also be the word before a time that came
#: off ("um", "at") or "on the"; the twin lists of other modules (junklines.DATELINE_LINE_LINKS,
#: dates.UPDATE_LABEL_LINKS, bodylines.DATELINE_LABEL_LINKS) differ as written; one list is not measured.
DANGLING_CONNECTORS: tuple[str, ...] = ("am", "um", "on", "at", "le", "el", "em", "pada", "op", "il", "on the")
#: The word before a posting time after the name ("Posted by Jane Doe at 10:42 PM", "Jane Doe um 14:05
#: Uhr", "pukul 10.00 WIB"): en, de, fr, es, pt, id ("@" too). Read by the name cleaner (newsbot.extraction
#: .authors) and the byline finder's text bylines (.bylines), which had a narrower copy (at, um, à, @; uhr,
#: h): one list changed no record of the devset and fixture pages (benchmarks/record_dump.py, lexicon11).
NAME_TIME_CONNECTORS: tuple[str, ...] = ("at", "um", "à", "a las", "às", "pukul", "@")
#: Words after such a time, besides the 12-hour clock's am/pm: de, fr, id (the zone "WIB").
NAME_TIME_SUFFIXES: tuple[str, ...] = ("uhr", "h", "wib")
#: The word between the writer and the section a blog theme files the post under ("by Jane Doe in News on
#: Mar 9", "Posted by Jane Doe in Uncategorized", "par Jane Doe dans Politique", "por Jane Doe en
#: Noticias", "por Jane Doe em Notícias"): en/de/nl/it, fr, es, pt. No word that is also a name particle
#: ("di", "de", "da"), which stand inside names.
NAME_SECTION_CONNECTORS: tuple[str, ...] = ("in", "dans", "en", "em")
#: Words joining the names of several writers in one author field ("Jane Doe and John Roe", "A dan B",
#: "A sowie B"; ",", ";", "/", "&", "|" and "+" too, in the pattern): en, id/ms, de, es, pt/it, fr,
#: nordic, ca/pl ("i"), en ("with").
NAME_SPLIT_WORDS: tuple[str, ...] = ("and", "dan", "und", "y", "e", "et", "og", "i", "sowie", "with")
#: Abbreviations a name may end in, whose period belongs to it ("Jr.", "Dr.", a company's "Inc."), case as
#: printed: en, de.
NAME_ABBREVIATIONS: tuple[str, ...] = ("Jr", "Sr", "Jun", "Sen", "Dr", "Prof", "Inc", "Corp", "Ltd", "Co")
#: News agencies credited after a writer's name ("Jane Doe, Reuters"): kept as part of the byline, unlike
#: the place a story was filed from. Lower case.
NEWS_AGENCIES: tuple[str, ...] = (
    *("reuters", "bloomberg", "afp", "dpa", "ap", "apa", "efe", "ansa", "sid", "kna", "epd", "anp", "belga"),
    *("tass", "xinhua", "antara", "kyodo", "yonhap", "bernama", "pa", "aap", "ians", "pti", "sda", "ntb", "tt"),
)

#: Chinese reporter labels before the names of a story's reporters, which follow separated by spaces only
#: ("本报记者 王晓东 李敏": "this paper's reporters"; "通讯员": correspondent; "文/": text by) (blind12).
ZH_REPORTER_LABELS: tuple[str, ...] = (
    "本报记者",
    "本报通讯员",
    "特约记者",
    "见习记者",
    "记者",
    "通讯员",
    "文/",
    "文／",
)

#: Wire agencies by their full names, as a regional site's author meta credits a story it republishes
#: ("Associated Press", "Agence France-Presse"): with NEWS_AGENCIES, the names that credit the wire, not a
#: writer (blind12). Lower case.
WIRE_AGENCY_NAMES: tuple[str, ...] = (
    *("associated press", "the associated press", "ap news", "reuters", "thomson reuters"),
    *("agence france-presse", "agence france presse"),
    *("deutsche presse-agentur", "canadian press", "the canadian press", "press association", "pa media"),
    *("australian associated press", "united press international", "upi", "bloomberg news", "kyodo news"),
    *("xinhua news agency", "yonhap news agency", "efe agency", "agencia efe", "ansa agency", "antara news"),
)

# The words below are those of newsbot.extraction.bylines's byline-finding patterns (moved here from them;
# the patterns keep the lists' order).

#: Class or id words of an element holding the byline ("article-byline", "penulis", the news desk's
#: "redaksi"): en, id, de/es/pt, fr. Matched anywhere in the class or id value (newsbot.extraction.bylines
#: and .metadata; metadata's copy lacked "redaksi" and "contributor": one list changed no record, lexicon11).
BYLINE_CLASS_WORDS: tuple[str, ...] = (
    "byline",
    "author",
    "penulis",
    "reporter",
    "writer",
    "autor",
    "auteur",
    "creator",
    "redaksi",
    "contributor",
)
#: Class or id words of the element a news template prints the writer's bare name in, with no byline word, in
#: its story header ("<span class="signature__name">Jane Doe</span>"): en/fr "signature", de/sv "signatur",
#: pt "assinatura". Read only when the metadata credits the outlet or nobody (bylines.bare_name_byline). Not
#: the BYLINE_CLASS_WORDS: the visible byline search reads those already, and beside an author meta naming the
#: outlet (bylines._visible_people) they count only with a byline word.
BARE_NAME_CLASS_WORDS: tuple[str, ...] = ("signatur", "assinatura")
#: Class or id words of the parts of an author box that are no byline (the bio, the picture, the date, the
#: social links): en. Matched anywhere in the class or id value.
NOT_BYLINE_CLASS_WORDS: tuple[str, ...] = (
    "bio",
    "avatar",
    "img",
    "image",
    "photo",
    "description",
    "date",
    "time",
    "about",
    "social",
    "follow",
    "contact",
    "socmed",
)
#: Lower-case particles between the capitalised words of a name in a byline text ("Ni Juan dela Cruz",
#: "Ursula von der Leyen", "Siti binti Ahmad") and of a full name before a spaced dash ("Ursula von der
#: Leyen – Redaktion X", newsbot.extraction.authors, which had a copy without do/das/dela/binti/ten: one
#: list changed no record, lexicon11): nl, de, fr/es/pt/it, tl ("dela"), ms ("bin", "binti"), ar ("al", "el").
NAME_PARTICLES: tuple[str, ...] = (
    "van",
    "von",
    "der",
    "den",
    "de",
    "del",
    "della",
    "di",
    "da",
    "do",
    "dos",
    "das",
    "du",
    "la",
    "le",
    "dela",
    "bin",
    "binti",
    "al",
    "el",
    "ter",
    "ten",
    "zu",
)
#: Lower-case words that may open an author field before capitalised words: the name particles (nl, de,
#: fr/es/pt/it, tl, ms, ar: NAME_PARTICLES; ga "d'", gd "mc") and the articles before a team's or desk's name
#: ("the CNN Wire Staff", "die Redaktion"; en, de, fr, es, it). Read as a set.
LOWER_CASE_NAME_WORDS: tuple[str, ...] = (*NAME_PARTICLES, "d'", "mc", *("the", "die", "les", "los", "las", "il", "lo"))
#: Words joining the writers' names in a byline text ("By Jane Doe and John Roe"; "," too, in the pattern):
#: en, de, id/ms, es, fr, pt/it, nl, tl ("at"), "&". Not NAME_SPLIT_WORDS: those split an author field
#: whatever stands around them ("i", "sowie", "with"), these join capitalised names only ("at", "en" are
#: words of prose elsewhere); one list is not measured.
BYLINE_TEXT_CONJUNCTIONS: tuple[str, ...] = ("and", "und", "dan", "y", "et", "e", "en", "at", "&")
#: Byline prefixes meaning "by" after a posting line's date ("Posted July 2, 2024 by Jane Doe", "Published
#: on 12.03.2021 von Anna Schmidt"): not "about", nor a word that is also a preposition of place ("di
#: Jakarta"). en, id/ms, tl, de, fr, es/pt, nl, nordic. Unlike LABEL_BY_PREFIXES (after a label word, no
#: tl/nordic) and METADATA_BYLINE_PREFIXES (capitalised, with labels such as "penulis"), as written.
AFTER_DATE_BY_PREFIXES: tuple[str, ...] = ("by", "oleh", "ni", "von", "par", "por", "door", "av", "af")
#: The word after a reading time in a post's meta line ("5 min read"), besides READ_TIME_LABELS: en.
META_READ_TIME_AFTER: tuple[str, ...] = ("read",)


# The words below are those of newsbot.extraction.metadata's byline-block search (moved here from it).

#: Class or id words of the parts of an author box that are no byline there: the byline finder's
#: NOT_BYLINE_CLASS_WORDS and "box" (metadata's copy had bio, box, avatar, img, photo, description only: the
#: finder's words too changed no record, lexicon11). "box" stays metadata's: the finder with it is not
#: measured. en.
METADATA_NOT_BYLINE_CLASS_WORDS: tuple[str, ...] = (*NOT_BYLINE_CLASS_WORDS, "box")
#: Capitalised prefixes of a text node that is a byline, with or without a colon ("By Jane Doe", "Oleh:
#: Budi", "Von Anna Schmidt"): id, en, de, es/pt, fr. Matched with their first letter capitalised only.
METADATA_BYLINE_PREFIXES: tuple[str, ...] = ("oleh", "penulis", "reporter", "by", "von", "por", "par")
#: The writer's role after a lower-case "by" and the name ("by Tom Whitaker, Staff Writer"), with the
#: words that may stand before it: en.
STAFF_ROLE_MODIFIERS: tuple[str, ...] = (
    "staff",
    "senior",
    "special",
    "contributing",
    "chief",
    "associate",
    "political",
    "business",
    "sports",
    "education",
)
STAFF_ROLES: tuple[str, ...] = (
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "columnist",
    "contributor",
    "photographer",
)
#: The lower-case prefix of that form: en.
STAFF_BYLINE_PREFIXES: tuple[str, ...] = ("by",)

#: Picture credits written with "by" instead of a colon, after the writer's byline ("Story by Jane Doe |
#: Photos by John Roe", "Texto: X / Fotos de Y"): the names after them are the pictures', not the story's
#: writers (role "photo" of ROLE_LABELS). en, de, es, pt, fr, id. Read only after a separator or at the
#: start, so "Text and photos by Jane Doe" keeps its writer.
PICTURE_BY_LABELS: tuple[str, ...] = (
    "photos by",
    "photo by",
    "photography by",
    "photographs by",
    "pictures by",
    "images by",
    "video by",
    "videos by",
    "illustration by",
    "illustrations by",
    "graphics by",
    "fotos von",
    "foto von",
    "bilder von",
    "fotos de",
    "foto de",
    "fotos por",
    "foto por",
    "photos de",
    "foto oleh",
)
#: The word before the outlet a photographer was commissioned by, in a picture credit ("Photographs by Jane
#: Doe for The Quarterly", "Fotos von Jana Roth für das Stadtmagazin", "Fotos de Ana Gil para El Faro"):
#: en, de, es/pt, fr, it, nl (junk, pattern "commissioned picture credit").
PICTURE_FOR_WORDS: tuple[str, ...] = ("for", "für", "para", "pour", "per", "voor")

#: Last words of an organisation's name (legal forms and the nouns companies and bodies are named with):
#: "About Harbor Valve Technologies" heads a press release's boilerplate, not an author box ("About Jane
#: Doe"). Lower case, trailing dots stripped before matching. en, de, fr, es, pt, it, nl, id.
ORGANISATION_WORDS: frozenset[str] = frozenset(
    {
        "inc", "corp", "corporation", "company", "co", "ltd", "limited", "llc", "llp", "plc", "gmbh", "ag",
        "kg", "sa", "sas", "sarl", "srl", "spa", "nv", "bv", "tbk", "bhd", "group", "holdings", "technologies",
        "technology", "systems", "solutions", "industries", "enterprises", "partners", "labs", "laboratories",
        "pharmaceuticals", "therapeutics", "networks", "software", "foundation", "institute", "university",
        "association", "society", "council", "agency", "bank", "trust", "fund", "alliance", "federation",
        "coalition", "organization", "organisation", "stiftung", "verband", "verein", "fondation",
        "fundación", "fundação", "fondazione", "stichting", "yayasan",
    }
)  # fmt: skip

#: Legal forms printed after a company's name and a comma ("Northfield Foods, Inc.", "Example Co., Ltd."):
#: part of the company's name, not a second name (blind12). Lower case, without dots. en, de, fr, es, it, nl,
#: id, ms.
LEGAL_FORMS: frozenset[str] = frozenset(
    {
        "inc", "corp", "co", "ltd", "llc", "llp", "lp", "plc", "gmbh", "ag", "kg", "sa", "sas", "sarl", "srl",
        "spa", "s.a", "s.p.a", "nv", "bv", "tbk", "bhd", "sdn bhd", "pty ltd", "pte ltd", "co., ltd",
    }
)  # fmt: skip

#: Class and id patterns (regular expressions, matched anywhere in the value) of containers whose names
#: are not this article's writers: teasers of other stories, related and recommended lists, picture
#: captions and credits, reader comments, menus, listings of other articles ("fachartikel-listing__item"),
#: a picture's licence credit ("license-author"), a shop's customer reviews. Mostly English CSS words; "bild"
#: (de), "foto" (de, id, es, ...) and "baca-?juga" ("read also", id). Joined with "|" in this order
#: (newsbot.extraction.bylines).
ELSEWHERE_CLASS_PATTERNS: tuple[str, ...] = (
    "teaser",
    "related",
    "recommend",
    "comment",
    "caption",
    "(?:photo|image|img|bild|foto)-?credit",
    # a picture's credit marked up as a person ("<span class="credit vcard">Carolyn Kaster / AP</span>")
    r"(?:^|\s)credits?(?:$|\s)",
    r"(?:^|[\s_-])promo(?:$|[\s_-])",
    "trending",
    "popular",
    "newsletter",
    "breadcrumb",
    "more-?(?:from|stories|news|articles)",
    "other-?(?:stories|news|articles|posts)",
    "read-?(?:also|more|next)",
    "baca-?juga",
    "also-?read",
    "next-?(?:story|article|post)",
    "carousel",
    "slider",
    r"(?:^|[\s_-])(?:nav|menu|rail)(?:$|[\s_-])",
    "share",
    "social",
    "listing",
    "licen[cs]e",
    "attribution",
    # a shop's customer reviews (pattern "customer reviews": each review names its buyer, never the page's
    # writer); the plural only as a whole class token, a list of reviews, not a critic's review
    r"(?:customer|user|product)-?reviews?",
    r"(?:^|\s)reviews(?:$|\s)",
)

# Session 11 (blind11: layouts and languages no rule was written on).
#: Path words of the URL of a writer's page on the site ("/author/jane-doe", "/autor/", "/yazarlar/",
#: "/profil/", "/journalist/", "/by/"): a link there whose slug is its text names the writer (the "profile
#: link" pattern of extraction/bylines.py). en, de/cs/pl/es/pt, fr, tr, nordic, id, nl.
PROFILE_PATH_WORDS: tuple[str, ...] = (
    "author",
    "authors",
    "autor",
    "autoren",
    "autores",
    "auteur",
    "auteurs",
    "autore",
    "autori",
    "yazar",
    "yazarlar",
    "profil",
    "profile",
    "profiles",
    "journalist",
    "journalister",
    "journalisten",
    "reporter",
    "reporters",
    "penulis",
    "by",
    "av",
    "writer",
    "writers",
    "columnist",
    "columnists",
    "staff",
    # hu "szerző" (author), ro/cs "autor" above
    "szerzo",
    "szerzok",
)

# Session 12 (peers12).
#: A reporter's beat as English bylines print it before the job title ("Judith Burns, Education reporter",
#: "Alan Boyle, Science editor"): cut with the title, it is no part of the name. en.
BEAT_WORDS: tuple[str, ...] = (
    "education",
    "science",
    "health",
    "medical",
    "technology",
    "tech",
    "business",
    "economics",
    "economy",
    "politics",
    "environment",
    "climate",
    "energy",
    "transport",
    "foreign",
    "diplomatic",
    "defence",
    "defense",
    "security",
    "legal",
    "crime",
    "arts",
    "culture",
    "entertainment",
    "sport",
    "sports",
    "religious",
    "social affairs",
    "home affairs",
)

# Session 13 (authors13): what a person's name is not.
#: Words that are never a word of a person's name but of the labels, links and boxes around a byline
#: ("David Masters | Website | Other Articles", "No Primary Author", "[NR] admin", "From The Forum"): a
#: candidate holding one of them as a whole word is no writer. en, de, fr, es, pt, it, nl, id/ms. Lower case.
NOT_NAME_WORDS: frozenset[str] = frozenset(
    {
        # en
        "website",
        "homepage",
        "articles",
        "posts",
        "stories",
        "author",
        "authors",
        "admin",
        "administrator",
        "webmaster",
        "profile",
        "category",
        "categories",
        # de, fr, nl, id: "Zum Profil von ...", "Voir le profil"
        "profil",
        "forum",
        "newsletter",
        "subscribe",
        "comments",
        "advertise",
        "advertisement",
        "photo",
        "permalink",
        # de
        "webseite",
        "beiträge",
        "kategorie",
        "rubrik",
        "kommentare",
        "übersetzung",
        # fr
        "catégorie",
        "rubrique",
        "commentaires",
        "traduction",
        # es, pt, it
        "artículos",
        "categoría",
        "comentarios",
        "traducción",
        "artigos",
        "categoria",
        "tradução",
        "articoli",
        # nl
        "artikelen",
        "categorie",
        # id / ms, de, sv: "Artikel Lainnya", "Alle Artikel", "Situs Web"
        "artikel",
        "lainnya",
        "situs",
        "kategori",
        "komentar",
        "terjemahan",
    }
)
#: Words of a phrase, not of a name: articles, prepositions, conjunctions and verbs that a tagline, a
#: headline or a menu line holds ("CHAMPIONING CREATIVITY ACROSS THE ART", "Building Wealth through Saving",
#: "Geeks are Sexy", "View blog authority"). Read in a candidate printed in capitals throughout, where case
#: does not tell them from names, and as the first word of any candidate ("To Die", "Via CNS", "Get Instant
#: Leads"). Never a name particle ("de", "la", "van", "der": NAME_PARTICLES) nor a word that is also a
#: common given name or surname ("will", "may", "in", "on", "no", "an", "yang"). en, de, fr, es, pt, id.
PHRASE_WORDS: frozenset[str] = frozenset(
    {
        # en
        "the",
        "of",
        "to",
        "for",
        "from",
        "with",
        "across",
        "through",
        "about",
        "into",
        "via",
        "our",
        "your",
        "are",
        "is",
        "get",
        "view",
        "read",
        "click",
        "visit",
        "join",
        # de
        "für",
        "mit",
        "über",
        "zum",
        "zur",
        "aus",
        "ist",
        "sind",
        # fr
        "pour",
        "avec",
        "dans",
        "sur",
        # es, pt
        "para",
        "sobre",
        "desde",
        # id / ms
        "untuk",
        "dengan",
        "tentang",
    }
)
#: Phrase words that may open an outlet's or a team's credit and so are not read as a first word ("The
#: Canadian Press", "THE ASSOCIATED PRESS"). ("a", "an", "les", "des", "los", "con", "yang" are no phrase
#: words at all: an initial, given names and surnames, "de los" in Spanish names.)
PHRASE_WORDS_NOT_FIRST: frozenset[str] = frozenset({"the"})
#: Lower-case words that stand inside a person's name besides LOWER_CASE_NAME_WORDS: ar "ibn", "bint"; he
#: "ben"; de "vom"; it "dei", "degli", "dal"; nordic "af", "av"; nl "op", "'t". Any other lower-case word
#: after a capitalised one makes a phrase, not a name ("Building Wealth through Saving").
MORE_NAME_PARTICLES: frozenset[str] = frozenset(
    {"ibn", "bint", "ben", "vom", "dei", "degli", "dal", "af", "av", "op", "'t"}
)
#: Category and filing lines printed after the writer on the byline line ("Article by Steph, filed under
#: Cities", "Von Jane Doe, abgelegt unter Politik"): from the label on, the line names sections, not
#: writers. en, de, fr, es, pt, id.
CATEGORY_LABELS: tuple[str, ...] = (
    "filed under",
    "filed in",
    "posted in",
    "published in",
    "categorized as",
    "abgelegt unter",
    "veröffentlicht in",
    "kategorie",
    "classé dans",
    "publié dans",
    "archivado en",
    "publicado en",
    "publicado em",
    "arquivado em",
    "diposting di",
    "kategori",
)
#: Translator credits written without a colon after the writer's byline ("Übersetzung Sarah Jung",
#: "Translated by John Roe", "Traduit par Anne Roy"): the names after them translated the story, they are
#: not its writers (role "translator" of ROLE_LABELS, with a colon). en, de, fr, es, pt, it, nl, id.
TRANSLATOR_BY_LABELS: tuple[str, ...] = (
    "translated by",
    "translation by",
    "übersetzt von",
    "übersetzung von",
    "übersetzung",
    "aus dem englischen von",
    "traduit par",
    "traduction de",
    "traducido por",
    "traducción de",
    "traduzido por",
    "tradução de",
    "tradotto da",
    "vertaald door",
    "diterjemahkan oleh",
    "alih bahasa",
)
#: Class or id words of an author box's biography ("cb-author-bio", "author_box__bio", "author-description"):
#: its first words name the writer in full (see bylines.full_name_from_bio). Searched in lower case.
AUTHOR_BIO_CLASS_WORDS: tuple[str, ...] = ("bio", "author-description", "author_description", "authordescription")
#: An editor's credit written with "by" after a separator, without a colon ("Written by Jane Doe | Edited by
#: John Roe"): a field that names no writer (meta15). en, es/pt, de, fr, nl, id/ms.
EDITOR_BY_LABELS: tuple[str, ...] = (
    "edited by",
    "editing by",
    "editado por",
    "editada por",
    "bearbeitet von",
    "redigiert von",
    "édité par",
    "geredigeerd door",
    "diedit oleh",
    "disunting oleh",
)
#: The connector before the section a blog's posting line files the post under when the section is a
#: link of its own, so the text before it ends in the connector ("Posted by Jane Doe in" + <a>News</a>):
#: en, fr, pt (meta15). Not "en": it is also Dutch "and" between two writers.
POSTED_IN_CONNECTORS: tuple[str, ...] = ("in", "dans", "em")
#: The word before a news agency whose copy the writer used ("Par Jane Doe avec AFP", "Von Jane Doe mit dpa",
#: "Por Jane Doe con EFE", "By Jane Doe with AP"): the agency is credited beside the writer, as in "Jane Doe,
#: AFP" (meta15). fr, de, es/it, pt, en.
WITH_AGENCY_WORDS: tuple[str, ...] = ("avec", "mit", "con", "com", "with")
#: The conjunction joining writers' names only right after a byline prefix of its language, where the same
#: word elsewhere is prose ("Ni Maria Santos at Jose Ramos": tl "at" is "and", en "at" is a place; "Door
#: Pieter Jansen en Fleur Bakker": nl "en" is "and", es/fr "en" is "in") (meta15).
PREFIX_CONJUNCTIONS: dict[str, str] = {
    "ni": "at",
    "isinulat ni": "at",
    "sinulat ni": "at",
    "ulat ni": "at",
    "door": "en",
    "geschreven door": "en",
}
#: Words of a broadcaster or outlet unit named after the writer ("Por Ana Lima, TV Serra", "Jane Doe, Rádio
#: Clube"): the part holding one is the writer's employer, no second writer (meta15). pt/es/en/de/it.
BROADCASTER_WORDS: tuple[str, ...] = ("tv", "rádio", "radio", "rtv")

#: The role a correspondent signs a story with in brackets after the name, the place before it ("Richard
#: Schittly (Lyon, correspondant)", "Marco Ferrandi (Bologna, corrispondente)"): fr, it, es, pt, en, de, nl.
CORRESPONDENT_ROLES: tuple[str, ...] = (
    "correspondant",
    "correspondante",
    "envoyé spécial",
    "envoyée spéciale",
    "corrispondente",
    "inviato",
    "inviata",
    "corresponsal",
    "enviado especial",
    "enviada especial",
    "correspondente",
    "correspondent",
    "special correspondent",
    "korrespondent",
    "korrespondentin",
    "correspondenten",
)
