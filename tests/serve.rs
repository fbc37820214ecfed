//! `tongbao serve` as a user runs it: an index built from the bundled corpus (plus one hostile
//! record), the server started on a free loopback port, every route asked over HTTP; the API's
//! objects against the command line's `--json`; a document's facts marked where their offsets
//! say; a hostile document rendered inert; bad input answered 4xx; a commit picked up while
//! serving; a slow query answered 503.
mod common;
use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// A record whose title and text carry a script, an image with an error handler and a
/// `javascript:` link: an archive's records keep their text as written, markup and all.
const HOSTILE: &str = r#"{"title":"<script>alert(1)</script>青溪县通报","text":"青溪县2024年一季度完成投资12.5亿元。<script>alert(1)</script> <img src=x onerror=alert(2)> <a href=\"javascript:alert(3)\">点此</a>"}"#;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(common::bin())
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Copies the corpus and the hostile record into `root/docs` and indexes them into `root/index`.
fn build_index(root: &Path) -> PathBuf {
    let docs = root.join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    for e in std::fs::read_dir(&corpus).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), docs.join(e.file_name())).unwrap();
    }
    std::fs::write(docs.join("hostile.jsonl"), format!("{HOSTILE}\n")).unwrap();
    let index = root.join("index");
    let (code, _, err) = run(&[
        "index",
        docs.to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("6 documents indexed"), "{err}");
    index
}

/// The index the read-only tests share (built once per test run).
fn shared_index() -> &'static PathBuf {
    static INDEX: OnceLock<PathBuf> = OnceLock::new();
    INDEX.get_or_init(|| build_index(&common::fresh_dir("serve", "shared")))
}

/// A running `tongbao serve`, stopped when dropped.
struct Server {
    child: Child,
    addr: String,
}

impl Server {
    fn start(index: &Path, extra: &[&str]) -> Server {
        let mut child = Command::new(common::bin())
            .args([
                "serve",
                "--index",
                index.to_str().unwrap(),
                "--bind",
                "127.0.0.1:0",
            ])
            .args(extra)
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let addr = loop {
            let line = lines
                .next()
                .expect("serve ended before it listened")
                .unwrap();
            if let Some(rest) = line.split("http://").nth(1) {
                break rest.split('/').next().unwrap().to_string();
            }
        };
        // keep draining stderr so the server never blocks on a full pipe
        std::thread::spawn(move || for _ in lines.by_ref() {});
        Server { child, addr }
    }

    fn get(&self, path: &str) -> Reply {
        self.send("GET", path, None, "")
    }

    fn post(&self, path: &str, content_type: &str, body: &[u8]) -> Reply {
        self.send("POST", path, Some(body), content_type)
    }

    fn send(&self, method: &str, path: &str, body: Option<&[u8]>, content_type: &str) -> Reply {
        request(&self.addr, method, path, body, content_type)
    }
}

/// One HTTP/1.1 request on its own connection (`Connection: close`), read to the end.
fn request(addr: &str, method: &str, path: &str, body: Option<&[u8]>, content_type: &str) -> Reply {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    if let Some(b) = body {
        req.push_str(&format!(
            "Content-Type: {content_type}\r\nContent-Length: {}\r\n",
            b.len()
        ));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    if let Some(b) = body {
        // a server may answer (413) and close before reading all of a large body
        let _ = s.write_all(b);
    }
    Reply::parse(&read_reply(&mut s))
}

/// An answer's bytes: its headers, then as many bytes as its Content-Length says (a WebDriver
/// keeps the connection open whatever the request asked), else to the end.
fn read_reply(s: &mut TcpStream) -> Vec<u8> {
    let mut raw = Vec::new();
    let mut buf = [0u8; 16384];
    loop {
        if let Some(end) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&raw[..end]).to_ascii_lowercase();
            let length = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok());
            if let Some(n) = length {
                while raw.len() < end + 4 + n {
                    match s.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(k) => raw.extend_from_slice(&buf[..k]),
                    }
                }
                return raw;
            }
            let _ = s.read_to_end(&mut raw);
            return raw;
        }
        match s.read(&mut buf) {
            Ok(0) | Err(_) => return raw,
            Ok(k) => raw.extend_from_slice(&buf[..k]),
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Reply {
    fn parse(raw: &[u8]) -> Reply {
        let split = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("no end of headers");
        let head = String::from_utf8_lossy(&raw[..split]).into_owned();
        let mut lines = head.lines();
        let status: u16 = lines
            .next()
            .unwrap()
            .split(' ')
            .nth(1)
            .unwrap()
            .parse()
            .unwrap();
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
            .collect();
        let mut body = raw[split + 4..].to_vec();
        if headers
            .iter()
            .any(|(k, v)| k == "transfer-encoding" && v.contains("chunked"))
        {
            body = dechunk(&body);
        }
        Reply {
            status,
            headers,
            body: String::from_utf8(body).expect("body is UTF-8"),
        }
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The start of the body, for failure messages.
    fn short(&self) -> &str {
        let end = self
            .body
            .char_indices()
            .nth(600)
            .map_or(self.body.len(), |(i, _)| i);
        &self.body[..end]
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let nl = b.windows(2).position(|w| w == b"\r\n").unwrap();
        let n = usize::from_str_radix(std::str::from_utf8(&b[..nl]).unwrap().trim(), 16).unwrap();
        if n == 0 {
            return out;
        }
        out.extend_from_slice(&b[nl + 2..nl + 2 + n]);
        b = &b[nl + 2 + n + 2..];
    }
}

/// Percent-encodes a query value.
fn enc(v: &str) -> String {
    v.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// The lines of a command's `--json` output.
fn cli_json(args: &[&str]) -> Vec<Value> {
    let (code, out, err) = run(args);
    assert_eq!(code, 0, "{args:?}: {err}");
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The `/doc/…` links of a page, in order, without repeats.
fn doc_links(html: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in html.split("href=\"/doc/").skip(1) {
        let id: String = part.chars().take_while(|c| c.is_ascii_hexdigit()).collect();
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

#[test]
fn every_page_answers_with_the_safety_headers() {
    let srv = Server::start(shared_index(), &[]);
    let pages = [
        ("/", 200, "name=\"q\""),
        (
            &format!("/?q={}", enc("投资")) as &str,
            200,
            "documents match",
        ),
        (
            &format!("/?q={}&view=facts&sort=value", enc("投资")),
            200,
            "facts match",
        ),
        (
            &format!("/?kind=money&min={}&region={}", enc("1亿"), enc("青溪县")),
            200,
            "<h4>By place</h4>",
        ),
        ("/series", 200, "name=\"subject\""),
        (
            &format!("/series?subject={}&region={}", enc("投资"), enc("青溪县")),
            200,
            "<svg",
        ),
        ("/check", 200, "<textarea"),
        ("/static/style.css", 200, ".k-money"),
        ("/static/app.js", 200, "addEventListener"),
    ];
    for (path, status, holds) in pages {
        let r = srv.get(path);
        assert_eq!(r.status, status, "{path}: {}", r.short());
        assert!(
            r.body.contains(holds),
            "{path} lacks {holds}: {}",
            r.short()
        );
        let csp = r
            .header("content-security-policy")
            .unwrap_or_else(|| panic!("{path}: no CSP"));
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{path}: {csp}"
        );
        assert_eq!(
            r.header("x-content-type-options"),
            Some("nosniff"),
            "{path}"
        );
    }
    // the search page shows results with facts as chips and links into documents
    let r = srv.get(&format!("/?q={}&kind=money", enc("投资")));
    assert!(r.body.contains("class=\"chip k-money\""), "{}", r.short());
    assert!(!doc_links(&r.body).is_empty(), "{}", r.short());
    // a second page of results exists for a broad query when there are enough, else the pager says 1 of 1
    assert!(r.body.contains("page 1 of"), "{}", r.short());
}

#[test]
fn bad_input_gets_a_clear_4xx_never_a_500() {
    let srv = Server::start(shared_index(), &[]);
    let long = "投".repeat(600);
    let cases: Vec<(String, u16, &str)> = vec![
        ("/?kind=bogus".into(), 400, "unknown kind"),
        (format!("/?min={}", enc("abc")), 400, "expected an amount"),
        ("/?from=2024&to=2023".into(), 400, "swap them"),
        ("/?q=x&view=sideways".into(), 400, "expected docs or facts"),
        ("/?q=x&sort=value".into(), 400, "add --facts"),
        ("/?q=x&page=0".into(), 400, "page"),
        (format!("/?q={}", enc(&long)), 400, "at most 500"),
        ("/doc/nothex".into(), 400, "16 hex digits"),
        ("/doc/0000000000000000".into(), 404, "no document"),
        ("/nowhere".into(), 404, "no such page"),
        ("/series?subject=%20".into(), 200, "name=\"subject\""),
        (
            format!("/series?subject={}&kind=date", enc("投资")),
            400,
            "needs a kind with values",
        ),
        ("/api/search".into(), 400, "give some text"),
        ("/api/search?q=x&limit=0".into(), 400, "limit"),
        ("/api/doc/0000000000000000".into(), 404, "no document"),
        ("/api/series".into(), 400, "subject"),
        ("/api/check?claim=".into(), 400, "claim"),
        ("/api/elsewhere".into(), 404, "no such API route"),
    ];
    for (path, status, says) in cases {
        let r = srv.get(&path);
        assert_eq!(r.status, status, "{path}: {}", r.short());
        assert!(
            r.body.contains(says),
            "{path} should say {says}: {}",
            r.short()
        );
        if path.starts_with("/api/") {
            assert!(r.json()["error"].is_string(), "{path}: {}", r.short());
        }
    }
    let r = srv.post("/check", "application/x-www-form-urlencoded", b"claim=");
    assert_eq!(r.status, 400, "{}", r.short());
    let r = srv.post("/api/check", "application/json", b"{\"claim\": \"  \"}");
    assert_eq!(r.status, 400, "{}", r.short());
    let r = srv.post("/api/check", "application/json", b"not json");
    assert_eq!(r.status, 400, "{}", r.short());
    let big = format!("claim={}", "a".repeat(300 * 1024));
    let r = srv.post(
        "/check",
        "application/x-www-form-urlencoded",
        big.as_bytes(),
    );
    assert_eq!(r.status, 413, "{}", r.short());
    let claim = format!("claim={}", enc(&"投资增长8%。".repeat(3000)));
    let r = srv.post(
        "/check",
        "application/x-www-form-urlencoded",
        claim.as_bytes(),
    );
    assert_eq!(r.status, 400, "{}", r.short());
    assert!(r.body.contains("at most 20000"), "{}", r.short());
    // the server is still there
    assert_eq!(srv.get("/api/stats").status, 200);
}

#[test]
fn api_objects_are_the_command_lines_json() {
    let index = shared_index();
    let ix = index.to_str().unwrap();
    let srv = Server::start(index, &[]);
    let searches: [(&str, &[&str]); 4] = [
        ("投资", &[]),
        ("投资", &["--facts"]),
        (
            "",
            &[
                "--facts", "--kind", "money", "--min", "1亿", "--sort", "value",
            ],
        ),
        ("增长", &["--region", "青溪县", "--from", "2024"]),
    ];
    for (q, flags) in searches {
        let mut args = vec!["search", q, "--index", ix, "--json", "--limit", "7"];
        args.extend_from_slice(flags);
        let cli = cli_json(&args);
        assert!(
            !cli.is_empty(),
            "{args:?} found nothing; the comparison would be empty"
        );
        let mut path = format!("/api/search?q={}&limit=7", enc(q));
        let mut it = flags.iter();
        while let Some(f) = it.next() {
            match *f {
                "--facts" => path.push_str("&view=facts"),
                flag => path.push_str(&format!("&{}={}", &flag[2..], enc(it.next().unwrap()))),
            }
        }
        let r = srv.get(&path);
        assert_eq!(r.status, 200, "{path}: {}", r.short());
        assert_eq!(r.json()["hits"], Value::Array(cli), "{path}");
    }
    let claim = "2024年一季度青溪县完成投资12.5亿元";
    let cli = cli_json(&["check", claim, "--index", ix, "--json"]);
    assert!(!cli.is_empty());
    let r = srv.get(&format!("/api/check?claim={}", enc(claim)));
    assert_eq!(r.status, 200, "{}", r.short());
    assert_eq!(r.json()["results"], Value::Array(cli.clone()));
    let r = srv.post(
        "/api/check",
        "application/json",
        serde_json::json!({"claim": claim}).to_string().as_bytes(),
    );
    assert_eq!(r.json()["results"], Value::Array(cli));
    let cli = cli_json(&["stats", "--index", ix, "--json"]);
    let r = srv.get("/api/stats");
    assert_eq!(r.json(), cli[0]);
    assert_eq!(cli[0]["documents"], 6);
}

#[test]
fn downloads_are_the_datasets_export_writes() {
    let index = shared_index();
    let ix = index.to_str().unwrap();
    let srv = Server::start(index, &[]);
    for (format, query) in [
        ("csv", "kind=money"),
        ("jsonl", "region=%E9%9D%92%E6%BA%AA%E5%8E%BF&from=2024"),
    ] {
        let mut args = vec!["export", "--index", ix, "--format", format];
        for pair in query.split('&') {
            let (k, v) = pair.split_once('=').unwrap();
            args.push(if k == "kind" {
                "--kind"
            } else if k == "region" {
                "--region"
            } else {
                "--from"
            });
            args.push(if k == "region" { "青溪县" } else { v });
        }
        let (code, cli, err) = run(&args);
        assert_eq!(code, 0, "{err}");
        assert!(
            cli.lines().count() > 2,
            "{args:?} gave too few rows to compare: {cli}"
        );
        let r = srv.get(&format!("/export?{query}&format={format}"));
        assert_eq!(r.status, 200, "{}", r.short());
        assert!(r
            .header("content-disposition")
            .unwrap()
            .contains(&format!("tongbao-facts.{format}")));
        assert_eq!(r.body, cli, "/export {query} as {format}");
    }
    let r = srv.get("/export?kind=money&format=xml");
    assert_eq!(r.status, 400);
    assert!(r.body.contains("expected csv, jsonl or parquet"));
    // Parquet is binary: only its magic number is checked here (`tests/export.rs` reads the format)
    let mut s = TcpStream::connect(&srv.addr).unwrap();
    write!(
        s,
        "GET /export?kind=money&format=parquet HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let body = &raw[raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4..];
    assert!(
        raw.starts_with(b"HTTP/1.1 200"),
        "{}",
        String::from_utf8_lossy(&raw[..200.min(raw.len())])
    );
    assert!(
        body.starts_with(b"PAR1") && body.ends_with(b"PAR1"),
        "not a Parquet file"
    );
}

#[test]
fn a_document_marks_every_fact_where_its_offsets_say() {
    let srv = Server::start(shared_index(), &[]);
    let page = srv.get(&format!("/?q={}", enc("投资")));
    let ids = doc_links(&page.body);
    assert!(ids.len() >= 2, "{}", page.short());
    let mut checked = 0;
    for id in ids {
        let api = srv.get(&format!("/api/doc/{id}")).json();
        let key = api["key"].as_str().unwrap();
        assert_eq!(
            format!("{:016x}", tongbao::index::key_id(key)),
            id,
            "the link is the key's id"
        );
        let text: Vec<char> = api["text"].as_str().unwrap().chars().collect();
        let facts = api["facts"].as_array().unwrap();
        assert_eq!(
            facts.len() as u64,
            api["record"]["facts"].as_u64().unwrap(),
            "{key}: every fact of the record"
        );
        let html = srv.get(&format!("/doc/{id}")).body;
        for f in facts {
            let (a, b) = (
                f["start"].as_u64().unwrap() as usize,
                f["end"].as_u64().unwrap() as usize,
            );
            let said: String = text[a..b].iter().collect();
            assert_eq!(said, f["text"].as_str().unwrap(), "{key}: offsets {a}..{b}");
            // the anchor stands where the fact starts, and the next mark begins with its text
            let anchor = format!("<span id=\"at-{a}-{b}\"></span>");
            let at = html
                .find(&anchor)
                .unwrap_or_else(|| panic!("{key}: no anchor {anchor}"));
            let after = &html[at..];
            let mark = after.find("<mark").unwrap();
            let content = &after[mark + after[mark..].find('>').unwrap() + 1..];
            let first = said.chars().next().unwrap();
            let escaped_first = match first {
                '<' => "&lt;".to_string(),
                '&' => "&amp;".to_string(),
                c => c.to_string(),
            };
            assert!(
                content.starts_with(&escaped_first),
                "{key}: mark at {a} starts {:?}, fact {said}",
                &content[..content.len().min(40)]
            );
            assert!(
                html.contains(&format!("href=\"#at-{a}-{b}\"")),
                "{key}: the table links to {a}-{b}"
            );
            checked += 1;
        }
    }
    assert!(checked > 20, "only {checked} facts were looked at");
}

#[test]
fn counts_by_kind_year_and_place_are_those_of_the_facts_found() {
    let index = shared_index();
    let ix = index.to_str().unwrap();
    let srv = Server::start(index, &[]);
    for (q, filters) in [
        ("投资", ""),
        ("增长", "&role=actual"),
        ("", "&kind=money&min=100000000"),
    ] {
        let api = srv.get(&format!("/api/search?q={}{filters}&counts=1", enc(q)));
        assert_eq!(api.status, 200, "{}", api.short());
        let c = api.json()["counts"].clone();
        // every fact the command line finds for the same text and filters (JSON keeps repeats)
        let mut args = vec![
            "search", q, "--index", ix, "--facts", "--json", "--limit", "1000",
        ];
        for pair in filters.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap();
            args.push(match k {
                "role" => "--role",
                "kind" => "--kind",
                _ => "--min",
            });
            args.push(v);
        }
        let facts = cli_json(&args);
        assert!(
            facts.len() > 3 && facts.len() < 1000,
            "{args:?}: {} facts",
            facts.len()
        );
        assert_eq!(c["facts"], facts.len(), "{q}{filters}");
        let mut kinds = std::collections::BTreeMap::<String, u64>::new();
        let mut years = std::collections::BTreeMap::<i64, u64>::new();
        for f in &facts {
            *kinds
                .entry(f["kind"].as_str().unwrap().to_string())
                .or_default() += 1;
            let start = f["date_start"]
                .as_str()
                .or(f["period"]["date_start"].as_str());
            if let Some(y) = start
                .filter(|d| d.len() == 10)
                .and_then(|d| d[..4].parse().ok())
            {
                *years.entry(y).or_default() += 1;
            }
        }
        let pairs = |v: &Value| {
            v.as_array()
                .unwrap()
                .iter()
                .map(|p| (p[0].clone(), p[1].as_u64().unwrap()))
                .collect::<Vec<_>>()
        };
        let got_kinds: std::collections::BTreeMap<String, u64> = pairs(&c["kind"])
            .into_iter()
            .map(|(k, n)| (k.as_str().unwrap().to_string(), n))
            .collect();
        assert_eq!(got_kinds, kinds, "{q}{filters}: by kind");
        let got_years: std::collections::BTreeMap<i64, u64> = pairs(&c["year"])
            .into_iter()
            .map(|(y, n)| (y.as_i64().unwrap(), n))
            .collect();
        assert_eq!(got_years, years, "{q}{filters}: by year");
        // a place counts the facts the region filter finds under it; every fact's own place is there
        let places = pairs(&c["place"]);
        assert!(!places.is_empty(), "{q}{filters}: no places");
        for f in &facts {
            if let Some(r) = f["region"].as_str().or(f["canonical"].as_str()) {
                assert!(
                    places.iter().any(|(p, _)| p == r),
                    "{q}{filters}: the place {r} of a fact is not counted"
                );
            }
        }
        for (place, n) in places.iter().take(4) {
            let place = place.as_str().unwrap();
            let r = srv
                .get(&format!(
                    "/api/search?q={}{filters}&view=facts&region={}&limit=1",
                    enc(q),
                    enc(place)
                ))
                .json();
            assert_eq!(
                r["count"].as_u64(),
                Some(*n),
                "{q}{filters}: facts in {place}"
            );
        }
        // the page shows the same counts beside the results, each narrowing the search
        let page = srv.get(&format!("/?q={}{filters}", enc(q))).body;
        let aside = &page[page
            .find("<aside class=\"counts\">")
            .expect("the counts beside the results")..];
        for (k, n) in &kinds {
            assert!(
                aside.contains(&format!("kind={k}"))
                    && aside.contains(&format!("<td class=\"num\">{n}</td>")),
                "{q}{filters}: kind {k} {n}"
            );
        }
        if let Some((y, n)) = years.iter().next() {
            assert!(
                aside.contains(&format!("from={y}&amp;to={y}"))
                    && aside.contains(&format!(">{y}</a></td><td class=\"num\">{n}</td>")),
                "{q}{filters}: year {y}"
            );
        }
    }
    let r = srv.get("/api/search?q=x&counts=maybe");
    assert_eq!(r.status, 400);
    // without `counts=1` the API's object is the command line's alone
    assert!(srv
        .get(&format!("/api/search?q={}", enc("投资")))
        .json()
        .get("counts")
        .is_none());
}

#[test]
fn a_pdf_document_shows_its_pages_and_each_fact_its_page() {
    let Some(shared) = common::shared() else {
        return;
    };
    let root = common::fresh_dir("serve", "pdf");
    let docs = root.join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    std::fs::copy(
        shared.join("corpus/pdf-synth/chr-wqy/000.pdf"),
        docs.join("000.pdf"),
    )
    .unwrap();
    let index = root.join("index");
    let (code, _, err) = run(&[
        "index",
        docs.to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    // the form feeds `tongbao text` prints where pages start are the index's page starts
    let (code, text, err) = run(&["text", docs.join("000.pdf").to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let feeds: Vec<usize> = text
        .chars()
        .enumerate()
        .filter(|c| c.1 == '\u{c}')
        .map(|c| c.0 + 1)
        .collect();
    assert!(!feeds.is_empty(), "no page starts on a paragraph break");
    let srv = Server::start(&index, &[]);
    let id = doc_links(&srv.get("/?kind=money").body)[0].clone();
    let api = srv.get(&format!("/api/doc/{id}")).json();
    let pages = api["record"]["pages"].as_u64().unwrap() as usize;
    assert!(pages >= 2);
    let starts: Vec<(usize, usize)> = api["record"]["page_starts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p[0].as_u64().unwrap() as usize,
                p[1].as_u64().unwrap() as usize,
            )
        })
        .collect();
    assert_eq!(
        starts.iter().map(|p| p.1).collect::<Vec<_>>(),
        feeds,
        "page starts against `tongbao text`"
    );
    let html = srv.get(&format!("/doc/{id}")).body;
    let marker = |n: usize| {
        html.find(&format!(
            "<span class=\"page\" id=\"page-{n}\" data-page=\"{n}\"></span>"
        ))
    };
    assert!(marker(1).is_some(), "no marker of page 1");
    // each fact's anchor lies between the markers of its page and of the next one that has one
    let facts = api["facts"].as_array().unwrap();
    assert!(facts.len() > 3);
    let mut checked = 0;
    for f in facts {
        let page = f["page"].as_u64().expect("a fact of a PDF has its page") as usize;
        let at = html
            .find(&format!(
                "<span id=\"at-{}-{}\"></span>",
                f["start"], f["end"]
            ))
            .unwrap();
        if let Some(m) = marker(page) {
            assert!(
                m < at,
                "fact at {} is on page {page}, before its marker",
                f["start"]
            );
            assert!(
                html.contains(&format!(
                    "<a class=\"pageref\" href=\"#page-{page}\">{page}</a>"
                )),
                "the table links page {page}"
            );
            checked += 1;
        }
        if let Some(next) = ((page + 1)..=pages).find_map(marker) {
            assert!(
                at < next,
                "fact at {} is on page {page}, after a later page's marker",
                f["start"]
            );
        }
        // and the offsets agree: the fact starts after the start of its page
        if let Some(&(_, s)) = starts.iter().find(|p| p.0 == page) {
            assert!(f["start"].as_u64().unwrap() as usize >= s);
        }
    }
    assert!(checked > 0, "no fact was on a page with a marker");
    assert!(
        facts.iter().any(|f| f["page"].as_u64() > Some(1)),
        "every fact on page 1: the pages are not tested"
    );
}

#[test]
fn a_hostile_document_renders_inert() {
    let srv = Server::start(shared_index(), &[]);
    let search = srv.get(&format!("/?q={}", enc("点此")));
    assert_eq!(search.status, 200);
    let ids = doc_links(&search.body);
    assert_eq!(ids.len(), 1, "{}", search.body);
    let doc = srv.get(&format!("/doc/{}", ids[0]));
    assert_eq!(doc.status, 200);
    for page in [&search.body, &doc.body] {
        assert!(
            !page.contains("<script>alert"),
            "a script tag came through: {page}"
        );
        assert!(!page.contains("<img"), "an image came through");
        assert!(
            !page.contains("href=\"javascript:"),
            "a javascript: link came through"
        );
        // the one script element is the page's own
        assert_eq!(page.matches("<script").count(), 1, "{page}");
        assert!(page.contains("<script src=\"/static/app.js\""));
    }
    assert!(
        doc.body
            .contains("&lt;script&gt;alert(1)&lt;/script&gt;青溪县通报"),
        "the title is shown as text"
    );
    assert!(
        doc.body.contains("&lt;img src=x onerror=alert(2)&gt;"),
        "{}",
        doc.body
    );
    assert!(
        doc.body
            .contains("&lt;a href=&quot;javascript:alert(3)&quot;&gt;"),
        "{}",
        doc.body
    );
}

#[test]
fn series_and_check_pages_link_to_their_evidence() {
    let srv = Server::start(shared_index(), &[]);
    let api = srv
        .get(&format!("/api/series?subject={}", enc("投资")))
        .json();
    let points = api["points"].as_array().unwrap();
    assert!(!points.is_empty(), "{api}");
    for p in points {
        assert!(
            p["fact"]["subject"].as_str().unwrap().contains("投资"),
            "{p}"
        );
        assert_eq!(
            p["fact"]["kind"], api["kind"],
            "one measure per series: {p}"
        );
    }
    let dates: Vec<&str> = points
        .iter()
        .map(|p| p["date_start"].as_str().unwrap())
        .collect();
    assert!(
        dates.windows(2).all(|w| w[0] <= w[1]),
        "in period order: {dates:?}"
    );
    let page = srv.get(&format!("/series?subject={}", enc("投资"))).body;
    assert_eq!(
        page.matches("<circle").count(),
        points.len(),
        "one point per value"
    );
    let links = doc_links(&page);
    assert!(!links.is_empty());
    assert_eq!(srv.get(&format!("/doc/{}", links[0])).status, 200);

    let claim = "2024年一季度青溪县完成投资12.5亿元";
    let r = srv.post(
        "/check",
        "application/x-www-form-urlencoded",
        format!("claim={}", enc(claim)).as_bytes(),
    );
    assert_eq!(r.status, 200, "{}", r.short());
    let api = srv.get(&format!("/api/check?claim={}", enc(claim))).json();
    let verdict = api["results"][0]["verdict"].as_str().unwrap();
    assert!(
        r.body.contains(&format!("v-{}", verdict.replace(' ', "-"))),
        "{}",
        r.short()
    );
    let evidence = doc_links(&r.body);
    assert!(
        !evidence.is_empty(),
        "evidence links into the document view: {}",
        r.body
    );
    let doc = srv.get(&format!("/doc/{}", evidence[0]));
    assert_eq!(doc.status, 200);
}

#[test]
fn a_commit_is_served_without_a_restart() {
    let root = common::fresh_dir("serve", "reload");
    let index = build_index(&root);
    let srv = Server::start(&index, &[]);
    assert_eq!(srv.get("/api/stats").json()["documents"], 6);
    let more = root.join("more");
    std::fs::create_dir_all(&more).unwrap();
    std::fs::write(more.join("new.txt"), "茅箭区2024年一季度经济运行情况\n\n2024年4月12日\n\n一季度，茅箭区地区生产总值147亿元，同比增长5.3%。\n").unwrap();
    let (code, _, err) = run(&[
        "index",
        more.to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let t = Instant::now();
    loop {
        let n = srv.get("/api/stats").json()["documents"].as_u64().unwrap();
        if n == 7 {
            break;
        }
        assert!(
            t.elapsed() < Duration::from_secs(20),
            "the commit was not picked up after 20 s (documents {n})"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    let r = srv.get(&format!("/api/search?q={}", enc("茅箭区")));
    assert_eq!(r.json()["count"], 1);
}

#[test]
fn a_slow_query_is_answered_503() {
    // a time-out of 0 ms: no query can finish within it
    let srv = Server::start(shared_index(), &["--timeout-ms", "0"]);
    let r = srv.get(&format!("/api/search?q={}", enc("投资")));
    assert_eq!(r.status, 503, "{}", r.short());
    assert!(r.json()["error"]
        .as_str()
        .unwrap()
        .contains("took too long"));
    let r = srv.get(&format!("/?q={}", enc("投资")));
    assert_eq!(r.status, 503);
}

/// A W3C WebDriver session with `chromedriver` (headless Debian Chromium), spoken over this
/// file's HTTP client: the protocol is a few JSON requests, and a WebDriver crate would bring a
/// second HTTP stack into the build for them.
struct Browser {
    driver: Child,
    addr: String,
    session: String,
}

impl Browser {
    /// Starts chromedriver and a headless session, or None when chromedriver is not installed
    /// (a failure instead when `TONGBAO_REQUIRE_BROWSER=1`, as `.ci/run` sets).
    fn start() -> Option<Browser> {
        let exists = |p: &str| Path::new(p).exists();
        if !exists("/usr/bin/chromedriver") || !exists("/usr/bin/chromium") {
            assert!(
                std::env::var("TONGBAO_REQUIRE_BROWSER").map_or(true, |v| v != "1"),
                "chromium and chromium-driver are required (TONGBAO_REQUIRE_BROWSER=1)"
            );
            eprintln!("note: /usr/bin/chromium or /usr/bin/chromedriver missing (apt-get install chromium chromium-driver); skipping the browser test");
            return None;
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let driver = Command::new("/usr/bin/chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let addr = format!("127.0.0.1:{port}");
        let t = Instant::now();
        while TcpStream::connect(&addr).is_err() {
            assert!(
                t.elapsed() < Duration::from_secs(20),
                "chromedriver did not listen"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        let profile = common::fresh_dir("serve", "chromium-profile");
        // the flags keep Chromium off the network it would otherwise try at every start
        let caps = serde_json::json!({"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": "/usr/bin/chromium",
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--window-size=1200,900", format!("--user-data-dir={}", profile.display())]}}}});
        let mut b = Browser {
            driver,
            addr,
            session: String::new(),
        };
        let r = b.call("POST", "/session", Some(caps));
        b.session = r["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {r}"))
            .to_string();
        Some(b)
    }

    /// A WebDriver command; its JSON answer (errors are answers too: `value.error`).
    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let body = body.map(|b| b.to_string());
        let r = request(
            &self.addr,
            method,
            path,
            body.as_deref().map(str::as_bytes),
            "application/json",
        );
        serde_json::from_str(&r.body)
            .unwrap_or_else(|e| panic!("{method} {path}: not JSON ({e}): {}", r.short()))
    }

    fn cmd(&self, method: &str, what: &str, body: Option<Value>) -> Value {
        let r = self.call(method, &format!("/session/{}{what}", self.session), body);
        assert!(
            r["value"]["error"].is_null() || method == "GET" && what == "/alert/text",
            "{method} {what}: {r}"
        );
        r["value"].clone()
    }

    fn go(&self, url: &str) {
        self.cmd("POST", "/url", Some(serde_json::json!({"url": url})));
    }

    fn run_js(&self, script: &str) -> Value {
        self.cmd(
            "POST",
            "/execute/sync",
            Some(serde_json::json!({"script": script, "args": []})),
        )
    }

    fn find(&self, css: &str) -> String {
        let v = self.cmd(
            "POST",
            "/element",
            Some(serde_json::json!({"using": "css selector", "value": css})),
        );
        v.as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("no element {css}: {v}"))
            .to_string()
    }

    fn click(&self, css: &str) {
        let e = self.find(css);
        self.cmd(
            "POST",
            &format!("/element/{e}/click"),
            Some(serde_json::json!({})),
        );
    }

    fn url(&self) -> String {
        self.cmd("GET", "/url", None).as_str().unwrap().to_string()
    }

    /// Saves a PNG of the page under target/serve-screenshots/ for a reader to look at.
    fn screenshot(&self, name: &str) {
        let b64 = self.cmd("GET", "/screenshot", None);
        let png = base64(b64.as_str().unwrap());
        assert!(png.starts_with(b"\x89PNG"), "not a PNG");
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/serve-screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = self.call("DELETE", &format!("/session/{}", self.session), None);
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// Standard base64 (the screenshots WebDriver sends).
fn base64(s: &str) -> Vec<u8> {
    let val = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        _ => 63,
    };
    let digits: Vec<u8> = s
        .bytes()
        .filter(|c| c.is_ascii_alphanumeric() || *c == b'+' || *c == b'/')
        .map(val)
        .collect();
    let mut out = Vec::with_capacity(digits.len() * 3 / 4);
    for ch in digits.chunks(4) {
        let n = ch
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, &d)| acc | (d as u32) << (18 - 6 * i));
        out.extend_from_slice(&n.to_be_bytes()[1..ch.len()]);
    }
    out
}

/// In the page, the character offset (in code points, as the facts count) of every fact anchor
/// inside the document text.
const ANCHOR_OFFSETS: &str = r#"
var box = document.querySelector(".text"), out = {}, n = 0;
var walk = document.createTreeWalker(box, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
while (walk.nextNode()) {
  var node = walk.currentNode;
  if (node.nodeType === 3) { n += Array.from(node.data).length; }
  else if (node.id && node.id.indexOf("at-") === 0) { out[node.id] = n; }
}
return out;"#;

#[test]
fn in_a_browser_search_document_and_check_work_and_documents_stay_inert() {
    let Some(b) = Browser::start() else { return };
    let srv = Server::start(shared_index(), &[]);
    let base = format!("http://{}", srv.addr);
    // search → open the first document
    b.go(&format!("{base}/?q={}", enc("投资")));
    b.screenshot("1-search");
    b.click(".hit h3 a");
    let url = b.url();
    let id = url
        .split("/doc/")
        .nth(1)
        .unwrap_or_else(|| panic!("not a document: {url}"));
    b.screenshot("2-document");
    // every fact's anchor stands at its offset in the text as the browser lays it out
    let api = srv.get(&format!("/api/doc/{id}")).json();
    let offsets = b.run_js(ANCHOR_OFFSETS);
    let facts = api["facts"].as_array().unwrap();
    assert!(facts.len() > 5);
    for f in facts {
        let a = f["start"].as_u64().unwrap();
        let anchor = format!("at-{a}-{}", f["end"]);
        assert_eq!(offsets[&anchor].as_u64(), Some(a), "{anchor}: {offsets}");
    }
    // a fact's mark shows what it is when hovered (its title)
    let title = b.run_js("return document.querySelector('mark.k-money').getAttribute('title');");
    assert!(title.as_str().unwrap().contains("money:"), "{title}");
    // the hostile record: nothing of it runs (no alert, no image, only the page's own script)
    let hostile = doc_links(&srv.get(&format!("/?q={}", enc("点此"))).body);
    b.go(&format!("{base}/doc/{}", hostile[0]));
    b.screenshot("3-hostile-document");
    let alert = b.call("GET", &format!("/session/{}/alert/text", b.session), None);
    assert_eq!(
        alert["value"]["error"], "no such alert",
        "a script of the document ran: {alert}"
    );
    let counts = b.run_js("return [document.images.length, document.scripts.length, document.querySelectorAll('a[href^=\"javascript\"]').length];");
    assert_eq!(counts, serde_json::json!([0, 1, 0]));
    // a claim → its evidence link → the fact marked as the target of the link
    b.go(&format!("{base}/check"));
    let area = b.find("textarea[name=claim]");
    b.cmd(
        "POST",
        &format!("/element/{area}/value"),
        Some(serde_json::json!({"text": "2024年一季度青溪县固定资产投资完成23.6亿元"})),
    );
    b.click("form button[type=submit]");
    b.screenshot("4-check");
    let verdict = b.run_js("return document.querySelector('.hit h3 .chip').textContent;");
    assert_eq!(verdict, "supported");
    b.click("a.evidence");
    let url = b.url();
    assert!(url.contains("/doc/") && url.contains("#at-"), "{url}");
    let target = b.run_js("var t = document.querySelector(':target'); return t && t.nextElementSibling ? t.nextElementSibling.textContent : null;");
    assert_eq!(target, "23.6亿元", "the evidence link lands on the fact");
    b.screenshot("5-evidence");
    b.go(&format!(
        "{base}/series?subject={}&region={}",
        enc("固定资产投资"),
        enc("青溪县")
    ));
    b.screenshot("6-series");
    let points = b.run_js("return document.querySelectorAll('svg circle').length;");
    assert!(points.as_u64().unwrap() >= 1, "{points}");
}
