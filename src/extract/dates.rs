//! Dates and periods: a hand-written matcher tried at each place a date can start, resolving
//! years that the text leaves out against the context (sentence, paragraph, section heading)
//! and then the document year.
use super::cursor::{char_before, Cursor};
use super::Context;
use crate::fact::{Fact, Kind, Span};
use crate::numerals::parse_chinese;

/// A matched date before its year is resolved.
#[derive(Debug, Clone)]
struct Raw {
    start: usize,
    end: usize,
    /// Explicit year (or first year of a range of years).
    year: Option<i32>,
    year_end: Option<i32>,
    /// Year relative to the document year (`今年` 0, `去年` -1).
    rel_year: Option<i32>,
    shape: Shape,
    approx: Option<String>,
}

#[derive(Debug, Clone)]
enum Shape {
    Year,
    Months(u32, u32),
    /// Month and day range (`3月5日`, `3月5日至8日`).
    Day(u32, u32, u32),
    /// Part of a month: first day, last day (`中下旬` is 11..=31 clipped).
    MonthPart(u32, u32, u32, &'static str),
    Quarters(u32, u32),
    Half(u32),
    /// Fixed span of whole years (`“十四五”期间`).
    Years(i32, i32),
    Lunar(u32),
}

fn small_number(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse().ok();
    }
    parse_chinese(s).and_then(|d| if d.is_integer() { u32::try_from(d.mantissa).ok() } else { None })
}

fn is_num_char(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '两')
}

fn is_year_digit(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '〇' | '零' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九')
}

pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => {
            if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 {
                29
            } else {
                28
            }
        }
    }
}

fn ymd(y: i32, m: u32, d: u32) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

/// Tries a four-digit year followed by 年 at the cursor.
fn year_at(c: &mut Cursor) -> Option<i32> {
    let save = *c;
    let digits = c.eat_while(is_year_digit);
    let n = digits.chars().count();
    if n == 4 {
        let y = if digits.bytes().all(|b| b.is_ascii_digit()) { digits.parse().ok() } else { small_number(digits).map(|v| v as i32) };
        if let Some(y) = y.filter(|y| (1900..=2100).contains(y)) {
            let mut c2 = *c;
            c2.spaces();
            if c2.eat("年") {
                *c = c2;
                c.eat("度");
                return Some(y);
            }
        }
    }
    *c = save;
    None
}

/// Four-digit year without 年 (first half of `2016-2018年`).
fn bare_year_at(c: &mut Cursor) -> Option<i32> {
    let save = *c;
    let digits = c.eat_while(|ch| ch.is_ascii_digit());
    if digits.len() == 4 {
        if let Ok(y) = digits.parse::<i32>() {
            if (1900..=2100).contains(&y) {
                return Some(y);
            }
        }
    }
    *c = save;
    None
}

const RANGE_SEPS: &[&str] = &["至", "到", "-", "—", "~", "－", "–"];

/// Month, day and part-of-month shapes after an optional year.
fn month_shape(c: &mut Cursor) -> Option<Shape> {
    let save = *c;
    let m1 = small_number(c.eat_while(is_num_char)).filter(|m| (1..=12).contains(m));
    let Some(m1) = m1 else {
        *c = save;
        return None;
    };
    c.spaces();
    // Range of months: 1-3月, 1至3月.
    let mut after_m1 = *c;
    if after_m1.eat_any(RANGE_SEPS).is_some() {
        after_m1.spaces();
        if let Some(m2) = small_number(after_m1.eat_while(is_num_char)).filter(|m| (m1..=12).contains(m) && *m > m1) {
            after_m1.spaces();
            if after_m1.eat("月") && !after_m1.rest().starts_with("份额") {
                after_m1.eat("份");
                *c = after_m1;
                return Some(Shape::Months(m1, m2));
            }
        }
    }
    if !c.eat("月") {
        *c = save;
        return None;
    }
    let rest = c.rest();
    if rest.starts_with("份额") || rest.starts_with("薪") {
        *c = save;
        return None;
    }
    let after_month = *c;
    c.spaces();
    // Day.
    let mut cd = *c;
    if let Some(d) = small_number(cd.eat_while(is_num_char)).filter(|d| (1..=31).contains(d)) {
        cd.spaces();
        if cd.eat("日") || cd.eat("号") {
            *c = cd;
            return Some(Shape::Day(m1, d, d));
        }
    }
    let mut cp = *c;
    for (word, a, b, kind) in [
        ("上中旬", 1, 20, "period"),
        ("中下旬", 11, 31, "period"),
        ("上旬", 1, 10, "period"),
        ("中旬", 11, 20, "period"),
        ("下旬", 21, 31, "period"),
        ("初", 1, 1, "day"),
        ("底", 31, 31, "day"),
        ("末", 31, 31, "day"),
    ] {
        if cp.eat(word) {
            *c = cp;
            return Some(Shape::MonthPart(m1, a, b, kind));
        }
    }
    *c = after_month;
    c.eat("份");
    Some(Shape::Months(m1, m1))
}

/// Quarter and half-year shapes.
fn season_shape(c: &mut Cursor) -> Option<Shape> {
    let save = *c;
    if c.eat("首季") {
        c.eat("度");
        return Some(Shape::Quarters(1, 1));
    }
    if c.eat("上半年") {
        return Some(Shape::Half(1));
    }
    if c.eat("下半年") {
        return Some(Shape::Half(2));
    }
    if c.eat("前三季度") {
        return Some(Shape::Quarters(1, 3));
    }
    if c.eat("前两季度") || c.eat("前二季度") {
        return Some(Shape::Quarters(1, 2));
    }
    if c.eat("前") {
        let n = c.eat_while(is_num_char);
        if let Some(n) = small_number(n).filter(|n| (1..=11).contains(n)) {
            if c.eat("个月") {
                return Some(Shape::Months(1, n));
            }
        }
        *c = save;
        return None;
    }
    c.eat("第");
    let q = c.eat_char(|ch| matches!(ch, '一' | '二' | '三' | '四' | '1' | '2' | '3' | '4'));
    if let Some(q) = q {
        if c.eat("季度") {
            let n = small_number(&q.to_string()).unwrap_or(1);
            return Some(Shape::Quarters(n, n));
        }
    }
    *c = save;
    None
}

fn lunar_shape(c: &mut Cursor) -> Option<Shape> {
    let save = *c;
    if c.eat("正月") {
        if c.eat("初") {
            if let Some(d) = small_number(c.eat_while(is_num_char)).filter(|d| (1..=10).contains(d)) {
                return Some(Shape::Lunar(d));
            }
        } else if let Some(d) = small_number(c.eat_while(is_num_char)).filter(|d| (11..=30).contains(d)) {
            return Some(Shape::Lunar(d));
        }
    }
    *c = save;
    None
}

/// The five-year plan named at the cursor (`“十四五”期间`), as a span of years.
fn five_year_plan(c: &mut Cursor) -> Option<Shape> {
    let save = *c;
    let quoted = c.eat("“") || c.eat("\"");
    let n = c.eat_while(|ch| matches!(ch, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'));
    let Some(num) = n.strip_suffix('五').and_then(small_number) else {
        *c = save;
        return None;
    };
    let closed = if quoted { c.eat("”") || c.eat("\"") } else { false };
    let tail = c.eat("期间") || c.eat("时期") || c.eat("规划期");
    if !(3..=20).contains(&num) || !(closed || tail) {
        *c = save;
        return None;
    }
    let start = 1966 + 5 * (num as i32 - 3);
    Some(Shape::Years(start, start + 4))
}

/// Tries to match a date starting at byte `pos`.
fn match_at(text: &str, pos: usize, ctx: &Context) -> Option<Raw> {
    let rules = ctx.rules;
    // A date never starts inside a number or a Latin word.
    if let Some(b) = char_before(text, pos) {
        if b.is_ascii_alphanumeric() || b == '.' || (is_num_char(b) && text[pos..].starts_with(is_num_char)) {
            return None;
        }
    }
    let mut c = Cursor::new(text, pos);
    if let Some(shape) = five_year_plan(&mut c) {
        return Some(Raw { start: pos, end: c.pos, year: None, year_end: None, rel_year: None, shape, approx: None });
    }
    let mut year = None;
    let mut year_end = None;
    let mut rel_year = None;
    let mut rel_word = "";
    if let Some(y) = year_at(&mut c) {
        year = Some(y);
        // Range of years: 2016年到2018年.
        let mut c2 = c;
        c2.spaces();
        if c2.eat_any(RANGE_SEPS).is_some() {
            c2.spaces();
            if let Some(y2) = year_at(&mut c2).filter(|y2| *y2 > y) {
                year_end = Some(y2);
                c = c2;
            }
        }
    } else if let Some(y) = bare_year_at(&mut c) {
        // 2016-2018年
        let mut c2 = c;
        c2.spaces();
        if c2.eat_any(RANGE_SEPS).is_some() {
            c2.spaces();
            if let Some(y2) = year_at(&mut c2).filter(|y2| *y2 > y) {
                year = Some(y);
                year_end = Some(y2);
                c = c2;
            }
        }
        if year.is_none() {
            return None;
        }
    } else {
        for (w, off) in &rules.relative_years {
            if c.eat(w) {
                rel_year = Some(*off);
                rel_word = w;
                break;
            }
        }
    }
    let has_year = year.is_some() || rel_year.is_some();
    let after_year = c;
    c.spaces();
    let shape = if year_end.is_some() {
        Some(Shape::Year)
    } else if let Some(s) = season_shape(&mut c) {
        Some(s)
    } else if let Some(s) = lunar_shape(&mut c) {
        Some(s)
    } else if let Some(s) = month_shape(&mut c) {
        Some(s)
    } else {
        None
    };
    let shape = match shape {
        Some(s) => s,
        None => {
            c = after_year;
            if year.is_some() {
                Shape::Year
            } else if rel_year.is_some() {
                let standalone = rules.standalone_years.iter().any(|w| w == rel_word);
                if !standalone && !c.rest().starts_with("以来") {
                    return None;
                }
                if c.rest().starts_with("同期") {
                    c.eat("同期");
                }
                Shape::Year
            } else {
                return None;
            }
        }
    };
    if !has_year && matches!(shape, Shape::Lunar(_)) {
        // 正月初四 without a year still resolves against the context year.
    }
    // Qualifier after the date.
    let mut approx = None;
    if let Shape::MonthPart(_, _, _, "day") = shape {
        let w = &text[..c.pos];
        approx = ["初", "底", "末"].iter().find(|s| w.ends_with(*s)).map(|s| s.to_string());
    }
    let mut ca = c;
    if let Some(w) = ca.eat_any(&rules.date_approx_after) {
        // `前` and `后` only qualify a day (`3月5日前`); `以来` any date.
        let ok = match w {
            "以来" => true,
            "前" | "以前" | "之前" | "后" | "以后" | "之后" => matches!(shape, Shape::Day(..)),
            _ => false,
        };
        if ok && approx.is_none() {
            approx = Some(w.to_string());
            c = ca;
        }
    }
    // Durations and non-dates: `5个月内`, `2020年底前` stays a date.
    Some(Raw { start: pos, end: c.pos, year, year_end, rel_year, shape, approx })
}

/// A cheap look at what follows a common character before the full matcher runs: `上`, `下`,
/// `前`, `第` and `一` start dates only in a few combinations.
fn plausible_start(c: char, rest: &str) -> bool {
    let next = rest.chars().next();
    match c {
        '上' | '下' => rest.starts_with("半年") || rest.starts_with('年'),
        '前' => rest.starts_with('年') || next.is_some_and(|n| n.is_ascii_digit() || "两二三四五六七八九十".contains(n)),
        '第' => next.is_some_and(|n| "一二三四1234".contains(n)),
        '当' | '本' | '今' | '去' | '明' => rest.starts_with('年'),
        '首' => rest.starts_with('季'),
        '正' => rest.starts_with('月'),
        '“' | '"' => next.is_some_and(|n| "一二三四五六七八九十".contains(n)),
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '〇' => {
            rest.chars().take(4).any(|n| matches!(n, '年' | '月' | '季' | '五' | '〇' | '零' | '一' | '二' | '三' | '四' | '六' | '七' | '八' | '九' | '十'))
        }
        _ => true,
    }
}

/// Finds every date in the text. `ctx` gives the document year and the context years.
pub fn find_dates(ctx: &Context) -> Vec<Fact> {
    let text = ctx.text;
    let mut out = Vec::new();
    let mut pos = 0;
    let bytes = text.as_bytes();
    while pos < text.len() {
        let c = text[pos..].chars().next().unwrap_or(' ');
        let candidate = c.is_ascii_digit()
            || matches!(c, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '〇' | '今' | '去' | '明' | '前' | '本' | '当' | '上' | '下' | '首' | '第' | '正' | '“' | '"');
        if candidate && plausible_start(c, &text[pos + c.len_utf8()..]) {
            if let Some(raw) = match_at(text, pos, ctx) {
                if let Some(f) = resolve(&raw, ctx) {
                    out.push(f);
                    pos = raw.end;
                    continue;
                }
            }
        }
        // advance one character (skip over a whole run of ASCII digits so "12345" is tried once)
        if c.is_ascii_digit() {
            while pos < text.len() && bytes[pos].is_ascii_digit() {
                pos += 1;
            }
        } else {
            pos += c.len_utf8();
        }
    }
    out
}

fn resolve(raw: &Raw, ctx: &Context) -> Option<Fact> {
    let year = match (raw.year, raw.rel_year) {
        (Some(y), _) => y,
        (None, Some(off)) => ctx.doc_year? + off,
        (None, None) => ctx.context_year(raw.start)?,
    };
    let (start, end, grain) = match raw.shape {
        Shape::Year => (ymd(year, 1, 1), ymd(raw.year_end.unwrap_or(year), 12, 31), "year"),
        Shape::Years(a, b) => (ymd(a, 1, 1), ymd(b, 12, 31), "period"),
        Shape::Months(a, b) => (ymd(year, a, 1), ymd(year, b, days_in_month(year, b)), "month"),
        Shape::Day(m, d1, d2) => {
            if d2 > days_in_month(year, m) {
                return None;
            }
            (ymd(year, m, d1), ymd(year, m, d2), "day")
        }
        Shape::MonthPart(m, a, b, g) => {
            let last = days_in_month(year, m);
            (ymd(year, m, a.min(last)), ymd(year, m, b.min(last)), g)
        }
        Shape::Quarters(a, b) => {
            let em = b * 3;
            (ymd(year, (a - 1) * 3 + 1, 1), ymd(year, em, days_in_month(year, em)), "quarter")
        }
        Shape::Half(h) => {
            if h == 1 {
                (ymd(year, 1, 1), ymd(year, 6, 30), "half")
            } else {
                (ymd(year, 7, 1), ymd(year, 12, 31), "half")
            }
        }
        Shape::Lunar(d) => {
            let (m, day) = *ctx.rules.spring_festival.get(&year)?;
            let mut m = m;
            let mut day = day + d - 1;
            while day > days_in_month(year, m) {
                day -= days_in_month(year, m);
                m += 1;
            }
            (ymd(year, m, day), ymd(year, m, day), "day")
        }
    };
    let text = &ctx.text[raw.start..raw.end];
    let mut f = Fact::new(Kind::Date, text, raw.start, raw.end);
    f.date = Some(Span { start, end });
    f.grain = Some(grain);
    f.approx = raw.approx.clone();
    Some(f)
}

/// Explicit four-digit years (`2024年`) with their byte offsets, for context resolution.
pub fn explicit_years(text: &str) -> Vec<(usize, i32)> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i - start != 4 {
            continue;
        }
        let mut j = i;
        while j < b.len() && b[j] == b' ' {
            j += 1;
        }
        if text[j..].starts_with('年') {
            if let Ok(y) = text[start..i].parse::<i32>() {
                if (1900..=2100).contains(&y) {
                    out.push((start, y));
                }
            }
        }
    }
    out
}
