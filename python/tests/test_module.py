"""The Python module against the command line, bad input and threads."""
import json
import os
import pathlib
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor

import pytest

import tongbao

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLI = ROOT / "target" / "release" / "tongbao"
SAMPLE = "2023年全市地区生产总值达到1234.56亿元，同比增长5.3%，其中第一产业增加值84.56亿元。"


@pytest.fixture(scope="module")
def ex():
    return tongbao.Extractor()


def cli(*args, stdin=None):
    """The command line's standard output (status 0 or 3 are answers, not failures)."""
    r = subprocess.run([str(CLI), *args], input=stdin, capture_output=True, text=True)
    assert r.returncode in (0, 3), r.stderr
    return r.stdout


def jsonl(s):
    return [json.loads(line) for line in s.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory):
    p = tmp_path_factory.mktemp("docs") / "sample.txt"
    p.write_text(SAMPLE, encoding="utf-8")
    return p


def test_extract_matches_cli(ex, sample_file):
    got = ex.extract(SAMPLE, doc="sample.txt", reference_date="2024-01-01")
    want = jsonl(cli("extract", "--reference-date", "2024-01-01", str(sample_file)))
    assert got == want
    assert {f["kind"] for f in got} >= {"money", "growth"}


def test_extract_file_matches_cli(ex, sample_file):
    assert ex.extract_file(sample_file) == jsonl(cli("extract", str(sample_file)))


def test_extract_files_matches_cli(ex, tmp_path):
    """A folder and a file, in parallel: the facts of `tongbao extract` in its order, and its errors."""
    folder = tmp_path / "mixed"
    shutil.copytree(ROOT / "corpus", folder)
    (folder / "zz-broken.docx").write_bytes(b"PK\x03\x04" + b"\x00junk" * 50)
    single = tmp_path / "one.txt"
    single.write_text(SAMPLE, encoding="utf-8")
    facts, failures = ex.extract_files([folder, single])
    r = subprocess.run([str(CLI), "extract", str(folder), str(single)], capture_output=True, text=True)
    assert r.returncode == 1
    assert facts == jsonl(r.stdout) and len(facts) > 100
    assert len(failures) == 1 and "zz-broken.docx" in failures[0]
    assert failures[0] in r.stderr
    assert ex.extract_files([]) == ([], [])


def test_extract_files_missing_path(ex, tmp_path):
    facts, failures = ex.extract_files([tmp_path / "nowhere.txt"])
    assert facts == [] and len(failures) == 1 and "nowhere.txt" in failures[0]


def test_extract_file_of_a_folder_matches_cli(ex):
    assert ex.extract_file(ROOT / "corpus") == jsonl(cli("extract", str(ROOT / "corpus")))


def test_document_text_and_path(ex, sample_file):
    rec = ex.document(sample_file)
    want = jsonl(cli("extract", "--docs", str(sample_file)))[0]
    assert rec == want
    assert ex.document(SAMPLE)["facts"] == want["facts"]


def test_text_matches_cli(ex, sample_file):
    assert ex.text(sample_file) + "\n" == cli("text", str(sample_file))


def test_audit_matches_cli(ex, sample_file):
    assert ex.audit(sample_file) == jsonl(cli("audit", "--json", str(sample_file)))


def test_reference_date_changes_the_year(ex):
    dates = [f for f in ex.extract("3月份全市工业增加值增长5%。", reference_date="2021-06-01") if f["kind"] == "date"]
    assert dates and dates[0]["date_start"].startswith("2021")


def test_reference_date_is_the_day_of_relative_words(ex):
    dates = {f["text"]: f["date_start"] for f in ex.extract("今天上午开工，本月17日开始比赛。", reference_date="2023-11-15") if f["kind"] == "date"}
    assert dates == {"今天": "2023-11-15", "本月17日": "2023-11-17"}


def test_bad_reference_date(ex):
    with pytest.raises(tongbao.TongbaoError, match="reference_date 2024-13"):
        ex.extract(SAMPLE, reference_date="2024-13")


def test_missing_file_names_it(ex, tmp_path):
    missing = tmp_path / "nope.txt"
    for f in (ex.extract_file, ex.text, ex.document, ex.audit):
        with pytest.raises(tongbao.TongbaoError, match="nope.txt"):
            f(missing)


def test_binary_junk(ex, tmp_path):
    junk = tmp_path / "junk.docx"
    junk.write_bytes(os.urandom(4096))
    with pytest.raises(tongbao.TongbaoError, match="junk.docx.*zip"):
        ex.extract_file(junk)
    # junk as text is text: no panic, and no money is made of it
    assert all(f["kind"] != "money" for f in ex.extract(os.urandom(2000).decode("latin-1")))


def test_empty_text_and_file(ex, tmp_path):
    assert ex.extract("") == []
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(tongbao.TongbaoError, match="empty.txt.*empty"):
        ex.extract_file(empty)


def test_wrong_types(ex):
    with pytest.raises(TypeError):
        ex.extract(b"bytes")
    with pytest.raises(TypeError):
        ex.document(42)


def test_bad_rules_folder(tmp_path):
    with pytest.raises(tongbao.TongbaoError, match="rules"):
        tongbao.Extractor(rules=tmp_path / "none")


def test_eight_threads_same_facts(ex):
    texts = [SAMPLE.replace("2023", str(y)) for y in range(2000, 2024)]
    once = [ex.extract(t) for t in texts]
    with ThreadPoolExecutor(8) as pool:
        for _ in range(3):
            assert list(pool.map(ex.extract, texts)) == once


def test_export_rows_match_cli(ex, sample_file, tmp_path):
    rows, failures = ex.export_rows([sample_file])
    out = tmp_path / "e.jsonl"
    cli("export", "--format", "jsonl", "-o", str(out), str(sample_file))
    want = jsonl(out.read_text(encoding="utf-8"))
    assert failures == []
    assert [{k: r[k] for k in w} for r, w in zip(rows, want)] == want and len(rows) == len(want)
    money = [r for r in rows if r["kind"] == "money"]
    assert money and all(isinstance(r["value_fen"], int) for r in money)
    assert 8456000000 * 100 in [r["value_fen"] for r in money]


def test_export_schema_names_fen_columns():
    names = [n for n, _ in tongbao.export_schema()]
    assert names.index("value_fen") == names.index("value") + 1
    assert dict(tongbao.export_schema())["period_start"] == "date"


def test_facts_frame_money_exact(ex):
    pd = pytest.importorskip("pandas")
    frame = tongbao.facts_frame(ex.extract(SAMPLE))
    money = frame[frame["kind"] == "money"]
    assert str(money["value_fen"].dtype) == "Int64"
    assert sorted(money["value_fen"].tolist()) == [845600000000, 12345600000000]
    assert frame[frame["kind"] != "money"]["value_fen"].isna().all()
    assert tongbao.fen_of(0.125) is None and tongbao.fen_of(84.56) == 8456
    assert isinstance(frame, pd.DataFrame)


@pytest.fixture(scope="module")
def index(tmp_path_factory, sample_file):
    folder = tmp_path_factory.mktemp("index")
    shutil.rmtree(folder)
    subprocess.run([str(CLI), "index", "--index", str(folder), str(sample_file)], check=True, capture_output=True)
    return folder


def test_search_matches_cli(index):
    ix = tongbao.Index(index)
    got = ix.search("地区生产总值", facts=True, kind=["money"], limit=5)
    want = jsonl(cli("search", "地区生产总值", "--facts", "--json", "--kind", "money", "--limit", "5", "--index", str(index)))
    assert [g["text"] for g in got] == [w["text"] for w in want] and got
    docs = ix.search("地区生产总值")
    assert docs and docs[0]["path"].endswith("sample.txt")


def test_search_bad_filter(index):
    with pytest.raises(tongbao.TongbaoError, match="--kind: unknown kind `cash`"):
        tongbao.Index(index).search("x", kind=["cash"])
    with pytest.raises(tongbao.TongbaoError, match="sort"):
        tongbao.Index(index).search("x", sort="size")


def test_check_matches_cli(index):
    claim = "2023年全市地区生产总值1234.56亿元"
    got = tongbao.Index(index).check(claim)
    want = jsonl(cli("check", "--json", "--index", str(index), claim))
    assert [g["verdict"] for g in got] == [w["verdict"] for w in want] and got
    assert got[0]["verdict"] == "supported"


def test_index_missing(tmp_path):
    with pytest.raises(tongbao.TongbaoError, match="no index"):
        tongbao.Index(tmp_path / "none")
