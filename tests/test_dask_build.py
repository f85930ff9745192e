"""Builds on a Dask cluster: the same bytes as a build on one process, and clear messages when it cannot run."""

import shutil

import pytest

from conflictmap import cli
from conflictmap.build.run import build
from conflictmap.build.dask import ClusterError, DaskRun, PipelineInputs, read_batch
from conflictmap.settings import Settings
from conftest import ARTICLES, SEEDS
from test_build import STORIES, _outputs
from test_campaigns import CAMPAIGN
from test_merge import write_articles


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    src = tmp_path_factory.mktemp("corpus")
    shutil.copytree(ARTICLES, src, dirs_exist_ok=True)
    shutil.copytree(SEEDS, src, dirs_exist_ok=True)
    for name, text in STORIES.items():
        (src / name).write_text(text, encoding="utf-8")
    (src / "village.md").write_text("---\npublished: 2024-12-09\n---\nGunmen killed four villagers in the village "
                                    "of Zzyzxqa, in Syria, on Sunday.", encoding="utf-8")
    write_articles(src, CAMPAIGN)
    return src


@pytest.mark.slow
def test_one_process_several_and_a_dask_cluster_write_the_same_bytes(tmp_path, gaz, corpus):
    one = build(corpus, tmp_path / "one", jobs=1, full=True)
    two = build(corpus, tmp_path / "two", jobs=2, full=True)
    dask = build(corpus, tmp_path / "dask", dask="local", full=True)
    assert (one.engine, dask.engine, dask.jobs) == ("processes", "dask", 2)
    assert any(e.sources > 1 for e in one.events)  # (the merge has work to do)
    assert (tmp_path / "one" / "geocode_cache.csv").exists()  # (and the workers learn answers the client keeps)
    outputs = _outputs(tmp_path / "one")
    assert outputs == _outputs(tmp_path / "two") == _outputs(tmp_path / "dask")


@pytest.mark.slow
def test_a_running_scheduler_is_used_by_its_address(tmp_path, gaz, corpus, capsys):
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        assert cli.main(["build", str(corpus), "--data-dir", str(tmp_path / "remote"), "--dask",
                         cluster.scheduler_address, "--quiet"]) == 0
    assert "on a Dask cluster of 1 worker(s)" in capsys.readouterr().out
    build(corpus, tmp_path / "local", jobs=1)
    assert _outputs(tmp_path / "remote") == _outputs(tmp_path / "local")


@pytest.mark.slow
def test_an_unreachable_scheduler_is_one_clear_error():
    with pytest.raises(ClusterError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9 .*dask scheduler"):
        DaskRun("tcp://127.0.0.1:9", Settings(), timeout="1s")


def test_nominatim_and_a_cluster_do_not_mix():
    with pytest.raises(ClusterError, match="one request a second per user"):
        DaskRun("local", Settings.from_env({"CONFLICTMAP_NOMINATIM": "on",
                                            "CONFLICTMAP_USER_AGENT": "test (t@example.org)"}))


def test_a_worker_of_another_version_refuses_the_work(tmp_path):
    inputs = PipelineInputs.of(tmp_path)
    other = PipelineInputs("0.0.1", inputs.files)
    with pytest.raises(ClusterError, match="install the same version on every worker"):
        read_batch([], other)


def test_a_worker_keeps_its_gazetteer_index_where_its_own_setting_says(tmp_path, monkeypatch, gaz):
    from conflictmap.build import dask as dask_build

    monkeypatch.setenv("CONFLICTMAP_CACHE_DIR", str(tmp_path / "worker-cache"))
    seen = []
    monkeypatch.setattr(dask_build, "make_pipeline", lambda folder, settings: seen.append(settings.cache_dir))
    monkeypatch.setattr(dask_build, "_PIPELINES", {})  # (its own: nothing left for the other tests)
    dask_build._pipeline(PipelineInputs.of(tmp_path))
    assert seen == [tmp_path / "worker-cache"]
