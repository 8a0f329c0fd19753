import itertools
import re
import unicodedata

import pytest

from pipeline.dedup import (
    ConflictingId, article_ref, canonical_url, choose, dedup_keys, keep_one, normalise_text, one_per_id, text_key,
    url_key,
)
from pipeline.records import Article


@pytest.mark.parametrize(
    "one, other",
    [
        ("Xi met Lee in Seoul.", "xi  met LEE in\nSeoul"),
        ("“Quoted” — text…", '"Quoted" - text...'),
        ("ﬁnance Ⅳ", "finance IV"),  # compatibility forms (NFKC)
        ("Straße", "STRASSE"),  # case folding
    ],
)
def test_texts_that_differ_only_in_case_punctuation_spacing_or_unicode_forms_share_a_key(one, other):
    assert text_key(one) == text_key(other)


@pytest.mark.parametrize("one, other", [("Xi met Lee.", "Lee met Xi."), ("He won.", "He lost."), ("?!", "...")])
def test_different_texts_have_different_keys(one, other):
    assert text_key(one) != text_key(other)


def test_normalise_text_keeps_words_of_any_script():
    assert normalise_text("  中国 — 韩国! Москва,  Kyiv ") == "中国 韩国 москва kyiv"


def test_normalise_text_is_nfkc_casefold_and_words_for_every_character():
    # the definition, spelt out; plain ASCII text takes a shorter way to the same words
    def by_definition(text):
        return " ".join(re.sub(r"[\W_]+", " ", unicodedata.normalize("NFKC", text).casefold()).split())

    every_character = "".join(map(chr, range(0x110000)))
    # a text of few distinct separators takes the fast way: every character in one of them
    few_at_a_time = [" ".join(f"a{chr(code)}b" for code in range(start, min(start + 15, 0x110000)))
                     for start in range(0, 0x110000, 15)]
    assert " ".join(map(normalise_text, few_at_a_time)) == by_definition(" ".join(few_at_a_time))
    texts = [every_character, every_character.encode("ascii", "ignore").decode(),
             "A__b-C_9 x\x1cy", "Ǆ ﬁ ² İ ß", "ꭰ Ꭰ ὈΣ ǅ", "x\ud800y\udfff z\ufeff", "The Minister's 2nd  visit—to Kyiv_today.",
             "“Quoted” — text… «Москва» 中国、韩国。"]
    for text in texts:
        assert normalise_text(text) == by_definition(text)


@pytest.mark.parametrize(
    "url, canonical",
    [
        ("https://news.example.org/2025/06/10/xi-lee-call", "news.example.org/2025/06/10/xi-lee-call"),
        ("http://WWW.News.Example.org:80/2025/06/10/xi-lee-call/", "news.example.org/2025/06/10/xi-lee-call"),
        ("https://news.example.org/2025/06/10/xi-lee-call?utm_source=rss&utm_medium=feed#comments",
         "news.example.org/2025/06/10/xi-lee-call"),
        ("https://example.org/a?b=2&a=1&fbclid=x", "example.org/a?a=1&b=2"),
        ("https://example.org:8443/a", "example.org:8443/a"),
        ("https://example.org/", "example.org"),
        ("https://example.org/Case/Sensitive", "example.org/Case/Sensitive"),
        ("  ", ""),
        ("urn:uuid:1234", "urn:uuid:1234"),
        ("http://[::1", "http://[::1"),
        ("http://example.org:notaport/a", "http://example.org:notaport/a"),
        ("not a url", "not a url"),
    ],
)
def test_canonical_url(url, canonical):
    assert canonical_url(url) == canonical


def article(article_id: str, text: str = "Some text.", url: str = "", path: str = "in.jsonl") -> Article:
    return Article(article_id=article_id, text=text, url=url, input_path=path)


def test_url_key_uses_the_canonical_url_and_falls_back_to_the_text():
    assert url_key(article("a", url="https://www.x.org/a/")) == url_key(article("b", url="http://x.org/a?utm_source=y"))
    assert url_key(article("a", text="One.")) == text_key("One.")
    assert url_key(article("a", text="One.")) != url_key(article("b", text="Two."))


def test_keep_one_keeps_the_smallest_id_of_equally_long_texts_whatever_the_order():
    group = [article("b"), article("a", path="z.jsonl"), article("a", path="y.jsonl"), article("c")]
    for order in itertools.permutations(group):
        kept, duplicates = keep_one(dedup_keys(a) for a in order)
        assert kept.ref == article_ref(group[2])
        assert sorted(d.ref for d in duplicates) == sorted(article_ref(a) for a in (group[0], group[1], group[3]))


def test_keep_one_keeps_the_fullest_text_first():
    kept, _ = keep_one([dedup_keys(article("a", text="Summary.")),
                        dedup_keys(article("b", text="Summary, and the whole story."))])
    assert kept.ref == article_ref(article("b", text="Summary, and the whole story."))


def test_keep_one_of_one_has_no_duplicates():
    kept, duplicates = keep_one([dedup_keys(article("a"))])
    assert kept.ref == article_ref(article("a")) and duplicates == []


def test_dedup_keys_are_the_keys_of_the_article_without_its_text():
    one = article("a", text="Xi met  Lee.", url="https://www.x.org/a/")
    keys = dedup_keys(one)
    assert (keys.text_key, keys.url_key) == (text_key(one.text), url_key(one))
    assert dedup_keys(article("a", text="No URL.")).url_key == text_key("No URL.")
    assert one.text not in repr(keys)


def test_the_ref_tells_records_apart_and_is_the_same_for_a_record_read_twice():
    assert article_ref(article("a")) == article_ref(article("a"))
    assert len({article_ref(article("a")), article_ref(article("a", path="other.jsonl")),
                article_ref(article("a", text="Other text.")), article_ref(article("b"))}) == 4


def test_of_two_texts_under_one_id_the_fullest_is_kept_and_the_other_is_told_why():
    short, full = article("same", text="A summary."), article("same", text="A summary, and the whole story.")
    for order in ([short, full], [full, short]):
        verdicts = dict(one_per_id(dedup_keys(a) for a in order))
        assert verdicts[article_ref(full)] is None
        error = verdicts[article_ref(short)]
        assert isinstance(error, ConflictingId) and "'same'" in str(error) and "29 characters against this one's 9" in str(error)
    assert dict(one_per_id([dedup_keys(short)])) == {article_ref(short): None}


def test_choose_keeps_one_per_text_then_per_url_then_per_id_whatever_the_order():
    page = article("page", text="The whole story, with its quotes.", url="https://x.org/a")
    feed_item = article("item", text="The whole story.", url="https://www.x.org/a/?utm_source=rss")  # its URL
    copy = article("z-copy", text="THE WHOLE STORY, with its quotes!", url="https://y.org/b")  # its text
    same_id = article("page", text="A shorter story.", url="https://z.org/c")
    alone = article("alone", text="Nothing else like it.")
    twice = [alone, alone]  # one record read twice: one verdict
    expected_kept = {article_ref(page): None, article_ref(alone): None}
    for order in itertools.permutations([page, feed_item, copy, same_id, *twice]):
        verdicts = choose(tuple(dedup_keys(a)) for a in order)  # as plain tuples, as they cross Beam
        assert {ref: None for ref, verdict in verdicts.items() if verdict is None} == expected_kept
        assert set(verdicts) == {*expected_kept, article_ref(same_id)}
        error = verdicts[article_ref(same_id)]
        assert isinstance(error, ConflictingId) and "'page'" in str(error)
    assert choose([]) == {}
