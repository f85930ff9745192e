"""Shared fixtures: the real gazetteer (loaded once), the seed article, built data folders, a Streamlit server,
and a Chromium that loads the map's CDN assets from npm packages instead of the network."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = next(SEEDS.glob("*.md"))
ARTICLES = Path(__file__).resolve().parent / "articles"
CHROMIUM = os.environ.get("CONFLICTMAP_CHROMIUM", "/usr/bin/chromium")
ASSETS = Path(__file__).resolve().parent / "browser" / "node_modules"


BROWSER_FIXTURES = {"chromium", "page", "streamlit_app", "seed_app"}


def pytest_collection_modifyitems(items):
    """A test that drives a real browser is a `browser` test, whichever file it is in."""
    for item in items:
        if BROWSER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def gaz():
    """The real gazetteer, loaded once per test run."""
    from conflictmap.geoparser import gazetteer

    return gazetteer.default()


@pytest.fixture(scope="session")
def actors():
    from conflictmap.store.inputs import PACKAGE_ACTORS, load_actors

    return load_actors(PACKAGE_ACTORS)


@pytest.fixture(scope="session")
def parser(gaz, actors):
    """The geoparser as a build makes it (the actors' names are never places), made once per test run."""
    from conflictmap.pipeline import make_geoparser

    return make_geoparser(actors, gaz)


@pytest.fixture(scope="session")
def seed_article():
    from conflictmap.articles.read import read_article

    return read_article(SEED)


@pytest.fixture()
def pipeline(gaz, tmp_path):
    """The pipeline of an empty data folder (the package's actors, no cache, no corrections)."""
    from conflictmap.pipeline import make_pipeline
    from conflictmap.settings import Settings

    return make_pipeline(tmp_path / "empty-data", Settings(), gazetteer=gaz)


@pytest.fixture()
def process(pipeline):
    """process(text, published=...) → the ArticleResult of a one-off article (no cache, no corrections)."""
    from conflictmap.articles.read import parse_article

    def run(text: str, published: str | None = "2024-12-09"):
        front = f"---\npublished: {published}\n---\n" if published else ""
        return pipeline.process(parse_article(front + text, "t"))

    return run


@pytest.fixture()
def data_dir(tmp_path):
    """An empty data folder holding the shipped corrections (so seed dates match the committed data)."""
    d = tmp_path / "data"
    d.mkdir()
    shutil.copy(ROOT / "data" / "corrections.csv", d / "corrections.csv")
    return d


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory, gaz):
    """The seed folder built once into a fresh data folder."""
    from conflictmap.build.run import build

    d = tmp_path_factory.mktemp("seed-data")
    shutil.copy(ROOT / "data" / "corrections.csv", d / "corrections.csv")
    result = build(SEEDS, d)
    return d, result


# ----------------------------------------------------------------------------------------- browser


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class StreamlitServer:
    def __init__(self, data_dir: Path, tmp: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "CONFLICTMAP_DATA_DIR": str(data_dir), "PYTHONUNBUFFERED": "1"}
        self.log = (tmp / f"streamlit-{self.port}.log").open("w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
             "--server.port", str(self.port), "--server.address", "127.0.0.1",
             "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
            cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"streamlit exited with {self.proc.returncode}; see {self.log.name}")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=1) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.25)
        raise RuntimeError("streamlit did not become healthy in 60 s")

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


@pytest.fixture()
def streamlit_app(seed_build, tmp_path):
    """A server of its own, started cold (for a test whose timing a warm, shared server would change)."""
    server = StreamlitServer(seed_build[0], tmp_path)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def seed_app(seed_build, tmp_path_factory):
    """One server of the seed for a module's tests that only look (each page is a session of its own); starting a
    server and its first render once, not per test, saves seconds each."""
    server = StreamlitServer(seed_build[0], tmp_path_factory.mktemp("seed-app"))
    yield server
    server.stop()


def _require_browser():
    missing = []
    if not Path(CHROMIUM).exists():
        missing.append(f"Chromium at {CHROMIUM} (apt-get install chromium)")
    if not (ASSETS / "leaflet" / "dist" / "leaflet.js").exists():
        missing.append("the npm assets (npm ci --prefix tests/browser)")
    try:
        import playwright  # noqa: F401
    except ImportError:
        missing.append("Python playwright (pip install -e '.[test]')")
    if missing:
        message = "browser test needs " + "; ".join(missing) + " — `bash .ci/setup` installs them"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="session")
def chromium():
    _require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-sync", "--disable-quic"])
        yield browser
        browser.close()


from offline_assets import OfflineAssets  # noqa: E402  (tests/offline_assets.py)


@pytest.fixture()
def page(chromium):
    context = chromium.new_context(viewport={"width": 1400, "height": 1000})
    assets = OfflineAssets(ASSETS)
    context.route("**/*", assets.handle)
    pg = context.new_page()
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.dialogs = dialogs
    pg.assets = assets
    yield pg
    context.close()
