"""Extract the facts of an archive on Apache Spark with the tongbao module.

    spark-submit examples/spark/extract_archive.py --out OUT INPUT [INPUT ...]

INPUT is a folder or file of documents (any format tongbao reads, including JSON Lines or CSV
archives of records), read with ``binaryFiles``. Each partition runs one ``tongbao.Extractor``
(``mapPartitions``) and makes its rows with ``Extractor.export_rows``, the library's own export,
so the rows have the columns and provenance of ``tongbao export --format parquet``. Written:

    OUT/facts/       Parquet, partitioned by year (of the fact's period, else its date) and kind
    OUT/failures/    Parquet: path, reason (a failed document is a row here, never a failed job)
    OUT/documents/   Parquet: one document record (``tongbao extract --docs``) per document

Spark does the partitioning, scheduling and retries; nothing here distributes work by hand.
"""
import argparse
import datetime
import json
import os
import tempfile
from urllib.parse import unquote, urlparse

from pyspark.sql import SparkSession
from pyspark.sql import types as T

SPARK_TYPES = {"text": T.StringType(), "int": T.LongType(), "float": T.DoubleType(), "date": T.DateType(), "fen": T.LongType()}


def facts_schema(columns):
    """The Spark schema of the facts table: the export's columns, then the partition year."""
    fields = [T.StructField(name, SPARK_TYPES[kind], True) for name, kind in columns]
    return T.StructType(fields + [T.StructField("year", T.IntegerType(), True)])


FAILURES_SCHEMA = T.StructType([T.StructField("path", T.StringType(), True), T.StructField("reason", T.StringType(), True)])
DOCUMENTS_SCHEMA = T.StructType([T.StructField("path", T.StringType(), True), T.StructField("record", T.StringType(), True)])


def local_path(uri, data, scratch):
    """A local file for a document: its own path when Spark read it from the local file system,
    else its bytes saved under its own name in a scratch folder (HDFS, S3)."""
    parsed = urlparse(uri)
    if parsed.scheme in ("", "file"):
        return unquote(parsed.path)
    name = os.path.basename(unquote(parsed.path)) or "document"
    folder = tempfile.mkdtemp(dir=scratch)
    target = os.path.join(folder, name)
    with open(target, "wb") as f:
        f.write(data)
    return target


def year_of(row):
    """The year a fact belongs to: its period's, else its own date's."""
    for c in ("period_start", "date_start"):
        if row.get(c):
            return int(row[c][:4])
    return None


def typed(row, columns):
    """A row as a tuple in schema order, dates as ``datetime.date``."""
    out = []
    for name, kind in columns:
        v = row.get(name)
        if kind == "date" and v is not None:
            v = datetime.date.fromisoformat(v)
        elif kind == "float" and v is not None:
            v = float(v)
        out.append(v)
    out.append(year_of(row))
    return tuple(out)


def failed_path(reason, paths):
    """The input a failure message names (tongbao's messages start with the path)."""
    for p in sorted(paths, key=len, reverse=True):
        if reason.startswith(p):
            return p
    return None


def extract_partition(records, columns, text_field, with_documents):
    """One partition: one Extractor, every document of the partition exported in one batch."""
    import pathlib

    import tongbao

    extractor = tongbao.Extractor()
    with tempfile.TemporaryDirectory() as scratch:
        by_path = {}
        for uri, data in records:
            by_path[local_path(uri, data, scratch)] = uri
        if not by_path:
            return
        try:
            rows, failures = extractor.export_rows(list(by_path), text_field=text_field)
        except tongbao.TongbaoError as e:
            for uri in by_path.values():
                yield ("failure", (uri, str(e)))
            return
        failed = set()
        for reason in failures:
            p = failed_path(reason, by_path)
            failed.add(p)
            yield ("failure", (by_path.get(p, p), reason))
        for row in rows:
            yield ("fact", typed(row, columns))
        if with_documents:
            for p, uri in by_path.items():
                if p in failed:
                    continue
                try:
                    record = extractor.document(pathlib.Path(p))
                except tongbao.TongbaoError:
                    continue  # already a failure row
                records = record if isinstance(record, list) else [record]
                for r in records:
                    yield ("document", (uri, json.dumps(r, ensure_ascii=False)))


def run(spark, inputs, out, text_field=None, with_documents=True, partitions=None):
    """Runs the job; returns (facts, failures, documents) counts."""
    import tongbao

    columns = tongbao.export_schema()
    sc = spark.sparkContext
    # the executors import this file's functions when it is imported rather than submitted
    sc.addPyFile(os.path.abspath(__file__))
    # binaryFiles packs small files into few splits (one, for a folder of news); spread them so
    # that every core has a partition of its own, a few per core to even out long documents
    wanted = partitions or sc.defaultParallelism * 4
    files = sc.union([sc.binaryFiles(p, minPartitions=wanted) for p in inputs])
    if files.getNumPartitions() < wanted:
        files = files.repartition(wanted)
    tagged = files.mapPartitions(lambda part: extract_partition(part, columns, text_field, with_documents)).cache()
    facts = spark.createDataFrame(tagged.filter(lambda t: t[0] == "fact").map(lambda t: t[1]), facts_schema(columns))
    facts.write.mode("overwrite").partitionBy("year", "kind").parquet(os.path.join(out, "facts"))
    failures = spark.createDataFrame(tagged.filter(lambda t: t[0] == "failure").map(lambda t: t[1]), FAILURES_SCHEMA)
    failures.write.mode("overwrite").parquet(os.path.join(out, "failures"))
    documents = spark.createDataFrame(tagged.filter(lambda t: t[0] == "document").map(lambda t: t[1]), DOCUMENTS_SCHEMA)
    documents.write.mode("overwrite").parquet(os.path.join(out, "documents"))
    counts = tagged.map(lambda t: (t[0], 1)).reduceByKey(lambda a, b: a + b).collectAsMap()
    tagged.unpersist()
    return counts.get("fact", 0), counts.get("failure", 0), counts.get("document", 0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="+", help="folders or files (local paths, hdfs://, s3a://)")
    ap.add_argument("--out", required=True, help="output folder (facts/, failures/, documents/)")
    ap.add_argument("--text-field", help="the text field of JSON Lines or CSV archives")
    ap.add_argument("--no-documents", action="store_true", help="skip the documents table (each document is read twice for it)")
    ap.add_argument("--partitions", type=int, help="minimum number of input partitions")
    args = ap.parse_args()
    spark = SparkSession.builder.appName("tongbao-extract-archive").getOrCreate()
    facts, failures, documents = run(spark, args.inputs, args.out, args.text_field, not args.no_documents, args.partitions)
    print(f"tongbao-spark: {facts} facts, {documents} documents, {failures} failures -> {args.out}")
    spark.stop()


if __name__ == "__main__":
    main()
