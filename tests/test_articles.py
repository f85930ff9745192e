import datetime as dt

import pytest

from conflictmap.articles.read import article_paths, decode_bytes, html_to_text, parse_article, read_article
from conflictmap.articles.sentences import split_sentences
from conflictmap.errors import ArticleError, ConflictmapError


def test_seed_front_matter(seed_article):
    assert seed_article.title == "Al-Assad Granted Asylum in Russia, HTS Militants Control Damascus"
    assert seed_article.published == dt.date(2024, 12, 9)
    assert seed_article.source == "Al-Ahed News"
    assert seed_article.text.lstrip().startswith("Al-Assad Granted Asylum")
    assert "By Staff, Agencies" in seed_article.text


def test_plain_text_without_front_matter(tmp_path):
    p = tmp_path / "note.txt"
    p.write_text("Fighting in Aleppo.\n", encoding="utf-8")
    a = read_article(p)
    assert a.published is None and a.title == "Fighting in Aleppo." and a.id == "note"


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"   \n\t\n", "no text"),
    (b"\xff\xfeA\x00", None),  # UTF-16 with BOM is accepted
    (b"caf\xe9 in Paris", "not UTF-8"),
    (b"\x00\x01\x02binary", "binary"),
    (b"---\ntitle: [unclosed\n---\ntext", "not valid YAML"),
    (b"---\ntitle: x\ntext without end", "never closed"),
    (b"---\npublished: yesterday\n---\ntext", "YYYY-MM-DD"),
    (b"---\n- a\n- b\n---\ntext", "key: value"),
])
def test_bad_files_get_one_clear_message(tmp_path, content, message):
    p = tmp_path / "a.md"
    p.write_bytes(content)
    if message is None:
        assert read_article(p).text == "A"
        return
    with pytest.raises(ArticleError) as exc:
        read_article(p)
    assert message in str(exc.value) and "\n" not in str(exc.value)
    assert isinstance(exc.value, ConflictmapError) and isinstance(exc.value, ValueError)


def test_size_limit(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("x" * 100, encoding="utf-8")
    with pytest.raises(ArticleError, match="limit"):
        read_article(p, max_bytes=50)


def test_folder_errors(tmp_path):
    with pytest.raises(ArticleError, match="no such folder"):
        article_paths(tmp_path / "missing")
    with pytest.raises(ArticleError, match="holds no articles"):
        article_paths(tmp_path)


def test_html_article_keeps_text_drops_script():
    a = parse_article("<html><head><title>T</title><script>alert(1)</script></head><body><p>Shelling in "
                      "Homs.</p><p>More.</p></body></html>", "page", is_html=True)
    assert "alert" not in a.text and "Shelling in Homs." in a.text
    assert html_to_text("<p>a &amp; b</p>") == "a & b"


def test_sentences_respect_abbreviations_and_paragraphs():
    text = "Mr. Smith went to Washington, D.C. on Monday. He met Gen. Jones.\n\nNew paragraph without stop\nSame."
    sentences = [s.text for s in split_sentences(text)]
    assert sentences[0] == "Mr. Smith went to Washington, D.C. on Monday."
    assert sentences[1] == "He met Gen. Jones."
    assert sentences[2].startswith("New paragraph")
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text


def test_decode_utf8_bom():
    assert decode_bytes("\ufeffAleppo".encode("utf-8"), "x") == "Aleppo"


ALIAS_BOMB = "---\na: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
    f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(8)) + \
    "---\nRebels seized Aleppo.\n"


def test_front_matter_with_yaml_aliases_is_refused_before_it_expands():
    assert len(ALIAS_BOMB) < 600  # (nine levels of nine: 387 million items had it been expanded)
    with pytest.raises(ArticleError, match="^bomb: front matter uses YAML anchors or aliases") as err:
        parse_article(ALIAS_BOMB, "bomb")
    assert "\n" not in str(err.value)


def test_front_matter_longer_than_any_articles_is_refused():
    text = "---\ntitle: " + "x" * 30_000 + "\n---\nRebels seized Aleppo.\n"
    with pytest.raises(ArticleError, match="more than 20,000"):
        parse_article(text, "long")


def test_controls_and_bidi_overrides_are_stripped_from_every_text_field_at_read_time():
    text = ('---\ntitle: "Rebels\\0 take\\u202e Hama"\nsource: "Wire\\u2066\\x07"\nurl: "https://e.org/\\u200f"\n'
            '---\nRebels seized\u202e Aleppo\x0b on Monday.\u2069\n')
    a = parse_article(text, "ctl")
    assert a.title == "Rebels  take Hama" and a.source == "Wire " and a.url == "https://e.org/"
    assert a.text == "Rebels seized Aleppo  on Monday.\n"
    assert not any(c in a.text + a.title for c in "\x00\u202e\u2066\u2069\x0b")


def test_text_without_sentence_ends_is_read_in_pieces_cut_at_clauses():
    from conflictmap.articles.sentences import MAX_SENTENCE

    text = "Rebels shelled the town, " * 400  # 10,000 characters, no full stop
    pieces = split_sentences(text)
    assert all(len(p.text) <= MAX_SENTENCE for p in pieces) and len(pieces) >= 10
    assert all(p.text.endswith(",") for p in pieces[:-1])  # cut where a clause ends
    assert all(text[p.start:p.end] == p.text for p in pieces)  # offsets still the text's
    assert " ".join(p.text for p in pieces) == text.strip()
    words = "word " * 3000  # no commas either: cut between words
    assert all(not p.text.startswith(" ") and len(p.text) <= MAX_SENTENCE for p in split_sentences(words))
    assert [s.text for s in split_sentences("Rebels took Hama. Mr. Smith fled.")] == \
        ["Rebels took Hama.", "Mr. Smith fled."]
