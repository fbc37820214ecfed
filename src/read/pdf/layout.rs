//! Glyphs to text: lines by baseline, left to right; no space between Han characters, a space
//! at a real gap in Latin text, a tab between table cells; text columns read one after the
//! other (recursive cuts along the widest empty gutters); running headers and page numbers out.
use super::content::Glyph;

/// A run of glyphs on one baseline with no wide gap inside.
#[derive(Debug, Clone)]
pub struct Line {
    pub x0: f64,
    pub x1: f64,
    pub y: f64,
    pub size: f64,
    pub glyphs: Vec<Glyph>,
}

impl Line {
    pub fn text(&self) -> String {
        let mut s = String::new();
        let mut prev: Option<&Glyph> = None;
        let mut space = false;
        for g in &self.glyphs {
            // a space the PDF draws is a space in the text (`首 页 区县招商`)
            if g.text.trim().is_empty() {
                space = prev.is_some();
                continue;
            }
            if std::mem::take(&mut space) {
                s.push(' ');
            }
            if let Some(p) = prev {
                let gap = g.x - (p.x + p.width);
                let size = p.size.max(g.size).max(1.0);
                let han = |t: &str| {
                    t.chars().next().is_some_and(is_cjk)
                        || t.chars().next_back().is_some_and(is_cjk)
                };
                if gap > 1.5 * size {
                    s.push('\t'); // a table's cell boundary
                } else if (gap > 0.6 * size || gap > 0.2 * size && !(han(&p.text) && han(&g.text)))
                    && !s.ends_with(' ')
                    && !g.text.starts_with(' ')
                {
                    s.push(' ');
                }
            }
            s.push_str(&g.text);
            prev = Some(g);
        }
        s
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x3134F)
}

/// Groups glyphs into lines: glyphs sharing a baseline, left to right, cut where a gap wider
/// than a character and a half opens (a column gutter or a table's cell boundary), so that the
/// reading order can tell columns apart; [`join_rows`] puts a row's cells back together.
pub fn lines(glyphs: &[Glyph]) -> Vec<Line> {
    let mut rows: Vec<Line> = Vec::new();
    for g in glyphs {
        let size = g.size.max(1.0);
        // recent rows first: text is usually drawn in order
        let found = rows
            .iter_mut()
            .rev()
            .find(|l| (l.y - g.y).abs() < 0.3 * size.min(l.size));
        match found {
            Some(l) => {
                l.x0 = l.x0.min(g.x);
                l.x1 = l.x1.max(g.x + g.width);
                l.size = l.size.max(size);
                l.glyphs.push(g.clone());
            }
            None => rows.push(Line {
                x0: g.x,
                x1: g.x + g.width,
                y: g.y,
                size,
                glyphs: vec![g.clone()],
            }),
        }
    }
    let mut out = Vec::with_capacity(rows.len());
    for mut row in rows {
        row.glyphs.sort_by(|a, b| a.x.total_cmp(&b.x));
        let mut cur: Option<Line> = None;
        for g in row.glyphs {
            let size = g.size.max(1.0);
            if let Some(l) = cur.as_mut() {
                if overdrawn(l, &g) {
                    continue;
                }
                if g.x - l.x1 <= 1.5 * size.max(l.size) {
                    l.x1 = l.x1.max(g.x + g.width);
                    l.size = l.size.max(size);
                    l.glyphs.push(g);
                    continue;
                }
                out.push(cur.take().unwrap());
            }
            cur = Some(Line {
                x0: g.x,
                x1: g.x + g.width,
                y: row.y,
                size,
                glyphs: vec![g],
            });
        }
        out.extend(cur);
    }
    out.retain(|l| l.glyphs.iter().any(|g| !g.text.trim().is_empty()));
    out
}

/// Is `g` a glyph the line already holds, drawn again at (nearly) the same place? Headings are
/// made bold by drawing their text twice a fraction of a point apart ("fake bold"), and a Form
/// XObject may paint itself twice; a character written twice is a character's width apart.
fn overdrawn(l: &Line, g: &Glyph) -> bool {
    let near = |p: &Glyph| {
        let tol = 0.3 * p.width.max(g.width).max(0.1 * g.size.max(1.0));
        (p.x - g.x).abs() <= tol && (p.y - g.y).abs() <= 0.15 * g.size.max(1.0)
    };
    !g.text.trim().is_empty()
        && l.glyphs
            .iter()
            .rev()
            .take(4)
            .any(|p| p.text == g.text && near(p))
}

/// One line of the page's text as read: a row's pieces joined by tabs, with its extent.
#[derive(Debug, Clone)]
pub struct Row {
    pub text: String,
    pub x0: f64,
    pub x1: f64,
    pub y: f64,
    pub size: f64,
    pub glyphs: usize,
}

/// The text of lines in reading order, a row's pieces on one line separated by tabs.
#[cfg(test)]
pub fn join_rows(lines: &[Line]) -> Vec<String> {
    rows(lines).into_iter().map(|r| r.text).collect()
}

/// The rows of lines in reading order, a row's pieces joined by tabs.
pub fn rows(lines: &[Line]) -> Vec<Row> {
    let mut out: Vec<Row> = Vec::new();
    let mut prev: Option<&Line> = None;
    for l in lines {
        let same_row =
            prev.is_some_and(|p| (p.y - l.y).abs() < 0.3 * p.size.min(l.size) && l.x0 >= p.x1);
        match out.last_mut() {
            Some(last) if same_row => {
                last.text.push('\t');
                last.text.push_str(&l.text());
                last.x1 = last.x1.max(l.x1);
                last.glyphs += l.glyphs.len();
            }
            _ => out.push(Row {
                text: l.text(),
                x0: l.x0,
                x1: l.x1,
                y: l.y,
                size: l.size,
                glyphs: l.glyphs.len(),
            }),
        }
        prev = Some(l);
    }
    out
}

/// For each row, whether it continues the row before it: that row is running text that reached
/// the right margin of the page's text, and this one follows right below it from the left
/// margin (not indented as a new paragraph). Table rows (cells apart) never continue.
pub fn wrapped(rows: &[Row]) -> Vec<bool> {
    let text: Vec<&Row> = rows
        .iter()
        .filter(|r| r.glyphs >= 8 && is_prose(&r.text))
        .collect();
    let mut flags = vec![false; rows.len()];
    if text.len() < 3 {
        return flags;
    }
    let mut x0s: Vec<f64> = text.iter().map(|r| r.x0).collect();
    let mut x1s: Vec<f64> = text.iter().map(|r| r.x1).collect();
    x0s.sort_by(|a, b| a.total_cmp(b));
    x1s.sort_by(|a, b| b.total_cmp(a));
    // the third most extreme edges, so that a stray wide line does not set the margins
    let (left, right) = (x0s[2], x1s[2]);
    for i in 1..rows.len() {
        let (p, r) = (&rows[i - 1], &rows[i]);
        let size = p.size.min(r.size);
        let full =
            p.glyphs >= 8 && p.x1 >= right - 1.5 * size && p.x1 - p.x0 >= 0.6 * (right - left);
        let below = p.y > r.y && p.y - r.y <= 2.5 * size && (p.size - r.size).abs() <= 0.2 * size;
        let flush = r.x0 <= left + 0.5 * size;
        flags[i] = full && below && flush && is_prose(&p.text) && is_prose(&r.text);
    }
    flags
}

/// Running text, not a table row: no cells apart (tabs), and Chinese punctuation or at most two
/// spaces (`预算数 决算数 预算数 决算数` and `2.85 0.39 0.00 0.00` are rows of cells).
fn is_prose(t: &str) -> bool {
    !t.contains('\t')
        && (t.contains(['，', '。', '；', '：', '、', '（', '）']) || t.matches(' ').count() <= 2)
}

/// Orders lines for reading: recursive cuts, first across the page at an empty horizontal band,
/// then down an empty vertical gutter between two blocks of running text (so two newspaper
/// columns read one after the other, while a table's columns stay together in rows).
pub fn reading_order(mut lines: Vec<Line>) -> Vec<Line> {
    let mut out = Vec::with_capacity(lines.len());
    cut(&mut lines, &mut out, 0);
    out
}

fn cut(lines: &mut Vec<Line>, out: &mut Vec<Line>, depth: usize) {
    if lines.len() <= 1 || depth > 24 {
        top_down(lines);
        out.append(lines);
        return;
    }
    if let Some(x) = column_gutter(lines) {
        let (mut left, mut right): (Vec<Line>, Vec<Line>) =
            lines.drain(..).partition(|l| l.x1 <= x);
        cut(&mut left, out, depth + 1);
        cut(&mut right, out, depth + 1);
        return;
    }
    if let Some(y) = band_gap(lines) {
        let (mut upper, mut lower): (Vec<Line>, Vec<Line>) = lines.drain(..).partition(|l| l.y > y);
        cut(&mut upper, out, depth + 1);
        cut(&mut lower, out, depth + 1);
        return;
    }
    top_down(lines);
    out.append(lines);
}

fn top_down(lines: &mut [Line]) {
    lines.sort_by(|a, b| {
        let tol = 0.3 * a.size.min(b.size);
        if (a.y - b.y).abs() < tol {
            a.x0.total_cmp(&b.x0)
        } else {
            b.y.total_cmp(&a.y)
        }
    });
}

/// An empty horizontal band wider than the usual line spacing, splitting the lines into an
/// upper and a lower block, each of which has a column gutter (or the split is useless).
fn band_gap(lines: &[Line]) -> Option<f64> {
    let mut ys: Vec<(f64, f64)> = lines.iter().map(|l| (l.y, l.size)).collect();
    ys.sort_by(|a, b| b.0.total_cmp(&a.0));
    for w in ys.windows(2) {
        let gap = w[0].0 - w[1].0;
        if gap > 2.0 * w[0].1.min(w[1].1) {
            let y = (w[0].0 + w[1].0) / 2.0;
            let (upper, lower): (Vec<Line>, Vec<Line>) =
                lines.iter().cloned().partition(|l| l.y > y);
            if column_gutter(&upper).is_some() || column_gutter(&lower).is_some() {
                return Some(y);
            }
        }
    }
    None
}

/// The x of an empty vertical gutter with running text on both sides: no line crosses it, both
/// sides hold several lines, and their lines are long (text, not table cells).
fn column_gutter(lines: &[Line]) -> Option<f64> {
    if lines.len() < 6 {
        return None;
    }
    let x0 = lines.iter().map(|l| l.x0).fold(f64::MAX, f64::min);
    let x1 = lines.iter().map(|l| l.x1).fold(f64::MIN, f64::max);
    let mut spans: Vec<(f64, f64)> = lines.iter().map(|l| (l.x0, l.x1)).collect();
    spans.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut reach = x0;
    let mut best: Option<(f64, f64)> = None;
    for (a, b) in spans {
        if a > reach {
            let gap = a - reach;
            if best.is_none_or(|(g, _)| gap > g) {
                best = Some((gap, (a + reach) / 2.0));
            }
        }
        reach = reach.max(b);
    }
    let (gap, x) = best?;
    let size = median(lines.iter().map(|l| l.size).collect());
    if gap < 0.8 * size || x <= x0 || x >= x1 {
        return None;
    }
    let side =
        |left: bool| -> Vec<&Line> { lines.iter().filter(|l| (l.x1 <= x) == left).collect() };
    let (l, r) = (side(true), side(false));
    let texty = |s: &[&Line]| {
        s.len() >= 3 && median(s.iter().map(|l| l.glyphs.len() as f64).collect()) >= 8.0
    };
    (texty(&l) && texty(&r)).then_some(x)
}

fn median(mut v: Vec<f64>) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

/// A newspaper's masthead (`襄阳日报` across the top of the page in large type) is page
/// furniture, not part of any article: the top line, at least twice the body's size, short,
/// and named like a paper.
pub fn drop_masthead(lines: &mut Vec<Line>) {
    let body = median(lines.iter().map(|l| l.size).collect());
    let Some(top) = lines
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.y.total_cmp(&b.1.y))
        .map(|(k, _)| k)
    else {
        return;
    };
    let t = lines[top].text();
    let t = t.trim();
    let paper = ["日报", "晚报", "时报", "晨报", "早报", "商报", "都市报"]
        .iter()
        .any(|s| t.ends_with(s));
    if lines.len() > 5 && lines[top].size >= 2.0 * body && t.chars().count() <= 8 && paper {
        lines.remove(top);
    }
}

/// Is this line a page number or page furniture by its form (`— 3 —`, `- 3 -`, `第3页`, `3/10`)?
pub fn is_page_number(text: &str) -> bool {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if t.is_empty() {
        return false;
    }
    let core = t.trim_matches(|c: char| matches!(c, '-' | '—' | '–' | '－' | '·' | '•'));
    if !core.is_empty() && core.len() <= 4 && core.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    let digits_or = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if let Some(rest) = core.strip_prefix('第') {
        if let Some(n) = rest.split('页').next() {
            if digits_or(n) && rest.contains('页') && rest.len() <= 24 {
                return true;
            }
        }
    }
    if let Some((a, b)) = core.split_once('/') {
        return digits_or(a) && digits_or(b) && core.len() <= 9;
    }
    false
}

/// The shape of a line for comparing running headers across pages: digits blanked.
pub fn furniture_key(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(text: &str, x: f64, y: f64) -> Glyph {
        Glyph {
            text: text.into(),
            x,
            y,
            width: 10.0,
            size: 10.0,
        }
    }

    #[test]
    fn a_number_split_by_a_font_switch_stays_on_its_line() {
        // `625.8` in one font, `7` in another, then `亿元`: one baseline, one line
        let gs = vec![
            g("6", 0.0, 100.0),
            g("2", 10.0, 100.0),
            g("7", 20.0, 100.2),
            g("亿", 30.0, 100.0),
            g("元", 40.0, 100.0),
        ];
        let ls = lines(&gs);
        assert_eq!(ls.len(), 1);
        assert_eq!(ls[0].text(), "627亿元");
        // drawn out of order (quotes in another font first): still one line, left to right
        let gs = vec![
            g("“", 20.0, 100.0),
            g("首", 0.0, 100.0),
            g("季", 10.0, 100.0),
            g("开", 30.0, 100.0),
        ];
        assert_eq!(join_rows(&reading_order(lines(&gs))), ["首季“开"]);
    }

    #[test]
    fn table_cells_are_separated_and_latin_words_spaced() {
        let gs = vec![
            g("项", 0.0, 50.0),
            g("目", 10.0, 50.0),
            g("8", 60.0, 50.0),
            g("4", 70.0, 50.0),
            g("A", 83.0, 50.0),
        ];
        assert_eq!(join_rows(&reading_order(lines(&gs))), ["项目\t84 A"]);
    }

    #[test]
    fn a_wide_gap_or_a_drawn_space_between_han_characters_is_a_space() {
        // `首 页 区县招商`: navigation words set apart (the normaliser recognises them so)
        let gs = vec![
            g("首", 0.0, 10.0),
            g("页", 18.0, 10.0),
            g("区", 28.0, 10.0),
            g(" ", 38.0, 10.0),
            g("县", 41.0, 10.0),
        ];
        assert_eq!(lines(&gs)[0].text(), "首 页区 县");
        // ordinary spacing between Han characters adds nothing
        let gs = vec![g("投", 0.0, 10.0), g("资", 11.0, 10.0)];
        assert_eq!(lines(&gs)[0].text(), "投资");
    }

    #[test]
    fn a_line_that_reaches_the_margin_continues_on_the_next() {
        let row = |text: &str, x0: f64, x1: f64, y: f64| Row {
            text: text.into(),
            x0,
            x1,
            y,
            size: 10.0,
            glyphs: ((x1 - x0) / 10.0) as usize,
        };
        let rows = vec![
            row(
                "文件、项目审批、通知公告等各类政府信息。2023年，我区在政",
                0.0,
                280.0,
                100.0,
            ),
            row("府网站平台主动公开政府信息 1136条。", 0.0, 190.0, 86.0),
            row(
                "（二）依申请公开情况。进一步规范依申请公开流程，畅通",
                20.0,
                280.0,
                72.0,
            ),
            row("依申请公开受理渠道。", 0.0, 100.0, 58.0),
            row("项目\t金额合计数字很长很长很长很长很长", 0.0, 280.0, 44.0),
            row("人员经费支出合计数字很长很长很长很长", 0.0, 280.0, 30.0),
            row(
                "预算数 决算数 预算数 决算数 预算数 决算数",
                0.0,
                280.0,
                16.0,
            ),
            row("2.85 0.39 0.00 0.00 0.00 0.00", 0.0, 280.0, 2.0),
            row("公务用车购置及运行维护费", 200.0, 280.0, -12.0),
            row("因公出国", 0.0, 40.0, -26.0),
        ];
        assert_eq!(
            wrapped(&rows),
            [false, true, false, true, false, false, false, false, false, false]
        );
    }

    #[test]
    fn page_numbers_are_recognised() {
        for t in ["— 3 —", "- 12 -", "第3页", "第 3 页 共 10 页", "7", "3/10"] {
            assert!(is_page_number(t), "{t}");
        }
        for t in ["2023年", "第三章", "一、总体情况"] {
            assert!(!is_page_number(t), "{t}");
        }
    }
}
