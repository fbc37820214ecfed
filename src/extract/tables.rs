//! Money in tables: budget and final-account tables print bare amounts (`12,121,164`, `738.66`)
//! and say once, in a unit line (`单位：万元`, `金额单位：元`), what they are. Each amount cell of a
//! row (cells apart by tabs) is money in that unit; the row's name is its subject.
use super::Context;
use crate::fact::{Fact, Kind};
use crate::numerals::parse_arabic;
use regex::Regex;
use std::sync::LazyLock;

static AMOUNT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$").unwrap());

/// One line of the text, as a byte range without its line break.
struct Line {
    start: usize,
    end: usize,
}

/// The power of ten a unit line sets, when `line` is one (`编制单位：…\t单位：元` is).
fn unit_of(line: &str, ctx: &Context) -> Option<u32> {
    // the unit line is a cell of its own (`金额单位：元`); `本年收费金额（单位：万元）` heads one column
    for cell in line.split('\t') {
        let cell = cell.trim_start_matches([' ', '（', '(']);
        let at = ["单位", "金额单位", "计量单位"].iter().find_map(|w| {
            cell.find(w)
                .filter(|&k| k == 0 || cell[..k].ends_with(' '))
                .map(|k| k + w.len())
        });
        let Some(at) = at else { continue };
        let line = cell;
        let rest = line[at..].trim_start_matches([' ', '\t']);
        let Some(rest) = rest.strip_prefix(['：', ':']) else {
            continue;
        };
        let rest = rest.trim_start_matches([' ', '\t']);
        for (u, exp) in &ctx.rules.table_units {
            if let Some(after) = rest.strip_prefix(u.as_str()) {
                // `单位：元` ends there; `单位：元/吨` or `单位：元素` is no money unit
                if after
                    .chars()
                    .next()
                    .is_none_or(|c| c == ' ' || c == '\t' || c == '）' || c == ')')
                {
                    return Some(*exp);
                }
            }
        }
    }
    None
}

/// Prose, which no table runs across: a sentence's full stop, or a long line without cells.
fn is_prose(line: &str) -> bool {
    line.contains('。') || !line.contains('\t') && line.chars().count() > 60
}

/// A row's name: the cell after its codes, without a list number (`一、`, `1、`, `（一）`).
fn label_of(cell: &str) -> Option<&str> {
    // `02 事业单位离退休`: a code left in the cell
    let mut t = cell.trim();
    while let Some((head, tail)) = t.split_once(' ') {
        if head.chars().all(|c| c.is_ascii_digit()) {
            t = tail.trim_start();
        } else {
            break;
        }
    }
    let t = t.trim_start_matches(|c: char| {
        c.is_ascii_digit() || "一二三四五六七八九十（）()、.．".contains(c)
    });
    let t = t.trim();
    (t.chars().any(|c| c > '\u{2E7F}')).then_some(t)
}

/// A classification code (`30213`, `05`): digits only, no separator or decimals, more than one.
fn is_code(tok: &str) -> bool {
    tok.len() >= 2 && tok.chars().all(|c| c.is_ascii_digit())
}

/// A bare number that is no amount: a year, or a code, row number or count a row starts with.
fn is_year(tok: &str) -> bool {
    tok.len() == 4
        && tok.starts_with(['1', '2'])
        && tok.parse::<u32>().is_ok_and(|y| (1949..=2100).contains(&y))
}

/// Money facts of table cells under a unit line. `numeric` are the figures numeric.rs found: a
/// figure inside a cell with its own unit stands and the cell gives nothing; one that reads past
/// its cell (a unit taken from the next cell or line) is dropped for the cell's money.
pub fn find_table_money(ctx: &Context, numeric: &mut Vec<Fact>) -> Vec<Fact> {
    let text = ctx.text;
    // a text with no cells has no table (most documents: no need to walk their lines)
    if !text.contains('\t') {
        return Vec::new();
    }
    let mut lines = Vec::new();
    let mut start = 0;
    for (i, _) in text
        .match_indices('\n')
        .chain(std::iter::once((text.len(), "")))
    {
        if i >= start {
            lines.push(Line { start, end: i });
        }
        start = i + 1;
    }
    let units: Vec<Option<u32>> = lines
        .iter()
        .map(|l| unit_of(&text[l.start..l.end], ctx))
        .collect();
    if units.iter().all(Option::is_none) {
        return Vec::new();
    }
    let prose: Vec<bool> = lines
        .iter()
        .map(|l| is_prose(&text[l.start..l.end]))
        .collect();
    let mut out = Vec::new();
    let mut drop = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if prose[i] || units[i].is_some() {
            continue;
        }
        // the nearest unit line above within the table, else below (a page's unit line may come
        // after its rows in reading order)
        let above = (0..i)
            .rev()
            .take_while(|&k| !prose[k])
            .find_map(|k| units[k]);
        let Some(exp) = above.or_else(|| {
            (i + 1..lines.len())
                .take_while(|&k| !prose[k])
                .find_map(|k| units[k])
        }) else {
            continue;
        };
        let row = &text[l.start..l.end];
        let mut label: Option<&str> = None;
        let mut cells = Vec::new(); // (byte start, byte end, row name) of amounts
        let mut off = l.start;
        for cell in row.split('\t') {
            let cell_start = off;
            off += cell.len() + 1;
            let toks: Vec<(usize, &str)> = cell
                .split(' ')
                .scan(cell_start, |p, t| {
                    let s = *p;
                    *p += t.len() + 1;
                    Some((s, t))
                })
                .filter(|(_, t)| !t.is_empty())
                .collect();
            if toks.is_empty() {
                continue;
            }
            if toks.iter().all(|(_, t)| AMOUNT.is_match(t)) {
                // numbers before the row's name are its codes and row numbers
                if label.is_some() || !row.contains(|c: char| c > '\u{2E7F}') {
                    cells.extend(
                        toks.iter()
                            .filter(|(_, t)| !is_year(t))
                            .map(|&(s, t)| (s, s + t.len(), label)),
                    );
                }
            } else if label.is_none() {
                match label_of(cell) {
                    Some(name) => label = Some(name),
                    // a cell that is neither a name nor an amount (`8.57%`, `2024年`): no table row
                    None => break,
                }
            } else if let Some(name) = label_of(cell) {
                // a table of two sides (`收入总计\t…\t支出总计\t…`): the next name, and a code
                // just before it (`30213\t维修（护）费`) is no amount
                while cells.last().is_some_and(|&(s, e, _)| is_code(&text[s..e])) {
                    cells.pop();
                }
                label = Some(name);
            } else {
                // `8.57%` after the name: not a money row
                cells.clear();
                break;
            }
        }
        // a row without a name may start with its code (`22001\t4461.67`)
        if label.is_none()
            && cells.len() > 1
            && cells[0].0 == l.start
            && is_code(&text[cells[0].0..cells[0].1])
        {
            cells.remove(0);
        }
        for (s, e, label) in cells {
            let over: Vec<usize> = numeric
                .iter()
                .enumerate()
                .filter(|(_, f)| f.byte_start < e && s < f.byte_end)
                .map(|(k, _)| k)
                .collect();
            if over
                .iter()
                .any(|&k| numeric[k].byte_start >= s && numeric[k].byte_end <= e)
            {
                continue;
            }
            drop.extend(over);
            let tok = &text[s..e];
            let neg = tok.starts_with('-');
            let Some(v) = parse_arabic(tok.trim_start_matches('-')) else {
                continue;
            };
            let v = v.times_pow10(exp);
            let mut f = Fact::new(Kind::Money, tok, s, e);
            f.value = Some(if neg { v.neg() } else { v });
            f.currency = Some("CNY".to_string());
            f.subject = label.map(str::to_string);
            out.push(f);
        }
    }
    drop.sort_unstable();
    drop.dedup();
    for k in drop.into_iter().rev() {
        numeric.remove(k);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Rules;

    fn money(text: &str) -> Vec<(String, String, Option<String>)> {
        let rules = Rules::embedded();
        let ctx = Context::new(text, &rules, Some(2024));
        let mut numeric = Vec::new();
        find_table_money(&ctx, &mut numeric)
            .into_iter()
            .map(|f| (f.text, f.value.unwrap().to_string(), f.subject))
            .collect()
    }

    #[test]
    fn cells_under_a_unit_line_are_money() {
        let t = "编制单位：某福利院\t单位：元\n类\t款\t项\n208\t05\t02 事业单位离退休\t538,440\t538,440\n合计\t12,121,164\n";
        let got = money(t);
        assert_eq!(got.len(), 3);
        assert_eq!(
            got[0],
            (
                "538,440".to_string(),
                "538440".to_string(),
                Some("事业单位离退休".to_string())
            )
        );
        assert_eq!(got[2].2.as_deref(), Some("合计"));
        let wan = money("单位:万元\n合计\t6.4\t0\n");
        assert_eq!(wan[0].1, "64000");
        assert_eq!(wan[1].1, "0");
        // no unit line, no table money; prose between them parts the table from its unit
        assert!(money("合计\t12,121,164\n").is_empty());
        assert!(money("单位：元\n这是一段说明文字。\n合计\t100\n").is_empty());
        // a code before the second name of a two-sided row, or leading a row without a name
        assert_eq!(
            money("单位：万元\n30114\t医疗费\t0.00\t30213\t维修（护）费\t0.02\n").len(),
            2
        );
        assert_eq!(money("单位：万元\n22001\t4461.67\t2339.58\n").len(), 2);
        // a unit in a column's heading is no table's unit line
        assert!(
            money("信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t96171.6\n").is_empty()
        );
        // years and shares are no amounts
        assert!(money("单位：元\n项目\t2024\n增幅\t8.57%\t3\n").is_empty());
    }
}
