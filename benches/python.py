"""Speed of the Python module and of the Spark job against the command line on the same files.

    python benches/python.py [FOLDER]        (default: the news files of ../shared/corpus/news; a folder without subfolders,
                                              as Spark's binaryFiles reads one level)
    python benches/python.py --spark [FOLDER]

Module: `Extractor.extract_file` over every file from one thread per core (the GIL is released
while Rust works) against `tongbao extract --format jsonl` (rayon, every core). Spark: the job in
local[2] mode, without the documents table, against `tongbao export --format parquet`.
"""
import os
import pathlib
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

ROOT = pathlib.Path(__file__).resolve().parents[1]
CLI = ROOT / "target" / "release" / "tongbao"


def best_of(n, f):
    """The fastest of n runs, in seconds (the machine is shared; the best run is the least disturbed)."""
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    return min(times)


def report(name, secs, docs, mb):
    print(f"{name:28s} {secs:7.2f} s  {docs / secs:8.1f} docs/s  {mb / secs:6.2f} MB/s")


def main():
    spark = "--spark" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--spark"]
    folder = pathlib.Path(args[0] if args else ROOT.parent / "shared" / "corpus" / "news" / "DuckBurnIncense__xin-wen-lian-bo" / "news")
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    mb = sum(p.stat().st_size for p in files) / 1e6
    print(f"{len(files)} files, {mb:.1f} MB, {os.cpu_count()} cores")
    import tongbao

    if not spark:
        cli = best_of(3, lambda: subprocess.run([str(CLI), "extract", "--format", "jsonl", str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True))
        ex = tongbao.Extractor()
        with ThreadPoolExecutor(os.cpu_count()) as pool:
            py = best_of(3, lambda: sum(len(x) for x in pool.map(ex.extract_file, files)))
        report("tongbao extract (CLI)", cli, len(files), mb)
        report("Extractor.extract_file", py, len(files), mb)
        print(f"module / CLI time: {py / cli:.3f}")
        return
    sys.path.insert(0, str(ROOT / "examples" / "spark"))
    import extract_archive

    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    with tempfile.TemporaryDirectory() as tmp:
        cli = best_of(1, lambda: subprocess.run([str(CLI), "export", "--format", "parquet", "-o", f"{tmp}/cli.parquet", *map(str, files)], stderr=subprocess.DEVNULL))
        t0 = time.perf_counter()
        session = SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false").getOrCreate()
        start = time.perf_counter() - t0
        job = best_of(1, lambda: extract_archive.run(session, [str(folder)], f"{tmp}/out", with_documents=False))
        session.stop()
    report("tongbao export (CLI)", cli, len(files), mb)
    report("Spark local[2] job", job, len(files), mb)
    print(f"Spark session start-up (not in the job time): {start:.1f} s; job / CLI time: {job / cli:.2f}")


if __name__ == "__main__":
    main()
