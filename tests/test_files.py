import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from conflictmap.store import files
from conflictmap.errors import DataFileError


def test_atomic_write_replaces_whole_file(tmp_path):
    p = tmp_path / "f.csv"
    files.write_csv(p, ["a", "b"], [{"a": 1, "b": None}, {"a": "x,y", "b": "q\"uote"}])
    assert files.read_csv(p) == [{"a": "1", "b": ""}, {"a": "x,y", "b": 'q"uote'}]
    assert [x.name for x in tmp_path.iterdir()] == ["f.csv"]  # no temp files left


def test_failed_write_keeps_old_file(tmp_path):
    p = tmp_path / "f.csv"
    files.atomic_write_text(p, "old")

    def rows():
        yield {"a": 1}
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        files.write_csv(p, ["a"], rows())
    assert p.read_text() == "old" and len(list(tmp_path.iterdir())) == 1


def test_read_csv_names_file_and_line(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text("a,b\n1,2\n3\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="c.csv:3"):
        files.read_csv(p)
    p.write_text("a\n1\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="missing column"):
        files.read_csv(p, required=["b"])
    p.write_bytes(b"a\n\xff\n")
    with pytest.raises(DataFileError, match="c.csv:2: not UTF-8"):
        files.read_csv(p)


def test_comments_skipped_when_asked(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text("# note\na\n1\n", encoding="utf-8")
    assert files.read_csv(p, comments=True) == [{"a": "1"}]


def test_kill_during_write_leaves_previous_file(tmp_path):
    path = tmp_path / "events.csv"
    files.write_csv(path, ["a"], [{"a": "old"}])
    script = textwrap.dedent("""
        import sys, os
        from conflictmap.store import files
        class Slow:
            def __iter__(self):
                for i in range(10**9):
                    if i == 1000:
                        print("writing", flush=True)
                    yield {"a": "new" * 50}
        files.write_csv(sys.argv[1], ["a"], Slow())
    """)
    proc = subprocess.Popen([sys.executable, "-c", script, str(path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "writing"
    time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    assert path.read_text() == "a\nold\n"


def test_written_files_follow_the_umask_and_keep_their_mode(tmp_path):
    old = os.umask(0o022)
    try:
        files.atomic_write_text(tmp_path / "new.csv", "a\n")
        assert (tmp_path / "new.csv").stat().st_mode & 0o777 == 0o644  # readable by others, as any file
        os.umask(0o077)
        files.atomic_write_text(tmp_path / "private.csv", "a\n")
        assert (tmp_path / "private.csv").stat().st_mode & 0o777 == 0o600
        (tmp_path / "new.csv").chmod(0o640)
        files.atomic_write_text(tmp_path / "new.csv", "b\n")
        assert (tmp_path / "new.csv").stat().st_mode & 0o777 == 0o640  # a file keeps the mode it was given
    finally:
        os.umask(old)
