"""The Spark job in local mode against `tongbao export` on the same files, row by row."""
import os
import pathlib
import shutil
import subprocess
import sys
import time

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLI = ROOT / "target" / "release" / "tongbao"
SHARED = ROOT.parent / "shared" / "corpus"
NEWS_FILES = 200

# CI sets TONGBAO_REQUIRE_SPARK=1: there a missing pyspark is a failure, not a skip
if not os.environ.get("TONGBAO_REQUIRE_SPARK"):
    pytest.importorskip("pyspark")
sys.path.insert(0, str(ROOT / "examples" / "spark"))
import extract_archive  # noqa: E402

# the workers run the interpreter that has tongbao installed
os.environ["PYSPARK_PYTHON"] = sys.executable


def corpus_folder(folder):
    """The reports, 200 news files and one corrupt .docx, linked (not copied) into one folder."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    reports = sorted(p for p in (SHARED / "reports").rglob("*") if p.is_file())
    news = sorted(p for p in (SHARED / "news").rglob("*") if p.is_file())[:NEWS_FILES]
    for i, p in enumerate(reports + news):
        target = folder / f"{i:04d}-{p.name}"
        try:
            os.link(p, target)
        except OSError:
            target.symlink_to(p)
    (folder / "corrupt.docx").write_bytes(b"PK\x03\x04" + b"\x00garbage" * 200)
    return folder


def rows_of(table):
    """Rows as comparable tuples in one order (the partition column `year` left out)."""
    out = []
    for rec in table.to_pylist():
        out.append(tuple((c, None if v is None else str(v)) for c, v in sorted(rec.items()) if c != "year"))
    return sorted(out, key=repr)


@pytest.mark.skipif(not (SHARED / "reports").is_dir(), reason="../shared/corpus is not here")
def test_spark_job_matches_export(tmp_path):
    import pyarrow.parquet as pq
    from pyspark.sql import SparkSession

    folder = corpus_folder(ROOT / "target" / "spark-test-input")
    files = sorted(str(p) for p in folder.iterdir())
    want_file = tmp_path / "cli.parquet"
    r = subprocess.run([str(CLI), "export", "--format", "parquet", "-o", str(want_file), *files], capture_output=True, text=True)
    assert r.returncode == 1 and "corrupt.docx" in r.stderr, r.stderr  # one file failed, the rest exported
    want = rows_of(pq.read_table(want_file))
    spark = SparkSession.builder.master("local[2]").appName("tongbao-test").config("spark.ui.enabled", "false").getOrCreate()
    try:
        t0 = time.time()
        facts, failures, documents = extract_archive.run(spark, [str(folder)], str(tmp_path / "out"))
        print(f"spark job: {len(files)} files, {facts} facts in {time.time() - t0:.1f} s")
    finally:
        spark.stop()
    got = rows_of(pq.read_table(tmp_path / "out" / "facts"))
    assert len(got) == len(want) == facts and facts > 1000
    assert got == want
    failed = pq.read_table(tmp_path / "out" / "failures").to_pylist()
    assert len(failed) == 1 and failed[0]["path"].endswith("corrupt.docx"), failed
    assert failed[0]["reason"], failed
    assert documents >= len(files) - 1
