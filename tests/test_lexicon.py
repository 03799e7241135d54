"""The lexicon's navigation words drive link classification: one list per kind, every language in it."""

from __future__ import annotations

import pytest

from newsbot.discovery.listings import classify_link
from newsbot.lexicon import navigation


@pytest.mark.parametrize("word", navigation.SEARCH_PATH_WORDS)
def test_every_search_word_makes_a_search_link(word: str) -> None:
    assert classify_link(f"https://news.example/{word}/banjir") == "search"


@pytest.mark.parametrize("param", navigation.SEARCH_QUERY_PARAMS)
def test_a_search_parameter_with_a_term_is_a_search_but_a_numeric_id_is_not(param: str) -> None:
    assert classify_link(f"https://news.example/index.php?{param}=banjir") == "search"
    # A story addressed by a numeric id in a one-letter parameter (story.asp?S=7565791) is not a search.
    assert classify_link(f"https://news.example/Global/story.asp?{param.upper()}=7565791") != "search"


def test_drifted_words_are_in_one_list() -> None:
    # "pesquisa" was known to link classification only, "pencarian" to the extraction's listing check only.
    assert {"pesquisa", "pencarian"} <= set(navigation.SEARCH_PATH_WORDS)
    assert classify_link("https://news.example/pencarian/") == "search"
    assert classify_link("https://news.example/autorin/anna-muster/") == "author"
