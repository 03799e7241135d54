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
    "by", "written by", "words by", "story by", "posted by", "published by", "reported by", "report by",
    "text by", "interview by", "more by", "more from", "post author", "post author by", "article by",
    "analysis by", "an analysis by", "commentary by", "opinion by", "column by", "about",
    # an author box titled "About Jane Doe", "Über Jane Doe", "Sobre ...", "Tentang ..."
    "über", "sobre", "à propos de", "tentang", "over",
    # id / ms
    "oleh", "ditulis oleh", "laporan", "dilaporkan oleh", "disunting oleh",
    # tl
    "ni", "isinulat ni", "ulat ni", "sinulat ni",
    # de
    "von", "vom", "verfasst von", "erstellt von", "geschrieben von", "veröffentlicht von", "ein kommentar von",
    "eine analyse von", "ein gastbeitrag von", "ein interview von", "eine kolumne von", "ein essay von",
    "eine reportage von", "ein bericht von", "ein text von", "gastbeitrag von", "kommentar von",
    "analyse von", "artikel von", "ein artikel von", "zeige alle beiträge von", "alle beiträge von",
    "alle artikel von", "mehr von",
    # fr
    "par", "propos recueillis par", "une analyse de", "une chronique de",
    # es
    "por", "escrito por", "publicado por", "redactado por", "un análisis de",
    # pt
    "escrito por", "publicado por", "reportagem de",
    # it
    "di", "scritto da", "pubblicato da", "a cura di",
    # nl
    "door", "geschreven door", "gepubliceerd door",
    # nordic
    "av", "af",
)

#: Labels of a byline field, written with a colon or as a heading: "Penulis: Budi", "Reporter: Sari",
#: "Autorin/Autor" (a side box), "Rep: A/ Red: B". Each maps to its role: "writer" (kept) or a role
#: whose names are not the article's authors ("editor", "photo").
ROLE_LABELS: dict[str, str] = {
    # writers
    "penulis": "writer", "reporter": "writer", "wartawan": "writer", "kontributor": "writer",
    "pewarta": "writer", "koresponden": "writer", "rep": "writer", "laporan": "writer",
    "wartawan kami": "writer", "author": "writer", "authors": "writer", "writer": "writer",
    "written by": "writer", "byline": "writer", "correspondent": "writer", "text": "writer",
    "autor": "writer", "autorin": "writer", "autoren": "writer", "autorinnen": "writer",
    "autorin/autor": "writer", "autor/autorin": "writer", "autor*in": "writer", "autor:in": "writer",
    "texto": "writer", "auteur": "writer", "auteurs": "writer", "autore": "writer", "autori": "writer",
    "autora": "writer", "autores": "writer", "periodista": "writer", "redacteur": "writer",
    "manunulat": "writer", "isinulat ni": "writer", "sinulat ni": "writer",
    # editors and desks: named on Indonesian and Malay pages after the reporter ("Red: ...")
    "editor": "editor", "editors": "editor", "penyunting": "editor", "redaktur": "editor", "red": "editor",
    "redaksi": "editor", "editor in chief": "editor", "pemimpin redaksi": "editor", "penyelaras": "editor",
    "editing": "editor", "redaktion": "editor", "bearbeitung": "editor", "editado por": "editor",
    "edição": "editor", "edited by": "editor", "disunting oleh": "editor", "sub-editor": "editor",
    "patnugot": "editor",
    # pictures, video, graphics
    "foto": "photo", "fotos": "photo", "photo": "photo", "photos": "photo", "fotografer": "photo",
    "photographer": "photo", "fotograf": "photo", "fotografin": "photo", "bild": "photo", "bilder": "photo",
    "video": "photo", "videografer": "photo", "kamera": "photo", "grafik": "photo", "illustration": "photo",
    "ilustrasi": "photo", "infografis": "photo", "gambar": "photo", "imagen": "photo", "image": "photo",
    "sumber": "photo", "source": "photo", "quelle": "photo", "fuente": "photo", "fonte": "photo",
}

#: Job titles that follow a name ("Howard Blume, Staff Writer", "Howard BlumeStaff Writer", "Christoph
#: Hein Chefredakteur"): cut off, never part of the name.
JOB_TITLES: tuple[str, ...] = (
    # en
    "staff writer", "staff reporter", "senior writer", "senior reporter", "special correspondent",
    "contributing writer", "contributing editor", "senior editor", "managing editor", "editor-in-chief",
    "editor in chief", "staff photographer", "chief correspondent", "correspondent", "columnist",
    "contributor", "political reporter", "political editor", "business reporter", "sports writer",
    "sportswriter", "reporter", "editor", "writer", "journalist", "photographer", "freelance writer",
    # de
    "chefredakteur", "chefredakteurin", "redakteur", "redakteurin", "korrespondent", "korrespondentin",
    "autor", "autorin", "reporterin", "volontär", "volontärin", "ressortleiter", "ressortleiterin",
    "mitglied der",
    # id / ms
    "wartawan", "jurnalis", "kontributor", "koresponden", "penulis",
    # fr, es, pt, it, nl
    "journaliste", "correspondant", "correspondante", "rédacteur", "rédactrice", "periodista",
    "corresponsal", "redactor", "redactora", "jornalista", "correspondente", "giornalista",
    "corrispondente", "verslaggever", "correspondent", "redacteur",
)

#: Reading-time and similar labels glued after a byline ("Lindsay Dunsmuir5 Min Read"), in the
#: languages above: a number followed by one of these ends the name.
READ_TIME_WORDS: tuple[str, ...] = (
    "min read", "minute read", "minutes read", "mins read", "min", "mins", "minute", "minutes", "menit",
    "minit", "minuto", "minutos", "minuti", "minuten", "lesezeit", "leestijd", "lectura", "leitura",
    "lettura", "lecture", "basa", "baca",
)

#: Generic non-names: a byline field holding only one of these names nobody.
NOT_NAMES: frozenset[str] = frozenset({
    "staff", "redaksi", "admin", "administrator", "editor", "editorial", "newsroom", "team", "tim",
    "tim redaksi", "redaktion", "redacción", "redaccion", "rédaction", "redação", "redacao", "redazione",
    "redactie", "agencies", "agency", "unknown", "anonymous", "guest", "staff writer", "staff reporter",
    "web desk", "desk", "news desk", "online", "zeitung", "redaktion online", "author", "autor", "autorin",
    "penulis", "reporter", "writer", "contributor", "kontributor", "wartawan", "par", "por", "von", "by",
    "oleh", "ni", "di", "door", "de", "read more", "more", "weiter", "weiterlesen", "weitere artikel",
    "mehr", "lihat", "selengkapnya", "baca juga", "archiv anzeigen", "all posts", "view all posts",
    "follow", "folgen", "seguir", "suivre", "ikuti", "profile", "profil", "email", "e-mail", "twitter",
    "facebook", "instagram", "linkedin", "stand", "alle beiträge", "text", "interview", "foto", "photo",
})

#: Nouns of a desk or channel that follows a name after a dash ("Jane Doe - detikNews", "Budi -
#: Okezone"): such a tail names the site or desk, not a second person.
DESK_WORDS: tuple[str, ...] = (
    "news", "online", "com", "desk", "redaksi", "newsroom", "sport", "sports", "bola", "finance",
    "finans", "tekno", "tech", "oto", "health", "hot", "travel", "food", "inet", "edu", "detik",
)
