"""Short texts (a resume's lines, skill phrases) are tokenized once per process; long ones
(a whole posting) are not kept, so memory stays bounded."""

from __future__ import annotations

from pivotprep.resume.matching.normalize import _cached_tokens, tokenize


def test_tokens_of_a_repeated_line_are_equal_but_never_shared() -> None:
    line = "Built ETL pipelines in Python and SQL"
    first = tokenize(line)
    first.pop()
    assert tokenize(line) == tokenize(line) and len(tokenize(line)) == len(first) + 1
    long_text = "word " * 200  # over the cached length: tokenized every time, never kept
    before = _cached_tokens.cache_info().currsize
    assert len(tokenize(long_text)) == 200
    assert _cached_tokens.cache_info().currsize == before


def test_a_long_tail_without_words_adds_no_token() -> None:
    # The text after the last word is read once (a lazy gap re-read it from every
    # character: quadratic in its length).
    text = "((Built C++ and .NET tools))"
    assert tokenize(text + ")" * 3_000 + " ." * 500) == tokenize(text)
    assert [t.text for t in tokenize(text)] == ["Built", "C++", "and", ".NET", "tools"]
    assert tokenize(")" * 3_000) == [] and tokenize("") == []


def test_a_tail_without_latin_words_gives_no_tokens_and_keeps_the_last_one_whole() -> None:
    """The tokenizer reads up to the last token (the tail after it would cost a search per
    character); what it gives is the same as before: the words, spans and breaks."""
    cyrillic = [t.text for t in tokenize("Python and C++ " + "опыт работы " * 2000)]
    assert cyrillic == ["Python", "and", "C++"]
    assert [t.text for t in tokenize("R & " + "\u2014 " * 2000)] == ["R", "&"]
    assert [t.text for t in tokenize("C" + "+" * 3000 + " x")] == ["C" + "+" * 3000, "x"]
    assert tokenize("\u2014 \u00e9 " * 2000) == []
    tokens = tokenize("SQL, " + "\u00e9" * 500 + " Go.")
    assert [(t.text, t.start, t.brk) for t in tokens] == [("SQL", 0, False), ("Go", 506, True)]
