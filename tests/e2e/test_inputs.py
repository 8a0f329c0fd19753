"""End to end on real-world and bad inputs: the CLI runs on a mixed corpus (every input kind, each
fixture of `tests/fixtures/inputs/`, duplicates, and bad input of every sort), exits 0, and the
manifest reconciles: inputs = articles + dead letters + duplicates. User errors exit 2 with one
line that says what to fix."""

from __future__ import annotations

import gzip
import json
import os
import shutil
from pathlib import Path

import fastavro
import pytest

from pipeline.cli import main
from tests.support import LOCAL_RUNNER, REPO, SEED

INPUTS = REPO / "tests" / "fixtures" / "inputs"
FIXTURES = ("page.html", "feed.rss", "feed.atom", "crawl.warc.gz", "articles.jsonl.gz")
CONFIG = str(REPO / "configs" / "local.yaml")
DAY = "2025-06-14"

FRENCH = ("Le président chinois Xi Jinping s'est entretenu mardi au téléphone avec le président "
          "sud-coréen Lee Jae-myung, selon les médias d'État chinois.")


def line(**fields) -> str:
    return json.dumps(fields, ensure_ascii=False) + "\n"


def write_mixed_corpus(folder: Path) -> None:
    folder.mkdir()
    for name in FIXTURES:
        shutil.copy(INPUTS / name, folder / name)
    shutil.copy(SEED, folder / "seed.txt")
    # the seed's text again under another id: a duplicate
    seed_text = json.loads((REPO / "eval" / "dev" / "seed.gold.jsonl").read_text(encoding="utf-8"))["article"]["text"]
    (folder / "copies.jsonl").write_text(line(id="seed-copy", text=seed_text), encoding="utf-8")
    (folder / "bad.jsonl").write_bytes("".join([
        '{"id": "b1", "text": "Cut off\n',
        line(id="b2", text=42),
        line(id="b3", text="The date of this article does not exist.", published_at="2025-02-30"),
        line(id="b4", text="Officials in Samoa met on Tuesday.", published_at="2025-06-10T00:15:00+14:00"),
        line(id="b5", text="Officials in Fiji met on Monday.", published_at="Mon, 09 Jun 2025 22:00:00 -0700"),
        line(id="b6", text="Control\u0000 characters\u0007 in\r\n the text.\u009b"),
        line(id="b7", text=FRENCH),
        "\n",
    ]).encode("utf-8") + b'{"id": "b9", "text": "Caf\xe9"}\n')
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    (folder / "latin1.txt").write_bytes("Caf\xe9 au lait, cr\xe8me br\xfbl\xe9e.".encode("latin-1"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "empty.jsonl").write_bytes(b"")
    with (folder / "huge.jsonl").open("w", encoding="utf-8") as stream:  # a 50 MB article
        stream.write('{"id": "huge", "text": "' + "All work and no play. " * 2_300_000 + '"}\n')
    lines = "".join(line(id=f"cut-{i}", text=f"Article number {i} of a file cut off.") for i in range(3))
    (folder / "cut.jsonl.gz").write_bytes(gzip.compress(lines.encode(), mtime=0)[:-12])
    scripts = "<script>var x = '<p>not text</p>'; document.write(x);</script>" * 300
    (folder / "scripts.html").write_text(
        f"<html><head>{scripts}</head><body>{scripts}<article><p>The prime minister of New Zealand "
        "met the president of Chile in Wellington on Friday to discuss trade.</p></article>"
        f"{scripts}</body></html>", encoding="utf-8")
    crawl = (INPUTS / "crawl.warc.gz").read_bytes()
    (folder / "cut.warc.gz").write_bytes(crawl[:-50])  # cut inside its last record
    (folder / "notafeed.rss").write_bytes(b"\x00\x01 not a feed \xff")


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("mixed")
    write_mixed_corpus(root / "in")
    out = root / "out"
    code = main(["run", "--config", CONFIG, "--input", str(root / "in" / "*"), "--output", str(out),
                 "--ingest-date", DAY, "--set", f"beam.runner={LOCAL_RUNNER}"])
    return code, out


def table(out: Path, name: str) -> list[dict]:
    records = []
    for path in sorted((out / name / f"ingest_date={DAY}").glob("part-*.avro")):
        with path.open("rb") as stream:
            records.extend(fastavro.reader(stream))
    return records


def test_the_mixed_corpus_runs_to_the_end(mixed_run):
    code, out = mixed_run
    assert code == 0
    assert (out / "_runs" / f"ingest_date={DAY}" / "_SUCCESS").exists()


def test_the_manifest_reconciles_inputs_with_articles_dead_letters_and_duplicates(mixed_run):
    _, out = mixed_run
    manifest = json.loads((out / "_runs" / f"ingest_date={DAY}" / "_manifest.json").read_text(encoding="utf-8"))
    counts = manifest["counts"]
    assert {key: counts[key] for key in ("inputs", "articles", "dead_letters", "duplicates")} == {
        "inputs": 33, "articles": 15, "dead_letters": 14, "duplicates": 4,
    }
    assert manifest["reconciled"] is True
    assert counts["events"] >= 4  # the seed's four, at least


def test_every_good_article_is_written_once(mixed_run):
    _, out = mixed_run
    written = sorted((Path(a["input_path"]).name, a["article_id"] if not a["article_id"].startswith("sha-") else a["url"])
                     for a in table(out, "articles"))
    assert written == sorted([
        ("page.html", "https://news.example.org/2025/06/10/xi-lee-call"),
        ("feed.rss", "https://news.example.org/2025/06/11/japan-australia-pact"),
        ("feed.atom", "https://wire.example.com/2025/06/11/energy-plan"),
        ("feed.atom", "https://wire.example.com/2025/06/12/kenya-vote"),
        ("crawl.warc.gz", "https://news.example.pl/2025/06/02/election"),
        ("crawl.warc.gz", "https://news.example.ch/geneva/"),
        ("articles.jsonl.gz", "wire-3001"),
        ("articles.jsonl.gz", "wire-3002"),
        ("seed.txt", "seed-000"),
        ("bad.jsonl", "b4"), ("bad.jsonl", "b5"), ("bad.jsonl", "b6"),
        ("cut.jsonl.gz", "cut-0"), ("cut.jsonl.gz", "cut-1"),
        ("scripts.html", None),  # a page with no URL: null (schemas v2)
    ])
    by_id = {a["article_id"]: a for a in table(out, "articles")}
    assert by_id["b6"]["text"] == "Control characters in\n the text."
    assert by_id["b4"]["published_at"].isoformat() == "2025-06-09T10:15:00+00:00"
    assert by_id["b5"]["published_at"].isoformat() == "2025-06-10T05:00:00+00:00"
    (scripts,) = [a for a in by_id.values() if a["input_path"].endswith("scripts.html")]
    assert scripts["text"] == ("The prime minister of New Zealand met the president of Chile in Wellington "
                               "on Friday to discuss trade.")


def test_every_bad_input_is_a_dead_letter_that_says_why(mixed_run):
    _, out = mixed_run
    dead = sorted((Path(d["input_path"]).name, d["stage"], d["error_type"], d["message"][:40])
                  for d in table(out, "dead_letters"))
    assert dead == sorted([
        ("bad.jsonl:1", "parse", "InvalidArticle", "not valid JSON: Invalid control characte"),
        ("bad.jsonl:2", "parse", "InvalidArticle", "text must be a string"),
        ("bad.jsonl:3", "parse", "InvalidArticle", "published_at is not an ISO date or an RF"),
        ("bad.jsonl:7", "parse", "UnsupportedLanguage", "the article is in language 'fr' (py3lang"),
        ("bad.jsonl:9", "parse", "InvalidArticle", "not UTF-8 text: 'utf-8' codec can't deco"),
        ("binary.txt", "parse", "InvalidArticle", "not UTF-8 text: 'utf-8' codec can't deco"),
        ("latin1.txt", "parse", "InvalidArticle", "not UTF-8 text: 'utf-8' codec can't deco"),
        ("empty.txt", "parse", "InvalidArticle", "the article has no text"),
        ("empty.jsonl", "parse", "InvalidArticle", "the file holds no JSON lines"),
        ("huge.jsonl:1", "parse", "InvalidArticle", "a line of 50,600,027 bytes exceeds the l"),
        ("cut.jsonl.gz:3", "parse", "InvalidArticle", "not valid JSON: Unterminated string star"),
        ("cut.jsonl.gz", "read", "DamagedInput", "truncated gzip file: it ends before its "),
        ("cut.warc.gz", "read", "DamagedInput", "truncated gzip file: it ends before its "),
        ("notafeed.rss", "parse", "InvalidArticle", "not an RSS or Atom feed (SAXParseExcepti"),
    ])
    assert all(len(d["payload"]) <= 10_000 for d in table(out, "dead_letters"))


def test_the_config_can_accept_other_languages(tmp_path):
    (tmp_path / "fr.jsonl").write_text(line(id="fr", text=FRENCH), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", "--config", CONFIG, "--input", str(tmp_path / "fr.jsonl"), "--output", str(out),
                 "--ingest-date", DAY, "--set", f"beam.runner={LOCAL_RUNNER}",
                 "--set", "extraction.languages=[en, fr]"]) == 0
    assert [a["article_id"] for a in table(out, "articles")] == ["fr"]


# --- user errors: exit 2 and one line -------------------------------------------------------


def user_error(capsys, *args: str) -> str:
    """The one line a user error prints; asserts the exit code 2."""
    assert main(list(args)) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("events-pipeline: error: ")
    return lines[0]


@pytest.fixture
def an_input(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(line(id="a", text="Text."), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    "config_text, message",
    [
        ("inputs: [a\n", "is not valid YAML"),
        ("inputs: [a]\nsurprise: 1\n", "surprise: unknown key"),
        ("extraction:\n  languages: [english]\n", "extraction.languages: unknown language code 'english'"),
        ("extraction:\n  max_article_chars: 0\n", "extraction.max_article_chars"),
    ],
)
def test_a_bad_config_file_is_one_line_and_exit_2(tmp_path, capsys, an_input, config_text, message):
    config = tmp_path / "bad.yaml"
    config.write_text(config_text, encoding="utf-8")
    assert message in user_error(capsys, "run", "--config", str(config), "--input", an_input)


def test_a_missing_input_file_is_one_line_and_exit_2(tmp_path, capsys):
    missing = str(tmp_path / "no-such-file.jsonl")
    assert f"input pattern matches no file: {missing}" in user_error(capsys, "run", "--config", CONFIG, "--input", missing)


def test_an_input_glob_matching_nothing_is_one_line_and_exit_2(tmp_path, capsys):
    pattern = str(tmp_path / "*.warc.gz")
    assert f"input pattern matches no file: {pattern}" in user_error(capsys, "run", "--config", CONFIG, "--input", pattern)


def test_an_output_directory_that_cannot_be_made_is_one_line_and_exit_2(tmp_path, capsys, an_input):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    line_ = user_error(capsys, "run", "--config", CONFIG, "--input", an_input, "--output", str(blocker / "out"))
    assert "is under a file, not a directory" in line_


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_output_directory_is_one_line_and_exit_2(tmp_path, capsys, an_input):
    read_only = tmp_path / "read-only"
    read_only.mkdir(mode=0o555)
    line_ = user_error(capsys, "run", "--config", CONFIG, "--input", an_input, "--output", str(read_only / "out"))
    assert "is not writable" in line_


def test_a_malformed_override_is_one_line_and_exit_2(capsys, an_input):
    assert "--set takes key=value" in user_error(capsys, "run", "--config", CONFIG, "--input", an_input, "--set", "oops")


def test_the_readme_lists_the_exit_codes():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for row in ("| 0 |", "| 1 |", "| 2 |"):
        assert row in readme


# --- poison: inputs that once failed or stalled the whole run (issue 12) ----------------------

POISON_LIMITS = ["--set", "extraction.max_file_bytes=1000000", "--set", "extraction.max_records_per_file=5"]
NOT_UTF8_NAME = os.fsdecode(b"caf\xe9.txt")


def write_poison(folder: Path) -> None:
    """One file of every input that once failed (or stalled) a whole run, and one good article."""
    folder.mkdir()
    shutil.copy(SEED, folder / "seed.txt")
    (folder / "front-matter-date.txt").write_bytes(b"---\npublished_at: 2025-02-30\n---\nTitle\n\nThe minister spoke.\n")
    (folder / "front-matter-int.txt").write_bytes(b"---\nid: " + b"7" * 4301 + b"\n---\nTitle\n\nThe minister spoke.\n")
    (folder / "char-ref.rss").write_bytes(b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item>'
                                          b'<title>&#1114112;</title><description>Hello &#x110000; world</description>'
                                          b'</item></channel></rss>')
    (folder / "misnested.rss").write_bytes(b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item>'
                                           b'<title>x</title><link>http://a</item></link><description>Hello</description>'
                                           b'</channel></rss>')
    (folder / "headless.warc").write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 2\r\n\r\nab\r\n\r\n")
    (folder / "huge-int.jsonl").write_bytes(b'{"id": "i", "text": "T.", "n": ' + b"1" * 4301 + b"}\n")
    (folder / "deep.jsonl").write_bytes(b"[" * 100_000 + b"]" * 100_000 + b"\n")
    (folder / "blank-lines.jsonl.gz").write_bytes(gzip.compress(b"\n" * 2_000_000, mtime=0))  # over 1 MB decompressed
    (folder / "tiny-records.jsonl.gz").write_bytes(gzip.compress(b'{"text": "a"}\n' * 10_000, mtime=0))  # over 5 records
    (folder / "dots.txt").write_bytes(b"." * 100_000)
    os.mkfifo(folder / "pipe.txt")
    os.symlink(folder / "nowhere.txt", folder / "dangling.txt")
    (folder / "ids.jsonl").write_bytes(b'{"id": NaN, "text": "Text one."}\n{"id": "nan", "text": "Text two."}\n'
                                       b'{"id": "dup", "text": "The first text of dup."}\n'
                                       b'{"id": "dup", "text": "Another text of dup, longer."}\n')
    (folder / NOT_UTF8_NAME).write_bytes(b"Title\n\nThe president of France spoke on Monday.\n")
    (folder / "page.txt").write_bytes(b"<!DOCTYPE html><html><head><script>var secret = 'script words';</script>"
                                      b"</head><body><article><p>The prime minister of New Zealand met the president "
                                      b"of Chile in Wellington on Friday to discuss trade.</p></article></body></html>")


@pytest.fixture(scope="module")
def poison_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("poison")
    write_poison(root / "in")
    out = root / "out"
    code = main(["run", "--config", CONFIG, "--input", str(root / "in" / "*"), "--output", str(out),
                 "--ingest-date", DAY, "--set", f"beam.runner={LOCAL_RUNNER}", *POISON_LIMITS])
    return code, out


def test_a_batch_of_poison_runs_to_the_end_with_the_good_article_and_its_events(poison_run):
    code, out = poison_run
    assert code == 0
    assert (out / "_runs" / f"ingest_date={DAY}" / "_SUCCESS").exists()
    assert sum(m["article_id"] == "seed-000" for m in table(out, "mentions")) == 4
    counts = json.loads((out / "_runs" / f"ingest_date={DAY}" / "_manifest.json").read_text(encoding="utf-8"))
    assert counts["reconciled"] is True


def test_each_poison_file_is_one_dead_letter_with_its_stage_and_reason(poison_run):
    _, out = poison_run
    dead = sorted((Path(d["input_path"]).name, d["stage"], d["error_type"], d["message"][:48])
                  for d in table(out, "dead_letters"))
    assert dead == sorted([
        ("front-matter-date.txt", "parse", "InvalidArticle", "front matter holds a value that cannot be read: "),
        ("front-matter-int.txt", "parse", "InvalidArticle", "front matter holds a value that cannot be read: "),
        ("char-ref.rss", "parse", "InvalidArticle", "not a readable RSS or Atom feed (feedparser: Val"),
        ("misnested.rss", "parse", "InvalidArticle", "not a readable RSS or Atom feed (feedparser: Key"),
        ("headless.warc", "parse", "InvalidArticle", "not a valid WARC file at its start: AttributeErr"),
        ("huge-int.jsonl:1", "parse", "InvalidArticle", "not valid JSON: Exceeds the limit (4300 digits) "),
        ("deep.jsonl:1", "parse", "InvalidArticle", "not valid JSON: nested too deeply to read"),
        ("blank-lines.jsonl.gz", "read", "InputOverLimit", "the file holds more than 1,000,000 bytes (decomp"),
        ("tiny-records.jsonl.gz", "read", "InputOverLimit", "the file holds more than 5 records (extraction.m"),
        ("pipe.txt", "read", "NotARegularFile", "not a regular file: a named pipe (FIFO); only re"),
        ("dangling.txt", "read", "FileNotFoundError", "no such file: gone since the run listed it, or a"),
        ("ids.jsonl:1", "parse", "InvalidArticle", "id must be a string or an integer, not float (na"),
        ("ids.jsonl", "dedup", "ConflictingId", "the id 'dup' is also the id of another article w"),
    ])
    stacks = {Path(d["input_path"]).name: d["stack"] for d in table(out, "dead_letters")}
    assert stacks["deep.jsonl:1"].splitlines()[-1].startswith("jsonl.py:")


def test_what_poison_files_hold_that_can_be_read_is_read(poison_run):
    _, out = poison_run
    articles = {(Path(a["input_path"]).name, a["article_id"]): a for a in table(out, "articles")}
    by_file = {name: article for (name, _), article in articles.items()}
    assert ("ids.jsonl", "nan") in articles and articles[("ids.jsonl", "dup")]["text"] == "Another text of dup, longer."
    assert by_file["caf\\xe9.txt"]["text"] == "The president of France spoke on Monday."  # a name that is not UTF-8
    assert by_file["page.txt"]["text"] == ("The prime minister of New Zealand met the president of Chile in "
                                           "Wellington on Friday to discuss trade.")  # read as the page it is
    assert by_file["dots.txt"]["num_events"] == 0
    assert by_file["tiny-records.jsonl.gz"]["text"] == "a"  # the five before the limit: one text, four duplicates


def test_too_many_dead_letters_fail_the_run_deliberately_and_publish_nothing(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    shutil.copy(SEED, tmp_path / "in" / "seed.txt")
    (tmp_path / "in" / "deep.jsonl").write_bytes(b"[" * 100_000 + b"\n")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    code = main(["run", "--config", CONFIG, "--input", str(tmp_path / "in" / "*"), "--output", str(out),
                 "--ingest-date", DAY, "--set", f"beam.runner={LOCAL_RUNNER}",
                 "--set", "extraction.max_dead_letter_ratio=0.5"])
    assert code == 1
    (said,) = [line for line in capsys.readouterr().err.splitlines() if line.startswith("events-pipeline:")]
    assert said.startswith("events-pipeline: the run failed (TooManyDeadLetters: 2 of 3 inputs (67%) are dead "
                           "letters, more than extraction.max_dead_letter_ratio=0.5 allows; nothing was published); "
                           f"no run of {DAY} has committed")
    assert not (out / "_runs" / f"ingest_date={DAY}" / "_SUCCESS").exists()
    assert not list(out.glob(f"*/ingest_date={DAY}/*.avro"))


def test_load_refuses_a_partition_with_two_different_rows_under_one_id(poison_run, tmp_path, capsys):
    _, out = poison_run
    copy = tmp_path / "out"
    shutil.copytree(out, copy)
    partition = copy / "articles" / f"ingest_date={DAY}"
    (first,) = partition.glob("part-*.avro")
    with first.open("rb") as stream:
        reader = fastavro.reader(stream)
        schema, rows = reader.writer_schema, list(reader)
    other = dict(next(row for row in rows if row["article_id"] == "seed-000"), text="Another text.")
    with first.open("wb") as stream:  # the committed file itself: readers read what the manifest lists
        fastavro.writer(stream, schema, [*rows, other])
    line = user_error(capsys, "load", str(copy), "--duckdb", str(tmp_path / "w.duckdb"))
    assert line == (f"events-pipeline: error: articles of ingest_date={DAY} holds two different rows with "
                    "article_id 'seed-000'; loading would keep only one, so nothing of that partition was loaded")
