"""Unit tests for pipeline.extract.dates: finding temporal expressions in news sentences and
resolving them against the publication date, then the MEANTIME date gold."""

import csv
import datetime
import json
import time
from pathlib import Path

import pytest

from pipeline.extract.dates import (
    UNRESOLVED,
    DateExpression,
    ResolvedDate,
    _EXPRESSION,
    date_of_sentence,
    date_of_statement,
    find_date_expressions,
    is_future_tense,
    resolve_date,
)

REPO = Path(__file__).parents[2]
DEV = REPO / "eval" / "dev"

WEDNESDAY = datetime.date(2025, 6, 11)


def day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


# --- EVENTS.md and the dev gold: whole sentences ------------------------------------------


@pytest.mark.parametrize(
    "sentence, published, date, precision, text",
    [
        # EVENTS.md: "on Tuesday" published on Wednesday 2025-06-11 is 2025-06-10.
        ("The two presidents spoke by phone on Tuesday.", "2025-06-11", "2025-06-10", "DAY", "on Tuesday"),
        # The seed article, published on a Tuesday: the day of publication itself.
        (
            "Chinese President Xi Jinping held a phone conversation on Tuesday with South Korea’s "
            "newly elected President Lee Jae-myung, emphasizing the need to enhance bilateral relations.",
            "2025-06-10", "2025-06-10", "DAY", "on Tuesday",
        ),
        (
            "Lee Jae-myung secured a landslide election victory last week.",
            "2025-06-10", "2025-06-02", "WEEK", "last week",
        ),
        ("On Monday, Canada held a general election.", "2019-10-23", "2019-10-21", "DAY", "On Monday"),
        (
            "Germany on Monday banned Iranian airline Mahan Air from flying in the European nation.",
            "2019-01-23", "2019-01-21", "DAY", "on Monday",
        ),
        (
            "Late on Sunday, the United States President Donald Trump, in a statement delivered via "
            "the press secretary, announced that US forces would step aside.",
            "2019-10-08", "2019-10-06", "DAY", "Late on Sunday",
        ),
        (
            "The European Union sanctioned Iran earlier in the month over alleged assassination plots.",
            "2019-01-23", "2019-01-01", "MONTH", "earlier in the month",
        ),
        (
            "On October 6, US President Donald Trump and Turkish President Recep Tayyip Erdoğan "
            "spoke on the phone.",
            "2019-10-15", "2019-10-06", "DAY", "On October 6",
        ),
        (
            'Erdoğan said, "They need to stand by us", while addressing the press yesterday.',
            "2019-10-15", "2019-10-14", "DAY", "yesterday",
        ),
        (
            "Egypt announces it will host an emergency summit of the Arab League on 27 February.",
            "2025-02-09", "2025-02-27", "DAY", "on 27 February",
        ),
        (
            "Trump announces that he will be meeting Russian president Vladimir Putin in Alaska, "
            "United States, on August 15.",
            "2025-08-10", "2025-08-15", "DAY", "on August 15",
        ),
        (
            "Babiš was appointed after his party ANO won the most seats in the parliamentary "
            "elections earlier this month.",
            "2025-10-27", "2025-10-01", "MONTH", "earlier this month",
        ),
        (
            "Australia and Turkey confirm an agreement for Turkey to host the 2026 United Nations "
            "Climate Change Conference.",
            "2025-11-23", "2026-01-01", "YEAR", "2026",
        ),
    ],
)
def test_date_of_news_sentences(sentence, published, date, precision, text):
    assert date_of_sentence(sentence, day(published)) == ResolvedDate(day(date), precision, text)


# --- One expression, each form and precision ------------------------------------------------


@pytest.mark.parametrize(
    "expression, date, precision",
    [
        # days, published on Wednesday 2025-06-11
        ("yesterday", "2025-06-10", "DAY"),
        ("Today", "2025-06-11", "DAY"),
        ("earlier today", "2025-06-11", "DAY"),
        ("tonight", "2025-06-11", "DAY"),
        ("this morning", "2025-06-11", "DAY"),
        ("last night", "2025-06-10", "DAY"),
        ("yesterday afternoon", "2025-06-10", "DAY"),
        ("tomorrow", "2025-06-12", "DAY"),
        ("on Wednesday", "2025-06-11", "DAY"),  # the publication day itself
        ("Thursday", "2025-06-05", "DAY"),
        ("on Tuesday night", "2025-06-10", "DAY"),
        ("last Monday", "2025-06-09", "DAY"),
        ("last Wednesday", "2025-06-04", "DAY"),
        ("next Monday", "2025-06-16", "DAY"),
        ("this Friday", "2025-06-13", "DAY"),
        ("the weekend", "2025-06-07", "DAY"),
        ("over the weekend", "2025-06-07", "DAY"),
        ("last weekend", "2025-06-07", "DAY"),
        ("this past weekend", "2025-06-07", "DAY"),
        ("a week ago", "2025-06-04", "DAY"),
        ("two days ago", "2025-06-09", "DAY"),
        ("three weeks ago", "2025-05-21", "DAY"),
        # weeks: their Monday
        ("this week", "2025-06-09", "WEEK"),
        ("earlier this week", "2025-06-09", "WEEK"),
        ("last week", "2025-06-02", "WEEK"),
        ("the past week", "2025-06-02", "WEEK"),
        ("next week", "2025-06-16", "WEEK"),
        # months: their first day
        ("this month", "2025-06-01", "MONTH"),
        ("earlier this month", "2025-06-01", "MONTH"),
        ("last month", "2025-05-01", "MONTH"),
        ("next month", "2025-07-01", "MONTH"),
        ("two months ago", "2025-04-01", "MONTH"),
        ("in March", "2025-03-01", "MONTH"),
        ("October", "2024-10-01", "MONTH"),  # in the past of publication
        ("in June", "2025-06-01", "MONTH"),  # the month of publication
        ("early June", "2025-06-01", "MONTH"),
        ("July", "2025-07-01", "MONTH"),  # begins within a month of publication: upcoming
        ("last September", "2024-09-01", "MONTH"),
        ("next March", "2026-03-01", "MONTH"),
        ("in June 2024", "2024-06-01", "MONTH"),
        # years: their first day
        ("this year", "2025-01-01", "YEAR"),
        ("last year", "2024-01-01", "YEAR"),
        ("the last year", "2024-01-01", "YEAR"),
        ("next year", "2026-01-01", "YEAR"),
        ("by the end of the year", "2025-01-01", "YEAR"),
        ("in 2017", "2017-01-01", "YEAR"),
        ("since 2017", "2017-01-01", "YEAR"),
        ("mid-2017", "2017-01-01", "YEAR"),
        ("five years ago", "2020-01-01", "YEAR"),
        # explicit dates: the year inferred from publication when not given
        ("June 3", "2025-06-03", "DAY"),
        ("3 June", "2025-06-03", "DAY"),
        ("on June 3rd", "2025-06-03", "DAY"),
        ("the 3rd of June", "2025-06-03", "DAY"),
        ("Tuesday, June 3", "2025-06-03", "DAY"),
        ("June 3, 2025", "2025-06-03", "DAY"),
        ("3 June 2025", "2025-06-03", "DAY"),
        ("2025-06-03", "2025-06-03", "DAY"),
        ("Jan. 6", "2025-01-06", "DAY"),
        ("December 25", "2024-12-25", "DAY"),
        ("on June 20", "2025-06-20", "DAY"),  # nine days ahead: upcoming
        ("June 3, 2020", "2020-06-03", "DAY"),
        # a span of days: its first day
        ("Dec. 1-2", "2024-12-01", "DAY"),
        ("on 2–3 June", "2025-06-02", "DAY"),
        ("May 30-31, 2025", "2025-05-30", "DAY"),
    ],
)
def test_resolve_each_form(expression, date, precision):
    assert resolve_date(expression, WEDNESDAY) == ResolvedDate(day(date), precision, expression)


@pytest.mark.parametrize(
    "expression, date, precision",
    [
        ("YESTERDAY", "2025-06-10", "DAY"),
        ("june 3", "2025-06-03", "DAY"),
        ("Last Week", "2025-06-02", "WEEK"),
        ("ON TUESDAY", "2025-06-10", "DAY"),
        ("In Early June", "2025-06-01", "MONTH"),
    ],
)
def test_resolve_any_case(expression, date, precision):
    assert resolve_date(expression, WEDNESDAY) == ResolvedDate(day(date), precision, expression)


@pytest.mark.parametrize("expression", ["February 30", "the talks", "", "next"])
def test_words_that_are_no_date_stay_unresolved(expression):
    assert resolve_date(expression, WEDNESDAY) == ResolvedDate(None, "UNKNOWN", expression)


# --- Future tense ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "expression, date, precision",
    [
        ("on Monday", "2025-06-16", "DAY"),
        ("Wednesday", "2025-06-11", "DAY"),  # later on the day of publication
        ("Friday", "2025-06-13", "DAY"),
        ("the weekend", "2025-06-14", "DAY"),
        ("in March", "2026-03-01", "MONTH"),
        ("October", "2025-10-01", "MONTH"),
        ("in June", "2025-06-01", "MONTH"),
        ("December 25", "2025-12-25", "DAY"),
        ("June 3", "2026-06-03", "DAY"),
        ("last week", "2025-06-02", "WEEK"),  # the words fix the direction, not the tense
        ("since January", "2025-01-01", "MONTH"),  # "since" always looks back
    ],
)
def test_resolve_in_the_future_tense(expression, date, precision):
    assert resolve_date(expression, WEDNESDAY, future=True) == ResolvedDate(day(date), precision, expression)


@pytest.mark.parametrize(
    "sentence, future",
    [
        ("The two leaders will meet on Monday.", True),
        ("Xi is set to visit Seoul next month.", True),
        ("The summit is scheduled for June.", True),
        ("The president plans to travel to Beijing.", True),
        ("Talks are expected to resume.", True),
        ("Talks are due to resume in Geneva.", True),
        ("Xi is to visit Seoul.", True),
        ("They won’t attend, and he'll stay home.", True),
        ("The ministers meet again next week.", True),
        ("Officials said the president would visit Tokyo.", True),
        ("The two leaders met on Monday.", False),
        ("If elected, she would recognise Palestine.", False),
        ("The vote was delayed due to the storm.", False),
        ("The will of the people must be respected, he said.", False),
        ("The delegation visited Seoul in March.", False),
    ],
)
def test_is_future_tense(sentence, future):
    assert is_future_tense(sentence) is future


@pytest.mark.parametrize(
    "sentence, date",
    [
        # published on Wednesday 2025-06-11; Monday is the 9th or the 16th
        ("The two leaders will meet on Monday.", "2025-06-16"),
        ("Trump said he will visit Beijing on Monday.", "2025-06-16"),
        ("The White House said Trump would travel to Beijing on Monday.", "2025-06-16"),
        ("Talks on Monday will focus on trade.", "2025-06-16"),
        # the time of the saying, not of what is said
        ("Xi said on Monday that China will deepen ties with Seoul.", "2025-06-09"),
        ("On Monday, Trump said he will visit Beijing.", "2025-06-09"),
        ("Trump said on Monday he would impose tariffs.", "2025-06-09"),
        ("He told reporters on Monday that he will visit.", "2025-06-09"),
        ("Trump, who will visit China next month, said on Monday that talks went well.", "2025-06-09"),
        ("The two leaders met on Monday.", "2025-06-09"),
        # what is hoped for lies ahead; a pledge or an assurance reports words like "said"
        ("The minister said the government hopes to sign the deal at talks Monday.", "2025-06-16"),
        ("On Monday, the president assured his guest that Washington will stand by Seoul.", "2025-06-09"),
        ("On Monday, the premier pledged that the country will double its aid.", "2025-06-09"),
        ("On Monday, the minister reiterated that troops will stay.", "2025-06-09"),
    ],
)
def test_the_future_tense_governs_only_what_is_said(sentence, date):
    assert date_of_sentence(sentence, WEDNESDAY).date == day(date)


def test_since_looks_back_in_a_future_sentence():
    sentence = (
        "The Samoan prime minister says that she will dissolve parliament after "
        "leading a minority government since January."
    )
    expression = find_date_expressions(sentence)[0]
    assert resolve_date(expression.text, day("2025-05-27"), future=is_future_tense(sentence)) == ResolvedDate(
        day("2025-01-01"), "MONTH", "since January"
    )
    # The start of a span is no date of the sentence's event.
    assert date_of_sentence(sentence, day("2025-05-27")) == UNRESOLVED


# --- No publication date --------------------------------------------------------------------


@pytest.mark.parametrize(
    "expression", ["on Tuesday", "last week", "yesterday", "in March", "June 3", "a week ago"]
)
def test_relative_expressions_without_publication_date_keep_their_words(expression):
    assert resolve_date(expression, None) == ResolvedDate(None, "UNKNOWN", expression)


@pytest.mark.parametrize(
    "expression, date, precision",
    [
        ("June 3, 2025", "2025-06-03", "DAY"),
        ("in 2017", "2017-01-01", "YEAR"),
        ("2025-06-03", "2025-06-03", "DAY"),
        ("March 2019", "2019-03-01", "MONTH"),
    ],
)
def test_explicit_dates_resolve_without_publication_date(expression, date, precision):
    assert resolve_date(expression, None) == ResolvedDate(day(date), precision, expression)


def test_sentence_without_publication_date_keeps_the_finest_expression():
    sentence = "Xi held a phone conversation on Tuesday with Lee, who took office in 2025."
    assert date_of_sentence(sentence, None) == ResolvedDate(None, "UNKNOWN", "on Tuesday")


def test_sentence_without_date_is_unresolved():
    assert date_of_sentence("Xi vowed to strengthen ties with Seoul.", WEDNESDAY) == UNRESOLVED
    # "recently" pins no time: it may be weeks or months back.
    assert date_of_sentence("Recently, Chile announced a naval patrol with Peru.", WEDNESDAY) == UNRESOLVED
    assert date_of_sentence("Seoul has recently stressed its ties with Beijing.", WEDNESDAY) == UNRESOLVED
    assert date_of_sentence("", None) == UNRESOLVED


# --- Year boundaries ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "expression, published, date, precision",
    [
        ("last week", "2025-01-02", "2024-12-23", "WEEK"),
        ("this week", "2025-01-01", "2024-12-30", "WEEK"),
        ("December", "2025-01-15", "2024-12-01", "MONTH"),
        ("in November", "2025-01-15", "2024-11-01", "MONTH"),
        ("last month", "2025-01-15", "2024-12-01", "MONTH"),
        ("next month", "2024-12-15", "2025-01-01", "MONTH"),
        ("January", "2024-12-15", "2025-01-01", "MONTH"),  # begins within a month: upcoming
        ("December 31", "2025-01-02", "2024-12-31", "DAY"),
        ("January 2", "2024-12-28", "2025-01-02", "DAY"),
        ("on Monday", "2025-01-02", "2024-12-30", "DAY"),
        ("yesterday", "2025-01-01", "2024-12-31", "DAY"),
        ("next year", "2024-12-31", "2025-01-01", "YEAR"),
        ("last weekend", "2025-01-01", "2024-12-28", "DAY"),
    ],
)
def test_year_boundaries(expression, published, date, precision):
    assert resolve_date(expression, day(published)) == ResolvedDate(day(date), precision, expression)


@pytest.mark.parametrize(
    "expression, published, date",
    [
        # On a Sunday "last week" is the working week just ended: the Monday six days before.
        ("last week", "2025-06-15", "2025-06-09"),
        ("Thursday last week", "2025-06-15", "2025-06-12"),
        # Any other day: the week before the publication's.
        ("last week", "2025-06-14", "2025-06-02"),
        ("last week", "2025-06-16", "2025-06-09"),
        # Only "last week" moves: "this week" and "next week" keep the publication's week.
        ("this week", "2025-06-15", "2025-06-09"),
        ("next week", "2025-06-15", "2025-06-16"),
    ],
)
def test_last_week_from_a_sunday(expression, published, date):
    assert resolve_date(expression, day(published)).date == day(date)


# --- Finding expressions --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, texts",
    [
        (
            "Chinese President Xi Jinping held a phone conversation on Tuesday with South Korea’s "
            "newly elected President Lee Jae-myung.",
            ["on Tuesday"],
        ),
        ("Theresa May said on Tuesday that Britain would leave the EU in May.", ["on Tuesday", "in May"]),
        ("Prices may fall in March, and protesters march on Friday.", ["in March", "on Friday"]),
        ("The framework is enough to start trading on July 1, 2020.", ["on July 1, 2020"]),
        ("I am committed to getting Britain out of the EU by October 31st.", ["by October 31st"]),
        ("The talks on Tuesday, June 3, 2025 ended without agreement.", ["on Tuesday, June 3, 2025"]),
        (
            "He took office in 2017, was re-elected in early June three years ago, and resigned last week.",
            ["in 2017", "in early June", "three years ago", "last week"],
        ),
        ("A 2017 fallout over a missile defense system soured ties.", []),
        ("Two thirds of those infected, over 1800 people, have died.", []),
        ("Smoke turned the sky dark around 3:00 p.m. local time on Monday (1800 UTC).", ["on Monday"]),
        ("Nigeria planned to join in the week leading up to the summit.", []),
        ("Mnangagwa promised elections by the end of the year.", ["by the end of the year"]),
        ("Fighting resumed late on Sunday night, and talks are set for next Monday morning.",
         ["late on Sunday night", "for next Monday morning"]),
        ("The weekly meeting was held in Chicago a month ago.", ["a month ago"]),
    ],
)
def test_find_date_expressions(sentence, texts):
    found = find_date_expressions(sentence)
    assert [expression.text for expression in found] == texts
    assert all(sentence[e.start:e.end] == e.text for e in found)


def test_find_gives_offsets():
    assert find_date_expressions("Lee won last week.") == [DateExpression("last week", 8, 17)]


def test_the_most_precise_expression_dates_the_sentence_and_the_first_among_equals():
    def text_of(sentence):
        return date_of_sentence(sentence, WEDNESDAY).text

    assert text_of("Lee, who won last week, called Xi on Tuesday.") == "on Tuesday"
    assert text_of("In 2017 and again last month, talks failed.") == "last month"
    assert text_of("The ministers met on Monday and again on Tuesday.") == "on Monday"


def dev_texts():
    for path in sorted(DEV.glob("*.gold.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            yield json.loads(line)["article"]["text"]


def test_scanning_around_head_words_finds_what_the_whole_grammar_finds():
    """The speed-up of scanning only near head words must not change the result; this
    breaks when the grammar grows a lead longer than _LONGEST_LEAD."""
    for text in dev_texts():
        whole = [(m.group(), m.start()) for m in _EXPRESSION.finditer(text) if m.group() != "May"]
        assert [(e.text, e.start) for e in find_date_expressions(text)] == whole


# --- Speed ----------------------------------------------------------------------------------

ONE_MB = 1_000_000
ADVERSARIAL = {
    "prepositions": "on " * (ONE_MB // 3),
    "months": "March " * (ONE_MB // 6),
    "modifiers": "on the end of early in the " * (ONE_MB // 27),
    "numbers": "1 23 456 2017 " * (ONE_MB // 14),
    "dates": "on Tuesday last week in March 2019 " * (ONE_MB // 35),
    "tense": "said he will on Tuesday would " * (ONE_MB // 30),
    "spaces": " " * ONE_MB,
    "one word": "x" * ONE_MB,
}


# Linear time is checked as linear growth: a whole megabyte of an adversarial text must cost
# about four times its first quarter (a pattern that backtracks over the text costs sixteen
# times or more). Both are measured on the same machine within a second of each other, so the
# ratio holds on the shared machines here, whose speed varies by a factor of two from hour to
# hour; the 50 ms allowance keeps the tiny timings of "one word" out of the noise. A megabyte in
# which every word starts a date expression ("numbers", "months") costs four to eight times a
# megabyte of real news; the second bound catches a pattern that is linear but far too slow.
GROWTH_LIMIT = 10.0
GROWTH_ALLOWANCE = 0.05
NEWS_RATIO_LIMIT = 20.0
SCANS = {"find": find_date_expressions, "date": lambda text: date_of_sentence(text, WEDNESDAY)}


def _best_cpu_seconds(scan, text: str) -> float:
    times = []
    for _ in range(2):  # the better of two: the machine is shared and noisy
        started = time.thread_time()
        scan(text)
        times.append(time.thread_time() - started)
    return min(times)


@pytest.fixture(scope="module")
def news_megabyte() -> str:
    lines = (Path(__file__).resolve().parents[2] / "corpora" / "wikinews-2019.jsonl").read_text(encoding="utf-8")
    text = "\n".join(json.loads(line)["text"] for line in lines.splitlines())
    return (text * (ONE_MB // len(text) + 1))[:ONE_MB]


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
@pytest.mark.parametrize("scan", sorted(SCANS))
def test_a_megabyte_of_adversarial_text_is_scanned_in_linear_time(name, scan, news_megabyte):
    text = ADVERSARIAL[name]
    quarter = _best_cpu_seconds(SCANS[scan], text[: len(text) // 4])
    whole = _best_cpu_seconds(SCANS[scan], text)
    assert whole < GROWTH_LIMIT * quarter + GROWTH_ALLOWANCE
    assert whole < NEWS_RATIO_LIMIT * _best_cpu_seconds(SCANS[scan], news_megabyte)


# --- MEANTIME gold --------------------------------------------------------------------------


def test_meantime_date_gold_accuracy():
    with open(DEV / "dates.meantime.tsv", encoding="utf-8", newline="") as gold_file:
        rows = list(csv.DictReader(gold_file, delimiter="\t"))
    right = sum(
        resolve_date(row["text"], day(row["published"]))
        == ResolvedDate(day(row["gold"]), row["precision"], row["text"])
        for row in rows
    )
    assert rows and right / len(rows) >= 0.90


# --- Spans, effect dates and statements ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister announces a pause on the new duties until March 4.",
        "The truce holds till Friday, the mediators say.",
        "The government approves a levy that takes effect on July 1.",
        "The ban, effective Monday, covers all flights from the region.",
        "The cabinet confirms that the new visa rules will apply starting September.",
        "The decree raises the duties, with a second increase coming into force on 1 August.",
        "An extra duty will apply 30 days after July 7.",
    ],
)
def test_dates_of_spans_and_effect_are_not_event_dates(sentence):
    assert date_of_sentence(sentence, WEDNESDAY) == UNRESOLVED


@pytest.mark.parametrize(
    "sentence, date",
    [
        # The start of a span is still the event's date; only its end is not.
        ("Talks ran from Monday until Friday in Doha.", "2025-06-09"),
        # "after" a date without a count of days is the event's own time.
        ("The leaders met after Tuesday's vote.", "2025-06-10"),
        ("The foreign minister said earlier in the day that talks would resume.", "2025-06-11"),
    ],
)
def test_event_dates_next_to_span_words_are_kept(sentence, date):
    assert date_of_sentence(sentence, WEDNESDAY).date == day(date)


@pytest.mark.parametrize(
    "sentence, date, precision",
    [
        # The signal is dated when voiced, not when its measure takes effect.
        ("The president said on Monday that the tariffs will rise on Friday.", "2025-06-09", "DAY"),
        ("On Friday the tariffs will rise, the president said on Monday.", "2025-06-09", "DAY"),
        ("He also announced a plan to be unveiled at the summit later this week.", None, "UNKNOWN"),
        ("The ministry will announce new sanctions tomorrow.", None, "UNKNOWN"),
        ("The government set to lift the ban on June 20 announced a review.", None, "UNKNOWN"),
        ("Officials said last week that the country will leave the pact in July.", "2025-06-02", "WEEK"),
    ],
)
def test_date_of_statement_leaves_out_what_is_announced(sentence, date, precision):
    resolved = date_of_statement(sentence, WEDNESDAY)
    assert (resolved.date, resolved.precision) == (day(date) if date else None, precision)


@pytest.mark.parametrize(
    "sentence, date",
    [
        # A future marker in a clause of its own does not move the expression into the future.
        ("The party won the vote on Sunday and is expected to try to form a government.", "2025-06-08"),
        ("The leaders met on Monday; talks will resume next month.", "2025-06-09"),
        ("The ministers met on Tuesday, but a deal will take longer.", "2025-06-10"),
        # Without a clause break it still does.
        ("Talks on Monday will focus on trade.", "2025-06-16"),
    ],
)
def test_a_future_marker_governs_only_its_own_clause(sentence, date):
    assert date_of_sentence(sentence, WEDNESDAY).date == day(date)


def test_the_year_a_span_began_is_no_event_date():
    sentence = "The two sides held talks, the first since the war began in 2022."
    assert date_of_sentence(sentence, WEDNESDAY) == UNRESOLVED


# --- Background in so many words or years (document.old_year_mentioned) ---------------------


@pytest.mark.parametrize(
    "text, background",
    [
        ("a 2017 fallout over a missile defense system", True),
        ("In 2023, the president visited Beijing.", True),
        ("Back in early 2022, the two leaders met.", True),
        ("It was not long ago that the two leaders exchanged threats.", True),
        ("Not so long ago, the two states had no ties.", True),
        ("In past bilateral tensions, Ankara has threatened to close the air base.", True),
        ("The envoys traded the same demands in previous rounds of talks.", True),
        # A recent span of days is news.
        ("In the past week, the envoys met twice.", False),
        # Spans that reach the present are news of today, not history.
        ("The talks were the first since the crisis began in 2019.", False),
        ("The two states have had no ties since 2016.", False),
        ("Kyiv and Moscow, at war since the invasion began in February 2022, met.", False),
        ("The president met his counterpart on Tuesday.", False),
        # Last year is not background early in the year.
        ("The election was held last year.", False),
        # An opening that sets the story years back without naming the year.
        ("Several years ago, the kingdom gave up its claim to the islands.", True),
        ("Two decades ago, the neighbours fought a border war.", True),
        ("A few months ago, the ministers signed a fishing accord.", True),
        ("In the late 1990s, the two states signed a trade pact.", True),
        ("Historically, the island has relied on its larger neighbour.", True),
        ("In the past, the ministry has denied such reports.", True),
        # Only as an opening: a clause about an old treaty leaves today's news standing.
        ("Moscow on Tuesday left a treaty it had signed decades ago.", False),
        ("Years of talks ended on Monday with a deal.", False),
        # A clock time is no year.
        ("The ministers met at 7 p.m. (1900 UTC) on Tuesday.", False),
        ("The talks ended at 1830 GMT.", False),
        ("The summit opened at 2000 hours local time.", False),
    ],
)
def test_background_is_recalled_past(text, background):
    from pipeline.extract.document import old_year_mentioned

    assert old_year_mentioned(text, WEDNESDAY) is background


def test_an_earlier_year_at_the_turn_of_the_year_can_still_be_news():
    from pipeline.extract.document import old_year_mentioned

    assert old_year_mentioned("In 2024, the parliament was dissolved.", day("2025-01-10")) is False
    assert old_year_mentioned("In 2024, the parliament was dissolved.", day("2025-06-10")) is True


@pytest.mark.parametrize(
    "text, told",
    [
        # Published 2025-06-11: any year that ended over 45 days before is history told.
        ("In 2024, the army bought two hundred tanks.", True),
        ("The country spent 1.2% of its economy on defence in 2024.", True),
        ("Back then, the two states had no ties.", True),
        # Spans reaching the present, the current year and no year at all are not.
        ("The two states have had no ties since 2016.", False),
        ("The budget for 2025 was passed in March.", False),
        ("The minister said the talks would go on.", False),
    ],
)
def test_a_sentence_tells_history_when_it_names_an_ended_year(text, told):
    from pipeline.extract.document import earlier_year_told

    assert earlier_year_told(text, WEDNESDAY) is told


def test_the_year_just_ended_is_no_history_in_the_first_weeks_of_the_next():
    from pipeline.extract.document import earlier_year_told

    assert earlier_year_told("In 2024, the army bought tanks.", day("2025-01-20")) is False
    assert earlier_year_told("In 2024, the army bought tanks.", None) is False


@pytest.mark.parametrize(
    "sentence, date",
    [
        # Published on Friday 2025-06-13: weekday arithmetic on the real calendar.
        ("The two ministers met Thursday last week.", "2025-06-05"),
        ("The envoys met on Monday of last week.", "2025-06-02"),
        ("The leaders will meet Tuesday next week.", "2025-06-17"),
        ("The leaders met last Thursday.", "2025-06-12"),
        ("The leaders met on Thursday.", "2025-06-12"),
        ("The leaders met last Friday.", "2025-06-06"),
        ("The summit opened on Friday.", "2025-06-13"),
        # A future marker in an earlier clause does not govern a later one.
        ("He said talks would continue, which began on Tuesday.", "2025-06-10"),
    ],
)
def test_weekdays_against_the_calendar(sentence, date):
    assert date_of_sentence(sentence, day("2025-06-13")).date == day(date)


# --- Dating of whole events (extractor): evidence, speakers, references ----------------------


def _events(extractor, text, published):
    from pipeline.records import Article

    article = Article(article_id="t", text=text, published_at=datetime.datetime.fromisoformat(published))
    return [m.event for m in extractor.extract(article)]


def test_a_sentence_pointing_back_takes_the_date_of_the_one_before(extractor):
    events = _events(
        extractor,
        "Late on Sunday, the White House announced that U.S. troops would leave the border area. "
        "The announcement was made after U.S. President Donald Trump had a phone conversation with "
        "Turkish President Recep Tayyip Erdoğan.",
        "2019-10-08",
    )
    calls = [e for e in events if e.event_type == "DIPLOMATIC_CALL"]
    assert [(c.event_date, c.date_precision) for c in calls] == [(day("2019-10-06"), "DAY")]


def test_a_signal_is_dated_when_voiced_not_when_it_takes_effect(extractor):
    events = _events(
        extractor,
        "U.S. President Donald Trump announced on Monday new tariffs on Canada that take effect on August 1.",
        "2025-07-16",
    )
    signals = [e for e in events if e.event_type == "POLICY_SIGNAL"]
    assert signals and all(s.event_date == day("2025-07-14") for s in signals)


def test_a_speakers_later_words_are_dated_by_their_first(extractor):
    events = _events(
        extractor,
        "U.S. Secretary of State Marco Rubio said Monday he was flying to Jeddah. "
        "Rubio said the United States will keep supporting Ukraine.",
        "2025-03-12",
    )
    signals = [e for e in events if e.event_type == "POLICY_SIGNAL"]
    assert signals and all(s.event_date == day("2025-03-10") for s in signals)


# A story of more sentences than a digest item has, with no events of their own.
_STORY_OPENING = ("Markets fell sharply. Traders were nervous. Steel prices rose. Analysts expect more volatility. "
                  "Shipping costs climbed. ")
_DATED_THEN_UNDATED = ("On Wednesday, Washington imposed 25% tariffs on Brazilian steel. "
                       "Canada imposed new tariffs on U.S. goods.")


@pytest.mark.parametrize(
    "text, date",
    [
        # In a story, an event told right after a sentence dated to a past day happened that day.
        (_STORY_OPENING + _DATED_THEN_UNDATED + " Exporters worried.", "2025-03-12"),
        # Not in a digest item, not across a paragraph break, not in the present perfect.
        (_DATED_THEN_UNDATED, None),
        (_STORY_OPENING + _DATED_THEN_UNDATED.replace(" Canada", "\n\nCanada") + " Exporters worried.", None),
        (_STORY_OPENING + _DATED_THEN_UNDATED.replace("Canada imposed", "Canada has imposed") + " Exporters worried.",
         None),
    ],
)
def test_an_undated_event_of_a_story_takes_the_day_of_the_sentence_before(extractor, text, date):
    events = _events(extractor, text, "2025-03-13")
    canada = [e for e in events if e.event_type == "POLICY_SIGNAL" and e.policy.signaller == "CAN"]
    assert [e.event_date for e in canada] == [date and day(date)]


# --- Deadlines, "ahead of", and a cause told after the statement ---------------------------


@pytest.mark.parametrize(
    "sentence, date, precision",
    [
        # "by" + a date is a deadline, not the day of the event.
        ("The cabinet approves a plan to disarm the militia by the end of the year.", None, "UNKNOWN"),
        ("Britain will leave the bloc by October 31.", None, "UNKNOWN"),
        ("The ministers met on Monday to agree on a ceasefire by Friday.", "2025-06-09", "DAY"),
        # "ahead of" points forward, whatever the tense of the sentence.
        ("The commission removed two parties from the ballot ahead of Sunday's election.", "2025-06-15", "DAY"),
        ("Envoys met in Geneva ahead of talks on Friday.", "2025-06-13", "DAY"),
    ],
)
def test_deadlines_and_what_lies_ahead(sentence, date, precision):
    resolved = date_of_sentence(sentence, WEDNESDAY)
    assert (resolved.date, resolved.precision) == (date and day(date), precision)


@pytest.mark.parametrize(
    "sentence, said, date",
    [
        # The cause has its own subject and past verb: its day is not the announcement's.
        ("Norway expels six envoys after Belarus expelled Norwegian diplomats yesterday.", "expels", None),
        ("Chile lifts the ban following a trade embargo imposed on June 2.", "lifts", None),
        ("Peru recalls its ambassador in response to sanctions announced last month.", "recalls", None),
        # Read in the cause clause itself, the cause's day is the statement's.
        ("Norway expels six envoys after Belarus expelled Norwegian diplomats yesterday.", "expelled", "2025-06-10"),
        # A noun phrase after "after" is the same occasion; the main clause's day wins when given.
        ("Rubio said after talks with Wang on Tuesday that tariffs would fall.", "said", "2025-06-10"),
        ("Rubio said after a closed-door meeting on Tuesday that tariffs would fall.", "said", "2025-06-10"),
        ("On Monday, Norway expelled six envoys after Belarus expelled Norwegian diplomats on Sunday.", "expelled",
         "2025-06-09"),
        # What the measure answers or its object did, told as a phrase after it.
        ("Japan sanctions four firms for supplying drones to Russia last week.", "sanctions", None),
        ("Chile frees the trawler after detaining it without charge on Monday.", "frees", None),
        ("Ghana declares a truce following clashes last night that killed five.", "declares", None),
        ("Fiji suspends aid over a security pact signed with China earlier this year.", "suspends", None),
        ("Laos will seek arbitration over the dam dispute, which triggered a border clash last week.", "will", None),
        ("Peru ends the truce which began two days ago.", "ends", None),
        # A phrase of the same kind before the statement does not hide the one after it.
        ("Chile, in response to the raid, expels two envoys following a border clash earlier this month.",
         "expels", None),
        ("Peru, in response to a trade row, closes its consulate following a protest last week.", "closes", None),
        # A past participle after an auxiliary is the statement itself; said after meeting is the meeting's day.
        ("Japan has imposed sanctions on four firms on Monday.", "imposed", "2025-06-09"),
        ("Rubio said after meeting Wang on Tuesday that tariffs would fall.", "said", "2025-06-10"),
    ],
)
def test_a_cause_told_after_the_statement_does_not_date_it(sentence, said, date):
    resolved = date_of_statement(sentence, WEDNESDAY, said_at=sentence.index(said))
    assert resolved.date == (date and day(date))
    # Without knowing where the statement is, the sentence's finest date stands.
    assert date_of_statement(sentence, WEDNESDAY).date is not None


@pytest.mark.parametrize(
    "sentence, date",
    [
        # The day told with the verb of saying dates the statement, not a day told before it.
        ("Lula, who met Biden on Thursday, said Monday that tariffs would fall.", "2025-06-09"),
        ("Lula, who met Biden on Thursday, told reporters in Brasilia on Monday that tariffs would fall.",
         "2025-06-09"),
        ("The ministry said in a statement Tuesday that the talks held on Monday went well.", "2025-06-10"),
        ("Talks held on Monday went well, the ministry said Tuesday.", "2025-06-10"),
        ("Lula on Monday said that tariffs agreed on Thursday would fall.", "2025-06-09"),
        # Without a day told with the verb, the first day stands; an object's own day is not the saying's.
        ("Talks held on Monday went well, the ministry said.", "2025-06-09"),
        ("On Monday, the minister said the talks on Tuesday went well.", "2025-06-09"),
    ],
)
def test_a_statement_is_dated_by_the_day_told_with_its_verb(sentence, date):
    assert date_of_statement(sentence, WEDNESDAY).date == day(date)


@pytest.mark.parametrize(
    "sentence",
    [
        # "since" starts a span that reaches the present: it dates no event of the sentence.
        "Oslo and Minsk resume flights, the first since 2022.",
        "The two states restore ties, broken off since March.",
        # A lone month before a capitalised word is part of a name.
        "Dhaka announces a referendum on the July Charter.",
        "Moscow marks the anniversary of the October Revolution.",
    ],
)
def test_spans_and_names_give_no_date(sentence):
    assert date_of_sentence(sentence, WEDNESDAY) == UNRESOLVED


@pytest.mark.parametrize(
    "finer, coarser, expected",
    [
        ("on Tuesday", "this week", True),
        ("on Tuesday", "last week", False),
        ("June 3", "in June", True),
        ("May 30", "in June", False),
        ("June 3", "in 2025", True),
        ("in June", "on Tuesday", False),
    ],
)
def test_a_finer_date_refines_the_period_that_holds_it(finer, coarser, expected):
    from pipeline.extract.dates import refines

    assert refines(resolve_date(finer, WEDNESDAY), resolve_date(coarser, WEDNESDAY)) is expected


def test_a_later_sentence_names_the_day_of_a_call_dated_to_its_week(extractor):
    (call,) = [e for e in _events(extractor, "Chile's President Ana Soto met Peru's President Luis Vega in Lima this "
                                             "week. The meeting took place on Tuesday, officials said.", "2025-06-11")
               if e.event_type == "DIPLOMATIC_CALL"]
    assert (call.event_date, call.date_precision) == (day("2025-06-10"), "DAY")


@pytest.mark.parametrize(
    "published, date",
    [
        # Reported "would" is a future from the day of the saying, Monday 2025-06-09: that week's Thursday,
        # whether the story is published before it (Tuesday) or after it (Friday).
        ("2025-06-10", "2025-06-12"),
        ("2025-06-13", "2025-06-12"),
    ],
)
def test_a_reported_would_counts_from_the_day_of_the_saying(published, date):
    sentence = "The Kremlin said Putin would travel to Beijing on Thursday, Peskov told reporters on Monday."
    assert date_of_sentence(sentence, day(published)).date == day(date)


# Published on Sunday 2025-08-10: the July 24 just past and the coming March 3 are both far from it.
SUNDAY_IN_AUGUST = datetime.date(2025, 8, 10)


@pytest.mark.parametrize(
    "sentence, date",
    [
        # What is scheduled, set, planned, due or expected lies ahead: the next such day.
        ("The presidential election is scheduled for July 24.", "2026-07-24"),
        ("The runoff has been scheduled for 24 July.", "2026-07-24"),
        ("The referendum is set for March 3.", "2026-03-03"),
        ("Parliamentary elections are planned for 3 March.", "2026-03-03"),
        ("Parliamentary elections are expected on 3 March.", "2026-03-03"),
        ("The summit is due on 3 March.", "2026-03-03"),
        ("The talks are due to take place on 3 March.", "2026-03-03"),
        ("The presidential election will be held on 24 July.", "2026-07-24"),
        # the day something is called or set for, whatever the tense of the calling
        ("The president called a snap election for March 3.", "2026-03-03"),
        ("The commission set 12 October as the date for the elections.", "2025-10-12"),
        ("The commission sets 12 October as the date for the elections.", "2025-10-12"),
        ("The opposition named Sunday as polling day.", "2025-08-10"),
        ("A meeting of the two foreign ministers for Thursday was announced.", "2025-08-14"),
        ("Parliamentary elections to be held on 3 March will decide the matter.", "2026-03-03"),
        ("The commission fixed the date of the vote as 12 October.", "2025-10-12"),
        ("The government moved the date of the election to 3 March.", "2026-03-03"),
        ("The next presidential election is on 3 March.", "2026-03-03"),
        ("The runoff is now in March.", "2026-03-01"),
        ("The vote was on Sunday.", "2025-08-10"),
        ("The focus is on Thursday's talks.", "2025-08-07"),
        # "to be held" in another sense, and a date told before it
        ("On July 24, the committee voted to have the minister held in contempt.", "2025-07-24"),
        ("On July 24, lawmakers voted for the official to be held in contempt.", "2025-07-24"),
        ("Election day was July 24.", "2025-07-24"),
        # what happened is the day before publication
        ("The election was held on 24 July.", "2025-07-24"),
        ("The presidential election took place on July 24.", "2025-07-24"),
        ("Macron called Putin on July 24.", "2025-07-24"),
        ("Xi thanked Lula for Thursday's call.", "2025-08-07"),
        ("Thousands gathered for Friday prayers in the capital.", "2025-08-08"),
        ("On Friday, the commission set 12 October as the date for the elections.", "2025-08-08"),
        # set for a day and then put off: the nearer reading, as the day may have passed or not
        ("The elections, originally set for July 24, were postponed.", "2025-07-24"),
        ("A meeting scheduled for Tuesday has been cancelled.", "2025-08-12"),
        # a plan told in the past is read as a past day, unless it falls within a month ahead
        ("The presidential election was scheduled for July 24.", "2025-07-24"),
        ("The talks, which had originally been set for Tuesday, went ahead.", "2025-08-05"),
        ("The summit was originally scheduled for September 2.", "2025-09-02"),
        ("The vote was scheduled for Tuesday but has been postponed.", "2025-08-12"),
        ("The summit will now be held on 24 July, having been postponed twice.", "2026-07-24"),
    ],
)
def test_what_is_scheduled_lies_ahead(sentence, date):
    assert date_of_sentence(sentence, SUNDAY_IN_AUGUST).date == day(date)


@pytest.mark.parametrize(
    "sentence",
    [
        "The presidential election is scheduled for July 24, the commission said.",
        "Elections are expected in March.",
    ],
)
def test_a_scheduled_date_is_no_statement_date(sentence):
    assert date_of_statement(sentence, SUNDAY_IN_AUGUST) == UNRESOLVED
