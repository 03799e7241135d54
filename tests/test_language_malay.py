"""Malay is told apart from Indonesian (langdetect has no Malay profile and says "id" for both)."""

from __future__ import annotations

import pytest

from newsbot.extraction.language import detect_language

MALAY = [
    "Kerajaan negeri akan memberikan bantuan kewangan kepada peniaga kecil yang terjejas akibat banjir minggu "
    "lalu. Menurut Exco berkenaan, permohonan boleh dibuat di pejabat daerah bermula Isnin ini dan bayaran "
    "akan disalurkan dalam tempoh dua minggu selepas semakan selesai.",
    "Polis menahan dua lelaki yang dipercayai terbabit dalam kes samun di sebuah stesen minyak awal pagi tadi. "
    "Ketua Polis Daerah berkata kedua-dua suspek direman selama empat hari bagi membantu siasatan, manakala "
    "wang tunai yang dilarikan belum ditemui.",
    "Pasukan bola sepak negeri mara ke separuh akhir selepas menewaskan pasukan lawan 2-1 dalam perlawanan "
    "yang berlangsung di stadium malam tadi. Jurulatih berkata pemainnya bermain dengan penuh semangat "
    "walaupun beberapa pemain utama tidak dapat beraksi kerana kecederaan.",
]
INDONESIAN = [
    "Pemerintah kota akan memberikan bantuan modal kepada pedagang kecil yang terdampak banjir pekan lalu. "
    "Menurut kepala dinas, pengajuan bisa dilakukan di kantor kecamatan mulai Senin dan dana akan dicairkan "
    "paling lambat dua minggu setelah verifikasi selesai.",
    "Polisi menangkap dua pria yang diduga terlibat perampokan di sebuah stasiun pengisian bahan bakar dini hari "
    "tadi. Kapolres mengatakan kedua tersangka ditahan untuk pemeriksaan lebih lanjut, sementara uang tunai "
    "yang dibawa kabur belum ditemukan.",
    "Tim sepak bola daerah melaju ke semifinal setelah mengalahkan lawannya 2-1 dalam pertandingan yang "
    "digelar di stadion tadi malam. Pelatih mengatakan para pemainnya tampil penuh semangat meskipun beberapa "
    "pemain inti absen karena cedera.",
]


@pytest.mark.parametrize("text", MALAY)
def test_malay_text_is_malay(text: str) -> None:
    assert detect_language(text)[0] == "ms"


@pytest.mark.parametrize("text", INDONESIAN)
def test_indonesian_text_stays_indonesian(text: str) -> None:
    assert detect_language(text)[0] == "id"


def test_the_answer_is_the_same_every_time() -> None:
    assert len({detect_language(MALAY[0]) for _ in range(5)}) == 1
