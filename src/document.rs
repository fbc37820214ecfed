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
static COMPACT_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[（(\s](19\d{2}|20\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[)）\s]?$").unwrap()
});
static DOC_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\p{Han}]{1,12}[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*\d{1,4}\s*号").unwrap()
});
static ISSUER_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[\p{Han}（）()]{2,30}(?:办公室|政府|委员会|局|委|办|厅|部|中心|管委会|公司|集团|院)$",
    )
    .unwrap()
});
/// `发文机关：国务院` in a metadata block.
static ISSUER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:发文机关|发布机构|发文单位)\s*[：:]\s*([\p{Han}、（）()]{2,40})").unwrap()
});
/// `来源：湖北日报` near the top of a page.
static SOURCE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:信息来源|文章来源|来源)\s*[：:]\s*([^\s|｜：:【】]{2,30})").unwrap()
});
/// A report's subtitle with the day it was delivered (`——2026年1月27日在…人民代表大会…会议上`).
static DELIVERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[—\-－―(（\s]*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*在\p{Han}")
        .unwrap()
});
/// The same with the speaker before `在` (`2025年1月14日海南省省长 刘小明在…会议上`) or a source
/// before the date (`来源：江西省人民政府2025年1月17日在…会议上`): the session must be named.
static DELIVERED_AT_SESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[^。；，\n]{0,24}?在[^。；\n]{0,40}?(?:人民代表大会|代表大会|会议)").unwrap()
});
/// A date line in Chinese numerals under the issuer (`二○一二年一月九日`).
static CHINESE_DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日$").unwrap()
});
/// A date in a file name (`20240723.md`, `简报_2024-07-23.txt`).
static NAME_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^\d])(19\d{2}|20\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?:[^\d]|$)",
    )
    .unwrap()
});
/// A metadata line (`来源：…`, `索 引 号：…`) is never the title.
static LABEL_PREFIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\p{Han}\s]{1,6}[：:]").unwrap());
static GENRE_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:督办通报|情况通报|通报|简报|通知|工作报告|政府工作报告|快报|专报)$").unwrap()
});

/// `page` is what the source said about itself (a web page's title and publish date, an archive
/// record's fields), which wins over what the text's lines suggest for the title and issuer and
/// fills in a missing issue date; `name` is the file's name or path, whose date comes last.
pub fn build_record(
    text: &str,
    rules: &Rules,
    reference_year: Option<i32>,
    page: &crate::read::SourceMeta,
    name: &str,
) -> DocRecord {
    // Only the head and the tail of a document carry its record; long texts are not walked whole.
    let mut lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(60)
        .collect();
    if lines.len() == 60 {
        let mut tail: Vec<&str> = text
            .lines()
            .rev()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .take(12)
            .collect();
        tail.reverse();
        lines.extend(tail);
    }
    let compact = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let mut rec = DocRecord::default();

    // 发文字号
    // (each pattern is tried only on lines holding a character it needs: a line can be a long
    // paragraph, and most are none of these)
    rec.doc_number = lines
        .iter()
        .take(40)
        .filter(|l| l.contains('号'))
        .find_map(|l| DOC_NUMBER.find(l).map(|m| compact(m.as_str())));

    // Issue date: a line that is only a full date, near the top or the bottom; else a meta line.
    let date_of = |l: &str| -> Option<(String, usize)> {
        if let Some(d) = chinese_date_line(l) {
            return Some((d, 0));
        }
        if !l.contains('年') && !l.contains('：') && !l.contains(':') {
            return None;
        }
        let c = FULL_DATE_LINE
            .captures(l)
            .or_else(|| META_DATE.captures(l))?;
        let (y, m, d) = (
            c[1].parse::<i32>().ok()?,
            c[2].parse::<u32>().ok()?,
            c[3].parse::<u32>().ok()?,
        );
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
        if (i < 12 || i + 8 >= n) && (FULL_DATE_LINE.is_match(l) || CHINESE_DATE_LINE.is_match(l)) {
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
            if !l.contains('年') {
                return None;
            }
            let c = DELIVERED
                .captures(l)
                .or_else(|| DELIVERED_AT_SESSION.captures(l))?;
            let (y, m, d) = (
                c[1].parse::<i32>().ok()?,
                c[2].parse::<u32>().ok()?,
                c[3].parse::<u32>().ok()?,
            );
            ((1..=12).contains(&m) && d >= 1 && d <= crate::extract::dates::days_in_month(y, m))
                .then(|| format!("{y:04}-{m:02}-{d:02}"))
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
                let (y, m, d) = (
                    c[1].parse::<i32>().unwrap_or(0),
                    c[2].parse::<u32>().unwrap_or(0),
                    c[3].parse::<u32>().unwrap_or(0),
                );
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
        rec.issuer = lines
            .iter()
            .take(40)
            .filter(|l| l.contains('发'))
            .find_map(|l| ISSUER_LABEL.captures(l).map(|c| compact(&c[1])));
    }
    rec.source = page.source.clone().or_else(|| {
        lines
            .iter()
            .take(20)
            .find_map(|l| SOURCE_LINE.captures(l).map(|c| c[1].to_string()))
    });

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
            && !rules.title_not.iter().any(|w| l.contains(w.as_str()))
    };
    if let Some(k) = head.iter().take(6).position(|l| l.starts_with("——")) {
        // the heading above the subtitle, past a source or date line between them
        title = head[..k]
            .iter()
            .rev()
            .take(3)
            .copied()
            .find(|l| is_heading(l))
            .map(str::to_string);
    }
    if title.is_none() {
        let first = head.iter().position(|l| is_heading(l));
        let joined = first.and_then(|k| joined_title(&head[k..], rules));
        let run_in = head[..first.unwrap_or(head.len())]
            .iter()
            .take(4)
            .find_map(|l| title_run_in(l, rules));
        if joined.is_some() || run_in.is_some() {
            title = run_in.or(joined);
        } else if let Some(f) = first.map(|k| head[k]) {
            // a genre word or the issuing office set above the real heading
            let masthead = GENRE_HEAD.is_match(&compact(f))
                || ISSUER_LINE.is_match(&compact(f))
                || compact(f).ends_with("文件");
            title = Some(f.to_string());
            if masthead {
                let better = head
                    .iter()
                    .copied()
                    .skip_while(|l| *l != f)
                    .skip(1)
                    .find(|l| {
                        is_heading(l)
                            && l.chars().count() > 8
                            && [
                                "通报", "通知", "报告", "意见", "方案", "决定", "公告", "纪要",
                                "情况",
                            ]
                            .iter()
                            .any(|k| l.contains(k))
                    });
                title = Some(better.unwrap_or(f).to_string());
            }
        }
    }
    rec.title = title
        .map(|t| t.trim_start_matches('#').trim().to_string())
        .map(|t| {
            let c = compact(&t);
            if c.chars().count() <= 8 {
                c
            } else {
                t
            }
        });

    if page.title.is_some() {
        rec.title = page.title.clone();
    }
    // (an excerpt that opens with a numbered section heading, `（五）着力抓项目…`, is a part of the
    // document its file name names, `2026年浙江省政府工作报告`: that says its year, genre and place)
    let mut titled_by_name = false;
    let sectioned = rec.title.as_deref().is_some_and(|t| {
        crate::extract::structure::numbered_level(t.trim_start_matches('#').trim()).is_some()
    });
    if rec.title.is_none() || sectioned {
        if let Some(t) = title_from_name(name, rules) {
            rec.title = Some(t);
            titled_by_name = true;
        }
    }
    if rec.issued.is_none() {
        rec.issued = page.published.clone().or_else(|| date_in_name(name));
    }
    if page.issuer.is_some() {
        rec.issuer = page.issuer.clone();
    }

    // Genre.
    let top: String = head.join("\n");
    let t = rec.title.clone().unwrap_or_default();
    let titled = |words: &[String]| words.iter().any(|w| t.contains(w.as_str()));
    rec.genre = if top.contains("督办通报")
        || top.contains("情况通报")
        || compact(&top).contains("督办通报")
        || titled(&rules.genre_bulletin)
    {
        "bulletin"
    } else if titled(&rules.genre_notice) {
        "notice"
    } else if titled(&rules.genre_report) {
        "report"
    } else if {
        let head = &text[..text
            .char_indices()
            .nth(3000)
            .map(|(i, _)| i)
            .unwrap_or(text.len())];
        ["记者", "通讯员", "本报讯", "新华社", "讯（"]
            .iter()
            .any(|w| head.contains(w))
            || is_news_like(&lines)
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
    } else if let Some(y) = rec
        .title
        .as_deref()
        .filter(|_| titled_by_name)
        .and_then(year_named)
    {
        // (a name that says whose report of which year outweighs a guess from the years it
        // mentions: a five-year review's latest year is not the report's)
        rec.year = Some(y);
        rec.year_source = "file name";
    } else if let Some(y) = infer_year(text, rules) {
        rec.year = Some(y);
        rec.year_source = "inferred";
    } else {
        rec.year_source = "unknown";
    }
    rec
}

/// `二○一二年一月九日` (also with `〇` or `零`) as `YYYY-MM-DD`.
fn chinese_date_line(l: &str) -> Option<String> {
    let c = CHINESE_DATE_LINE.captures(l)?;
    let digit = |ch: char| {
        "〇一二三四五六七八九"
            .chars()
            .position(|d| d == ch)
            .or_else(|| "○零".contains(ch).then_some(0))
    };
    let y = c[1]
        .chars()
        .try_fold(0i32, |acc, ch| Some(acc * 10 + digit(ch)? as i32))?;
    let small = |s: &str| {
        crate::numerals::parse_chinese(s)
            .filter(|v| v.is_integer())
            .map(|v| v.mantissa)
    };
    let (m, d) = (small(&c[2])? as u32, small(&c[3])? as u32);
    ((1..=12).contains(&m) && d >= 1 && d <= crate::extract::dates::days_in_month(y, m))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// The date a file's name carries (`20240723.md`, `会议纪要2024-07-23.txt`).
fn date_in_name(name: &str) -> Option<String> {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let c = NAME_DATE.captures(file)?;
    let (y, m, d) = (
        c[1].parse::<i32>().ok()?,
        c[2].parse::<u32>().ok()?,
        c[3].parse::<u32>().ok()?,
    );
    (d <= crate::extract::dates::days_in_month(y, m)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// The title a file's name gives a text that names none: a part of a Chinese name that ends like
/// a title (`2025年湖北省政府工作报告.txt`, `…办法的通知_余府发2012-3号.txt`), or a Latin name read
/// word by word through `[file_name]` (`hubei_2025_report.txt` → `2025年湖北省政府工作报告`).
fn title_from_name(name: &str, rules: &Rules) -> Option<String> {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = file.split('#').next().unwrap_or(file);
    let stem = stem
        .rsplit_once('.')
        .filter(|(_, ext)| {
            (1..=5).contains(&ext.len()) && ext.chars().all(|c| c.is_ascii_alphanumeric())
        })
        .map_or(stem, |(s, _)| s);
    let han = |s: &str| {
        s.chars()
            .filter(|&c| crate::extract::cursor::is_han(c))
            .count()
    };
    if han(stem) > 0 {
        let titled = |part: &&str| {
            han(part) >= 4
                && rules
                    .title_endings
                    .iter()
                    .any(|e| part.ends_with(e.as_str()))
        };
        return stem
            .split(['_', ' ', '　'])
            .find(titled)
            .map(str::to_string);
    }
    let words: Vec<String> = stem
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    fn named<'r>(words: &[String], table: &'r [(String, String)]) -> Option<&'r str> {
        words.iter().find_map(|w| {
            table
                .iter()
                .find(|(latin, _)| latin == w)
                .map(|(_, zh)| zh.as_str())
        })
    }
    let what = named(&words, &rules.name_words)?;
    let year = words.iter().find(|w| {
        w.len() == 4
            && (w.starts_with("19") || w.starts_with("20"))
            && w.chars().all(|c| c.is_ascii_digit())
    });
    let year = year.map(|y| format!("{y}年")).unwrap_or_default();
    Some(format!(
        "{year}{}{what}",
        named(&words, &rules.name_places).unwrap_or("")
    ))
}

/// The year a title opens with or names (`2025年湖北省政府工作报告` → 2025).
fn year_named(title: &str) -> Option<i32> {
    explicit_years(title).into_iter().map(|(_, y)| y).next()
}

/// A heading broken over two or three short lines (a PDF's cover: `上海市普陀区规划和自然` /
/// `资源局` / `2024 年度部门决算目 录`), joined when only the lines together end like a title.
fn joined_title(lines: &[&str], rules: &Rules) -> Option<String> {
    let ends = |s: &str| rules.title_endings.iter().any(|e| s.ends_with(e.as_str()));
    if ends(lines[0]) {
        return None;
    }
    let mut joined = lines[0].to_string();
    for l in lines.iter().skip(1).take(2) {
        // a masthead, a 发文字号 or a date line between two headings is no part of either
        let furniture = |x: &str| {
            x.ends_with("文件")
                || DOC_NUMBER.is_match(x)
                || FULL_DATE_LINE.is_match(x)
                || GENRE_HEAD.is_match(x)
        };
        // (a `关于…` line is a whole title under its issuer's masthead)
        if l.chars().count() > 30
            || l.contains(['。', '，', '：', ':', '；'])
            || l.starts_with("关于")
            || furniture(l)
            || furniture(lines[0])
        {
            return None;
        }
        joined.push_str(l);
        let trailing = rules
            .title_trailing
            .iter()
            .find(|t| joined.ends_with(t.as_str()));
        if let Some(t) = trailing {
            joined.truncate(joined.len() - t.len());
        }
        if ends(joined.trim_end()) {
            return Some(without_layout_spaces(joined.trim_end()));
        }
    }
    None
}

/// A PDF's spaces around Chinese characters (`2024 年度`, `上海市 XX 局`) are layout, not text.
fn without_layout_spaces(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let han = |k: usize| {
        chars
            .get(k)
            .is_some_and(|c| crate::extract::cursor::is_han(*c))
    };
    let mut out = String::with_capacity(s.len());
    for (k, &c) in chars.iter().enumerate() {
        if c == ' ' && (k > 0 && han(k - 1) || han(k + 1)) {
            continue;
        }
        out.push(c);
    }
    out
}

/// `海口市水务局关于…的公告海口市水务局…`: a title run into the text after it, cut after the
/// first title ending that follows `关于`.
fn title_run_in(l: &str, rules: &Rules) -> Option<String> {
    // an issuer's name before 关于, not a sentence citing a document (`按照《…关于…的通知》`)
    let about = l.find("关于").filter(|&p| {
        (2..=30).contains(&l[..p].chars().count())
            && l[..p].chars().all(crate::extract::cursor::is_han)
    })?;
    let end = rules
        .title_endings
        .iter()
        .filter_map(|e| {
            l[about..]
                .find(&format!("的{e}"))
                .map(|k| about + k + "的".len() + e.len())
        })
        .min()?;
    (end < l.len() && l[..end].chars().count() <= 100).then(|| l[..end].to_string())
}

/// Several short headings between paragraphs and no signature: a news page.
fn is_news_like(lines: &[&str]) -> bool {
    let long = lines.iter().filter(|l| l.chars().count() > 60).count();
    let headings = lines
        .iter()
        .filter(|l| (4..=20).contains(&l.chars().count()) && !l.ends_with('。'))
        .count();
    long >= 3 && headings >= 2
}

/// The latest year the text speaks of as current: explicit years, leaving out those named as
/// targets (`到2025年`, `力争2025年`); a year under review (`2024年工作回顾`, `刚刚过去的2024年`)
/// speaks of the year before the current one.
pub fn infer_year(text: &str, rules: &Rules) -> Option<i32> {
    let mut best: Option<i32> = None;
    for (pos, y) in explicit_years(text) {
        let before = text[..pos].trim_end();
        let tail: String = before
            .chars()
            .rev()
            .take(4)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if rules
            .target_year_cues
            .iter()
            .any(|c| tail.ends_with(c.as_str()))
        {
            continue;
        }
        // A year followed by a target (`2025年，力争…`, `2025年达到`) is a target year too.
        let after: String = text[pos..].chars().skip(5).take(8).collect();
        if after.contains("力争")
            || after.contains("达到")
            || after.contains("将")
            || after.contains("目标")
        {
            continue;
        }
        let y = if under_review(text, pos, rules) {
            y + 1
        } else {
            y
        };
        best = Some(best.map_or(y, |b| b.max(y)));
    }
    best
}

/// Whether the year at `pos` is one a review looks back on: named in a review heading
/// (`一、2024年工作回顾`), opening the first line under one (`一、过去一年工作回顾` / `2024年是…`),
/// or after a word of the past (`刚刚过去的2024年`). Headings are short lines, so only a few
/// characters either side are ever looked at.
fn under_review(text: &str, pos: usize, rules: &Rules) -> bool {
    if rules
        .past_years
        .iter()
        .any(|(w, off)| *off == -1 && text[..pos].ends_with(w.as_str()))
    {
        return true;
    }
    let is_review_heading = |l: &str| {
        rules
            .review_heading_words
            .iter()
            .any(|w| l.contains(w.as_str()))
    };
    if let Some(line) = short_line_around(text, pos) {
        if is_review_heading(line) {
            return true;
        }
    }
    // the year opens its line, and the line above (blank lines skipped) is a review heading
    let before = text[..pos].trim_end_matches([' ', '\t', '\u{3000}']);
    if !(before.is_empty() || before.ends_with('\n')) {
        return false;
    }
    let above = before.trim_end();
    !above.is_empty() && short_line_around(above, above.len()).is_some_and(is_review_heading)
}

/// The line holding byte `pos` when it is a heading's length (at most 30 characters), else None.
fn short_line_around<'t>(text: &'t str, pos: usize) -> Option<&'t str> {
    const MAX: usize = 30;
    let back: Vec<(usize, char)> = text[..pos]
        .char_indices()
        .rev()
        .take(MAX + 1)
        .take_while(|&(_, c)| c != '\n')
        .collect();
    if back.len() > MAX {
        return None;
    }
    let start = back.last().map_or(pos, |&(i, _)| i);
    let ahead = text[pos..]
        .char_indices()
        .take(MAX + 1)
        .find(|&(_, c)| c == '\n')
        .map(|(i, _)| pos + i);
    let end = match ahead {
        Some(e) => e,
        None if text[pos..].chars().take(MAX + 1).count() <= MAX => text.len(),
        None => return None,
    };
    let line = &text[start..end];
    (line.trim().chars().count() <= MAX).then_some(line)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::SourceMeta;

    fn record(text: &str, name: &str) -> DocRecord {
        build_record(text, &Rules::embedded(), None, &SourceMeta::default(), name)
    }

    #[test]
    fn a_date_line_in_chinese_numerals_under_the_issuer() {
        for (line, want) in [
            ("二○一二年一月九日", "2012-01-09"),
            ("二〇二三年十二月三十一日", "2023-12-31"),
            ("二零零八年五月二十日", "2008-05-20"),
        ] {
            let r = record(&format!("青溪县人民政府关于做好防汛工作的通知\n各乡镇：\n请认真落实。\n青溪县人民政府\n{line}\n"), "a.txt");
            assert_eq!(r.issued.as_deref(), Some(want), "{line}");
            assert_eq!(r.issuer.as_deref(), Some("青溪县人民政府"));
        }
        assert_eq!(record("通知\n二〇二三年二月三十日\n", "a.txt").issued, None);
    }

    #[test]
    fn a_report_dated_by_its_session_with_the_speaker_or_source_between() {
        for head in ["——2025年1月14日某某省省长 张三在某某省第七届人民代表大会第四次会议上的讲话", "来源：某某省人民政府2025年1月17日在某某省第十四届人民代表大会第三次会议上省长作政府工作报告。"] {
            let r = record(&format!("2025年某某省政府工作报告\n{head}\n各位代表：\n"), "r.txt");
            assert!(r.issued.as_deref().is_some_and(|d| d.starts_with("2025-01-1")), "{head}: {:?}", r.issued);
            assert_eq!(r.genre, "report");
        }
    }

    #[test]
    fn a_text_that_names_no_title_is_named_by_its_file() {
        let excerpt = "（一）狠抓重大项目建设。建成投产260个亿元以上产业项目。\n";
        for name in [
            "txt/2025年某某省政府工作报告.txt",
            "guizhou_2025_report.txt",
            "report-guizhou-2025-projects.txt",
        ] {
            let r = record(excerpt, name);
            assert!(
                r.title
                    .as_deref()
                    .is_some_and(|t| t.starts_with("2025年") && t.ends_with("政府工作报告")),
                "{name}: {:?}",
                r.title
            );
            assert_eq!(
                (r.year, r.year_source, r.genre),
                (Some(2025), "file name", "report"),
                "{name}"
            );
        }
        assert_eq!(
            record(excerpt, "guizhou_2025_report.txt").title.as_deref(),
            Some("2025年贵州省政府工作报告")
        );
        // the name's year outweighs the years the text mentions (a five-year review's last)
        let review =
            "五年来，全省地区生产总值连跨3个千亿级台阶，2025年人均生产总值提升至7.6万元。\n";
        let r = record(review, "report_hainan_2026_fiveyear.txt");
        assert_eq!((r.year, r.year_source), (Some(2026), "file name"));
        assert_eq!(
            record(excerpt, "关于绿色建筑管理办法的通知_余府发2012-3号.txt")
                .title
                .as_deref(),
            Some("关于绿色建筑管理办法的通知")
        );
        // a name that says nothing of the document, or a text with a title of its own
        for name in [
            "000_2b2b7f21fee463d6.txt",
            "guizhou_2025_projects.txt",
            "湖北材料.txt",
        ] {
            assert_eq!(record(excerpt, name).title, None, "{name}");
        }
        let own = record(
            "某某县2024年工作总结\n过去一年，全县生产总值增长5%。\n",
            "report_2025.txt",
        );
        assert_eq!(
            (own.title.as_deref(), own.year_source),
            (Some("某某县2024年工作总结"), "inferred")
        );
        // a numbered section heading opening an excerpt is no title: the name says whose
        // document of which year it is a part of
        let part = record(
            "（五）着力抓项目优投资促招商\n突出抓好产业投资。安排重大项目1678个。\n",
            "report_zhejiang_2026_invest.txt",
        );
        assert_eq!(
            (part.title.as_deref(), part.year, part.genre),
            (Some("2026年浙江省政府工作报告"), Some(2026), "report")
        );
    }

    #[test]
    fn a_dated_file_name_dates_a_document_that_states_nothing() {
        assert_eq!(
            record("今天上午，全市召开会议。\n", "news/20240723.md")
                .issued
                .as_deref(),
            Some("2024-07-23")
        );
        assert_eq!(
            record("今天上午，全市召开会议。\n", "纪要_2024-07-23.txt")
                .issued
                .as_deref(),
            Some("2024-07-23")
        );
        assert_eq!(
            record("今天上午，全市召开会议。\n", "20241345.md").issued,
            None
        );
    }

    #[test]
    fn citation_lines_are_never_the_title_and_genres_follow_the_title() {
        let r = record("【法宝引证码】 CLI.12.123456\n原文链接：https://example.org/a.html\n青溪县水务局关于河道清淤工程审批结果的公告\n", "a.txt");
        assert_eq!(
            r.title.as_deref(),
            Some("青溪县水务局关于河道清淤工程审批结果的公告")
        );
        assert_eq!(r.genre, "notice");
        let r = record("【法宝引证码】 CLI.12.1\n青溪县水务局关于河道清淤工程审批结果的公告青溪县水务局根据有关规定作出如下决定，现予公告。\n", "a.txt");
        assert_eq!(
            r.title.as_deref(),
            Some("青溪县水务局关于河道清淤工程审批结果的公告")
        );
    }

    #[test]
    fn a_heading_broken_over_lines_is_joined() {
        let r = record(
            "青溪县自然资源和\n规划局\n2024 年度部门决算目 录\n第一部分 概况\n",
            "a.pdf",
        );
        assert_eq!(
            r.title.as_deref(),
            Some("青溪县自然资源和规划局2024年度部门决算")
        );
        assert_eq!(r.genre, "report");
        let r = record(
            "青溪县人民政府文件\n青政发〔2024〕3号\n关于印发工作方案的通知\n",
            "a.txt",
        );
        assert_eq!(r.title.as_deref(), Some("关于印发工作方案的通知"));
        let r = record("青溪县财政局\n关于一季度财政收支情况的报告\n", "a.txt");
        assert_eq!(r.title.as_deref(), Some("关于一季度财政收支情况的报告"));
    }

    #[test]
    fn an_archive_record_names_the_issuer() {
        let page = SourceMeta {
            issuer: Some("国务院办公厅".into()),
            ..SourceMeta::default()
        };
        let r = build_record(
            "关于做好某项工作的复函\n正文。\n",
            &Rules::embedded(),
            None,
            &page,
            "a.jsonl",
        );
        assert_eq!(
            (r.issuer.as_deref(), r.genre),
            (Some("国务院办公厅"), "notice")
        );
    }
}
