//! Use stage: a document's own arithmetic. Parts against the total they are said to make up,
//! shares against the figures they are a share of, the direction a verb claims against the two
//! levels it joins, and a figure 10,000 times off from the same subject elsewhere (万/亿 slips).
//!
//! Every comparison allows the rounding the document printed: `8.4亿元` stands for anything from
//! 8.35 to 8.45亿元, so only a difference larger than the printed precision is a finding.
use crate::fact::{Fact, Kind, Role};
use crate::pipeline::Processed;
use regex::Regex;
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// One inconsistency, with the figures involved.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Finding {
    /// `parts_exceed_total`, `parts_short_of_total`, `part_exceeds_whole`, `share_inconsistent`,
    /// `share_over_100`, `direction_contradicts_verb`, `magnitude_slip`.
    pub check: &'static str,
    pub message: String,
    /// The figures as written, in the order the message names them.
    pub figures: Vec<Figure>,
    pub sentence: String,
    /// Character offsets in the normalised text of the span the finding is about.
    pub start: usize,
    pub end: usize,
    pub page: Option<u32>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Figure {
    pub text: String,
    pub value: f64,
    pub start: usize,
    pub end: usize,
    pub src_start: usize,
    pub src_end: usize,
}

impl Figure {
    fn of(f: &Fact) -> Figure {
        Figure {
            text: f.text.clone(),
            value: value(f),
            start: f.start,
            end: f.end,
            src_start: f.src_start,
            src_end: f.src_end,
        }
    }
}

/// The audit of one document: what was checked and what was found.
#[derive(Debug, Default, serde::Serialize)]
pub struct Audit {
    /// Checks made, by kind (`sum`, `share`, `share_bound`, `direction`, `magnitude`).
    pub checked: BTreeMap<&'static str, usize>,
    pub findings: Vec<Finding>,
}

fn value(f: &Fact) -> f64 {
    f.value.map(|v| v.to_f64()).unwrap_or(f64::NAN)
}

static NUMBER_IN_TEXT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d[\d,，]*(?:\.(\d+))?").unwrap());

/// The number as printed, before its unit (`31.2万元` → 31.2).
fn printed(f: &Fact) -> Option<f64> {
    let m = NUMBER_IN_TEXT.find(&f.text)?;
    m.as_str()
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect::<String>()
        .parse()
        .ok()
}

/// Half a unit of the last digit the document printed, in the fact's own value scale
/// (`8.4亿元` → 0.05亿 = 5,000,000); zero for a whole count (`29个`) and for a number written out
/// in Chinese numerals.
fn half_ulp(f: &Fact) -> f64 {
    printed_half_ulp(&f.text, value(f))
}

/// Half a unit of the last digit printed in `text`, whose value (in the fact's scale) is
/// `value`; zero for a whole count and for Chinese numerals. Shared with the claim checker.
pub fn printed_half_ulp(text: &str, value: f64) -> f64 {
    let Some(m) = NUMBER_IN_TEXT.captures(text) else {
        return 0.0;
    };
    let digits: String = m[0]
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let Ok(printed) = digits.parse::<f64>() else {
        return 0.0;
    };
    if printed == 0.0 || !value.is_finite() {
        return 0.0;
    }
    let decimals = m.get(1).map(|d| d.as_str().len()).unwrap_or(0) as i32;
    let scale = (value / printed).abs();
    if decimals == 0 && (scale - 1.0).abs() < 1e-9 {
        // a count written out whole (`29个`) is exact, not rounded
        return 0.0;
    }
    0.5 * 10f64.powi(-decimals) * scale
}

/// Figures that can be added to or compared with each other: same kind, and the same unit or
/// currency; exact (no qualifier, no range).
fn comparable(a: &Fact, b: &Fact) -> bool {
    a.kind == b.kind
        && match a.kind {
            Kind::Money => a.currency == b.currency,
            Kind::Quantity | Kind::Percent => a.unit == b.unit,
            _ => false,
        }
}

fn exact(f: &Fact) -> bool {
    f.approx.is_none() && f.value_max.is_none() && f.value.is_some()
}

/// Words just before a figure that make it a change (`增加3.2亿元`), not a level.
const CHANGE_BEFORE: &[&str] = &[
    "增加",
    "减少",
    "增长",
    "下降",
    "提高",
    "降低",
    "增收",
    "减收",
    "多",
    "少",
    "同比",
    "比上年",
    "较上年",
    "超出",
];

fn is_change(text: &str, f: &Fact) -> bool {
    let before = chars_before(text, f.byte_start, 4);
    CHANGE_BEFORE.iter().any(|w| before.ends_with(w))
}

/// The `n` characters of `text` before byte `at` (fewer at the start).
fn chars_before(text: &str, at: usize, n: usize) -> &str {
    let from = text[..at]
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map(|(i, _)| i)
        .unwrap_or(0);
    &text[from..at]
}

fn fmt(v: f64) -> String {
    let s = format!("{v:.6}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A sum in the unit the total was written in (`5856万元` → the sum shown in 万元).
fn in_units_of(total: &Fact, v: f64) -> String {
    let Some(m) = NUMBER_IN_TEXT.find(&total.text) else {
        return fmt(v);
    };
    let digits: String = m
        .as_str()
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let printed: f64 = digits.parse().unwrap_or(0.0);
    if printed == 0.0 {
        return fmt(v);
    }
    let scale = value(total) / printed;
    format!("{}{}", fmt(v / scale), &total.text[m.end()..].trim())
}

/// Audits one processed document.
pub fn audit(doc: &Processed) -> Audit {
    let text = &doc.normalized.text;
    let facts = &doc.facts;
    let mut out = Audit::default();
    sums(text, facts, &mut out);
    shares(text, facts, &mut out);
    directions(text, facts, &mut out);
    magnitudes(facts, &mut out);
    out.findings.sort_by_key(|f| (f.start, f.check));
    out
}

/// Parts listed right after a total, in parentheses (`8.4亿元（农行2.4亿元、农发行6亿元）`) or
/// after `其中` (`5856万元，其中…4556万元，…300万元，…1000万元`).
fn sums(text: &str, facts: &[Fact], out: &mut Audit) {
    for t in facts
        .iter()
        .filter(|f| matches!(f.kind, Kind::Money | Kind::Quantity) && exact(f))
    {
        let after = &text[t.byte_end..];
        let (lo, hi, listed) = if after.starts_with(['（', '(']) {
            let open = t.byte_end + after.chars().next().map(char::len_utf8).unwrap_or(1);
            let Some(close) = text[open..].find(['）', ')']).map(|k| open + k) else {
                continue;
            };
            (open, close, "parentheses")
        } else {
            let a = after.trim_start_matches([' ', '，', ',', '；', ';']);
            // (a count's phrase is most often what it counts, `41个竞赛场馆，其中…`, over a
            // list that need not add up: only money is read past one)
            let phrase_ok = t.kind == Kind::Money;
            let a = if a.starts_with("其中") {
                Some(a)
            } else {
                past_phrase(text, facts, text.len() - a.len()).filter(|_| phrase_ok)
            };
            let Some(a) = a else { continue };
            let from = text.len() - a.len();
            let end = text[from..]
                .find(['。', '！', '？', '\n', '；', ';'])
                .map(|k| from + k)
                .unwrap_or(text.len());
            (from, end, "其中")
        };
        // the parts: comparable exact figures in the list, outside any nested parentheses, and
        // not changes (`同比增加3.2亿元`)
        let mut depth = 0i32;
        let mut last = lo;
        let mut parts: Vec<&Fact> = Vec::new();
        for f in facts
            .iter()
            .filter(|f| f.byte_start >= lo && f.byte_end <= hi)
        {
            for c in text[last..f.byte_start].chars() {
                match c {
                    '（' | '(' => depth += 1,
                    '）' | ')' => depth -= 1,
                    _ => {}
                }
            }
            last = f.byte_start;
            if depth == 0 && comparable(t, f) && !is_change(text, f) {
                parts.push(f);
            }
        }
        // an inexact part (`近2亿元`, `亿元以上`) leaves the sum unknowable
        if parts.is_empty() || parts.iter().any(|p| !exact(p)) {
            continue;
        }
        let total = value(t);
        // After `其中` only the first part is surely a part: a later figure larger than the total
        // starts another item of an enumeration (`企业54家，其中…6家，…16家，高新技术企业153家`).
        if listed == "其中" {
            if let Some(k) = parts
                .iter()
                .skip(1)
                .position(|p| value(p) > total + half_ulp(t) + half_ulp(p))
            {
                parts.truncate(k + 1);
            }
        }
        let tol = half_ulp(t) + parts.iter().map(|p| half_ulp(p)).sum::<f64>();
        let sentence = t.sentence.clone();
        let figures = |first: &Fact| {
            std::iter::once(first)
                .chain(parts.iter().copied())
                .map(Figure::of)
                .collect::<Vec<_>>()
        };
        let end = parts.last().map(|p| p.end).unwrap_or(t.end);
        if let Some(p) = parts
            .iter()
            .find(|p| value(p) > total + half_ulp(t) + half_ulp(p))
        {
            out.findings.push(Finding {
                check: "part_exceeds_whole",
                message: format!("the part {} is larger than the whole {}", p.text, t.text),
                figures: vec![Figure::of(t), Figure::of(p)],
                sentence,
                start: t.start,
                end: p.end,
                page: t.page,
            });
            continue;
        }
        if parts.len() < 2 {
            continue;
        }
        *out.checked.entry("sum").or_default() += 1;
        let sum: f64 = parts.iter().map(|p| value(p)).sum();
        let listing = parts
            .iter()
            .map(|p| p.text.replace(' ', ""))
            .collect::<Vec<_>>()
            .join(" + ");
        let short = sum < total - tol
            && sum >= 0.9 * total
            && (listed == "parentheses" || parts.len() >= 3)
            && exhaustive(text, lo, hi);
        let (check, than) = if sum > total + tol {
            ("parts_exceed_total", "more")
        } else if short {
            ("parts_short_of_total", "less")
        } else {
            continue;
        };
        out.findings.push(Finding {
            check,
            message: format!(
                "{listing} = {}, {than} than the total {} stated",
                in_units_of(t, sum),
                t.text
            ),
            figures: figures(t),
            sentence,
            start: t.start,
            end,
            page: t.page,
        });
    }
}

/// The longest phrase that may stand between a total and its `其中` (in characters).
const MAX_PHRASE: usize = 16;

/// `5856万元列入财政预算，其中…`: the text from `其中` when a short phrase without figures or
/// sentence breaks (what was done with the money) stands between it and the total at `from`.
fn past_phrase<'t>(text: &'t str, facts: &[Fact], from: usize) -> Option<&'t str> {
    let rest = &text[from..];
    let (comma, _) = rest
        .char_indices()
        .take(MAX_PHRASE + 1)
        .find(|&(_, c)| c == '，' || c == ',')?;
    let a = rest[comma..].trim_start_matches([' ', '，', ',']);
    let phrase = &rest[..comma];
    if !a.starts_with("其中")
        || phrase.is_empty()
        || phrase.contains(['。', '；', ';', '！', '？', '\n', '：', ':', '（', '('])
    {
        return None;
    }
    let figure = |f: &Fact| {
        matches!(
            f.kind,
            Kind::Money | Kind::Quantity | Kind::Percent | Kind::Growth | Kind::Ranking
        )
    };
    let k = facts.partition_point(|f| f.byte_start < from);
    let blocked = facts[k..]
        .iter()
        .take_while(|f| f.byte_start < from + comma)
        .any(figure);
    (!blocked).then_some(a)
}

/// A list that says it is not all of the total (`等`, `主要`, `包括`) may fall short of it. (The
/// caller also leaves alone a list that falls short by more than a tenth, and a `其中` with only
/// two figures: in real documents those are more often partial lists, or a second clause about
/// something else, than slips.)
fn exhaustive(text: &str, lo: usize, hi: usize) -> bool {
    let list = &text[lo..hi];
    !["等", "主要", "包括", "以及其他", "部分"]
        .iter()
        .any(|w| list.contains(w))
}

static SHARE_OF_TARGET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[，,]?\s*(?:占|完成|达到|为)?\s*(?:全年|年度|今年|本年)?\s*(?:的)?\s*(?:目标|计划|任务)(?:任务)?\s*的?\s*$").unwrap()
});
static SHARE_WORDS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"占[^，。；]{0,20}(?:比重|比例|份额)|占比|所占比").unwrap());
static TARGET_WORDS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"目标|计划|任务|预算").unwrap());

/// `新引进项目20个，占全年目标57.1%`: the share implies a target, which must agree with a target
/// the document states; and a share of a whole (`占…比重`) cannot pass 100%.
fn shares(text: &str, facts: &[Fact], out: &mut Audit) {
    for (i, p) in facts
        .iter()
        .enumerate()
        .filter(|(_, f)| f.kind == Kind::Percent && exact(f))
    {
        let clause = chars_before(text, p.byte_start, 30);
        let clause = clause
            .rsplit(['，', '。', '；', '\n', '：'])
            .next()
            .unwrap_or(clause);
        if SHARE_WORDS.is_match(clause) && !TARGET_WORDS.is_match(clause) {
            *out.checked.entry("share_bound").or_default() += 1;
            if value(p) > 100.0 + half_ulp(p) {
                out.findings.push(Finding {
                    check: "share_over_100",
                    message: format!("a share of a whole cannot be {}", p.text),
                    figures: vec![Figure::of(p)],
                    sentence: p.sentence.clone(),
                    start: p.start,
                    end: p.end,
                    page: p.page,
                });
            }
        }
        // the figure the share is of: the closest money or quantity just before it
        let Some(q) = facts[..i]
            .iter()
            .rev()
            .find(|f| matches!(f.kind, Kind::Money | Kind::Quantity))
        else {
            continue;
        };
        if q.byte_end > p.byte_start
            || !exact(q)
            || !SHARE_OF_TARGET.is_match(&text[q.byte_end..p.byte_start])
        {
            continue;
        }
        let share = value(p) / 100.0;
        if share <= 0.0 {
            continue;
        }
        let implied = value(q) / share;
        // a target the document states for the same thing: a comparable figure stated as a
        // target, of the same size as the one implied
        let stated = facts.iter().find(|r| {
            !std::ptr::eq(*r, q)
                && comparable(q, r)
                && exact(r)
                && (r.role == Some(Role::Target)
                    || TARGET_WORDS.is_match(chars_before(text, r.byte_start, 6)))
                && same_subject(q, r)
                && value(r) > implied * 0.67
                && value(r) < implied * 1.5
        });
        let Some(r) = stated else { continue };
        *out.checked.entry("share").or_default() += 1;
        let (qv, rv) = (value(q), value(r));
        let computed = qv / rv * 100.0;
        let tol = half_ulp(p) + 100.0 * (half_ulp(q) / rv + qv * half_ulp(r) / (rv * rv));
        if (computed - value(p)).abs() > tol {
            out.findings.push(Finding {
                check: "share_inconsistent",
                message: format!(
                    "{} as {} of the target implies a target of {}, but the target stated is {} ({} of it is {:.1}%)",
                    q.text,
                    p.text,
                    in_units_of(q, implied),
                    r.text,
                    q.text,
                    computed
                ),
                figures: vec![Figure::of(q), Figure::of(p), Figure::of(r)],
                sentence: p.sentence.clone(),
                start: q.start,
                end: p.end,
                page: p.page,
            });
        }
    }
}

/// Words that say how a figure stands (done, planned, cumulative), not what it measures.
const STANDING_WORDS: &[&str] = &[
    "实际", "完成", "计划", "全年", "年度", "目标", "任务", "累计", "预计", "力争", "今年", "已",
];

/// Do two figures measure the same thing? Their subjects, stripped of standing words, share
/// at least half of their character pairs.
fn same_subject(a: &Fact, b: &Fact) -> bool {
    let core = |f: &Fact| -> Vec<char> {
        let mut s = f.subject.clone().unwrap_or_default();
        for w in STANDING_WORDS {
            s = s.replace(w, "");
        }
        s.chars().collect()
    };
    let pairs = |c: &[char]| -> std::collections::BTreeSet<(char, char)> {
        c.windows(2).map(|w| (w[0], w[1])).collect()
    };
    let (pa, pb) = (pairs(&core(a)), pairs(&core(b)));
    if pa.is_empty() || pb.is_empty() {
        return false;
    }
    let shared = pa.intersection(&pb).count();
    shared * 2 >= pa.union(&pb).count()
}

static UP_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:增加|增长|增|提高|提升|上升|升|扩大|攀升|跃升)\s*(?:到|至)\s*$").unwrap()
});
static DOWN_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:减少|下降|降低|降|回落|缩小|压减|减)\s*(?:到|至)\s*$").unwrap()
});

/// `由120亿元增加到135亿元`: the verb's direction against the two levels it joins.
fn directions(text: &str, facts: &[Fact], out: &mut Audit) {
    for w in facts.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        // (ranks go the other way: `由369位上升到235位`)
        let rank = matches!(a.unit.as_deref(), Some("位" | "名" | "位次"));
        if !comparable(a, b) || !exact(a) || !exact(b) || a.byte_end > b.byte_start || rank {
            continue;
        }
        if !chars_before(text, a.byte_start, 2).contains(['由', '从']) {
            continue;
        }
        let between = &text[a.byte_end..b.byte_start];
        let up = UP_TO.is_match(between);
        let down = DOWN_TO.is_match(between);
        if !up && !down {
            continue;
        }
        *out.checked.entry("direction").or_default() += 1;
        let tol = half_ulp(a) + half_ulp(b);
        let (va, vb) = (value(a), value(b));
        let wrong = (up && vb < va - tol) || (down && vb > va + tol);
        if wrong {
            out.findings.push(Finding {
                check: "direction_contradicts_verb",
                message: format!(
                    "`{}` says the figure went {}, but {} to {} is {}",
                    between.trim(),
                    if up { "up" } else { "down" },
                    a.text,
                    b.text,
                    if up { "a fall" } else { "a rise" }
                ),
                figures: vec![Figure::of(a), Figure::of(b)],
                sentence: a.sentence.clone(),
                start: a.start,
                end: b.end,
                page: a.page,
            });
        }
    }
}

/// The same subject and period stated twice, the two values 10,000 times apart: one of them
/// took 万 for 亿 or the reverse.
fn magnitudes(facts: &[Fact], out: &mut Audit) {
    let mut groups: BTreeMap<(String, Option<(String, String)>), Vec<&Fact>> = BTreeMap::new();
    for f in facts
        .iter()
        .filter(|f| f.kind == Kind::Money && exact(f) && f.role != Some(Role::Target))
    {
        let Some(s) = f.subject.as_deref().filter(|s| s.chars().count() >= 2) else {
            continue;
        };
        let period = f.period.as_ref().map(|p| (p.start.clone(), p.end.clone()));
        groups.entry((s.to_string(), period)).or_default().push(f);
    }
    for list in groups.values().filter(|l| l.len() >= 2) {
        *out.checked.entry("magnitude").or_default() += 1;
        let lo = list
            .iter()
            .min_by(|a, b| value(a).total_cmp(&value(b)))
            .unwrap();
        let hi = list
            .iter()
            .max_by(|a, b| value(a).total_cmp(&value(b)))
            .unwrap();
        let ratio = value(hi) / value(lo);
        // the same digits under another magnitude (`31.2万元` and `31.2亿元`); two different
        // line items 10,000 times apart by chance are not a slip
        let same_digits = match (printed(lo), printed(hi)) {
            (Some(a), Some(b)) => (a - b).abs() <= 0.01 * a.max(b),
            _ => false,
        };
        if same_digits && (9_000.0..=11_000.0).contains(&ratio) {
            out.findings.push(Finding {
                check: "magnitude_slip",
                message: format!("{} and {} for the same subject ({}) and period are {:.0} times apart: 万 and 亿 confused?", lo.text, hi.text, lo.subject.as_deref().unwrap_or(""), ratio),
                figures: vec![Figure::of(lo), Figure::of(hi)],
                sentence: hi.sentence.clone(),
                start: lo.start.min(hi.start),
                end: lo.end.max(hi.end),
                page: hi.page,
            });
        }
    }
}
