//! Archives that hold many documents in one file: JSON Lines (one object per line) and CSV
//! (one row per document), as scrapers and dataset builders write them. Each record with a
//! text field becomes a document of its own (`reports.jsonl#3`), with its title, date and
//! source from the record's other fields, and offsets that point into the file's bytes even
//! where the text was escaped (`\n` in JSON, `""` in CSV).

/// Names of the field that holds a record's text, most telling first.
const TEXT_FIELDS: &[&str] = &[
    "full_text",
    "content",
    "text",
    "body",
    "article",
    "fulltext",
    "policy content",
    "正文",
    "内容",
    "全文",
];
const TITLE_FIELDS: &[&str] = &["title", "标题", "headline", "name", "policy title"];
const DATE_FIELDS: &[&str] = &[
    "publish_date",
    "published",
    "pub_date",
    "date",
    "issued",
    "publish_time",
    "time",
    "release time",
    "release_time",
    "发布日期",
    "发布时间",
    "发文日期",
    "成文日期",
    "日期",
    "时间",
];
const SOURCE_FIELDS: &[&str] = &["source", "来源", "publisher"];
const ISSUER_FIELDS: &[&str] = &[
    "release_office",
    "release department",
    "policy release department",
    "issuer",
    "发文机关",
    "发布机构",
    "发文单位",
];
const YEAR_FIELDS: &[&str] = &["year", "年份", "年度"];

/// Is this file, by its name, an archive of records?
pub fn is_collection_name(path: &std::path::Path) -> bool {
    matches!(
        path.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("jsonl" | "ndjson" | "csv")
    )
}

/// One record's text with a map back to the decoded file, and what the record says of itself.
#[derive(Debug, Default)]
pub struct Record {
    pub text: String,
    /// (offset in `text`, offset in the decoded file) where each unescaped stretch starts.
    pub runs: Vec<(usize, usize)>,
    pub title: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
    /// The body that issued the document (`release_office`, `发文机关`).
    pub issuer: Option<String>,
    /// The record's year field, when it has one (and no date).
    pub year: Option<i32>,
}

/// A field's raw value: its span in the file and whether it is a quoted string.
#[derive(Clone, Copy)]
struct Raw {
    start: usize,
    end: usize,
}

/// One record's fields as (name, raw value span), and the record's own byte span.
type Fields = (Vec<(String, Raw)>, (usize, usize));

/// A record that could not be read: its line in the file (1-based) and why.
pub type BadRecord = (usize, String);

/// What a scan found: the CSV header's byte span, the records read, and the ones that were not.
struct Scan {
    header: Option<(usize, usize)>,
    records: Vec<Fields>,
    bad: Vec<BadRecord>,
}

/// The field that holds the records' text, and how it was chosen (reported to the user).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextField {
    /// As the archive spells it (`Policy Content`).
    pub name: String,
    /// `asked for`, `by its name` or `the longest text`.
    pub how: &'static str,
}

/// Fewest characters a record's text field holds on average for an unnamed field to be taken
/// as the text: below it the records are no documents (a list of names, of links).
const MIN_AVERAGE_TEXT: usize = 50;

/// The text field of an archive: the one asked for (`--text-field`); else the first of
/// [`TEXT_FIELDS`] its records have; else the string field holding the most text over all
/// records. One field for the whole archive, so each record is read the same way.
fn choose_field(
    text: &str,
    csv: bool,
    records: &[Fields],
    wanted: Option<&str>,
) -> Result<TextField, String> {
    let norm = |s: &str| s.trim().to_lowercase();
    let mut names: Vec<String> = Vec::new();
    for (fields, _) in records {
        for (k, _) in fields {
            if !names.iter().any(|n| norm(n) == norm(k)) {
                names.push(k.clone());
            }
        }
    }
    if let Some(w) = wanted {
        return names
            .iter()
            .find(|n| norm(n) == norm(w))
            .map(|n| TextField {
                name: n.clone(),
                how: "asked for",
            })
            .ok_or_else(|| format!("no field named `{w}` (its fields: {})", names.join(", ")));
    }
    if let Some(n) = TEXT_FIELDS
        .iter()
        .find_map(|t| names.iter().find(|n| norm(n) == *t))
    {
        return Ok(TextField {
            name: n.clone(),
            how: "by its name",
        });
    }
    let length = |name: &str| -> usize {
        records
            .iter()
            .flat_map(|(f, _)| f.iter().filter(|(k, _)| k == name))
            .map(|(_, r)| {
                if csv {
                    unescape_csv(text, *r).0.chars().count()
                } else {
                    unescape_json(text, *r).0.chars().count()
                }
            })
            .sum()
    };
    let best = names.iter().map(|n| (length(n), n)).max_by_key(|(l, _)| *l);
    match best {
        Some((total, n)) if total >= MIN_AVERAGE_TEXT * records.len().max(1) => Ok(TextField { name: n.clone(), how: "the longest text" }),
        _ => Err(format!("no record has a text field (one of {}, or a field of at least {MIN_AVERAGE_TEXT} characters a record; name it with --text-field NAME)", TEXT_FIELDS.join(", "))),
    }
}

/// The records of an archive, the CSV header's byte span and the text field. `Err` when the
/// file is not an archive of documents (no text field in it), with the reason. A broken record
/// is set aside with its line, so one bad line never turns the archive into one text.
fn scan(text: &str, csv: bool, wanted: Option<&str>) -> Result<(Scan, TextField), String> {
    let scan = if csv {
        scan_csv(text)?
    } else {
        scan_jsonl(text)
    };
    if scan.records.is_empty() {
        return Err("no record in it".into());
    }
    let field = choose_field(text, csv, &scan.records, wanted)?;
    Ok((scan, field))
}

/// Where an archive's records stand in it (byte spans of the text given), so that each can be
/// read alone; for CSV also the header row every record needs.
#[derive(Debug, Clone)]
pub struct Spans {
    pub header: Option<(usize, usize)>,
    pub records: Vec<(usize, usize)>,
    /// Records that could not be read, by line.
    pub bad: Vec<BadRecord>,
    /// The field their text is read from.
    pub field: TextField,
}

/// Where the records stand, with the text field chosen (`wanted`: the one `--text-field` names).
pub fn spans(text: &str, csv: bool, wanted: Option<&str>) -> Result<Spans, String> {
    let (sc, field) = scan(text, csv, wanted)?;
    Ok(Spans {
        header: sc.header,
        records: sc.records.into_iter().map(|(_, span)| span).collect(),
        bad: sc.bad,
        field,
    })
}

/// How many documents the archive holds.
pub fn count(text: &str, csv: bool) -> Result<usize, String> {
    scan(text, csv, None).map(|(sc, _)| sc.records.len())
}

/// Record `k` (1-based) of the archive, its text from `field` (the archive's, as [`spans`]
/// chose it; else chosen here from what `text` holds).
pub fn record(text: &str, csv: bool, k: usize, field: Option<&str>) -> Result<Record, String> {
    let (scan, chosen) = scan(text, csv, field)?;
    let records = scan.records;
    let (fields, _) = records
        .get(k.wrapping_sub(1))
        .ok_or_else(|| format!("the archive has {} records, not {k}", records.len()))?;
    let find = |names: &[&str]| -> Option<Raw> {
        names.iter().find_map(|n| {
            fields
                .iter()
                .find(|(k, _)| k.to_lowercase() == *n)
                .map(|(_, r)| *r)
        })
    };
    let unescape = |r: Raw| {
        if csv {
            unescape_csv(text, r)
        } else {
            unescape_json(text, r)
        }
    };
    let plain = |r: Option<Raw>| {
        r.map(|r| unescape(r).0.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    let raw = fields
        .iter()
        .find(|(n, _)| *n == chosen.name)
        .map(|(_, r)| *r)
        .ok_or_else(|| format!("record {k} has no `{}` field", chosen.name))?;
    let (body, runs) = unescape(raw);
    if body.trim().is_empty() {
        return Err(format!("record {k} has an empty text field"));
    }
    Ok(Record {
        text: body,
        runs,
        title: plain(find(TITLE_FIELDS)),
        date: plain(find(DATE_FIELDS)).and_then(|d| iso_date(&d)),
        source: plain(find(SOURCE_FIELDS)),
        issuer: plain(find(ISSUER_FIELDS)),
        year: plain(find(YEAR_FIELDS))
            .and_then(|y| y.get(..4)?.parse().ok())
            .filter(|y| (1900..2200).contains(y)),
    })
}

/// `2026-02-02`, `2026/2/2`, `2026年2月2日`, `2026-02-02 10:00` → `2026-02-02`; a spreadsheet's
/// day number (`41507`, days since 1899-12-30, as a sheet exported to JSON keeps it) too.
fn iso_date(s: &str) -> Option<String> {
    if let Some(d) = serial_date(s) {
        return Some(d);
    }
    let nums: Vec<u32> = s
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .take(3)
        .filter_map(|p| p.parse().ok())
        .collect();
    match nums[..] {
        [y, m, d, ..]
            if (1900..2200).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d) =>
        {
            Some(format!("{y:04}-{m:02}-{d:02}"))
        }
        _ => None,
    }
}

/// A spreadsheet serial day (`41507`, `45122.04`) between 1954 and 2064 as `YYYY-MM-DD`.
fn serial_date(s: &str) -> Option<String> {
    let whole = s.split_once('.').map_or(s, |(w, _)| w);
    if whole.len() != 5 || !s.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    let days: i64 = whole.parse().ok().filter(|d| (20000..60000).contains(d))?;
    // spreadsheet day 25569 is 1970-01-01
    let (y, m, d) = crate::extract::dates::civil_from_days(days - 25569);
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

// ---- JSON Lines -------------------------------------------------------------------------------

/// Every line a JSON object; a line that is not one is set aside with its number.
fn scan_jsonl(text: &str) -> Scan {
    let mut sc = Scan {
        header: None,
        records: Vec::new(),
        bad: Vec::new(),
    };
    let mut at = 0;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let start = at;
        at += line.len();
        if line.trim().is_empty() {
            continue;
        }
        let end = start + line.trim_end().len();
        match object_fields(text, start, end) {
            Ok(fields) => sc.records.push((fields, (start, end))),
            Err(e) => sc.bad.push((n + 1, e)),
        }
    }
    sc
}

/// The string-valued top-level fields of the JSON object in `text[from..to]`.
fn object_fields(text: &str, from: usize, to: usize) -> Result<Vec<(String, Raw)>, String> {
    let b = text.as_bytes();
    let mut i = from;
    let skip_ws = |i: &mut usize| {
        while *i < to && b[*i].is_ascii_whitespace() {
            *i += 1;
        }
    };
    skip_ws(&mut i);
    if i < to && b[i] == 0xEF {
        i += 3; // a BOM on the first line
    }
    if i >= to || b[i] != b'{' {
        return Err("not a JSON object".into());
    }
    i += 1;
    let mut fields = Vec::new();
    loop {
        skip_ws(&mut i);
        if i < to && b[i] == b'}' {
            return Ok(fields);
        }
        let key = json_string(b, i, to).ok_or("a key that is not a string")?;
        let name = unescape_json(
            text,
            Raw {
                start: key.0 + 1,
                end: key.1 - 1,
            },
        )
        .0;
        i = key.1;
        skip_ws(&mut i);
        if i >= to || b[i] != b':' {
            return Err("a key without a value".into());
        }
        i += 1;
        skip_ws(&mut i);
        if i < to && b[i] == b'"' {
            let v = json_string(b, i, to).ok_or("an unterminated string")?;
            fields.push((
                name,
                Raw {
                    start: v.0 + 1,
                    end: v.1 - 1,
                },
            ));
            i = v.1;
        } else {
            i = skip_value(b, i, to).ok_or("a value that does not end")?;
        }
        skip_ws(&mut i);
        match b.get(i) {
            Some(b',') if i < to => i += 1,
            Some(b'}') if i < to => return Ok(fields),
            _ => return Err("a field not followed by `,` or `}`".into()),
        }
    }
}

/// The span of the JSON string starting at `i` (quotes included).
fn json_string(b: &[u8], i: usize, to: usize) -> Option<(usize, usize)> {
    if b.get(i) != Some(&b'"') {
        return None;
    }
    let mut j = i + 1;
    while j < to {
        match b[j] {
            b'\\' => j += 2,
            b'"' => return Some((i, j + 1)),
            _ => j += 1,
        }
    }
    None
}

/// Past a number, literal, array or object starting at `i`.
fn skip_value(b: &[u8], mut i: usize, to: usize) -> Option<usize> {
    let mut depth = 0usize;
    while i < to {
        match b[i] {
            b'"' => i = json_string(b, i, to)?.1,
            b'{' | b'[' => {
                depth += 1;
                i += 1;
            }
            b'}' | b']' => {
                if depth == 0 {
                    return Some(i);
                }
                depth -= 1;
                i += 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            b',' if depth == 0 => return Some(i),
            _ => i += 1,
        }
    }
    (depth == 0).then_some(i)
}

/// The JSON string body `text[r]` unescaped, with a run at every point where text and source
/// stop advancing together.
fn unescape_json(text: &str, r: Raw) -> (String, Vec<(usize, usize)>) {
    let s = &text[r.start..r.end];
    let mut out = String::with_capacity(s.len());
    let mut runs = vec![(0, r.start)];
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else { break };
        let decoded = match e {
            'n' => Some('\n'),
            't' => Some('\t'),
            'r' => Some('\r'),
            'b' | 'f' => Some(' '),
            '"' | '\\' | '/' => Some(e),
            'u' => {
                let hex = |chars: &mut std::iter::Peekable<std::str::CharIndices>| -> Option<u32> {
                    let h: String = (0..4)
                        .filter_map(|_| chars.next().map(|(_, c)| c))
                        .collect();
                    u32::from_str_radix(&h, 16).ok()
                };
                let hi = hex(&mut chars);
                match hi {
                    Some(h) if (0xD800..0xDC00).contains(&h) => {
                        // a surrogate pair: `\ud83d\ude00`
                        let mut look = chars.clone();
                        let lo = (look.next().map(|x| x.1) == Some('\\')
                            && look.next().map(|x| x.1) == Some('u'))
                        .then(|| hex(&mut look))
                        .flatten();
                        match lo {
                            Some(l) if (0xDC00..0xE000).contains(&l) => {
                                chars = look;
                                char::from_u32(0x10000 + ((h - 0xD800) << 10) + (l - 0xDC00))
                            }
                            _ => Some('\u{FFFD}'),
                        }
                    }
                    Some(h) => char::from_u32(h).or(Some('\u{FFFD}')),
                    None => Some('\u{FFFD}'),
                }
            }
            other => Some(other),
        };
        let _ = i;
        if let Some(d) = decoded {
            // the escape maps to its first byte; what follows starts a new run
            runs.push((out.len(), r.start + i));
            out.push(d);
        }
        let next = chars.peek().map(|&(j, _)| j).unwrap_or(s.len());
        runs.push((out.len(), r.start + next));
    }
    (out, runs)
}

// ---- CSV ------------------------------------------------------------------------------------

/// Rows of a CSV file (RFC 4180: quoted fields may hold commas, `""` and line breaks), keyed
/// by the header row.
fn scan_csv(text: &str) -> Result<Scan, String> {
    let b = text.as_bytes();
    let mut i = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
    let mut rows: Vec<(Vec<Raw>, (usize, usize))> = Vec::new();
    let mut bad = Vec::new();
    while i < b.len() {
        match csv_row(b, i) {
            Ok((row, span, next)) => {
                rows.push((row, span));
                i = next;
            }
            Err(e) => {
                // the row is set aside by its line; reading goes on at the line after its start
                let line = 1 + b[..i].iter().filter(|&&c| c == b'\n').count();
                bad.push((line, e));
                i = b[i..]
                    .iter()
                    .position(|&c| c == b'\n')
                    .map_or(b.len(), |p| i + p + 1);
            }
        }
    }
    let mut rows = rows.into_iter();
    let (first, header_span) = rows.next().ok_or("an empty file")?;
    let header: Vec<String> = first
        .into_iter()
        .map(|r| unescape_csv(text, r).0.trim().to_string())
        .collect();
    if header.len() < 2 {
        return Err("a header of fewer than two columns".into());
    }
    let records = rows
        .filter(|(r, _)| !(r.len() == 1 && r[0].start == r[0].end))
        .map(|(r, span)| (header.iter().cloned().zip(r).collect(), span))
        .collect();
    Ok(Scan {
        header: Some(header_span),
        records,
        bad,
    })
}

/// A CSV row's fields, its byte span, and where the next row starts.
type CsvRow = (Vec<Raw>, (usize, usize), usize);

/// One row from byte `i`: its fields, its byte span and where the next row starts; `Err` when a
/// quote does not close, or text follows a closing quote (an unbalanced quote, most often).
fn csv_row(b: &[u8], mut i: usize) -> Result<CsvRow, String> {
    let row_start = i;
    let mut row_end;
    let mut row = Vec::new();
    loop {
        let (raw, next, end_of_row) = if b[i] == b'"' {
            let mut j = i + 1;
            loop {
                match b.get(j) {
                    None => {
                        return Err("a quoted field that does not end (an unbalanced quote)".into())
                    }
                    Some(b'"') if b.get(j + 1) == Some(&b'"') => j += 2,
                    Some(b'"') => break,
                    Some(_) => j += 1,
                }
            }
            let raw = Raw {
                start: i + 1,
                end: j,
            };
            row_end = j + 1;
            let mut k = j + 1;
            while k < b.len() && b[k] == b'\r' {
                k += 1;
            }
            match b.get(k) {
                Some(b',') => (raw, k + 1, false),
                Some(b'\n') => (raw, k + 1, true),
                None => (raw, k, true),
                Some(_) => return Err("text after a closing quote (an unbalanced quote)".into()),
            }
        } else {
            let end = b[i..]
                .iter()
                .position(|&c| c == b',' || c == b'\n')
                .map(|p| i + p)
                .unwrap_or(b.len());
            let raw_end = if end > i && b[end - 1] == b'\r' {
                end - 1
            } else {
                end
            };
            let eor = end >= b.len() || b[end] == b'\n';
            row_end = raw_end;
            (
                Raw {
                    start: i,
                    end: raw_end,
                },
                end + 1,
                eor,
            )
        };
        row.push(raw);
        i = next;
        if end_of_row || i >= b.len() {
            return Ok((row, (row_start, row_end), i));
        }
    }
}

/// A CSV field's text with `""` made `"`, and runs where the two part.
fn unescape_csv(text: &str, r: Raw) -> (String, Vec<(usize, usize)>) {
    let s = &text[r.start..r.end];
    let mut out = String::with_capacity(s.len());
    let mut runs = vec![(0, r.start)];
    let mut last = 0;
    for (i, _) in s.match_indices("\"\"") {
        if i < last {
            continue;
        }
        out.push_str(&s[last..i + 1]);
        last = i + 2;
        runs.push((out.len(), r.start + last));
    }
    out.push_str(&s[last..]);
    (out, runs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_lines_become_records_with_offsets_into_the_line() {
        let file = "{\"title\": \"报告\", \"year\": 2024, \"content\": \"第一段\\n全年增长5%\\u3002\", \"tags\": [\"a\", {\"b\": 1}]}\n{\"content\": \"二\"}\n";
        assert_eq!(count(file, false), Ok(2));
        let r = record(file, false, 1, None).unwrap();
        assert_eq!(r.text, "第一段\n全年增长5%。");
        assert_eq!(r.title.as_deref(), Some("报告"));
        // every character maps back to where it stands in the file
        let map = |pos: usize| {
            let k = r.runs.partition_point(|&(t, _)| t <= pos) - 1;
            r.runs[k].1 + (pos - r.runs[k].0)
        };
        let at = r.text.find("全年").unwrap();
        assert_eq!(&file[map(at)..map(at) + "全年".len()], "全年");
        assert!(record(file, false, 3, None).is_err());
    }

    #[test]
    fn csv_rows_with_quoted_line_breaks_and_quotes() {
        let file = "\u{FEFF}province,title,publish_date,full_text\r\n北京市,2026年报告,2026-02-02,\"下载\n他说\"\"好\"\"。增长5%\"\r\n上海市,t2,2026/1/5,正文二\n";
        assert_eq!(count(file, true), Ok(2));
        let r = record(file, true, 1, None).unwrap();
        assert_eq!(r.text, "下载\n他说\"好\"。增长5%");
        assert_eq!(r.date.as_deref(), Some("2026-02-02"));
        let map = |pos: usize| {
            let k = r.runs.partition_point(|&(t, _)| t <= pos) - 1;
            r.runs[k].1 + (pos - r.runs[k].0)
        };
        let at = r.text.find("增长").unwrap();
        assert_eq!(&file[map(at)..map(at) + "增长".len()], "增长");
        assert_eq!(
            record(file, true, 2, None).unwrap().date.as_deref(),
            Some("2026-01-05")
        );
        assert!(
            count("a,b\n1,2\n", true).is_err(),
            "a table of numbers is no archive of documents"
        );
    }

    #[test]
    fn issuer_and_a_spreadsheet_day_number_come_from_their_fields() {
        let file = "{\"Release Time\": \"41507\", \"Release Department\": \" State Forestry Administration\", \"Policy Title\": \"Opinions\", \"Policy Content\": \"正文\"}\n";
        let r = record(file, false, 1, None).unwrap();
        assert_eq!(r.date.as_deref(), Some("2013-08-21"));
        assert_eq!(r.issuer.as_deref(), Some("State Forestry Administration"));
        assert_eq!(r.title.as_deref(), Some("Opinions"));
        // One archive has one text field; another archive may name it otherwise.
        let file = "{\"release_office\": \"国务院\", \"date\": \"45122.04\", \"text\": \"二\"}\n";
        let r = record(file, false, 1, None).unwrap();
        assert_eq!(
            (r.date.as_deref(), r.issuer.as_deref()),
            (Some("2023-07-15"), Some("国务院"))
        );
        assert_eq!(iso_date("20240723"), None, "eight digits are no day number");
    }
}
