//! Money, quantities, percentages, growth and rankings. A regular expression finds where numbers
//! start; a cursor then reads range, multiplier, qualifier and unit, and the unit decides the kind.
use super::cursor::{
    before_trimmed, char_at, char_before, is_han, word_before, Cursor, ThreeByteSet,
};
use super::Context;
use crate::fact::{Fact, Kind};
use crate::numerals::{multiplier_exp, parse_arabic, parse_chinese, Decimal};
use regex::Regex;
use std::sync::LazyLock;

static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?").unwrap()
});
/// A further rank listed after one (`居全国第2、第4位`, `第2位、第7位`): joiner, 第, number.
static LISTED_RANK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[、和]第(?P<n>[0-9]{1,3}|[一二三四五六七八九十]{1,3})(?P<tail>位|名)?").unwrap()
});
static TITLE_FIRST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?P<what>[\p{Han}]{2,6})第一[：:]").unwrap());

const MULTIPLIERS: &[&str] = &[
    "万亿", "千亿", "百亿", "十亿", "千万", "百万", "十万", "亿", "万", "千",
];
const RANGE_SEPS: &[&str] = &["-", "—", "~", "～", "至", "到", "－", "–"];
const VAGUE_BEFORE: &[char] = &['数', '几', '若', '余', '多'];

/// What the unit after a number makes of it.
enum Unit {
    Percent,
    Points,
    Times,
    Money(String),
    Measure(String),
    /// A count of people in 万/亿 with no measure word (`7100万江淮儿女`): no unit.
    Headcount,
    None,
}

struct Number {
    start: usize,
    end: usize,
    value: Decimal,
    chinese: bool,
    /// A Chinese numeral made only of magnitudes (`亿`, `百亿`): needs a qualifier to count.
    bare_magnitude: bool,
}

fn read_number(text: &str, start: usize) -> Option<Number> {
    let m = NUMBER.find_at(text, start).filter(|m| m.start() == start)?;
    number_of(start, m.end(), m.as_str())
}

fn number_of(start: usize, end: usize, s: &str) -> Option<Number> {
    let chinese = !s.as_bytes()[0].is_ascii_digit();
    let value = if chinese {
        parse_chinese(s)?
    } else {
        parse_arabic(s)?
    };
    let bare_magnitude = chinese
        && s.chars()
            .all(|c| matches!(c, '十' | '百' | '千' | '万' | '亿'));
    Some(Number {
        start,
        end,
        value,
        chinese,
        bare_magnitude,
    })
}

/// True when `pos` lies inside quotation marks or book-title marks opened in the same sentence:
/// Chinese numerals there are labels and slogans (`“三个欠缺”`), not figures.
fn inside_quotes(text: &str, sentence_start: usize, pos: usize) -> bool {
    let before = &text[sentence_start..pos];
    let open = before.rfind(['“', '《', '「']);
    let close = before.rfind(['”', '》', '」']);
    match (open, close) {
        (Some(o), Some(c)) => o > c,
        (Some(_), None) => true,
        _ => false,
    }
}

pub fn find_numeric(ctx: &Context, taken: &[(usize, usize)]) -> Vec<Fact> {
    let text = ctx.text;
    let mut out = Vec::new();
    let mut consumed = 0usize;
    // the furthest end of the spans taken so far, for each (a figure inside any of them is
    // part of a date): one binary search per figure instead of a pass over every date
    let furthest: Vec<usize> = taken
        .iter()
        .scan(0, |m, &(_, b)| {
            *m = b.max(*m);
            Some(*m)
        })
        .collect();
    let inside_taken = |start: usize| {
        let k = taken.partition_point(|&(a, _)| a <= start);
        k > 0 && furthest[k - 1] > start
    };
    for (start, end) in number_spans(text) {
        if start < consumed || inside_taken(start) {
            continue;
        }
        if let Some(f) = numeric_at(ctx, start, Some((end, &text[start..end]))) {
            consumed = f.byte_end;
            out.push(f);
        }
    }
    find_half_counts(ctx, &inside_taken, &mut out);
    find_doublings(ctx, taken, &mut out);
    out.extend(find_rankings(ctx));
    out
}

/// `近半数非洲国家`: half of a number of things, a share of 50% as [`half`] reads it (`一半` is
/// read where its numeral is). `out` holds the figures found so far in text order, and a half
/// goes in at its place.
fn find_half_counts(ctx: &Context, inside_taken: &dyn Fn(usize) -> bool, out: &mut Vec<Fact>) {
    for at in memchr::memmem::find_iter(ctx.text.as_bytes(), "半数") {
        let end = at + "半数".len();
        let k = out.partition_point(|f| f.byte_start < end);
        if inside_taken(at) || k > 0 && out[k - 1].byte_end > at {
            continue;
        }
        if let Some(f) = half(ctx, at, end) {
            out.insert(k, f);
        }
    }
}

/// Doubling said in words (`翻一番`, `同比翻了一番`, `翻倍增长`, `翻一倍多`, `翻两番`): a growth in 倍
/// of the value `[growth] doublings` gives (`翻两番`, four times as much, is 3倍 more), with the
/// basis right before it and `多` right after it as approx. It replaces what the numeral inside
/// it read (`一倍` of `翻一倍`).
fn find_doublings(ctx: &Context, taken: &[(usize, usize)], out: &mut Vec<Fact>) {
    let text = ctx.text;
    let rules = ctx.rules;
    for (at, _) in text.match_indices('翻') {
        let Some((phrase, value)) =
            (rules.growth_doublings.iter()).find(|(p, _)| text[at..].starts_with(p.as_str()))
        else {
            continue;
        };
        let mut end = at + phrase.len();
        if taken.iter().any(|&(a, b)| at < b && a < end) {
            continue;
        }
        out.retain(|f| !(f.byte_start < end && at < f.byte_end));
        let (start, basis) = match basis_before(ctx, at) {
            Some((bat, basis)) => (bat, Some(basis)),
            None => (at, None),
        };
        let approx = text[end..].starts_with('多');
        if approx {
            end += '多'.len_utf8();
        }
        let mut f = Fact::new(Kind::Growth, &text[start..end], start, end);
        f.value = Some(Decimal::from_int(i128::from(*value)));
        f.unit = Some("倍".into());
        f.basis = basis;
        f.approx = approx.then(|| "多".to_string());
        out.push(f);
    }
}

/// The growth basis word right before `at` (`同比`, `比上年同期`; `[growth] basis`): where it
/// starts and the basis it names.
fn basis_before(ctx: &Context, at: usize) -> Option<(usize, String)> {
    let basis = &ctx.rules.growth_basis;
    let words: Vec<&str> = basis.iter().map(|(k, _)| k.as_str()).collect();
    let (b, bat) = word_before(ctx.text, at, &words)?;
    let (_, named) = basis.iter().find(|(k, _)| k == b)?;
    Some((bat, named.clone()))
}

fn chinese_digit(c: char) -> bool {
    matches!(
        c,
        '零' | '〇'
            | '一'
            | '二'
            | '两'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
            | '亿'
    )
}

/// False when `b` (UTF-8) holds no decimal digit but ASCII ones, told from its bytes: every
/// other digit (Unicode's `Nd`) has a lead byte from 0xD8 to 0xE1, 0xEA or from 0xF0, or is a
/// fullwidth one (`EF BC 90`–`EF BC 99`). Chinese text has none, and skips the regex engine's
/// slower pass.
fn may_hold_other_digit(b: &[u8]) -> bool {
    let leads = crate::normalize::count_bytes(b, |x| {
        (x.wrapping_sub(0xD8) < 10) | (x == 0xEA) | (x.wrapping_sub(0xF0) < 5)
    });
    leads > 0
        || memchr::memmem::find_iter(b, b"\xEF\xBC")
            .any(|i| b.get(i + 2).is_some_and(|x| (0x90..=0x99).contains(x)))
}

/// The spans `NUMBER.find_iter` gives, read by hand on bytes (the regex engine costs more per
/// match than the whole scan). A text with digits other than ASCII ones (`٣`, `１`), which one
/// quick pass of the regex engine finds, is left to `NUMBER`, which knows which `\d` takes.
fn number_spans(text: &str) -> Vec<(usize, usize)> {
    static OTHER_DIGIT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[\d&&[^0-9]]").unwrap());
    if !text.is_ascii() && may_hold_other_digit(text.as_bytes()) && OTHER_DIGIT.is_match(text) {
        return NUMBER
            .find_iter(text)
            .map(|m| (m.start(), m.end()))
            .collect();
    }
    static DIGITS: LazyLock<ThreeByteSet> = LazyLock::new(|| ThreeByteSet::of(chinese_digit));
    let b = text.as_bytes();
    // the end of the run of ASCII digits from `i`
    let digits = |i: usize| i + b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < b.len() {
        let x = b[pos];
        let start = pos;
        if x.is_ascii_digit() {
            let mut end = digits(start);
            // `1,234,567`: groups of three after commas
            while b.get(end) == Some(&b',') && digits(end + 1) >= end + 4 {
                end += 4;
            }
            if b.get(end) == Some(&b'.') && digits(end + 1) > end + 1 {
                end = digits(end + 1);
            }
            out.push((start, end));
            pos = end;
        } else if x < 0x80 {
            pos += 1;
        } else if x < 0xE0 || x > 0xEF {
            // two or four bytes: no Chinese numeral
            pos += if x < 0xE0 { 2 } else { 4 };
        } else if !DIGITS.excludes_at(b, pos) && chinese_digit(char_at(text, pos)) {
            let mut end = start
                + text[start..]
                    .chars()
                    .take_while(|&c| chinese_digit(c))
                    .map(char::len_utf8)
                    .sum::<usize>();
            if let Some(rest) = text[end..].strip_prefix('点') {
                let n: usize = rest
                    .chars()
                    .take_while(|&c| {
                        chinese_digit(c) && !matches!(c, '两' | '十' | '百' | '千' | '万' | '亿')
                    })
                    .map(char::len_utf8)
                    .sum();
                if n > 0 {
                    end += '点'.len_utf8() + n;
                }
            }
            out.push((start, end));
            pos = end;
        } else {
            pos += 3;
        }
    }
    out
}

/// A unit in Latin letters from the rules right after a number, standing alone (`38GWh`,
/// `55Eflops`), unlike the letters of an identifier (`5G`, `3A级`, `BBG24`).
fn latin_unit_after(ctx: &Context, at: usize) -> bool {
    let rest = &ctx.text[at..];
    ctx.rules
        .quantity_units
        .iter()
        .filter(|u| u.is_ascii())
        .any(|u| {
            rest.starts_with(u.as_str())
                && !rest[u.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
        })
}

/// The qualifier word just before a number (`约`, `超过`), unless it is the end of another
/// word (`签约` is no `约`).
fn qualifier_before<'r>(
    text: &str,
    start: usize,
    rules: &'r crate::rules::Rules,
) -> Option<(&'r str, usize)> {
    let (w, at) = word_before(text, start, &rules.approx_before)?;
    let before = &text[..at];
    let inside_word = rules
        .approx_not_in
        .iter()
        .any(|x| x.ends_with(w) && x.len() > w.len() && before.ends_with(&x[..x.len() - w.len()]));
    (!inside_word).then_some((w, at))
}

fn numeric_at(ctx: &Context, start: usize, found: Option<(usize, &str)>) -> Option<Fact> {
    let text = ctx.text;
    let rules = ctx.rules;
    // Most Chinese numeral characters in running text (`一是`, `十分`, `万众`) are no figure: one look
    // at what follows settles it before any parsing.
    if let Some((end, s)) = found {
        if !s.as_bytes()[0].is_ascii_digit() {
            let next = text[end..].trim_start_matches(' ').chars().next();
            let may_follow = next.is_some_and(|c| {
                rules.unit_first_chars.binary_search(&c).is_ok()
                    || "分成多余-—~～至到%倍个半".contains(c)
            });
            // (a bare `亿` may still be money by its clause: `突破万亿`; a bare `万` a count of
            // people: `进场人数过万`)
            if !may_follow && !s.ends_with(['亿', '万']) {
                return None;
            }
        }
    }
    let num = match found {
        Some((end, s)) => number_of(start, end, s)?,
        None => read_number(text, start)?,
    };
    let prev = char_before(text, start);
    // Identifiers and ordinals: BBG24, S4, 第三批, 3.0 after a letter.
    if let Some(p) = prev {
        if p.is_ascii_alphabetic()
            || p == '第'
            || p == '.'
            || p == '/'
            || p == '#'
            || p == '-' && num.chinese
        {
            return None;
        }
        if num.chinese && VAGUE_BEFORE.contains(&p) {
            return None;
        }
        // `第五、六集`, `第三、四季度`: the 第 of a list's first item makes the next an ordinal too
        if p == '、' && ordinal_before_list(&text[..start - p.len_utf8()]) {
            return None;
        }
    }
    if let Some(n) = text[num.end..].chars().next() {
        let latin_unit = n.is_ascii_alphabetic() && latin_unit_after(ctx, num.end);
        if n.is_ascii_alphabetic() && !latin_unit || n == '.' && !num.chinese {
            return None;
        }
    }
    // A minus sign that is no range dash (`同比 -4.1%` in a table cell, `为-2.3%`) belongs to the number.
    let mut num = num;
    if let Some(sign @ ('-' | '－' | '−')) = prev.filter(|_| !num.chinese) {
        let sign_at = start - sign.len_utf8();
        if char_before(text, sign_at)
            .is_none_or(|b| b.is_whitespace() || "：:为（(，,、".contains(b))
        {
            num.start = sign_at;
            num.value = Decimal {
                mantissa: -num.value.mantissa,
                scale: num.value.scale,
            };
        }
    }
    let start = num.start;
    let sentence = ctx.sentence_range(start);
    // `中央八项规定`, `和平共处五项原则`: a fixed phrase naming one thing, no count
    if num.chinese
        && rules
            .quantity_labels
            .iter()
            .any(|l| text[start..].starts_with(l.as_str()))
    {
        return None;
    }
    if num.chinese {
        let s = &text[num.start..num.end];
        if s == "一" && text[num.end..].starts_with('半') {
            return half(ctx, num.start, num.end + '半'.len_utf8());
        }
        if s == "一" || inside_quotes(text, sentence.0, start) {
            // `一` is "a" far more often than a count (`一座`, `一批`); fractions and
            // multiples (`增加了近一倍`, growth only after a verb) still go below.
            if !text[num.end..].starts_with("分之")
                && !(s == "一" && text[num.end..].starts_with('倍'))
            {
                return None;
            }
        }
    }
    let mut c = Cursor::new(text, num.end);
    // Fractions: 四分之一, 百分之六, 千分之2.4.
    if c.eat("分之") {
        let n2 = read_number(text, c.pos)?;
        c.pos = n2.end;
        let value = percent_of_fraction(n2.value, num.value)?;
        let f = finish_percent(ctx, num.start, c, value);
        // `增长百分之二十一点四` is a growth as `增长21.4%` is
        let hundredths = num.value.is_integer() && num.value.mantissa == 100;
        return Some(if hundredths {
            governed_growth(ctx, num.start, f)
        } else {
            f
        });
    }
    // 8.7∶41.2∶50.1, 2.34∶1: parts of a ratio are shares or nothing (`4:1击败`, `10:30`).
    // (a colon beside the number first: most numbers stand in no ratio, and this is every number)
    let colon_beside = char_before(text, num.start).is_some_and(|c| RATIO_COLONS.contains(&c))
        || text[num.end..].starts_with(RATIO_COLONS);
    if !num.chinese && colon_beside {
        if let Some(parts) = RatioParts::around(text, num.start) {
            return ratio_share(ctx, &parts);
        }
    }
    // 1/4, 1/3以上 after a share cue (before or after it).
    if !num.chinese && c.rest().starts_with('/') {
        let n2 = read_number(text, c.pos + 1)?;
        if n2.chinese
            || !num.value.is_integer()
            || !n2.value.is_integer()
            || n2.value.mantissa <= num.value.mantissa
            || n2.value.mantissa > 10
        {
            return None;
        }
        let near: String = before_trimmed(text, start)
            .chars()
            .rev()
            .take(6)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let rules = ctx.rules;
        let cued = rules
            .fraction_cues
            .iter()
            .any(|w| near.contains(w.as_str()))
            || (rules.fraction_cues_after.iter()).any(|w| text[n2.end..].starts_with(w.as_str()));
        if !cued || text[n2.end..].starts_with(|ch: char| ch.is_ascii_digit() || ch == '/') {
            return None;
        }
        c.pos = n2.end;
        let value = Decimal::ratio_percent(num.value.mantissa, n2.value.mantissa);
        return Some(finish_percent(ctx, num.start, c, value));
    }
    // 九成, 9成 (90%).
    let digits = &text[num.start..num.end];
    let one_digit = digits.chars().count() == 1 && !text[..num.start].ends_with(['.', '．']);
    if one_digit && text[num.end..].starts_with('成') {
        let low = if num.chinese { 2 } else { 1 };
        let after = text[num.end + '成'.len_utf8()..].chars().next();
        let word = after.is_some_and(|a| ctx.rules.tenths_not_before.contains(a));
        if (low..=9).contains(&num.value.mantissa) && !word {
            c.eat("成");
            let f = finish_percent(ctx, num.start, c, num.value.times_int(10));
            // (`增长近7成` is a growth as `增长近70%` is)
            return Some(governed_growth(ctx, num.start, f));
        }
        return None;
    }
    // Range: 3-5亿元, 2-3名.
    let mut value_max = None;
    {
        let mut c2 = c;
        c2.spaces();
        let spaced_before = c2.pos > c.pos;
        if let Some(sep) = c2.eat_any(RANGE_SEPS) {
            let after = c2.pos;
            c2.spaces();
            // `3960 -4.1%`: a number, a space, and a signed number in the next table cell
            let signed_next = spaced_before && c2.pos == after && matches!(sep, "-" | "－" | "–");
            if let Some(n2) = read_number(text, c2.pos)
                .filter(|n2| n2.chinese == num.chinese && !n2.bare_magnitude && !signed_next)
            {
                value_max = Some(n2.value);
                c.pos = n2.end;
            }
        }
    }
    let mut approx: Option<String> = None;
    c.spaces();
    if let Some(q) = c.eat_any(&["多", "余"]) {
        approx = Some(q.to_string());
    }
    let mut exp = 0;
    if !num.chinese {
        c.spaces();
        // `500千伏`, `300千瓦`: a unit that opens with 千 is the unit, not a thousand of `伏`
        let mut probe = c;
        let thousand_unit = c.rest().starts_with('千')
            && matches!(read_unit(ctx, &mut probe, false), Unit::Measure(ref u) if u.starts_with('千'));
        if let Some(m) = (!thousand_unit).then(|| c.eat_any(MULTIPLIERS)).flatten() {
            exp = multiplier_exp(m)?;
        }
    }
    if approx.is_none() {
        if let Some(q) = c.eat_any(&["多", "余"]) {
            approx = Some(q.to_string());
        }
    }
    let before_unit = c;
    c.spaces();
    let mut unit = read_unit(ctx, &mut c, num.chinese);
    if matches!(unit, Unit::None) && counted_days(ctx, start, c.rest()) {
        c.eat("天");
        unit = Unit::Measure("天".into());
    }
    let unit = match unit {
        Unit::None => {
            c = before_unit;
            // `产值 8.5 亿`: a bare 亿 is money when the clause speaks of money.
            let money_word = exp >= 8 || (num.chinese && text[num.start..num.end].ends_with('亿'));
            let clause = ctx.clause_before(start);
            let in_wan =
                exp >= 4 || num.chinese && text[num.start..num.end].ends_with(['万', '亿']);
            if money_word
                && rules
                    .money_context
                    .iter()
                    .any(|w| clause.contains(w.as_str()))
            {
                Unit::Money("CNY".into())
            } else if in_wan && headcount(ctx, start, c.rest()) {
                Unit::Headcount
            } else {
                return None;
            }
        }
        u => u,
    };
    if value_max.is_none() && approx.is_none() {
        if let Some((max, end)) = range_with_unit_repeated(text, &num, c.pos) {
            value_max = Some(max);
            c.pos = end;
        }
    }
    // Qualifier after the unit.
    let mut after = c;
    after.spaces();
    if let Some(q) = after.eat_any(&rules.approx_after) {
        if matches!(q, "以上" | "以下" | "左右" | "以内" | "上下") {
            if approx.is_none() {
                approx = Some(q.to_string());
            }
            c = after;
        }
    }
    // Qualifier before the number.
    let mut text_start = start;
    let mut pre_approx = None;
    if let Some((w, at)) = qualifier_before(text, start, rules) {
        pre_approx = Some(w.to_string());
        if rules.approx_kept.iter().any(|k| k == w) {
            text_start = at;
        }
    }
    // `上百平方公里`: a threshold like `过百亿元`.
    let single = text[num.start..num.end].chars().count() == 1;
    if num.bare_magnitude
        && single
        && pre_approx.is_none()
        && text[..start].ends_with('上')
        && !text[num.end..].starts_with(['多', '余'])
    {
        pre_approx = Some("上".to_string());
        text_start = start - '上'.len_utf8();
    }
    // `成千上万人民`: an idiom, no count (`[quantity] headcount_not_after`)
    if num.bare_magnitude
        && rules
            .headcount
            .not_after
            .iter()
            .any(|w| text[..start].ends_with(w.as_str()))
    {
        return None;
    }
    if num.bare_magnitude {
        // (a sum reached: `规模有望达到万亿元`)
        let reached = matches!(unit, Unit::Money(_))
            && rules
                .magnitude_reached
                .iter()
                .any(|w| text[..start].ends_with(w.as_str()));
        // `十多项`, `百余名`: a magnitude with 多/余 is a count (`数十名` is stopped above).
        let qualified = reached
            || matches!(approx.as_deref(), Some("以上"))
            || single && matches!(approx.as_deref(), Some("多" | "余"))
            || matches!(pre_approx.as_deref(), Some("上"))
            || matches!(
                pre_approx.as_deref(),
                Some("过" | "超" | "超过" | "突破" | "近" | "逾")
            );
        if !qualified {
            return None;
        }
    }
    let scale = |v: Decimal| v.times_pow10(exp);
    let mut fact = match unit {
        Unit::Percent | Unit::Points | Unit::Times => {
            let mut f = growth_or_percent(
                ctx,
                start,
                c.pos,
                num.value,
                unit,
                approx,
                pre_approx.as_deref(),
                text_start,
            )?;
            // a fall's range falls by both ends (`下降3-5%`)
            let fell = f.value.is_some_and(|v| v.mantissa < 0) && num.value.mantissa > 0;
            f.value_max = value_max.map(|m| if fell { m.neg() } else { m });
            return Some(f);
        }
        Unit::Money(cur) => {
            let mut f = Fact::new(Kind::Money, "", text_start, c.pos);
            f.currency = Some(cur);
            f
        }
        Unit::Measure(u) => {
            // Labels: `“要素政策赋能清单16条”` (a count that closes a quotation), `五个“必须统筹好”`.
            let rest = c.rest();
            let small =
                num.chinese && text[num.start..num.end].chars().count() == 1 && text_start == start;
            if rest.starts_with('”') && inside_quotes(text, sentence.0, start)
                || small && rest.starts_with('“')
            {
                return None;
            }
            // `10时20分`: minutes of a clock time, not a count
            if clock_time(ctx, &u, start) {
                return None;
            }
            // `前三名`: a group of ranks, not a count
            if rules
                .quantity_unit_not_after
                .get(&u)
                .is_some_and(|ws| ws.iter().any(|w| text[..start].ends_with(w.as_str())))
            {
                return None;
            }
            // `2300万省外劳动力`: 省 there begins a word.
            if u == "省"
                && rest.starts_with(['外', '内', '级', '委', '政', '长', '会', '属', '直', '际'])
            {
                return None;
            }
            // `9省（区、市）`: the bracket belongs to the count.
            if u.ends_with('省') {
                c.eat("（区、市）");
            }
            let mut f = Fact::new(Kind::Quantity, "", text_start, c.pos);
            f.unit = Some(u);
            f
        }
        Unit::Headcount => Fact::new(Kind::Quantity, "", text_start, c.pos),
        Unit::None => return None,
    };
    fact.value = Some(scale(num.value));
    fact.value_max = value_max.map(scale);
    fact.approx = pre_approx
        .filter(|w| w == "上" || rules.approx_kept.iter().any(|k| k == w))
        .or(approx);
    fact.text = text[fact.byte_start..fact.byte_end].to_string();
    Some(fact)
}

/// A range whose unit is written at both ends (`5.0%—5.5%`, `5亿元-6亿元`): the upper bound
/// and where its unit ends, when the same unit follows a second, larger number.
fn range_with_unit_repeated(text: &str, num: &Number, unit_end: usize) -> Option<(Decimal, usize)> {
    let unit = text[num.end..unit_end].trim_start_matches(' ');
    if unit.is_empty() {
        return None;
    }
    let mut c = Cursor::new(text, unit_end);
    c.eat_any(RANGE_SEPS)?;
    let n2 =
        read_number(text, c.pos).filter(|n2| n2.chinese == num.chinese && !n2.bare_magnitude)?;
    let larger = n2.value.to_f64() > num.value.to_f64();
    (larger && text[n2.end..].starts_with(unit)).then(|| (n2.value, n2.end + unit.len()))
}

/// The ranks listed after one at `end` (`分别居全国第2、第4位`: 4), in its scope.
fn listed_ranks(ctx: &Context, mut end: usize, scope: &str, out: &mut Vec<Fact>) {
    while let Some(caps) = LISTED_RANK.captures(&ctx.text[end..]) {
        let n = caps.name("n").unwrap();
        let Some(v) = rank_value(n.as_str()) else {
            return;
        };
        let whole = caps.get(0).unwrap().as_str();
        let (start, stop) = (
            end + whole.chars().next().map_or(0, char::len_utf8),
            end + whole.len(),
        );
        if ordinal_after(ctx, &ctx.text[stop..]) && caps.name("tail").is_none() {
            return;
        }
        let mut f = Fact::new(Kind::Ranking, &ctx.text[start..stop], start, stop);
        f.value = Some(v);
        f.scope = (!scope.is_empty()).then(|| scope.to_string());
        out.push(f);
        end = stop;
    }
}

/// Whether `before` ends with an ordinal (`第五`, `第3`): the number after it and `、` is one.
fn ordinal_before_list(before: &str) -> bool {
    let digits = before.trim_end_matches(|c: char| c.is_ascii_digit() || chinese_digit(c));
    digits.len() < before.len() && digits.ends_with('第')
}

/// Whether a count in 万/亿 with no unit at `start` counts people (`rules/numbers.toml`
/// `headcount_*`): a noun for people follows within reach (`405万皖北群众`), or a measure stands
/// before it and the count closes its clause (`旅居人数达389.75万、`).
fn headcount(ctx: &Context, start: usize, rest: &str) -> bool {
    let h = &ctx.rules.headcount;
    // a unit a Chinese numeral may not take is still that unit (`三万多名观众`), and an idiom's
    // `上万` no count (`成千上万`)
    if ctx
        .rules
        .quantity_units
        .iter()
        .any(|u| rest.starts_with(u.as_str()))
        || h.not_after
            .iter()
            .any(|w| ctx.text[..start].ends_with(w.as_str()))
    {
        return false;
    }
    let han: String = rest
        .chars()
        .take_while(|&c| super::cursor::is_han(c))
        .take(h.reach)
        .collect();
    if h.nouns.iter().any(|n| han.contains(n.as_str())) {
        return true;
    }
    let closes = rest
        .chars()
        .next()
        .is_none_or(|c| "、，。；,;）)\n".contains(c));
    let mut before = ctx.text[..start].trim_end();
    while let Some(b) = h.verbs.iter().find_map(|v| before.strip_suffix(v.as_str())) {
        before = b;
    }
    closes && h.measures.iter().any(|m| before.ends_with(m.as_str()))
}

/// Whether the number at `start` with unit `u` is a clock time's part (`10时20分`, `8点30分`):
/// the unit is one of `[quantity] clock_units` and the number follows an hour (digits and one of
/// the hour words listed for it).
fn clock_time(ctx: &Context, u: &str, start: usize) -> bool {
    let Some(hours) = ctx.rules.quantity_clock_units.get(u) else {
        return false;
    };
    let before = &ctx.text[..start];
    hours.iter().any(|h| {
        before
            .strip_suffix(h.as_str())
            .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit() || chinese_digit(c)))
    })
}

/// A figure whose unit is said once, after the next one (`2.2个和3.7个百分点`, `2.2和3.7个百分点`):
/// the text after it is an optional `个`, a joiner, a number and `个百分点`.
fn shares_points(ctx: &Context, rest: &str) -> bool {
    let rest = rest.strip_prefix('个').unwrap_or(rest);
    let Some(rest) = ctx
        .rules
        .growth_joiners
        .iter()
        .find_map(|j| rest.strip_prefix(j.as_str()))
    else {
        return false;
    };
    let number = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    number.len() < rest.len() && (number.starts_with("个百分点") || number.starts_with("百分点"))
}

fn read_unit(ctx: &Context, c: &mut Cursor, chinese: bool) -> Unit {
    let rules = ctx.rules;
    if c.eat("%") {
        return Unit::Percent;
    }
    if c.eat("个百分点") || c.eat("百分点") {
        return Unit::Points;
    }
    if c.eat("倍") {
        return Unit::Times;
    }
    if shares_points(ctx, c.rest()) {
        c.eat("个");
        return Unit::Points;
    }
    // Most numbers are not followed by any unit: one look at the next character settles it.
    if c.peek()
        .is_none_or(|ch| rules.unit_first_chars.binary_search(&ch).is_err())
    {
        return Unit::None;
    }
    for (w, cur) in &rules.money_units {
        if c.eat(w) {
            return Unit::Money(cur.clone());
        }
    }
    let save = *c;
    if let Some(u) = c.eat_any(&rules.quantity_units) {
        let own = rules
            .quantity_unit_not_before
            .get(u)
            .map(Vec::as_slice)
            .unwrap_or_default();
        let blocked = rules
            .quantity_not_before
            .iter()
            .chain(own)
            .any(|w| c.rest().starts_with(w.as_str()));
        let arabic_only = chinese && rules.quantity_arabic_only.iter().any(|w| w == u);
        if !blocked
            && !arabic_only
            && (!rules.quantity_index_units.iter().any(|w| w == u)
                || after_index_word(ctx, save.pos))
        {
            // `525个基点` is counted in 基点, the 个 only counts them
            let u = u
                .strip_prefix('个')
                .filter(|r| rules.quantity_units.iter().any(|w| w == r))
                .unwrap_or(u);
            return Unit::Measure(u.to_string());
        }
        *c = save;
    }
    Unit::None
}

/// Whether the clause before `pos` names an index (`中国运输生产指数为182.7点`), so that a
/// `点` after a number is its points, not an hour.
fn after_index_word(ctx: &Context, pos: usize) -> bool {
    let clause = ctx.clause_before(pos);
    ctx.rules
        .quantity_index_words
        .iter()
        .any(|w| clause.contains(w.as_str()))
}

/// `numerator / denominator` in percent: exact when the denominator is a power of ten.
fn percent_of_fraction(numerator: Decimal, denominator: Decimal) -> Option<Decimal> {
    if !denominator.is_integer() || denominator.mantissa <= 0 {
        return None;
    }
    let d = denominator.mantissa;
    let mut p = 0;
    let mut x = d;
    while x % 10 == 0 {
        x /= 10;
        p += 1;
    }
    if x == 1 {
        // n / 10^p × 100
        let v = Decimal {
            mantissa: numerator.mantissa,
            scale: numerator.scale + p,
        };
        return Some(v.times_pow10(2));
    }
    if !numerator.is_integer() {
        return None;
    }
    Some(Decimal::ratio_percent(numerator.mantissa, d))
}

/// The colons that join the parts of a ratio.
const RATIO_COLONS: [char; 3] = ['∶', '：', ':'];

/// Where the ratio whose part starts at `at` begins (`8.7∶` before `41.2`); `at` for no ratio.
pub(super) fn ratio_start(text: &str, at: usize) -> usize {
    let mut first = at;
    while let Some(colon) = char_before(text, first).filter(|c| RATIO_COLONS.contains(c)) {
        let colon_at = first - colon.len_utf8();
        let before = text[..colon_at].trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
        if before.len() == colon_at || text[before.len()..].starts_with('.') {
            break;
        }
        first = before.len();
    }
    first
}

/// The numbers of a ratio (`8.7∶41.2∶50.1`) and which of them a reading starts at.
struct RatioParts {
    parts: Vec<Number>,
    index: usize,
}

impl RatioParts {
    /// The ratio the number at `start` is a part of, if it is one of two or more.
    fn around(text: &str, start: usize) -> Option<RatioParts> {
        let (mut parts, mut index, mut pos) = (Vec::new(), None, ratio_start(text, start));
        while let Some(n) = read_number(text, pos).filter(|n| !n.chinese) {
            if n.start == start {
                index = Some(parts.len());
            }
            let end = n.end;
            parts.push(n);
            match text[end..].chars().next() {
                Some(c) if RATIO_COLONS.contains(&c) => pos = end + c.len_utf8(),
                _ => break,
            }
        }
        let index = index?;
        (parts.len() >= 2).then_some(RatioParts { parts, index })
    }
}

/// A part of a ratio as a percent (`[percent] ratio_cues`): three or more parts that add up to 100
/// are shares of a whole, each its own; `A∶1` after a ratio's name is A hundred percent of the
/// second, read from its first part. Any other ratio (a score, a clock time) is no figure.
fn ratio_share(ctx: &Context, ratio: &RatioParts) -> Option<Fact> {
    let parts = &ratio.parts;
    let part = &parts[ratio.index];
    if parts.len() >= 3 {
        let sum: f64 = parts.iter().map(|p| p.value.to_f64()).sum();
        let whole = (sum - 100.0).abs() < 0.15;
        return whole
            .then(|| finish_percent(ctx, part.start, Cursor::new(ctx.text, part.end), part.value));
    }
    let per_one = parts[1].value.is_integer() && parts[1].value.mantissa == 1;
    let clause = ctx.clause_before(part.start);
    let named = (ctx.rules.ratio_cues.iter()).any(|w| clause.contains(w.as_str()));
    (ratio.index == 0 && per_one && named).then(|| {
        let end = Cursor::new(ctx.text, parts[1].end);
        finish_percent(ctx, part.start, end, part.value.times_pow10(2))
    })
}

fn finish_percent(ctx: &Context, start: usize, mut c: Cursor, value: Decimal) -> Fact {
    let text = ctx.text;
    let mut approx = None;
    let mut after = c;
    after.spaces();
    if let Some(q) = after.eat_any(&["以上", "以下", "左右", "以内"]) {
        approx = Some(q.to_string());
        c = after;
    }
    let mut text_start = start;
    if let Some((w, at)) = qualifier_before(text, start, ctx.rules) {
        if approx.is_none() {
            approx = Some(w.to_string());
        }
        text_start = at;
    }
    let mut f = Fact::new(Kind::Percent, &text[text_start..c.pos], text_start, c.pos);
    f.value = Some(value);
    f.approx = approx;
    f
}

/// A share written in words (`百分之二十一点四`, `七成`) read as the growth it is when a verb or
/// rate of change governs it (`增长百分之二十一点四`, `增长近7成`); else the share `f` as it is.
fn governed_growth(ctx: &Context, num_start: usize, f: Fact) -> Fact {
    let Some(value) = f.value else {
        return f;
    };
    let (end, approx, from) = (f.byte_end, f.approx.clone(), f.byte_start);
    growth_or_percent(
        ctx,
        num_start,
        end,
        value,
        Unit::Percent,
        approx,
        None,
        from,
    )
    .filter(|g| g.kind == Kind::Growth)
    .unwrap_or(f)
}

#[allow(clippy::too_many_arguments)]
fn growth_or_percent(
    ctx: &Context,
    num_start: usize,
    end: usize,
    value: Decimal,
    unit: Unit,
    approx_after: Option<String>,
    pre_approx: Option<&str>,
    text_start: usize,
) -> Option<Fact> {
    let text = ctx.text;
    let rules = ctx.rules;
    // Walk back over the words allowed between verb and figure.
    let mut pos = num_start;
    let mut approx =
        approx_after.filter(|a| matches!(a.as_str(), "以上" | "以下" | "左右" | "以内"));
    // where a higher aim opens (`、力争达到20%`), if one does
    let mut aim_at = None;
    for _ in 0..3 {
        // a rate held at a level governs it too (`涨幅控制在3%以内`, `增速保持在6%左右`), unless
        // a list pairs its figures (`失业率、价格涨幅分别控制在5.5%、2%`: only the last is a rise)
        // (tried first: `保持在` ends with the `在` of `growth_between`)
        let held = || word_before(text, pos, &rules.growth_held_at);
        let held = held().filter(|(_, at)| !before_trimmed(text, *at).ends_with("分别"));
        match held.or_else(|| word_before(text, pos, &rules.growth_between)) {
            Some((w, at)) => {
                if approx.is_none() && rules.growth_approx.iter().any(|a| a == w) {
                    approx = Some(w.to_string());
                }
                if rules.growth_aims.iter().any(|a| a == w) {
                    aim_at = Some(at);
                }
                pos = at;
            }
            None => break,
        }
    }
    let percent = matches!(unit, Unit::Percent);
    let rate = || word_before(text, pos, &rules.growth_rates).filter(|_| percent);
    let fall_rate = || word_before(text, pos, &rules.growth_rates_down).filter(|_| percent);
    let verb = word_before(text, pos, &rules.growth_up)
        .or_else(rate)
        .map(|(w, at)| (w, at, false))
        .or_else(|| {
            word_before(text, pos, &rules.growth_down)
                .or_else(fall_rate)
                .map(|(w, at)| (w, at, true))
        });
    if let Some((_, at, down)) = verb {
        let mut start = at;
        let mut basis = None;
        if let Some((bat, b)) = basis_before(ctx, at) {
            basis = Some(b);
            start = bat;
        }
        let mut f = Fact::new(Kind::Growth, &text[start..end], start, end);
        f.value = Some(if down { value.neg() } else { value });
        f.unit = Some(growth_unit(&unit).to_string());
        f.basis = basis;
        f.approx = approx;
        return Some(f);
    }
    // `分别增长36.3%和12.5%`: a figure joined to a growth figure by 和/、/及 is growth too, and so
    // is a higher aim after one (`增长15%以上、力争达到20%`).
    let joined = before_trimmed(text, aim_at.unwrap_or(num_start));
    if let Some(conj) = rules
        .growth_joiners
        .iter()
        .find(|c| joined.ends_with(c.as_str()))
    {
        let clause = ctx.clause_before(joined.len() - conj.len());
        let tail = before_trimmed(clause, clause.len());
        // `分别增长3.5%以上、7%左右`: the figure before may end with its qualifier
        let tail = rules
            .approx_after
            .iter()
            .find_map(|w| tail.strip_suffix(w.as_str()))
            .unwrap_or(tail);
        // `回升2.3个和2.1个百分点`: the first of two gaps in points names only its `个`
        let shared_points = matches!(unit, Unit::Points)
            && tail
                .strip_suffix('个')
                .is_some_and(|t| t.ends_with(|c: char| c.is_ascii_digit()));
        // (`百分之二十一点四和…`: a share written in words)
        let in_words = tail.rfind("百分之").is_some_and(|k| {
            let digits = &tail[k + "百分之".len()..];
            !digits.is_empty() && digits.chars().all(|c| chinese_digit(c) || c == '点')
        });
        if tail.ends_with('%') || tail.ends_with("个百分点") || shared_points || in_words {
            // only a verb or rate that governs the figure before counts (`增速分别为27.3%、20.3%`):
            // not one inside a noun (`增加值`), nor a verb reaching a level (`提高到60%`), whose
            // joined figures are levels too
            let change = |v: &String| {
                let at = clause.rfind(v.as_str())?;
                let mut after = &clause[at + v.len()..];
                for _ in 0..3 {
                    let Some(w) = rules
                        .growth_between
                        .iter()
                        .chain(&rules.growth_held_at)
                        .find(|w| after.starts_with(w.as_str()))
                    else {
                        break;
                    };
                    after = &after[w.len()..];
                }
                let figure = after
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit() || chinese_digit(c));
                figure.then_some(at)
            };
            let up = rules.growth_up.iter().chain(&rules.growth_rates);
            let up = up.filter_map(change).max();
            let down = rules.growth_down.iter().chain(&rules.growth_rates_down);
            let down = down.filter_map(change).max();
            let mut fell = (up.is_some() || down.is_some()).then_some(down > up);
            // gaps in points joined (`增速分别高于全国12.7个、12个百分点`)
            if fell.is_none() && matches!(unit, Unit::Points) {
                let first_end = joined.len() - conj.len();
                fell = comparison_before(ctx, first_end).map(|(_, down, _)| down);
            }
            if let Some(fell) = fell {
                let mut f = Fact::new(Kind::Growth, &text[text_start..end], text_start, end);
                f.value = Some(if fell { value.neg() } else { value });
                f.unit = Some(growth_unit(&unit).to_string());
                f.approx = approx;
                return Some(f);
            }
        }
    }
    // `高于全国0.7个百分点`, `比上年同期高3.1个百分点`: a gap between two rates, in points.
    if matches!(unit, Unit::Points) {
        if let Some((start, down, basis)) = comparison_before(ctx, pos) {
            let mut f = Fact::new(Kind::Growth, &text[start..end], start, end);
            f.value = Some(if down { value.neg() } else { value });
            f.unit = Some("pp".into());
            f.basis = basis;
            f.approx = approx;
            return Some(f);
        }
    }
    if !matches!(unit, Unit::Percent) {
        return None;
    }
    // `保持40%以上增长`, `8%以上的较快增长`: the percentage is the size of a growth
    let rest = text.get(end..).unwrap_or("").trim_start();
    if rules
        .growth_after
        .iter()
        .any(|w| rest.starts_with(w.as_str()))
    {
        let mut f = Fact::new(Kind::Growth, &text[text_start..end], text_start, end);
        f.value = Some(value);
        f.unit = Some("%".into());
        f.approx = approx.or_else(|| pre_approx.map(str::to_string));
        return Some(f);
    }
    let mut f = Fact::new(Kind::Percent, &text[text_start..end], text_start, end);
    f.value = Some(value);
    f.unit = Some("%".into());
    f.approx = approx.or_else(|| pre_approx.map(str::to_string));
    Some(f)
}

/// A comparative before a figure in points (`[growth] gaps_above`, `gaps_below`): `高于全国`,
/// `高出全部固定资产投资`, `快于2024年` (up to 12
/// characters of what is compared), or a bare `高`/`低` after a basis (`比上年同期高`). Gives the
/// start of the text, whether it is lower, and the basis.
fn comparison_before(ctx: &Context, pos: usize) -> Option<(usize, bool, Option<String>)> {
    let text = ctx.text;
    let clause = ctx.clause_before(pos);
    let clause_start = pos - clause.len();
    for (w, down) in &ctx.rules.growth_gaps {
        let down = *down;
        if let Some(k) = clause.rfind(w.as_str()) {
            let between = &clause[k + w.len()..];
            if between.chars().count() <= 12 && !between.contains(['，', '、', '%']) {
                return Some((clause_start + k, down, None));
            }
        }
    }
    let t = before_trimmed(text, pos);
    let down = if t.ends_with('高') {
        false
    } else if t.ends_with('低') {
        true
    } else {
        return None;
    };
    let at = t.len() - '高'.len_utf8();
    if let Some((bat, basis)) = basis_before(ctx, at) {
        return Some((bat, down, Some(basis)));
    }
    // `比全国高0.5个百分点`
    let k = clause.rfind(['比', '较'])?;
    (clause[k..].chars().count() <= 12).then_some((clause_start + k, down, None))
}

/// `约一半`, `近半数`, `一半以上` (50%): a half is a share only with a qualifier or share word
/// before it (`[percent] half_cues`) or a bound after it.
fn half(ctx: &Context, start: usize, end: usize) -> Option<Fact> {
    let cued = qualifier_before(ctx.text, start, ctx.rules).is_some()
        || (ctx.rules.half_cues.iter())
            .any(|w| before_trimmed(ctx.text, start).ends_with(w.as_str()))
        || ["以上", "左右"]
            .iter()
            .any(|w| ctx.text[end..].starts_with(w));
    cued.then(|| {
        finish_percent(
            ctx,
            start,
            Cursor::new(ctx.text, end),
            Decimal::from_int(50),
        )
    })
}

/// A count of days, not a duration: `优良天数增加22天`, `重污染天气减少38天` (the clause speaks
/// of days with a property); `连续5天`, `26天后` stay out.
fn counted_days(ctx: &Context, start: usize, rest: &str) -> bool {
    let Some(after) = rest.strip_prefix('天') else {
        return false;
    };
    if after.starts_with([
        '后', '内', '前', '以', '里', '时', '的', '左', '来', '之', '中',
    ]) {
        return false;
    }
    let clause = ctx.clause_before(start);
    clause.contains("天数") || clause.contains("天气")
}

/// The unit of a growth figure: percent, percentage points or times.
fn growth_unit(unit: &Unit) -> &'static str {
    match unit {
        Unit::Points => "pp",
        Unit::Times => "倍",
        _ => "%",
    }
}

fn rank_value(s: &str) -> Option<Decimal> {
    parse_arabic(s)
        .or_else(|| parse_chinese(s))
        .filter(|v| v.is_integer() && v.mantissa >= 1 && v.mantissa <= 1000)
}

/// True when what follows `第N` makes it an ordinal or another word (`第三批`, `第一书记`).
fn ordinal_after(ctx: &Context, rest: &str) -> bool {
    ctx.rules
        .ranking_not_after
        .iter()
        .any(|w| rest.starts_with(w.as_str()))
}

fn find_rankings(ctx: &Context) -> Vec<Fact> {
    let text = ctx.text;
    let mut out = Vec::new();
    for caps in ctx.rules.ranking.captures_iter(text) {
        let m = caps.get(0).unwrap();
        let scope = caps.name("scope").map(|s| s.as_str()).unwrap_or("");
        let named = ctx
            .rules
            .ranking_scope_ends
            .iter()
            .any(|w| scope.ends_with(w.as_str()));
        if !scope.is_empty()
            && !scope.starts_with(['全', '同', '省', '市', '区', '国', '县', '在'])
            && !named
        {
            continue;
        }
        let rest = &text[m.end()..];
        let tail = caps.name("tail").map(|t| t.as_str());
        if tail.is_none() && ordinal_after(ctx, rest) {
            continue;
        }
        if tail == Some("位") && rest.starts_with('的') {
            continue;
        }
        let Some(v) = rank_value(&caps["n"]) else {
            continue;
        };
        let mut f = Fact::new(Kind::Ranking, m.as_str(), m.start(), m.end());
        f.value = Some(v);
        f.scope = (!scope.is_empty()).then(|| scope.to_string());
        out.push(f);
        listed_ranks(ctx, m.end(), scope, &mut out);
    }
    scoped_rankings(ctx, &mut out);
    size_rankings(ctx, &mut out);
    // `投资总额第一：`: found from the literal, then the 2–6 Han characters before it.
    for at in memchr::memmem::find_iter(text.as_bytes(), "第一") {
        let after = &text[at + "第一".len()..];
        if !(after.starts_with('：') || after.starts_with(':')) {
            continue;
        }
        let head: String = text[..at]
            .chars()
            .rev()
            .take_while(|c| is_han(*c))
            .take(6)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if head.chars().count() < 2 {
            continue;
        }
        let Some(caps) = TITLE_FIRST.captures(
            &text[at - head.len()
                ..at + "第一".len() + after.chars().next().map(char::len_utf8).unwrap_or(0)],
        ) else {
            continue;
        };
        let w = caps.name("what").unwrap();
        let w_start = at - head.len() + w.start();
        if w.as_str().ends_with("单位") || w.as_str().ends_with('列') || w.as_str().ends_with('排')
        {
            continue;
        }
        let end = at + "第一".len();
        let w_as_str = &text[w_start..at];
        let mut f = Fact::new(Kind::Ranking, &text[w_start..end], w_start, end);
        f.value = Some(Decimal::from_int(1));
        f.subject = Some(w_as_str.to_string());
        out.push(f);
    }
    let won = out.len();
    for caps in ctx.rules.ranking_won.captures_iter(text) {
        let m = caps.get(0).unwrap();
        // (a title that names a kind of thing: `获得国家级制造业单项冠军企业称号`; titles counted:
        // `夺得四项冠军`)
        let counted = caps["between"]
            .chars()
            .any(|c| c.is_ascii_digit() || crate::numerals::is_chinese_numeral_char(c));
        if text[m.end()..].starts_with(is_han) || counted {
            continue;
        }
        out.push(place_won(ctx, m.start(), m.end(), &caps["t"]));
    }
    // `获全省季军`: a second or third place needs no verb.
    for t in &ctx.rules.ranking_titles {
        for at in memchr::memmem::find_iter(text.as_bytes(), t) {
            // a word goes on after it (`叙利亚军方`, a name: `王亚军和团队`), or the places
            // won are a pair (`包揽冠亚军`, `冠、亚、季军`): no rank of its own
            let next = text[at + t.len()..].chars().next();
            if next.is_some_and(is_han) || text[..at].ends_with(['冠', '亚', '、']) {
                continue;
            }
            if !out[won..]
                .iter()
                .any(|f| f.byte_start <= at && at < f.byte_end)
            {
                out.push(place_won(ctx, at, at + t.len(), t));
            }
        }
    }
    out
}

/// A place won (`[ranking] places_won`: `冠军` 1, `亚军` 2), its scope the area of `[ranking]
/// scopes` named just before (`在全市项目拉练中蝉联冠军`).
fn place_won(ctx: &Context, start: usize, end: usize, title: &str) -> Fact {
    let places = &ctx.rules.ranking_places_won;
    let v = places
        .iter()
        .find(|(t, _)| t == title)
        .map_or(1, |(_, v)| *v);
    let mut f = Fact::new(Kind::Ranking, &ctx.text[start..end], start, end);
    f.value = Some(Decimal::from_int(v.into()));
    let before = ctx.clause_before(start);
    f.scope = (ctx.rules.ranking_scopes.iter())
        .find(|s| before.contains(s.as_str()))
        .cloned();
    f
}

/// Ranks without a ranking verb: a scope word of the rules right before `第N` or `首位`
/// (`增速全省第4`, `西部第1位`, `居全国首位`); a verb just before is kept in the text.
fn scoped_rankings(ctx: &Context, out: &mut Vec<Fact>) {
    let text = ctx.text;
    let found = out.len();
    for caps in ctx.rules.ranking_scoped.captures_iter(text) {
        let m = caps.get(0).unwrap();
        if out[..found]
            .iter()
            .any(|f| f.byte_start < m.end() && m.start() < f.byte_end)
        {
            continue;
        }
        let rest = &text[m.end()..];
        let tail = caps.name("tail").is_some();
        if !tail && ordinal_after(ctx, rest)
            || tail && rest.starts_with('的')
            || word_before(text, m.start(), &ctx.rules.ranking_not_before).is_some()
        {
            continue;
        }
        let value = match caps.name("n") {
            Some(n) => rank_value(n.as_str()),
            None => Some(Decimal::from_int(1)),
        };
        let Some(v) = value else { continue };
        let start =
            word_before(text, m.start(), &ctx.rules.ranking_verbs).map_or(m.start(), |(_, at)| at);
        let mut f = Fact::new(Kind::Ranking, &text[start..m.end()], start, m.end());
        f.value = Some(v);
        f.scope = Some(caps["scope"].to_string());
        out.push(f);
    }
}

/// Ranks by size (`第二大贸易伙伴`, `[ranking] size_words`): the word after the size word is
/// what is ranked, the subject. Where a scoped rank holds the same `第N` (`世界第二大经济体`), it
/// only gains that subject.
fn size_rankings(ctx: &Context, out: &mut Vec<Fact>) {
    let text = ctx.text;
    let found = out.len();
    for caps in ctx.rules.ranking_by_size.captures_iter(text) {
        let (m, what) = (caps.get(0).unwrap(), caps.name("what").unwrap());
        let rest = &text[what.start()..];
        let han: usize = (rest.chars().take(8).take_while(|&c| is_han(c)))
            .map(char::len_utf8)
            .sum();
        let noun = match ctx.segmenter {
            Some(seg) => seg.words(&rest[..han]).first().map(|w| w.end - w.start),
            None => Some(what.len()),
        };
        let Some(noun) = noun.map(|n| &rest[..n]) else {
            continue;
        };
        let Some(v) = rank_value(&caps["n"]) else {
            continue;
        };
        if ordinal_after(ctx, rest)
            || word_before(text, m.start(), &ctx.rules.ranking_not_before).is_some()
        {
            continue;
        }
        if let Some(f) =
            (out[..found].iter_mut()).find(|f| f.byte_start < m.end() && m.start() < f.byte_end)
        {
            f.subject.get_or_insert_with(|| noun.to_string());
            continue;
        }
        let end = what.start() + noun.len();
        let mut f = Fact::new(Kind::Ranking, &text[m.start()..end], m.start(), end);
        f.value = Some(v);
        f.subject = Some(noun.to_string());
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_spans_are_the_regex_matches() {
        for t in [
            "全年1,234,567.89元，增长3.5%，1,23元、12,3456、1.、.5、1..2、1,234,",
            "一百二十三点四五万、两千亿、点五、三点、十点两、〇点〇一，第一",
            "１２３（全角）、1٣2、٣٣、①②、1,٣٣٣、6.٣、x9y、",
            "①2½、〇三、Ⅻ、一①2",
            "",
        ] {
            let want: Vec<(usize, usize)> =
                NUMBER.find_iter(t).map(|m| (m.start(), m.end())).collect();
            assert_eq!(number_spans(t), want, "{t}");
        }
    }
}
