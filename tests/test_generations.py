"""A build's outputs are one generation: after a kill -9 anywhere, readers get the previous generation or the new
one, whole — never a mix — and the next build finishes or removes what the killed one left."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from conflictmap.store import files, generations
from conflictmap.store.dataset import OUTPUT_FILES, load_dataset
from conftest import ROOT, SEEDS

PUBLISH = """
import sys
from pathlib import Path
from conflictmap.store import generations
k = int(sys.argv[2])
generations.publish(Path(sys.argv[1]), {name: bytes([65 + k]) * (6_000_000 + 1000 * i)
                                        for i, name in enumerate(sys.argv[3:])})
"""


def _outputs(k: int) -> dict[str, bytes]:
    return {name: bytes([65 + k]) * (6_000_000 + 1000 * i) for i, name in enumerate(OUTPUT_FILES)}


def _read(d) -> dict[str, bytes]:
    return generations.read_consistent(d, OUTPUT_FILES, lambda paths: {n: p.read_bytes() for n, p in paths.items()})


def _publish(d, k: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", PUBLISH, str(d), str(k), *OUTPUT_FILES], cwd=ROOT)


@pytest.mark.slow
def test_kill_9_at_random_points_of_a_publication_leaves_one_generation_whole(tmp_path):
    d = tmp_path / "data"
    generations.publish(d, _outputs(0))
    began = time.monotonic()
    _publish(d, 1).wait(60)
    took = time.monotonic() - began  # (a whole publication, the interpreter's start included)
    rng = random.Random(23)
    outcomes = []
    for trial in range(20):
        before = _read(d)
        k = 2 + trial
        proc = _publish(d, k)
        time.sleep(rng.uniform(0.0, took))
        proc.send_signal(signal.SIGKILL)
        proc.wait(60)
        after = _read(d)
        assert after in (before, _outputs(k)), f"trial {trial}: a mix of generations"
        outcomes.append("new" if after == _outputs(k) and before != after else "previous")
        interrupted = (d / generations.PUBLISHING_FILE).exists()
        with files.locked(d):
            generations.clean(d)  # (what the next build does first)
        assert _read(d) == after  # finished, not undone: the committed generation stays
        leftovers = [n for n in os.listdir(d) if n.startswith(".") and n != ".conflictmap.lock"]
        assert leftovers == [], leftovers
        if interrupted:
            outcomes[-1] += " (finished by the next build)"
    assert {"previous", "new"} & {o.split()[0] for o in outcomes}
    print(outcomes)


@pytest.mark.slow
def test_kill_9_during_whole_builds_leaves_a_dataset_of_one_build(tmp_path):
    import shutil

    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    seed = next(SEEDS.glob("*.md"))
    for n in range(40):
        shutil.copy(seed, articles / f"copy-{n:03d}.md")
    d = tmp_path / "d"
    from conflictmap.build.run import build

    build(SEEDS, d)
    one = load_dataset(d).reports.to_csv()
    build(articles, tmp_path / "full")
    many = load_dataset(tmp_path / "full").reports.to_csv()
    rng = random.Random(9)
    for _ in range(4):
        proc = subprocess.Popen([sys.executable, "-m", "conflictmap", "build", str(articles if rng.random() < 0.5
                                 else SEEDS), "--data-dir", str(d), "-q", "--full", "-j", "1"], cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(1.0, 6.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait(60)
        assert load_dataset(d).reports.to_csv() in (one, many)
    build(SEEDS, d)
    assert load_dataset(d).reports.to_csv() == one
    assert not [n for n in os.listdir(d) if n.startswith((".generation-", ".events")) or n.endswith(".tmp")]


@pytest.mark.slow
def test_a_second_build_says_a_build_is_running(tmp_path):
    from conflictmap.build.run import build
    from conflictmap.errors import DataFileError
    from conflictmap.settings import Settings

    d = tmp_path / "d"
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time\nfrom conflictmap.store import files\n"
                               "with files.locked(sys.argv[1]):\n    print('held', flush=True)\n    time.sleep(30)\n",
                               str(d)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        began = time.monotonic()
        with pytest.raises(DataFileError, match=rf"a build is running \(pid {holder.pid}, since"):
            build(SEEDS, d, settings=Settings.from_env({"CONFLICTMAP_BUILD_WAIT": "2"}))
        assert time.monotonic() - began >= 2  # (it waited first)
        assert not (d / "events.csv").exists()
    finally:
        holder.kill()
        holder.wait()


def test_a_crafted_publication_record_cannot_move_files_out_of_the_folder(tmp_path):
    d = tmp_path / "data"
    generations.publish(d, {"events.csv": b"a"})
    outside = tmp_path / "victim.txt"
    outside.write_text("keep me")
    (d / ".generation-x").mkdir()
    (d / generations.PUBLISHING_FILE).write_text(
        '{"staging": ".generation-x", "manifest": {"files": {"../victim.txt": {}}}}')
    generations.clean(d)
    assert outside.read_text() == "keep me" and (d / "events.csv").read_bytes() == b"a"
    assert not (d / ".generation-x").exists() and not (d / generations.PUBLISHING_FILE).exists()


def test_the_manifest_names_each_file_of_the_generation(tmp_path, seed_build):
    import hashlib
    import json

    d, _ = seed_build
    manifest = json.loads((d / generations.MANIFEST_FILE).read_text())
    assert set(manifest["files"]) == set(OUTPUT_FILES) and generations.generation(d) == manifest["generation"]
    for name, entry in manifest["files"].items():
        assert entry["sha256"] == hashlib.sha256((d / name).read_bytes()).hexdigest()
