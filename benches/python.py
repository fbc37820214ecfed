"""Speed of the Python module and of the Spark job against the command line on the same files.

    python benches/python.py [--runs N] [--threads N] [FOLDER]
    python benches/python.py --spark [FOLDER]

FOLDER: default ../shared/corpus/news/…/news (1,424 files; one level, as Spark's binaryFiles
reads it).

Module, end to end on both sides and like for like:
- `tongbao extract --format jsonl FOLDER > file`: the process's whole run (start, rules loaded,
  folder walked, every document extracted on rayon's threads, every fact written as JSON);
- `tongbao.Extractor()` then `extract_files([FOLDER])`: rules loaded, the same walk, the same
  documents on rayon's threads with the GIL released, every fact a Python dict, and the list
  freed again.
Both use every core, or `--threads N` (RAYON_NUM_THREADS, for the command line and for this
process). Runs alternate (command line, module, command line, …); the best of `--runs` is
reported, the machine being shared, with the CPU time (user + system, every thread) each
used, which other builds on the machine disturb less than the wall time. Before timing, the module's facts are checked equal, one
by one and in order, to the command line's JSON Lines read back (`json.loads`). The old way,
`extract_file` per file from a Python thread pool, is timed too.

Spark: the job in local[2] mode, without the documents table, against `tongbao export
--format parquet`.
"""
import json
import os
import resource
import pathlib
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

ROOT = pathlib.Path(__file__).resolve().parents[1]
CLI = ROOT / "target" / "release" / "tongbao"


def timed(f):
    t0 = time.perf_counter()
    f()
    return time.perf_counter() - t0


def cpu_seconds():
    """User and system CPU time of this process (every thread) and of its finished children."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


def timed_cpu(f, child):
    """Wall seconds and CPU seconds of f (of the child processes it ran, or of this process)."""
    c0 = cpu_seconds()
    wall = timed(f)
    c1 = cpu_seconds()
    return wall, c1[child] - c0[child]


def report(name, secs, docs, mb, base=None):
    ratio = f"  {secs / base:5.3f}x CLI" if base else ""
    print(f"{name:44s} {secs:7.2f} s  {docs / secs:8.1f} docs/s  {mb / secs:6.2f} MB/s{ratio}")


def option(args, name, default):
    if name in args:
        i = args.index(name)
        value = args[i + 1]
        del args[i : i + 2]
        return value
    return default


def main():
    args = sys.argv[1:]
    spark = "--spark" in args
    args = [a for a in args if a != "--spark"]
    runs = int(option(args, "--runs", "5"))
    threads = option(args, "--threads", None)
    if threads:
        # read by rayon when its pool starts: the command line's and this process's
        os.environ["RAYON_NUM_THREADS"] = threads
    folder = pathlib.Path(args[0] if args else ROOT.parent / "shared" / "corpus" / "news" / "DuckBurnIncense__xin-wen-lian-bo" / "news")
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    mb = sum(p.stat().st_size for p in files) / 1e6
    print(f"{len(files)} files, {mb:.1f} MB, {os.cpu_count()} cores, threads {threads or 'all'}, load average {os.getloadavg()}")
    import tongbao

    if not spark:
        with tempfile.TemporaryDirectory() as tmp:
            out = pathlib.Path(tmp) / "cli.jsonl"

            def cli():
                with open(out, "wb") as f:
                    subprocess.run([str(CLI), "extract", "--format", "jsonl", str(folder)], stdout=f, stderr=subprocess.DEVNULL, check=True)

            def module():
                facts, failures = tongbao.Extractor().extract_files([folder])
                assert not failures, failures[:3]
                return facts

            cli()
            want = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
            got = module()
            assert got == want, "the module's facts differ from the command line's"
            print(f"same output: {len(got):,} facts, equal one by one and in order")
            del got, want
            t_cli, t_mod, t_pool, c_cli, c_mod = [], [], [], [], []
            ex = tongbao.Extractor()
            nthreads = int(threads or os.cpu_count())
            with ThreadPoolExecutor(nthreads) as pool:
                for _ in range(runs):
                    wall, cpu = timed_cpu(cli, child=1)
                    t_cli.append(wall)
                    c_cli.append(cpu)
                    wall, cpu = timed_cpu(module, child=0)
                    t_mod.append(wall)
                    c_mod.append(cpu)
                    t_pool.append(timed(lambda: sum(len(x) for x in pool.map(ex.extract_file, files))))
        cli_best = min(t_cli)
        print(f"wall (s): CLI {[round(t, 2) for t in t_cli]}, module {[round(t, 2) for t in t_mod]}")
        print(f"CPU, user+system (s): CLI {[round(t, 2) for t in c_cli]}, module {[round(t, 2) for t in c_mod]}")
        print(f"least CPU: CLI {min(c_cli):.2f} s, module {min(c_mod):.2f} s, module / CLI {min(c_mod) / min(c_cli):.3f}")
        report("tongbao extract --format jsonl (CLI)", cli_best, len(files), mb)
        report("Extractor().extract_files([folder])", min(t_mod), len(files), mb, cli_best)
        report(f"extract_file per file, {nthreads} Python threads", min(t_pool), len(files), mb, cli_best)
        print(f"load average after: {os.getloadavg()}")
        return
    sys.path.insert(0, str(ROOT / "examples" / "spark"))
    import extract_archive

    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    with tempfile.TemporaryDirectory() as tmp:
        cli = timed(lambda: subprocess.run([str(CLI), "export", "--format", "parquet", "-o", f"{tmp}/cli.parquet", *map(str, files)], stderr=subprocess.DEVNULL))
        t0 = time.perf_counter()
        session = SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false").getOrCreate()
        start = time.perf_counter() - t0
        job = timed(lambda: extract_archive.run(session, [str(folder)], f"{tmp}/out", with_documents=False))
        session.stop()
    report("tongbao export (CLI)", cli, len(files), mb)
    report("Spark local[2] job", job, len(files), mb)
    print(f"Spark session start-up (not in the job time): {start:.1f} s; job / CLI time: {job / cli:.2f}")


if __name__ == "__main__":
    main()
