"""Articles from links and feeds, against a local stand-in for news sites (tests/fake_web.py): never the network."""

import datetime as dt

import pytest

from conflictmap.cli import main
from conflictmap.errors import FetchError
from conflictmap.web.feeds import feed_entries
from conflictmap.web.pages import fetch_article, known_urls, save
from fake_web import FakeWeb

NOW = dt.datetime(2024, 12, 7, 9, 30, tzinfo=dt.timezone.utc)


@pytest.fixture(scope="module")
def web():
    with FakeWeb() as server:
        yield server


def test_an_article_with_its_metadata(web, tmp_path):
    article = fetch_article(f"{web.url}/story.html", now=NOW)
    assert article.title == "Rebels take Hama after days of fighting" and article.outlet == "Test Wire"
    assert article.published == dt.date(2024, 12, 6)
    assert "Rebels seized Hama on Thursday" in article.text and "All rights reserved" not in article.text
    path = save(article, tmp_path)
    assert path.name == "2024-12-06-rebels-take-hama-after-days-of-fighting.md"
    text = path.read_text(encoding="utf-8")
    assert f"url: {web.url}/story.html" in text and "fetched: '2024-12-07T09:30:00+00:00'" in text
    assert save(article, tmp_path).name.endswith("-2.md")  # the same name twice: kept apart


def test_an_article_without_metadata_is_dated_by_its_fetch(web, tmp_path):
    article = fetch_article(f"{web.url}/plain.html", now=NOW)
    assert article.published is None and article.title.startswith("Militants ambushed")
    assert save(article, tmp_path).name.startswith("2024-12-07-militants-ambushed")


@pytest.mark.parametrize("path, message", [
    ("/paywall.html", "no article text found"),
    ("/report.pdf", r"not a web page \(application/pdf\)"),
    ("/missing.html", "the server answered 404"),
    ("/redirect/6", "more than 5 redirects"),
    ("/huge.html", "larger than 5 MB"),
])
def test_what_is_no_article_says_why_in_one_line(web, path, message):
    with pytest.raises(FetchError, match=message) as err:
        fetch_article(web.url + path, now=NOW)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("feed", ["/feed.rss", "/feed.atom"])
def test_feeds_list_their_entries(web, feed):
    assert feed_entries(web.url + feed) == [f"{web.url}/story.html", f"{web.url}/plain.html"]


def test_not_a_feed(web):
    with pytest.raises(FetchError, match="not an RSS or Atom feed"):
        feed_entries(f"{web.url}/plain.html")


def test_cli_add_links_and_feed_once_each_then_builds(web, tmp_path, capsys, gaz):
    seeds, data = tmp_path / "seeds", tmp_path / "data"
    code = main(["add", f"{web.url}/story.html", f"{web.url}/paywall.html", "--articles-dir", str(seeds),
                 "--data-dir", str(data)])
    out, err = capsys.readouterr()
    assert code == 1 and "added" in out and "no article text found" in err  # one bad link: reported, rest added
    assert (data / "events.csv").exists() and "Hama" in (data / "events.csv").read_text(encoding="utf-8")
    assert main(["add", "--feed", f"{web.url}/feed.rss", "--articles-dir", str(seeds), "--data-dir",
                 str(data)]) == 0
    out = capsys.readouterr().out
    assert "2 entries, 1 not added before" in out  # the story came by link already
    assert len(known_urls(seeds)) == 2
    assert main(["add", "--feed", f"{web.url}/feed.atom", "--articles-dir", str(seeds), "--no-build"]) == 0
    assert "2 entries, 0 not added before" in capsys.readouterr().out  # run from cron: nothing twice


def test_a_feed_run_takes_at_most_the_entries_the_settings_allow(web, tmp_path, capsys, monkeypatch):
    seeds = tmp_path / "seeds"
    monkeypatch.setenv("CONFLICTMAP_FEED_MAX_ENTRIES", "1")
    assert main(["add", "--feed", f"{web.url}/feed.rss", "--articles-dir", str(seeds), "--no-build"]) == 0
    assert "2 entries, 2 not added before; 1 left for the next run" in capsys.readouterr().out
    assert len(known_urls(seeds)) == 1
    assert main(["add", "--feed", f"{web.url}/feed.rss", "--articles-dir", str(seeds), "--no-build"]) == 0
    assert len(known_urls(seeds)) == 2  # the next run takes the rest (the bytes per run: tests/test_fetch.py)


def test_add_fetches_even_when_the_folder_holds_an_article_with_a_broken_date(web, tmp_path, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "broken.md").write_text("---\npublished: 2024-02-30\nurl: x\n---\nRebels seized Aleppo.\n",
                                     encoding="utf-8")
    assert main(["add", f"{web.url}/story.html", "--articles-dir", str(seeds), "--no-build"]) == 0
    assert "added" in capsys.readouterr().out and len(list(seeds.glob("*.md"))) == 2
