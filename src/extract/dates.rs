//! Dates and periods: a hand-written matcher tried at each place a date can start, resolving
//! years that the text leaves out against the context (sentence, paragraph, section heading)
//! and then the document year.
use super::cursor::{before_trimmed, char_at, char_before, ends_with_word, Cursor, ThreeByteSet};
use super::Context;
use crate::fact::{Fact, Kind, Span};
use crate::numerals::parse_chinese;
use crate::rules::Rules;

/// A matched date before its year is resolved.
#[derive(Debug, Clone)]
struct Raw {
    start: usize,
    end: usize,
    /// Explicit year (or first year of a range of years).
    year: Option<i32>,
    /// Explicit year of a range's end (`2016年到2018年`, `2023年5月至2024年3月`).
    year_end: Option<i32>,
    /// Year relative to the document year (`今年` 0, `去年` -1).
    rel_year: Option<i32>,
    shape: Shape,
    approx: Option<String>,
}

#[derive(Debug, Clone)]
enum Shape {
    Year,
    /// First and last month (`1-3月`, `5月-10月`; the last in `year_end` when it has one).
    Months(u32, u32),
    /// Month and day (`3月5日`).
    Day(u32, u32),
    /// Span of days: first month and day, last month and day (`6月1日至30日`).
    Days(u32, u32, u32, u32),
    /// Part of a month: first day, last day (`中下旬` is 11..=31 clipped).
    MonthPart(u32, u32, u32, &'static str),
    Quarters(u32, u32),
    Half(u32),
    /// Fixed span of whole years (`“十四五”期间`).
    Years(i32, i32),
    Lunar(u32),
    /// A number of years up to the given one relative to the document year (`过去五年`: 5, -1).
    PastYears(i32, i32),
    /// Days from the document's own day (`昨天` -1).
    RelDay(i32),
    /// Months of a season (`秋季`: 9 to 11), a span of grain `period`.
    Season(u32, u32),
    /// A span of days counted from 1970-01-01, with its grain (`本周末`).
    Between(i64, i64, &'static str),
}

pub(super) fn small_number(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse().ok();
    }
    parse_chinese(s).and_then(|d| {
        if d.is_integer() {
            u32::try_from(d.mantissa).ok()
        } else {
            None
        }
    })
}

pub(super) fn is_num_char(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(
            c,
            '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '两'
        )
}

fn is_year_digit(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(
            c,
            '〇' | '零' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九'
        )
}

/// The civil date of a count of days since 1970-01-01 (Howard Hinnant's algorithm).
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Days since 1970-01-01 of a civil date (the inverse of `civil_from_days`).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
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

/// `YYYY-MM-DD`. Every date found is written so, twice: by hand for the years and days a date
/// has (`format!` cost 1% of the extraction), through `format!` for anything else.
fn ymd(y: i32, m: u32, d: u32) -> String {
    if !(0..=9999).contains(&y) || m > 99 || d > 99 {
        return format!("{y:04}-{m:02}-{d:02}");
    }
    let y = y as u32;
    let digit = |n: u32| char::from(b'0' + n as u8);
    let mut s = String::with_capacity(10);
    for n in [y / 1000, y / 100 % 10, y / 10 % 10, y % 10] {
        s.push(digit(n));
    }
    for n in [m, d] {
        s.push('-');
        s.push(digit(n / 10));
        s.push(digit(n % 10));
    }
    s
}

/// Tries a four-digit year followed by 年 at the cursor.
fn year_at(c: &mut Cursor) -> Option<i32> {
    let save = *c;
    let digits = c.eat_while(is_year_digit);
    let n = digits.chars().count();
    if n == 4 {
        let y = if digits.bytes().all(|b| b.is_ascii_digit()) {
            digits.parse().ok()
        } else {
            small_number(digits).map(|v| v as i32)
        };
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

/// A fiscal year (`2023财年`, `[dates] fiscal_year_words`): its months are those of the country
/// last named before it in its paragraph (`美国…2023财年`: 2022-10-01 to 2023-09-30), else the
/// calendar year's.
fn fiscal_year(c: &mut Cursor, ctx: &Context, pos: usize) -> Option<Shape> {
    let mut t = *c;
    let y = bare_year_at(&mut t)?;
    t.eat_any(&ctx.rules.fiscal_year_words)?;
    *c = t;
    let before = &ctx.text[ctx.paragraph_range(pos).0..pos];
    let country = (ctx.rules.fiscal_years.iter())
        .filter_map(|(name, m, by_end)| before.rfind(name.as_str()).map(|k| (k, *m, *by_end)))
        .max_by_key(|&(k, _, _)| k);
    let days = |y: i32, m: u32, d: u32| days_from_civil(y as i64, m as i64, d as i64);
    let (first_year, m) = match country {
        Some((_, m, true)) if m > 1 => (y - 1, m),
        Some((_, m, _)) => (y, m),
        None => (y, 1),
    };
    // (it ends the day before the same month of the next year)
    let (start, end) = (days(first_year, m, 1), days(first_year + 1, m, 1) - 1);
    Some(Shape::Between(start, end, "year"))
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
        if let Some(m2) = small_number(after_m1.eat_while(is_num_char))
            .filter(|m| (m1..=12).contains(m) && *m > m1)
        {
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
    Some(month_rest(c, m1))
}

/// What follows a month's `月`: a day (`17日`), a part of the month (`初`, `中下旬`), else the
/// whole month (`份` eaten).
fn month_rest(c: &mut Cursor, m1: u32) -> Shape {
    let after_month = *c;
    c.spaces();
    // Day.
    let mut cd = *c;
    if let Some(d) = small_number(cd.eat_while(is_num_char)).filter(|d| (1..=31).contains(d)) {
        cd.spaces();
        if cd.eat("日") || cd.eat("号") {
            *c = cd;
            return Shape::Day(m1, d);
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
            return Shape::MonthPart(m1, a, b, kind);
        }
    }
    *c = after_month;
    c.eat("份");
    Shape::Months(m1, m1)
}

/// A part of the year after a year (`2023年底`, `今年年初`, `今年秋季`): its last or first
/// day, or a season's months (`year_ends` and `seasons` in the rules).
fn year_part(c: &mut Cursor, rules: &Rules) -> Option<Shape> {
    let mut t = *c;
    t.eat("年");
    for (word, last) in &rules.year_ends {
        let mut u = t;
        if u.eat(word)
            && !rules
                .year_end_not_before
                .iter()
                .any(|w| u.rest().starts_with(w.as_str()))
        {
            *c = u;
            return Some(if *last {
                Shape::MonthPart(12, 31, 31, "day")
            } else {
                Shape::MonthPart(1, 1, 1, "day")
            });
        }
    }
    let (word, (a, b)) = rules
        .seasons
        .iter()
        .find(|(w, _)| c.rest().starts_with(w.as_str()))?;
    c.eat(word);
    Some(Shape::Season(*a, *b))
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
    let ordinal = c.eat("第");
    if let Some(n) = quarter_digit(c) {
        if c.eat("季度") {
            return Some(Shape::Quarters(n, n));
        }
        // A list sharing one `季度` (`一、二季度`, `第三、第四季度`) is one span when its quarters
        // follow each other, as a reader takes it; else (`一、三季度`) its first item is a quarter
        // of its own. A bare numeral opening a line is a heading's number (`一、二季度工作`).
        let before = before_trimmed(c.text, save.pos);
        let heading = !ordinal && (before.is_empty() || before.ends_with('\n'));
        match quarter_list(*c, n) {
            Some((last, true, end)) if !heading => {
                *c = end;
                return Some(Shape::Quarters(n, last));
            }
            Some(_) if !heading => return Some(Shape::Quarters(n, n)),
            _ => {}
        }
    }
    *c = save;
    None
}

fn quarter_digit(c: &mut Cursor) -> Option<u32> {
    let q = c.eat_char(|ch| matches!(ch, '一' | '二' | '三' | '四' | '1' | '2' | '3' | '4'))?;
    small_number(q.encode_utf8(&mut [0; 4]))
}

/// When later items of a list of quarters follow, ending in `季度` (at most four items): the
/// last quarter, whether each follows the one before, and where the list ends.
fn quarter_list(mut c: Cursor, first: u32) -> Option<(u32, bool, Cursor)> {
    let (mut last, mut consecutive) = (first, true);
    for _ in 0..3 {
        if !c.eat("、") {
            return None;
        }
        c.eat("第");
        match quarter_digit(&mut c) {
            Some(n) if n > last => {
                consecutive &= n == last + 1;
                last = n;
            }
            _ => return None,
        }
        if c.eat("季度") {
            return Some((last, consecutive, c));
        }
    }
    None
}

fn lunar_shape(c: &mut Cursor) -> Option<Shape> {
    let save = *c;
    if c.eat("正月") {
        if c.eat("初") {
            if let Some(d) = small_number(c.eat_while(is_num_char)).filter(|d| (1..=10).contains(d))
            {
                return Some(Shape::Lunar(d));
            }
        } else if let Some(d) =
            small_number(c.eat_while(is_num_char)).filter(|d| (11..=30).contains(d))
        {
            return Some(Shape::Lunar(d));
        }
    }
    *c = save;
    None
}

/// The five-year plan named at the cursor (`“十四五”期间`), as a span of years. A campaign
/// counted like plans (`“八五”普法`) and a plan named as one of its years (`“十四五”规划收官之年`)
/// are not.
fn five_year_plan(c: &mut Cursor, rules: &Rules) -> Option<Shape> {
    let save = *c;
    if let Some(shape) = plan_in_full(c, rules) {
        return Some(shape);
    }
    let quoted = c.eat("“") || c.eat("\"");
    let n = c.eat_while(|ch| {
        matches!(
            ch,
            '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
        )
    });
    let Some(num) = n.strip_suffix('五').and_then(small_number) else {
        *c = save;
        return None;
    };
    let closed = if quoted {
        c.eat("”") || c.eat("\"")
    } else {
        false
    };
    let tail = c.eat("期间") || c.eat("时期") || c.eat("规划期") || (!closed && c.eat("规划"));
    if !(3..=20).contains(&num) || !(closed || tail) || plan_not_span(*c, rules) {
        *c = save;
        return None;
    }
    let start = 1966 + 5 * (num as i32 - 3);
    Some(Shape::Years(start, start + 4))
}

/// A plan named in full (`第十五个五年规划`, `第十个五年计划`), as a span of years.
fn plan_in_full(c: &mut Cursor, rules: &Rules) -> Option<Shape> {
    let save = *c;
    if !c.eat("第") {
        return None;
    }
    let n = c.eat_while(|ch| "一二三四五六七八九十".contains(ch));
    let num = small_number(n).filter(|n| (3..=20).contains(n));
    let named = c.eat("个五年规划") || c.eat("个五年计划");
    match num {
        Some(num) if named && !plan_not_span(*c, rules) => {
            let start = 1966 + 5 * (num as i32 - 3);
            Some(Shape::Years(start, start + 4))
        }
        _ => {
            *c = save;
            None
        }
    }
}

/// Whether the words after a plan's name make it a campaign or one year of the plan: a
/// campaign word right after it, or a year ending within the next few characters of its clause.
fn plan_not_span(mut c: Cursor, rules: &Rules) -> bool {
    c.spaces();
    if c.eat_any(&rules.plan_campaigns).is_some() {
        return true;
    }
    let mut words = c;
    for _ in 0..10 {
        // (a year of drafting the plan lies before it: `“十五五”规划谋篇之年` names the plan)
        if rules
            .plan_drafting
            .iter()
            .any(|w| words.rest().starts_with(w.as_str()))
        {
            return false;
        }
        if words.eat_any(&rules.plan_as_year).is_some() {
            return true;
        }
        if words
            .eat_char(|ch| super::cursor::is_han(ch) || ch == '”')
            .is_none()
        {
            break;
        }
    }
    false
}

/// A count of past years ending with the year its word gives (`过去五年`, `刚刚过去的一年`,
/// `即将过去的一年`); not `过去一年多` or `过去一年半`.
fn past_years(c: &mut Cursor, rules: &Rules) -> Option<Shape> {
    let save = *c;
    let (w, last) = rules
        .past_years
        .iter()
        .find(|(w, _)| c.rest().starts_with(w.as_str()))?;
    c.eat(w);
    let n = small_number(c.eat_while(is_num_char)).filter(|n| (1..=10).contains(n));
    match n {
        Some(n) if c.eat("年") && !c.rest().starts_with(['多', '半', '余']) => {
            Some(Shape::PastYears(n as i32, *last))
        }
        _ => {
            *c = save;
            None
        }
    }
}

/// A day word relative to the document's own day (`昨天`); only when the document has a day,
/// not inside another word (`目前天气`), and not before the day it names in brackets
/// (`今天（7月23日）` leaves the bracketed date to be taken).
fn relative_day(c: &mut Cursor, ctx: &Context) -> Option<Shape> {
    ctx.doc_day?;
    let rules = ctx.rules;
    let before = &c.text[..c.pos];
    if rules
        .relative_day_not_after
        .iter()
        .any(|w| before.ends_with(w.as_str()))
    {
        return None;
    }
    let (w, off) = rules
        .relative_days
        .iter()
        .find(|(w, _)| c.rest().starts_with(w.as_str()))?;
    let rest = &c.rest()[w.len()..];
    if rules
        .relative_day_not_before
        .iter()
        .any(|x| rest.starts_with(x.as_str()))
        || rest.starts_with(['（', '('])
    {
        return None;
    }
    c.eat(w);
    Some(Shape::RelDay(*off))
}

/// A day without its month (`22日`, `7号`) in a document that has a day of its own: that day of
/// the document's month, or of the month before when it would lie after the document's day.
fn day_of_document_month(c: &mut Cursor, ctx: &Context) -> Option<Shape> {
    let (_, _, today) = ctx.doc_day?;
    let rules = ctx.rules;
    let before = &c.text[..c.pos];
    if rules
        .bare_day_not_after
        .iter()
        .any(|w| ends_with_word(before.as_bytes(), w.as_bytes()))
    {
        return None;
    }
    let save = *c;
    let d = digits_in(c, 1, 31)?;
    let ri = c.eat("日");
    let hao = !ri && c.eat("号");
    // `1号机组`, `5号线`: a number naming a thing, not a day
    let names = hao
        && rules
            .numbered_names
            .iter()
            .any(|w| c.rest().starts_with(w.as_str()));
    if !(ri || hao)
        || names
        || rules
            .bare_day_not_before
            .iter()
            .any(|w| c.rest().starts_with(w.as_str()))
    {
        *c = save;
        return None;
    }
    let (y, m, _) = ctx.doc_day?;
    let back = if d <= today {
        today - d
    } else {
        let (py, pm) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
        if d > days_in_month(py, pm) {
            *c = save;
            return None;
        }
        today + days_in_month(py, pm) - d
    };
    // `1日—2日`, `13日至14日`: a span of days of that month
    let first = days_from_civil(y as i64, m as i64, today as i64) - back as i64;
    if let Some(last) = bare_day_range_end(c, first) {
        return Some(Shape::Between(first, last, "period"));
    }
    Some(Shape::RelDay(-(back as i32)))
}

/// The end of a span of bare days (`—2日`, `至14日`) after the day `first` (days from 1970):
/// a later day of the same month, the cursor moved past it.
fn bare_day_range_end(c: &mut Cursor, first: i64) -> Option<i64> {
    let (fy, fm, fd) = civil_from_days(first);
    let mut e = *c;
    e.eat_any(RANGE_SEPS)?;
    let d2 = digits_in(&mut e, 1, 31)? as i64;
    if !e.eat("日") || d2 <= fd || d2 > days_in_month(fy as i32, fm as u32) as i64 {
        return None;
    }
    *c = e;
    Some(days_from_civil(fy, fm, d2))
}

/// Whether the word at the cursor is what a figure is compared with (`比上月`, `较去年同期`):
/// the basis of a change, not a date.
fn compared(c: &Cursor, rules: &Rules) -> bool {
    let before = &c.text[..c.pos];
    rules
        .comparison_before
        .iter()
        .any(|w| before.ends_with(w.as_str()))
}

/// A month word relative to the document's month (`本月17日`, `下月`, `本月初`), with the year
/// it falls in.
fn relative_month(c: &mut Cursor, ctx: &Context) -> Option<(i32, Shape)> {
    let (y, m, _) = ctx.doc_day?;
    let (w, off) = ctx
        .rules
        .relative_months
        .iter()
        .find(|(w, _)| c.rest().starts_with(w.as_str()))?;
    if compared(c, ctx.rules) {
        return None;
    }
    c.eat(w);
    let months = y * 12 + m as i32 - 1 + off;
    Some((
        months.div_euclid(12),
        month_rest(c, months.rem_euclid(12) as u32 + 1),
    ))
}

/// A week word relative to the document's week, Monday to Sunday (`本周`, `上周三`,
/// `本周末` for its Saturday and Sunday).
fn relative_week(c: &mut Cursor, ctx: &Context) -> Option<Shape> {
    let (y, m, d) = ctx.doc_day?;
    let (w, off) = ctx
        .rules
        .relative_weeks
        .iter()
        .find(|(w, _)| c.rest().starts_with(w.as_str()))?;
    if compared(c, ctx.rules) {
        return None;
    }
    let save = *c;
    c.eat(w);
    let today = days_from_civil(y as i64, m as i64, d as i64);
    // 1970-01-01 was a Thursday: Monday is weekday 0.
    let monday = today - (today + 3).rem_euclid(7) + 7 * *off as i64;
    if c.eat("末") {
        return Some(Shape::Between(monday + 5, monday + 6, "period"));
    }
    if let Some(k) = c.eat_char(|ch| "一二三四五六日天".contains(ch)) {
        let k = "一二三四五六日天"
            .chars()
            .position(|x| x == k)
            .unwrap_or(0)
            .min(6) as i64;
        return Some(Shape::Between(monday + k, monday + k, "day"));
    }
    if c.rest().starts_with(|ch: char| {
        ctx.rules
            .relative_week_not_before
            .iter()
            .any(|w| w.starts_with(ch))
    }) {
        *c = save;
        return None;
    }
    Some(Shape::Between(monday, monday + 6, "period"))
}

/// Dates named by words rather than numerals: a five-year plan (tried when `plan`), past
/// years, a relative day, month or week (when `word`); with the year when the word gives one.
fn word_date(
    c: &mut Cursor,
    ctx: &Context,
    plan: bool,
    word: bool,
) -> Option<(Option<i32>, Shape)> {
    if plan {
        if let Some(s) = five_year_plan(c, ctx.rules) {
            return Some((None, s));
        }
    }
    if !word {
        return None;
    }
    if let Some((y, s)) = relative_month(c, ctx) {
        return Some((Some(y), s));
    }
    past_years(c, ctx.rules)
        .or_else(|| relative_day(c, ctx).map(|first| relative_day_range(c, ctx, first)))
        .or_else(|| relative_week(c, ctx))
        .map(|s| (None, s))
}

/// A relative day, with its hour, that runs to a later one (`昨天8时至今天8时`): one span of
/// the days it covers, the last hour kept in its text; else the day `first` alone.
fn relative_day_range(c: &mut Cursor, ctx: &Context, first: Shape) -> Shape {
    let (&Shape::RelDay(a), Some((y, m, d))) = (&first, ctx.doc_day) else {
        return first;
    };
    let mut e = *c;
    let hour = |e: &mut Cursor| {
        let save = *e;
        let h = small_number(e.eat_while(|ch| ch.is_ascii_digit())).filter(|h| *h <= 24);
        if h.is_none() || !(e.eat("时") || e.eat("点")) {
            *e = save;
        }
    };
    hour(&mut e);
    e.spaces();
    if e.eat_any(RANGE_SEPS).is_none() {
        return first;
    }
    e.spaces();
    match relative_day(&mut e, ctx) {
        Some(Shape::RelDay(b)) if b > a => {
            hour(&mut e);
            *c = e;
            let today = days_from_civil(y as i64, m as i64, d as i64);
            Shape::Between(today + a as i64, today + b as i64, "period")
        }
        _ => first,
    }
}

/// One or two ASCII digits at the cursor, in `lo..=hi`.
fn digits_in(c: &mut Cursor, lo: u32, hi: u32) -> Option<u32> {
    let save = *c;
    let d = c.eat_while(|ch| ch.is_ascii_digit());
    match d.parse::<u32>() {
        Ok(v) if d.len() <= 2 && (lo..=hi).contains(&v) => Some(v),
        _ => {
            *c = save;
            None
        }
    }
}

/// A day written with numbers only: `2020/12/1`, `2020.12.1`, `2020-12-01` (one separator
/// throughout, not part of a longer number, path or name: `2020.12.1.5` is a version,
/// `cctv.com/2022/09/25/` a web address). The end of a range (`range_end`) follows a `-`.
fn numeric_day(c: &mut Cursor, range_end: bool) -> Option<(i32, u32, u32)> {
    let save = *c;
    let in_word = |ch: char| {
        ch.is_ascii_alphanumeric() || matches!(ch, '/' | '.' | '-' | '_' | '=' | '#' | '%')
    };
    if !range_end && char_before(c.text, c.pos).is_some_and(in_word) {
        return None;
    }
    let found = (|| {
        let y = bare_year_at(c)?;
        let sep = c.eat_char(|ch| matches!(ch, '/' | '.' | '-'))?;
        let m = digits_in(c, 1, 12)?;
        c.eat_char(|ch| ch == sep)?;
        let d = digits_in(c, 1, 31)?;
        // A `-` after the day may start a range; a `.` ends a sentence unless more follows.
        let mut after = c.rest().chars();
        let more = match (after.next(), after.next()) {
            (Some('-'), _) | (None, _) => false,
            (Some('.'), n) => n.is_some_and(in_word),
            (Some(ch), _) => in_word(ch),
        };
        (!more).then_some((y, m, d))
    })();
    if found.is_none() {
        *c = save;
    }
    found
}

/// A two-digit year followed by a month and a day (`20年12月1日`); `20年` alone is a duration.
fn short_year_day(c: &mut Cursor) -> Option<(i32, Shape)> {
    let save = *c;
    let yy = c.eat_while(|ch| ch.is_ascii_digit());
    let mut m = *c;
    m.spaces();
    if yy.len() == 2 && m.eat("年") {
        m.spaces();
        if let Some(day @ Shape::Day(..)) = month_shape(&mut m) {
            let yy: i32 = yy.parse().ok()?;
            *c = m;
            return Some((if yy < 50 { 2000 + yy } else { 1900 + yy }, day));
        }
    }
    *c = save;
    None
}

/// The end of a range after a day or a month (`6月1日-6月30日`, `6月1日至30日`, `5月-10月`,
/// `2023年5月至2024年3月`): the end's own year and the shape of the whole span. The end comes
/// after the start; it names a year only when the start does.
fn range_end(c: &mut Cursor, first: &Shape, year: Option<i32>) -> Option<(Option<i32>, Shape)> {
    let mut e = *c;
    e.spaces();
    e.eat_any(RANGE_SEPS)?;
    e.spaces();
    let (y2, end) = match numeric_day(&mut e, true) {
        Some((y, m, d)) => (Some(y), Some(Shape::Day(m, d))),
        None => (year_at(&mut e), None),
    };
    if y2.is_some() && (year.is_none() || y2 < year) {
        return None;
    }
    e.spaces();
    let end = end
        .or_else(|| month_shape(&mut e))
        .or_else(|| bare_day(&mut e, first, y2));
    let later = |a: (u32, u32), b: (u32, u32)| y2 > year || b > a;
    let span = match (first, end?) {
        (&Shape::Day(m1, d1), Shape::Day(m2, d2)) if later((m1, d1), (m2, d2)) => {
            Shape::Days(m1, d1, m2, d2)
        }
        (&Shape::Months(m1, a), Shape::Months(m2, b))
            if m1 == a && m2 == b && later((m1, 0), (m2, 0)) =>
        {
            Shape::Months(m1, m2)
        }
        _ => return None,
    };
    *c = e;
    Some((y2, span))
}

/// Whether a word that opens a span of time (`自`, `从`: `rules/dates.toml` `frame_openers`)
/// stands right before the date at `start`.
pub(super) fn framed(text: &str, start: usize, rules: &Rules) -> bool {
    let before = &text[..start];
    rules
        .frame_openers
        .iter()
        .any(|w| before.ends_with(w.as_str()))
}

/// The end of a range framed by `自`/`从` with words between (`自7月1日暑运启动至22日`): up to
/// eight Han characters of the clause that move no date (`[framed_range_not]`: `延至`), then `至`
/// or `到` and the end, as [`range_end`] reads it.
fn framed_range_end(
    text: &str,
    start: usize,
    c: &mut Cursor,
    first: &Shape,
    year: Option<i32>,
    rules: &Rules,
) -> Option<(Option<i32>, Shape)> {
    if !framed(text, start, rules) {
        return None;
    }
    let mut e = *c;
    for _ in 0..8 {
        let ch = e
            .rest()
            .chars()
            .next()
            .filter(|&ch| super::cursor::is_han(ch))?;
        if ch == '至' || ch == '到' {
            let between = &text[c.pos..e.pos];
            if rules
                .framed_range_not
                .iter()
                .any(|w| between.contains(w.as_str()))
            {
                return None;
            }
            let found = range_end(&mut e, first, year)?;
            *c = e;
            return Some(found);
        }
        e.pos += ch.len_utf8();
    }
    None
}

/// A day alone (`30日`) ends a range of days within the first day's month.
fn bare_day(c: &mut Cursor, first: &Shape, y2: Option<i32>) -> Option<Shape> {
    let &Shape::Day(m, _) = first else {
        return None;
    };
    if y2.is_some() {
        return None;
    }
    let save = *c;
    let d = small_number(c.eat_while(is_num_char)).filter(|d| (1..=31).contains(d));
    c.spaces();
    match d {
        Some(d) if c.eat("日") || c.eat("号") => Some(Shape::Day(m, d)),
        _ => {
            *c = save;
            None
        }
    }
}

/// Tries to match a date starting at byte `pos`: numbered shapes when `full`, dates named by
/// words (`过去五年`, `昨天`) when `word`.
fn match_at(text: &str, pos: usize, ctx: &Context, full: bool, word: bool) -> Option<Raw> {
    let rules = ctx.rules;
    // A date never starts inside a number or a Latin word.
    if let Some(b) = char_before(text, pos) {
        if b.is_ascii_alphanumeric()
            || b == '.'
            || (is_num_char(b) && text[pos..].starts_with(is_num_char))
        {
            return None;
        }
    }
    let mut c = Cursor::new(text, pos);
    let raw = |c: Cursor, year, shape| Raw {
        start: pos,
        end: c.pos,
        year,
        year_end: None,
        rel_year: None,
        shape,
        approx: None,
    };
    let first = text[pos..].chars().next()?;
    let plan = full
        && (matches!(first, '“' | '"' | '第') || is_num_char(first) && !first.is_ascii_digit());
    if let Some((year, shape)) = word_date(&mut c, ctx, plan, word) {
        let approx =
            approx_after(text, &mut c, &shape, rules).or_else(|| from_on(text, pos, &mut c, rules));
        return Some(Raw {
            approx,
            ..raw(c, year, shape)
        });
    }
    if !full {
        return None;
    }
    // Lengths of a run of ASCII digits: 4 may be a year, 2 a short year.
    let run = text[pos..].bytes().take_while(u8::is_ascii_digit).count();
    let mut year = None;
    let mut year_end = None;
    let mut rel_year = None;
    let mut rel_word = "";
    let mut numeric = None;
    if run == 4 {
        if let Some(shape) = fiscal_year(&mut c, ctx, pos) {
            return Some(raw(c, None, shape));
        }
    }
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
    } else if let Some((y, m, d)) = if run == 4 {
        numeric_day(&mut c, false)
    } else {
        None
    } {
        year = Some(y);
        numeric = Some(Shape::Day(m, d));
    } else if let Some((y, day)) = if run == 2 {
        short_year_day(&mut c)
    } else {
        None
    } {
        year = Some(y);
        numeric = Some(day);
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
        // `比去年同期`, `较上年末`: what a figure is compared with
        if compared(&c, rules)
            && rules
                .relative_years
                .iter()
                .any(|(w, _)| c.rest().starts_with(w.as_str()))
        {
            return None;
        }
        for (w, off) in &rules.relative_years {
            if c.eat(w) {
                rel_year = Some(*off);
                rel_word = w;
                break;
            }
        }
    }
    let after_year = c;
    if numeric.is_none() {
        c.spaces();
    }
    let shape = if year_end.is_some() {
        Some(Shape::Year)
    } else {
        let dated = year.is_some() || rel_year.is_some();
        numeric
            .or_else(|| season_shape(&mut c))
            .or_else(|| lunar_shape(&mut c))
            .or_else(|| month_shape(&mut c))
            .or_else(|| {
                if dated {
                    year_part(&mut c, rules)
                } else {
                    None
                }
            })
    };
    let shape = match shape {
        Some(s) => match range_end(&mut c, &s, year)
            .or_else(|| framed_range_end(text, pos, &mut c, &s, year, rules))
        {
            Some((y2, span)) => {
                year_end = y2;
                span
            }
            None => s,
        },
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
            } else if let Some(day) = day_of_document_month(&mut c, ctx) {
                day
            } else {
                return None;
            }
        }
    };
    let approx =
        approx_after(text, &mut c, &shape, rules).or_else(|| from_on(text, pos, &mut c, rules));
    Some(Raw {
        start: pos,
        end: c.pos,
        year,
        year_end,
        rel_year,
        shape,
        approx,
    })
}

/// The qualifier after a date, kept as `approx` (`3月5日前`, `2021年以来`; `6月底` keeps its `底`).
fn approx_after(text: &str, c: &mut Cursor, shape: &Shape, rules: &Rules) -> Option<String> {
    let mut approx = None;
    if let Shape::MonthPart(_, _, _, "day") = shape {
        let w = &text[..c.pos];
        approx = ["初", "底", "末"]
            .iter()
            .find(|s| w.ends_with(*s))
            .map(|s| s.to_string());
    }
    let mut ca = *c;
    if let Some(w) = ca.eat_any(&rules.date_approx_after) {
        // `前` and `后` only qualify a day (`3月5日前`); `以来` any date.
        let ok = match w {
            "以来" => true,
            "前" | "以前" | "之前" | "后" | "以后" | "之后" => {
                matches!(shape, Shape::Day(..))
            }
            _ => false,
        };
        if ok && approx.is_none() {
            approx = Some(w.to_string());
            *c = ca;
        }
    }
    approx
}

/// `起` of `自今年11月起`, `从2023年5月1日起` (and `从5日开始`): kept as `approx` when `自` or `从`
/// opens the frame and 起 is no word's start (`…起草`, `…起步`; `rules/dates.toml` `from_on_then` lists
/// what may follow it).
fn from_on(text: &str, start: usize, c: &mut Cursor, rules: &Rules) -> Option<String> {
    let opened = framed(text, start, rules);
    // (`从5日开始`: the same frame, its verb left to the sentence)
    if opened && c.rest().starts_with("开始") {
        return Some("起".to_string());
    }
    let rest = c.rest().strip_prefix('起')?;
    let word = rest.starts_with(|ch: char| super::cursor::is_han(ch))
        && !rules
            .from_on_then
            .iter()
            .any(|w| rest.starts_with(w.as_str()));
    (opened && !word).then(|| {
        c.eat("起");
        "起".to_string()
    })
}

/// A cheap look at what follows a common character before the full matcher runs: `上`, `下`,
/// `前`, `第` and `一` start dates only in a few combinations.
fn plausible_start(c: char, rest: &str) -> bool {
    let next = rest.chars().next();
    match c {
        '上' | '下' => rest.starts_with("半年") || rest.starts_with('年'),
        '前' => {
            rest.starts_with('年')
                || next.is_some_and(|n| n.is_ascii_digit() || "两二三四五六七八九十".contains(n))
        }
        // (a quarter, `第三季度`, or a plan named in full, `第十五个五年规划`)
        '第' => next.is_some_and(|n| "一二三四1234".contains(n)) || rest.starts_with('十'),
        '当' | '本' | '今' | '去' | '明' => rest.starts_with('年'),
        '首' => rest.starts_with('季'),
        // (`两年前`; `两月` is no February)
        '两' => rest.starts_with("年前"),
        '正' => rest.starts_with('月'),
        '“' | '"' => next.is_some_and(|n| "一二三四五六七八九十".contains(n)),
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '〇' => {
            rest.chars().take(4).any(|n| {
                matches!(
                    n,
                    '年' | '月'
                        | '季'
                        | '五'
                        | '〇'
                        | '零'
                        | '一'
                        | '二'
                        | '三'
                        | '四'
                        | '六'
                        | '七'
                        | '八'
                        | '九'
                        | '十'
                )
            })
        }
        _ => true,
    }
}

/// Finds every date in the text. `ctx` gives the document year and the context years.
/// Festivals named in the text (`元旦`, `春节`, `2024年春节`; `[dates] festivals`), each as its
/// day: in the year written before it, else the document's year, or the next when the day would
/// lie half a year or more before the document's own day (`元旦` in a broadcast of 31 December).
/// Kept apart from [`find_dates`]: a festival's day dates no figure (its figures are of the
/// holiday, whose days each year's schedule sets), so the document model never sees them.
/// `years` are the dates found, sorted; a bare year right before the name is part of it and
/// is returned to be dropped.
pub fn find_festivals(ctx: &Context, years: &[Fact]) -> (Vec<Fact>, Vec<usize>) {
    let (mut out, mut merged) = (Vec::new(), Vec::new());
    for (i, k) in ctx.rules.festival_scan.starts(ctx.text) {
        let (name, day) = &ctx.rules.festivals[i];
        let end = k + name.len();
        let Some(written) = year_written_before(years, k, end) else {
            continue;
        };
        let year = match written
            .map(|(_, y)| Some(y))
            .unwrap_or_else(|| festival_year(ctx, *day))
        {
            Some(y) => y,
            None => continue,
        };
        let written = written.map(|(i, _)| i);
        let Some((m, d)) = festival_day(ctx, *day, year) else {
            continue;
        };
        let start = written.map_or(k, |i| years[i].byte_start);
        let mut f = Fact::new(Kind::Date, &ctx.text[start..end], start, end);
        f.date = Some(Span {
            start: ymd(year, m, d),
            end: ymd(year, m, d),
        });
        f.grain = Some("day");
        out.push(f);
        merged.extend(written);
    }
    (out, merged)
}

/// A day written `YYYY-MM-DD`, as the rule files give one.
pub fn parse_iso_day(t: &str) -> Option<(i32, u32, u32)> {
    let mut parts = t.split('-');
    let y = parts.next()?.parse().ok()?;
    let m = parts
        .next()?
        .parse()
        .ok()
        .filter(|m| (1..=12).contains(m))?;
    let d = parts
        .next()?
        .parse()
        .ok()
        .filter(|d| (1..=31).contains(d))?;
    parts.next().is_none().then_some((y, m, d))
}

/// Holidays named with a word of their span (`端午假期`, `2024年国庆期间`, `“五一”小长假`): dates
/// from the first day off to the last, as `[dates] holiday_spans` lists them for the year written
/// before the name, else for the document's. `dates` are the other dates, by position; also
/// returned are the indices of the years merged into a holiday.
pub fn find_holidays(ctx: &Context, dates: &[Fact]) -> (Vec<Fact>, Vec<usize>) {
    let rules = ctx.rules;
    let (mut out, mut merged): (Vec<Fact>, Vec<usize>) = (Vec::new(), Vec::new());
    if rules.holiday_words.is_empty() {
        return (out, merged);
    }
    for (i, k) in rules.holiday_scan.starts(ctx.text) {
        let (form, holiday) = &rules.holiday_names[i];
        let rest = &ctx.text[k + form.len()..];
        let Some(word) = rules
            .holiday_words
            .iter()
            .find(|w| rest.starts_with(w.as_str()))
        else {
            continue;
        };
        let end = k + form.len() + word.len();
        if rules
            .holiday_parts
            .iter()
            .any(|w| ctx.text[end..].starts_with(w.as_str()))
        {
            continue;
        }
        if out
            .iter()
            .any(|f: &Fact| f.byte_start < end && k < f.byte_end)
        {
            continue;
        }
        let Some(written) = year_written_before(dates, k, end) else {
            continue;
        };
        let year = written
            .map(|(_, y)| Some(y))
            .unwrap_or_else(|| holiday_year(ctx, holiday));
        let written = written.map(|(i, _)| i);
        let Some((from, to)) = year.and_then(|y| rules.holiday_spans.get(&(holiday.clone(), y)))
        else {
            continue;
        };
        let start = written.map_or(k, |i| dates[i].byte_start);
        let mut f = Fact::new(Kind::Date, &ctx.text[start..end], start, end);
        f.date = Some(Span {
            start: from.clone(),
            end: to.clone(),
        });
        f.grain = Some("day");
        out.push(f);
        merged.extend(written);
    }
    out.sort_by_key(|f| f.byte_start);
    (out, merged)
}

/// The year of a holiday named alone: the document's, or the next when that year's holiday ended
/// half a year or more before the document's day.
fn holiday_year(ctx: &Context, holiday: &str) -> Option<i32> {
    coming_year(ctx, |y| {
        let (_, to) = ctx.rules.holiday_spans.get(&(holiday.to_string(), y))?;
        parse_iso_day(to)
    })
}

/// Of a day that comes back each year, the year meant when it is named alone: the document's,
/// or the next when that year's day (`day_in`) lies half a year or more before the document's
/// day (`元旦` said on 31 December). With no day of the document, its year; with no such day in
/// its year, that year too.
fn coming_year(ctx: &Context, day_in: impl Fn(i32) -> Option<(i32, u32, u32)>) -> Option<i32> {
    let Some((y, m, d)) = ctx.doc_day else {
        return ctx.doc_year;
    };
    let Some((dy, dm, dd)) = day_in(y) else {
        return Some(y);
    };
    let gap = days_from_civil(y as i64, m as i64, d as i64)
        - days_from_civil(dy as i64, dm as i64, dd as i64);
    Some(if gap >= 183 { y + 1 } else { y })
}

/// Whether the span `k..end` is free of the `dates` (sorted by position), and then the year
/// written just before it (`2024年/春节`) as the index of its date and the year; `None` when
/// another date covers the span.
fn year_written_before(dates: &[Fact], k: usize, end: usize) -> Option<Option<(usize, i32)>> {
    let at = dates.partition_point(|d| d.byte_end <= k);
    if dates.get(at).is_some_and(|d| d.byte_start < end) {
        return None;
    }
    Some(
        at.checked_sub(1)
            .filter(|&i| dates[i].byte_end == k && dates[i].grain == Some("year"))
            .and_then(|i| {
                let y = dates[i].date.as_ref()?.start.get(..4)?.parse().ok()?;
                Some((i, y))
            }),
    )
}

/// The year a festival named alone falls in: the document's, or the next when its day that
/// year lies half a year or more before the document's day.
fn festival_year(ctx: &Context, day: crate::rules::FestivalDay) -> Option<i32> {
    coming_year(ctx, |y| festival_day(ctx, day, y).map(|(m, d)| (y, m, d)))
}

/// Month and day of a festival in `year` (a lunar one from `spring_festival`).
fn festival_day(ctx: &Context, day: crate::rules::FestivalDay, year: i32) -> Option<(u32, u32)> {
    match day {
        crate::rules::FestivalDay::Solar(m, d) => Some((m, d)),
        crate::rules::FestivalDay::Lunar(n) => lunar_day(ctx, year, n),
    }
}

/// Month and day of day `n` of the first lunar month of `year` (`spring_festival` is day 1).
fn lunar_day(ctx: &Context, year: i32, n: u32) -> Option<(u32, u32)> {
    let (m, d) = *ctx.rules.spring_festival.get(&year)?;
    let (_, m, d) =
        civil_from_days(days_from_civil(year as i64, m as i64, d as i64) + n as i64 - 1);
    Some((m as u32, d as u32))
}

/// Characters other than ASCII digits a date can start with (`find_dates`).
fn date_start_char(c: char) -> bool {
    matches!(
        c,
        '一' | '二'
            | '两'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '〇'
            | '今'
            | '去'
            | '明'
            | '前'
            | '本'
            | '当'
            | '上'
            | '下'
            | '首'
            | '第'
            | '正'
            | '“'
            | '"'
    )
}

pub fn find_dates(ctx: &Context) -> Vec<Fact> {
    let text = ctx.text;
    let mut out = Vec::new();
    let mut pos = 0;
    let bytes = text.as_bytes();
    // First characters of word dates (`过去一年`, `昨天`), with a bit mask to test most
    // characters in one step.
    let words = &ctx.rules.date_word_first;
    let mask = words.iter().fold(0u64, |m, &c| m | 1 << (c as u32 % 64));
    static STARTS: std::sync::LazyLock<ThreeByteSet> =
        std::sync::LazyLock::new(|| ThreeByteSet::of(date_start_char));
    let mut starts = STARTS.clone();
    for &c in words {
        starts.add(c);
    }
    while pos < text.len() {
        // (most characters are three bytes and start nothing: passed over on their bytes)
        if starts.excludes_at(bytes, pos) {
            pos += 3;
            continue;
        }
        let c = char_at(text, pos);
        let candidate = c.is_ascii_digit() || date_start_char(c);
        let full = candidate && plausible_start(c, &text[pos + c.len_utf8()..]);
        let word = mask & (1 << (c as u32 % 64)) != 0 && words.contains(&c);
        if full || word {
            if let Some(raw) = match_at(text, pos, ctx, full, word) {
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

/// The year a date without its own year takes: its relative word's, else its context's.
fn year_of(raw: &Raw, ctx: &Context) -> Option<i32> {
    match (raw.year, raw.rel_year) {
        (Some(y), _) => Some(y),
        (None, Some(off)) => Some(ctx.doc_year? + off),
        (None, None) => ctx.context_year(raw.start),
    }
}

/// Whether a bare quarter, half-year or month in news (`三季度增长4.9%` on 2024-01-17,
/// `11月份居民消费价格指数同比上涨0.7%` on 2024-01-30) is last year's:
/// its end in the broadcast year lies more than a month after the broadcast day, its clause
/// measures a change in it, and nothing in its sentence aims or forecasts (`一季度70个重点项目
/// 集中开工`, `力争一季度开门红` stay this year's).
fn past_for_news(raw: &Raw, ctx: &Context, end: &str) -> bool {
    let Some(day) = ctx.doc_day.filter(|_| ctx.news) else {
        return false;
    };
    if raw.year.is_some()
        || raw.rel_year.is_some()
        || !matches!(
            raw.shape,
            Shape::Quarters(..) | Shape::Half(_) | Shape::Months(..)
        )
    {
        return false;
    }
    let (y, m, d) = shift_day(day, 31);
    if end <= ymd(y, m, d).as_str() {
        return false;
    }
    let (s, e) = ctx.sentence_range(raw.start);
    let sentence = &ctx.text[s..e];
    let rules = ctx.rules;
    // what follows in its clause is a change already measured (`增长4.9%`, `加快1.3个百分点`)
    let clause = (ctx.text.get(raw.end..e).unwrap_or(""))
        .split(['，', '；', ',', ';'])
        .next()
        .unwrap_or("");
    let measured = (clause.contains('%') || clause.contains("百分点"))
        && (rules.growth_up.iter())
            .chain(&rules.growth_down)
            .any(|w| clause.contains(w.as_str()));
    measured
        && !(rules.role_target.iter())
            .chain(&rules.role_forecast)
            .any(|w| sentence.contains(w.as_str()))
}

/// The day `off` days from `day` (small offsets: `前天` is -2).
fn shift_day((mut y, mut m, mut d): (i32, u32, u32), off: i32) -> (i32, u32, u32) {
    for _ in 0..off.unsigned_abs() {
        if off > 0 {
            d += 1;
            if d > days_in_month(y, m) {
                (d, m) = (1, m + 1);
                if m > 12 {
                    (m, y) = (1, y + 1);
                }
            }
        } else if d > 1 {
            d -= 1;
        } else {
            (m, y) = if m == 1 { (12, y - 1) } else { (m - 1, y) };
            d = days_in_month(y, m);
        }
    }
    (y, m, d)
}

/// First day, last day and grain of a date in `year` (its end in `raw.year_end` when given).
fn span_in(raw: &Raw, year: i32, ctx: &Context) -> Option<(String, String, &'static str)> {
    let y2 = raw.year_end.unwrap_or(year);
    Some(match raw.shape {
        Shape::Year => (ymd(year, 1, 1), ymd(y2, 12, 31), "year"),
        Shape::Months(a, b) => (ymd(year, a, 1), ymd(y2, b, days_in_month(y2, b)), "month"),
        Shape::Day(m, d) => {
            if d > days_in_month(year, m) {
                return None;
            }
            (ymd(year, m, d), ymd(year, m, d), "day")
        }
        Shape::Days(m1, d1, m2, d2) => {
            if d1 > days_in_month(year, m1) || d2 > days_in_month(y2, m2) {
                return None;
            }
            (ymd(year, m1, d1), ymd(y2, m2, d2), "period")
        }
        Shape::MonthPart(m, a, b, g) => {
            let last = days_in_month(year, m);
            (ymd(year, m, a.min(last)), ymd(year, m, b.min(last)), g)
        }
        Shape::Quarters(a, b) => {
            let em = b * 3;
            (
                ymd(year, (a - 1) * 3 + 1, 1),
                ymd(year, em, days_in_month(year, em)),
                "quarter",
            )
        }
        Shape::Half(1) => (ymd(year, 1, 1), ymd(year, 6, 30), "half"),
        Shape::Half(_) => (ymd(year, 7, 1), ymd(year, 12, 31), "half"),
        Shape::Lunar(d) => {
            let (m, day) = lunar_day(ctx, year, d)?;
            (ymd(year, m, day), ymd(year, m, day), "day")
        }
        Shape::Season(a, b) => (
            ymd(year, a, 1),
            ymd(year, b, days_in_month(year, b)),
            "period",
        ),
        Shape::Years(..) | Shape::PastYears(..) | Shape::RelDay(_) | Shape::Between(..) => {
            return None
        }
    })
}

fn resolve(raw: &Raw, ctx: &Context) -> Option<Fact> {
    let (start, end, grain) = match raw.shape {
        Shape::Years(a, b) => (ymd(a, 1, 1), ymd(b, 12, 31), "period"),
        Shape::PastYears(n, last) => {
            let y = ctx.doc_year? + last;
            (
                ymd(y - n + 1, 1, 1),
                ymd(y, 12, 31),
                if n == 1 { "year" } else { "period" },
            )
        }
        Shape::RelDay(off) => {
            let (y, m, d) = shift_day(ctx.doc_day?, off);
            (ymd(y, m, d), ymd(y, m, d), "day")
        }
        Shape::Between(a, b, grain) => {
            let day = |n| {
                let (y, m, d) = civil_from_days(n);
                ymd(y as i32, m as u32, d as u32)
            };
            (day(a), day(b), grain)
        }
        _ => {
            let year = year_of(raw, ctx)?;
            let span = span_in(raw, year, ctx)?;
            match past_for_news(raw, ctx, &span.1) {
                true => span_in(raw, year - 1, ctx)?,
                false => span,
            }
        }
    };
    let text = &ctx.text[raw.start..raw.end];
    let mut f = Fact::new(Kind::Date, text, raw.start, raw.end);
    f.date = Some(Span { start, end });
    f.grain = Some(grain);
    f.approx = raw.approx.clone();
    Some(f)
}

/// The length of the UTF-8 character whose first byte is `b` (1 for any other byte).
fn utf8_len(b: u8) -> usize {
    match b {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

/// Explicit four-digit years (`2024年`) with their byte offsets, for context resolution.
pub fn explicit_years(text: &str) -> Vec<(usize, i32)> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            // (a character's lead byte is skipped with the whole character: no digit is inside)
            i += utf8_len(b[i]);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_written_by_hand_are_as_format_writes_them() {
        for (y, m, d) in [
            (2023, 1, 5),
            (999, 12, 31),
            (0, 1, 1),
            (-5, 3, 4),
            (12345, 6, 7),
        ] {
            assert_eq!(ymd(y, m, d), format!("{y:04}-{m:02}-{d:02}"));
        }
        assert_eq!(
            ymd(2024, 100, 1),
            format!("{:04}-{:02}-{:02}", 2024, 100, 1)
        );
    }

    #[test]
    fn explicit_years_are_found_between_whole_characters() {
        let t = "去年2023年增长，é1999年和 2024 年，𠀀12345年";
        assert_eq!(explicit_years(t), vec![(6, 2023), (24, 1999), (35, 2024)]);
    }

    /// (text, start, end, grain) of every date in `text`, for a document of 2023 dated `day`.
    fn dates_of(
        text: &str,
        day: Option<(i32, u32, u32)>,
    ) -> Vec<(String, String, String, &'static str)> {
        let rules = Rules::embedded();
        let mut ctx = Context::new(text, &rules, Some(2023));
        ctx.doc_day = day;
        find_dates(&ctx)
            .into_iter()
            .map(|f| {
                let d = f.date.expect("every date fact has a span");
                (f.text.clone(), d.start, d.end, f.grain.unwrap_or(""))
            })
            .collect()
    }

    fn one(text: &str) -> (String, String, &'static str) {
        let got = dates_of(text, None);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        let (_, a, b, g) = got.into_iter().next().unwrap();
        (a, b, g)
    }

    fn span(a: &str, b: &str, g: &'static str) -> (String, String, &'static str) {
        (a.to_string(), b.to_string(), g)
    }

    #[test]
    fn dates_ranges_are_one_span() {
        assert_eq!(
            one("于2019年6月1日-6月30日举行"),
            span("2019-06-01", "2019-06-30", "period")
        );
        assert_eq!(
            one("于6月1日至30日开展"),
            span("2023-06-01", "2023-06-30", "period")
        );
        assert_eq!(
            one("2020年2月1日-2020年2月29日"),
            span("2020-02-01", "2020-02-29", "period")
        );
        assert_eq!(
            one("自2012年2月1日至2017年1月31日施行"),
            span("2012-02-01", "2017-01-31", "period")
        );
        assert_eq!(
            one("5月-10月为汛期"),
            span("2023-05-01", "2023-10-31", "month")
        );
        assert_eq!(one("三月到五月"), span("2023-03-01", "2023-05-31", "month"));
        // framed by 自 with words between its ends, unless they move a date
        assert_eq!(
            one("自7月1日暑运启动至22日，发送旅客"),
            span("2023-07-01", "2023-07-22", "period")
        );
        assert_eq!(
            dates_of("从6月1日延至7月9日举行", None).len(),
            2,
            "a date moved is two dates"
        );
        assert_eq!(
            one("2023年5月至2024年3月"),
            span("2023-05-01", "2024-03-31", "month")
        );
        assert_eq!(
            one("2020.12.1-2020.12.31"),
            span("2020-12-01", "2020-12-31", "period")
        );
        // An end before the start, or a year only at the end, is no range.
        assert_eq!(dates_of("6月30日至6月1日", None).len(), 2);
        assert_eq!(dates_of("5月至2024年3月", None).len(), 2);
    }

    #[test]
    fn dates_numeric_and_short_years() {
        assert_eq!(
            one("截至2020/12/1，"),
            span("2020-12-01", "2020-12-01", "day")
        );
        assert_eq!(
            one("截至2020.12.1，"),
            span("2020-12-01", "2020-12-01", "day")
        );
        assert_eq!(
            one("截至20年12月1日"),
            span("2020-12-01", "2020-12-01", "day")
        );
        assert!(dates_of("版本2020.12.1.5发布", None).is_empty());
        assert!(dates_of("金额2020.12万元", None).is_empty());
        assert!(dates_of("建设20年来", None).is_empty());
    }

    #[test]
    fn dates_past_years_and_plans() {
        assert_eq!(one("过去一年，"), span("2022-01-01", "2022-12-31", "year"));
        assert_eq!(
            one("刚刚过去的一年"),
            span("2022-01-01", "2022-12-31", "year")
        );
        assert_eq!(
            one("过去五年，"),
            span("2018-01-01", "2022-12-31", "period")
        );
        assert!(dates_of("过去一年多来", None).is_empty());
        assert_eq!(
            one("即将过去的一年"),
            span("2023-01-01", "2023-12-31", "year")
        );
        assert_eq!(
            one("“十四五”规划"),
            span("2021-01-01", "2025-12-31", "period")
        );
        assert_eq!(
            one("十四五规划"),
            span("2021-01-01", "2025-12-31", "period")
        );
        assert!(dates_of("开展“八五”普法", None).is_empty());
        assert_eq!(
            one("今年是“十四五”规划收官之年"),
            span("2023-01-01", "2023-12-31", "year")
        );
        assert_eq!(
            one("也是“十五五”规划谋篇之年"),
            span("2026-01-01", "2030-12-31", "period")
        );
    }

    #[test]
    fn dates_quarter_lists() {
        let starts = |t| {
            let got = dates_of(t, None);
            got.iter().map(|d| d.1.clone()).collect::<Vec<_>>()
        };
        // quarters that follow each other are one span; others each a quarter
        assert_eq!(
            one("第三、第四季度"),
            span("2023-07-01", "2023-12-31", "quarter")
        );
        assert_eq!(starts("全年一、二、三季度"), ["2023-01-01"]);
        assert_eq!(
            starts("全年一、三季度增速较快"),
            ["2023-01-01", "2023-07-01"]
        );
        // A heading's number is not a quarter.
        assert_eq!(dates_of("一、二季度工作", None).len(), 1);
    }

    #[test]
    fn civil_days_round_trip() {
        for n in [-1000_i64, -1, 0, 59, 60, 19_000, 19_676, 20_000, 60_000] {
            let (y, m, d) = super::civil_from_days(n);
            assert_eq!(super::days_from_civil(y, m, d), n, "{y}-{m}-{d}");
        }
        // 2023-11-15 was a Wednesday: weekday 2 counting Monday as 0
        assert_eq!((super::days_from_civil(2023, 11, 15) + 3).rem_euclid(7), 2);
    }

    #[test]
    fn dates_relative_days() {
        let day = Some((2023, 3, 1));
        assert_eq!(dates_of("昨天，会议召开", day)[0].1, "2023-02-28");
        assert_eq!(dates_of("前天开工", day)[0].1, "2023-02-27");
        assert_eq!(dates_of("今天上午", day)[0].1, "2023-03-01");
        assert!(dates_of("昨天，会议召开", None).is_empty());
        assert!(dates_of("目前天气晴好", day).is_empty());
        let got = dates_of("今天（7月23日）上午", day);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, "2023-07-23");
        assert_eq!(shift_day((2024, 1, 1), -1), (2023, 12, 31));
    }

    #[test]
    fn dates_bare_days_take_the_documents_month() {
        let day = Some((2024, 7, 23));
        assert_eq!(
            dates_of("以色列军队22日对城市发动袭击", day)[0].1,
            "2024-07-22"
        );
        assert_eq!(dates_of("外交部7号表示", day)[0].1, "2024-07-07");
        assert_eq!(dates_of("该国30日宣布", day)[0].1, "2024-06-30");
        assert!(dates_of("连续3日降雨", day).is_empty());
        assert!(dates_of("须在7日内完成", day).is_empty());
        assert!(dates_of("以色列军队22日对城市发动袭击", None).is_empty());
    }

    #[test]
    fn festivals_are_days_of_their_year_and_date_no_figure() {
        let rules = Rules::embedded();
        let text = "元旦期间，出行人数增长5%。2024年国庆节，春节前后";
        let mut ctx = Context::new(text, &rules, Some(2024));
        ctx.doc_day = Some((2024, 12, 31));
        let dates = find_dates(&ctx);
        let (found, merged) = find_festivals(&ctx, &dates);
        let got: Vec<(&str, &str)> = found
            .iter()
            .map(|f| (f.text.as_str(), f.date.as_ref().unwrap().start.as_str()))
            .collect();
        // 元旦 said on 31 December is the coming one; a year before the name is part of it
        assert!(got.contains(&("元旦", "2025-01-01")), "{got:?}");
        assert!(got.contains(&("2024年国庆节", "2024-10-01")), "{got:?}");
        assert!(got.contains(&("春节", "2025-01-29")), "{got:?}");
        assert_eq!(merged.len(), 1);
        // and none of them is among the dates periods are read from
        assert!(dates.iter().all(|d| !d.text.contains("元旦")));
    }

    #[test]
    fn a_span_of_bare_days_is_one_date() {
        let day = Some((2023, 11, 2));
        let got = dates_of("会议于1日—2日在京举行", day);
        assert_eq!(
            (
                got[0].0.as_str(),
                got[0].1.as_str(),
                got[0].2.as_str(),
                got[0].3
            ),
            ("1日—2日", "2023-11-01", "2023-11-02", "period")
        );
        let got = dates_of("13日至14日召开", day);
        assert_eq!(
            (got[0].1.as_str(), got[0].2.as_str()),
            ("2023-10-13", "2023-10-14")
        );
        // an end before the start is no span
        assert_eq!(dates_of("1日至1日", day)[0].2, "2023-11-01");
    }

    #[test]
    fn dates_vague_spans_are_not_dates() {
        for t in ["目前", "近年来", "下一步", "一年来", "近5年来"] {
            assert!(dates_of(t, Some((2023, 3, 1))).is_empty(), "{t}");
        }
    }
}
