//! The document record: title, issue date, year, issuer, genre and 发文字号, read from the
//! normalised text's first and last lines.
use crate::extract::dates::explicit_years;
use crate::fact::DocRecord;
use crate::rules::Rules;
use regex::Regex;
use std::sync::LazyLock;

static FULL_DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:发布|印发|成文)?(?:日期|时间)[：:]\s*)?(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:印发|发布|印)?$").unwrap()
});
static META_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:发布日期|发布时间|时间|日期|发文日期|成文日期)[：:]\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})").unwrap()
});
/// A compact date in a heading (`《新闻联播》 (20230722)`).
static COMPACT_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[（(\s](19\d{2}|20\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[)）\s]?$").unwrap());
static DOC_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\p{Han}]{1,12}[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*\d{1,4}\s*号").unwrap()
});
static ISSUER_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\p{Han}（）()]{2,30}(?:办公室|政府|委员会|局|委|办|厅|部|中心|管委会|公司|集团|院)$").unwrap()
});
/// `发文机关：国务院` in a metadata block.
static ISSUER_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:发文机关|发布机构|发文单位)\s*[：:]\s*([\p{Han}、（）()]{2,40})").unwrap());
/// `来源：湖北日报` near the top of a page.
static SOURCE_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:信息来源|文章来源|来源)\s*[：:]\s*([^\s|｜：:【】]{2,30})").unwrap());
/// A report's subtitle with the day it was delivered (`——2026年1月27日在…人民代表大会…会议上`).
static DELIVERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[—\-－―(（\s]*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*在\p{Han}").unwrap()
});
/// A metadata line (`来源：…`, `索 引 号：…`) is never the title.
static LABEL_PREFIX: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[\p{Han}\s]{1,6}[：:]").unwrap());
static GENRE_HEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:督办通报|情况通报|通报|简报|通知|工作报告|政府工作报告|快报|专报)$").unwrap());

/// `page` is what the source said about itself (a web page's title and publish date), which
/// wins over what the text's lines suggest for the title and fills in a missing issue date.
pub fn build_record(text: &str, rules: &Rules, reference_year: Option<i32>, page: &crate::read::SourceMeta) -> DocRecord {
    // Only the head and the tail of a document carry its record; long texts are not walked whole.
    let mut lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).take(60).collect();
    if lines.len() == 60 {
        let mut tail: Vec<&str> = text.lines().rev().map(str::trim).filter(|l| !l.is_empty()).take(12).collect();
        tail.reverse();
        lines.extend(tail);
    }
    let compact = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let mut rec = DocRecord::default();

    // 发文字号
    rec.doc_number = lines.iter().take(40).find_map(|l| DOC_NUMBER.find(l).map(|m| compact(m.as_str())));

    // Issue date: a line that is only a full date, near the top or the bottom; else a meta line.
    let date_of = |l: &str| -> Option<(String, usize)> {
        let c = FULL_DATE_LINE.captures(l).or_else(|| META_DATE.captures(l))?;
        let (y, m, d) = (c[1].parse::<i32>().ok()?, c[2].parse::<u32>().ok()?, c[3].parse::<u32>().ok()?);
        if !(1..=12).contains(&m) || d == 0 || d > crate::extract::dates::days_in_month(y, m) {
            return None;
        }
        Some((format!("{y:04}-{m:02}-{d:02}"), 0))
    };
    let n = lines.len();
    let mut issued_at = None;
    // A line that is only a full date (under the issuer) is the document's own date; a report
    // is dated by the session it was delivered to; a web page's `时间：` line comes after both.
    for (i, l) in lines.iter().enumerate() {
        if (i < 12 || i + 8 >= n) && FULL_DATE_LINE.is_match(l) {
            if let Some((d, _)) = date_of(l) {
                rec.issued = Some(d);
                issued_at = Some(i);
                break;
            }
        }
    }
    if rec.issued.is_none() {
        // a report dated by the session it was delivered to
        rec.issued = lines.iter().take(12).find_map(|l| {
            let c = DELIVERED.captures(l)?;
            let (y, m, d) = (c[1].parse::<i32>().ok()?, c[2].parse::<u32>().ok()?, c[3].parse::<u32>().ok()?);
            ((1..=12).contains(&m) && d >= 1 && d <= crate::extract::dates::days_in_month(y, m)).then(|| format!("{y:04}-{m:02}-{d:02}"))
        });
    }
    if rec.issued.is_none() {
        for (i, l) in lines.iter().enumerate() {
            if i < 12 || i + 8 >= n {
                if let Some((d, _)) = date_of(l) {
                    rec.issued = Some(d);
                    issued_at = Some(i);
                    break;
                }
            }
        }
    }
    if rec.issued.is_none() {
        // a broadcast or page heading that carries its date compactly
        for l in lines.iter().take(2) {
            if let Some(c) = COMPACT_DATE.captures(l) {
                let (y, m, d) = (c[1].parse::<i32>().unwrap_or(0), c[2].parse::<u32>().unwrap_or(0), c[3].parse::<u32>().unwrap_or(0));
                if d <= crate::extract::dates::days_in_month(y, m) {
                    rec.issued = Some(format!("{y:04}-{m:02}-{d:02}"));
                    break;
                }
            }
        }
    }
    if let Some(i) = issued_at {
        if i > 0 && ISSUER_LINE.is_match(&compact(lines[i - 1])) {
            rec.issuer = Some(compact(lines[i - 1]));
        }
    }
    if rec.issuer.is_none() {
        rec.issuer = lines.iter().take(40).find_map(|l| ISSUER_LABEL.captures(l).map(|c| compact(&c[1])));
    }
    rec.source = page.source.clone().or_else(|| lines.iter().take(20).find_map(|l| SOURCE_LINE.captures(l).map(|c| c[1].to_string())));

    // Title: a subtitle line (——…) points at the line before it; a masthead such as 督办通报 yields
    // to a longer heading below it; navigation lines were dropped by normalisation.
    let head: Vec<&str> = lines.iter().take(12).copied().collect();
    let mut title = None;
    let is_heading = |l: &str| {
        let c = l.chars().count();
        (4..=60).contains(&c)
            && !l.ends_with(['。', '；', '：', ':', '，'])
            && FULL_DATE_LINE.find(l).is_none()
            && !LABEL_PREFIX.is_match(l)
            && !l.contains('。')
            && l.chars().filter(|c| (*c as u32) >= 0x4E00).count() >= 2
    };
    if let Some(k) = head.iter().take(6).position(|l| l.starts_with("——")) {
        // the heading above the subtitle, past a source or date line between them
        title = head[..k].iter().rev().take(3).copied().find(|l| is_heading(l)).map(str::to_string);
    }
    if title.is_none() {
        let first = head.iter().copied().find(|l| is_heading(l));
        if let Some(f) = first {
            // a genre word or the issuing office set above the real heading
            let masthead = GENRE_HEAD.is_match(&compact(f)) || ISSUER_LINE.is_match(&compact(f)) || compact(f).ends_with("文件");
            title = Some(f.to_string());
            if masthead {
                let better = head.iter().copied().skip_while(|l| *l != f).skip(1).find(|l| {
                    is_heading(l)
                        && l.chars().count() > 8
                        && ["通报", "通知", "报告", "意见", "方案", "决定", "公告", "纪要", "情况"].iter().any(|k| l.contains(k))
                });
                title = Some(better.unwrap_or(f).to_string());
            }
        }
    }
    rec.title = title.map(|t| t.trim_start_matches('#').trim().to_string()).map(|t| {
        let c = compact(&t);
        if c.chars().count() <= 8 { c } else { t }
    });

    if page.title.is_some() {
        rec.title = page.title.clone();
    }
    if rec.issued.is_none() {
        rec.issued = page.published.clone();
    }

    // Genre.
    let top: String = head.join("\n");
    let t = rec.title.clone().unwrap_or_default();
    rec.genre = if top.contains("督办通报") || top.contains("情况通报") || compact(&top).contains("督办通报") || t.contains("通报") {
        "bulletin"
    } else if t.contains("通知") || t.contains("任务分解") || t.contains("意见") || t.contains("方案") || t.contains("办法") {
        "notice"
    } else if t.contains("工作报告") || t.contains("报告") {
        "report"
    } else if {
        let head = &text[..text.char_indices().nth(3000).map(|(i, _)| i).unwrap_or(text.len())];
        ["记者", "通讯员", "本报讯", "新华社", "讯（"].iter().any(|w| head.contains(w)) || is_news_like(&lines)
    } {
        "news"
    } else {
        "other"
    };

    // Year.
    if let Some(d) = &rec.issued {
        rec.year = d[..4].parse().ok();
        rec.year_source = "issued";
    } else if let Some(y) = page.year {
        rec.year = Some(y);
        rec.year_source = "record";
    } else if let Some(y) = reference_year {
        rec.year = Some(y);
        rec.year_source = "reference-date";
    } else if let Some(y) = infer_year(text, rules) {
        rec.year = Some(y);
        rec.year_source = "inferred";
    } else {
        rec.year_source = "unknown";
    }
    rec
}

/// Several short headings between paragraphs and no signature: a news page.
fn is_news_like(lines: &[&str]) -> bool {
    let long = lines.iter().filter(|l| l.chars().count() > 60).count();
    let headings = lines.iter().filter(|l| (4..=20).contains(&l.chars().count()) && !l.ends_with('。')).count();
    long >= 3 && headings >= 2
}

/// The latest year the text speaks of as current: explicit years, leaving out those named as
/// targets (`到2025年`, `力争2025年`).
pub fn infer_year(text: &str, rules: &Rules) -> Option<i32> {
    let mut best: Option<i32> = None;
    for (pos, y) in explicit_years(text) {
        let before = text[..pos].trim_end();
        let tail: String = before.chars().rev().take(4).collect::<Vec<_>>().into_iter().rev().collect();
        if rules.target_year_cues.iter().any(|c| tail.ends_with(c.as_str())) {
            continue;
        }
        // A year followed by a target (`2025年，力争…`, `2025年达到`) is a target year too.
        let after: String = text[pos..].chars().skip(5).take(8).collect();
        if after.contains("力争") || after.contains("达到") || after.contains("将") || after.contains("目标") {
            continue;
        }
        best = Some(best.map_or(y, |b| b.max(y)));
    }
    best
}
