//! Stage 2, normalise: fold the text into the form the rules are written for, and keep a map
//! back to the decoded text (and through it to the source bytes).
//!
//! Every change is one character to one character, or a deletion: full-width digits, letters
//! and `％` become ASCII, CJK radicals become the ideographs they stand for, white space at line
//! ends is dropped, lines broken inside a sentence are rejoined, page furniture is dropped and a
//! run of blank lines becomes one paragraph break. Because nothing is ever inserted, a fact found
//! in the normalised text maps back to exact source bytes.
use crate::read::LineMark;
use crate::rules::Rules;

/// Normalised text of one document with its map back to the decoded text.
#[derive(Debug)]
pub struct Normalized {
    pub text: String,
    /// (normalised byte, decoded byte) where a stretch starts inside which the two texts are
    /// byte-identical; a folded character gets a stretch of its own.
    runs: Vec<(u32, u32)>,
    /// (byte, char) checkpoints of `text` for byte → char conversion.
    char_marks: Vec<(u32, u32)>,
    /// Byte offsets in `text` where a paragraph (a line of the normalised text) starts.
    pub paragraph_starts: Vec<usize>,
    /// Sorted (byte offset in `text` of a line start, heading level 1..6) of the lines that were
    /// markdown headings (`### 标题` in a text file); the `#`s are not in `text`.
    pub headings: Vec<(usize, u8)>,
}

const CHAR_MARK_BYTES: usize = 64;

impl Normalized {
    /// Character index of the byte offset `b` of `text` (which must be a char boundary).
    pub fn char_index(&self, b: usize) -> usize {
        let i = self.char_marks.partition_point(|&(mb, _)| mb as usize <= b);
        let (mb, mc) = if i == 0 {
            (0, 0)
        } else {
            self.char_marks[i - 1]
        };
        mc as usize + self.text[mb as usize..b].chars().count()
    }

    /// The normalised byte offset where the decoded text from byte `d` on begins to show (the
    /// start of the first stretch that comes from at or after `d`).
    pub fn normalized_offset(&self, d: usize) -> usize {
        let i = self.runs.partition_point(|&(_, db)| (db as usize) < d);
        self.runs
            .get(i)
            .map(|&(nb, _)| nb as usize)
            .unwrap_or(self.text.len())
    }

    /// Byte offset in the decoded text of the normalised byte offset `b`.
    pub fn decoded_offset(&self, decoded: &str, b: usize) -> usize {
        if self.runs.is_empty() {
            return 0;
        }
        let i = self.runs.partition_point(|&(nb, _)| nb as usize <= b);
        let (nb, db) = self.runs[i.saturating_sub(1)];
        // Inside a stretch the bytes are identical; a folded character is a stretch of one
        // character, and `b` then names its start.
        (db as usize + b.saturating_sub(nb as usize)).min(decoded.len())
    }

    /// Byte offset in the decoded text just past the character that ends at normalised byte `b`.
    pub fn decoded_end(&self, decoded: &str, b: usize) -> usize {
        if b == 0 {
            return self.decoded_offset(decoded, 0);
        }
        let prev = self.text[..b]
            .char_indices()
            .next_back()
            .map(|(i, _)| i)
            .unwrap_or(0);
        let d = self.decoded_offset(decoded, prev);
        d + decoded[d..].chars().next().map(char::len_utf8).unwrap_or(0)
    }
}

/// One-character folding: `None` drops the character.
#[inline]
pub fn fold_char(ch: char, rules: &Rules) -> Option<char> {
    let c = ch as u32;
    Some(match c {
        0xFF10..=0xFF19 | 0xFF21..=0xFF3A | 0xFF41..=0xFF5A => char::from_u32(c - 0xFEE0)?,
        0xFF05 => '%',
        0xFF0E => '.',
        0xFF0B => '+',
        0xFF0D => '-',
        0xFF5E => '~',
        0xFF0F => '/',
        0x3000 | 0x00A0 | 0x2002..=0x200A => ' ',
        // a tab parts a table's cells (PDF rows, HTML and .docx tables) and stays one
        0x09 => '\t',
        0x200B..=0x200D | 0xFEFF | 0x0D => return None,
        0x2E80..=0x2EFF => *rules.normalize.radicals.get(&ch).unwrap_or(&ch),
        0x2F00..=0x2FD5 => {
            use unicode_normalization::UnicodeNormalization;
            std::iter::once(ch).nfkc().next().unwrap_or(ch)
        }
        _ if c < 0x20 && ch != '\n' => return None,
        _ => ch,
    })
}

/// False when no character of `s` is changed by [`fold_char`]. Most lines of a Chinese text
/// hold nothing to fold, so the bytes are screened first and only the lead bytes of characters
/// that might fold (C0 controls, U+0080–U+00FF, U+2000–U+2FFF, U+3000, U+FE00–U+FFFF) are decoded.
fn needs_folding(s: &str, rules: &Rules) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            0x00..=0x1F => return true,
            0xC2 | 0xE2 | 0xE3 | 0xEF => {
                // `i` is a character boundary: lead bytes are never continuation bytes.
                if let Some(ch) = s[i..].chars().next() {
                    if fold_char(ch, rules) != Some(ch) {
                        return true;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    false
}

fn is_space(ch: char) -> bool {
    ch.is_whitespace() || ch == '\u{3000}'
}

const SENTENCE_END: &[char] = &[
    '。', '！', '？', '；', '!', '?', ';', '：', ':', '”', '」', '』', '…',
];
const CONTINUES: &[char] = &['，', '、', ',', '（', '(', '“', '《', '—', '-', '「', '『'];

struct Line<'a> {
    start: usize,
    text: &'a str,
    /// None when folding changed nothing (most lines): the output is `text` itself.
    folded: Option<String>,
    shape: Shape,
    /// What the reader knew of the line (markup or PDF layout).
    mark: Option<LineMark>,
}

impl Line<'_> {
    fn out(&self) -> &str {
        self.folded.as_deref().unwrap_or(self.text)
    }
}

/// What the line-joining decision needs to know of a line, measured once.
#[derive(Clone, Copy)]
struct Shape {
    chars: usize,
    han: usize,
    /// Display width: East Asian wide characters count 2.
    width: usize,
}

/// How many bytes of `b` `pred` holds, counted in runs of 255 on a byte-wide counter, which the
/// compiler vectorises (a count on `usize` it leaves at one byte a step, several times slower).
#[inline(always)]
pub(crate) fn count_bytes(b: &[u8], pred: impl Fn(u8) -> bool) -> usize {
    b.chunks(255)
        .map(|run| run.iter().fold(0u8, |n, &x| n + u8::from(pred(x))) as usize)
        .sum()
}

/// Counted on the bytes of every line, not by decoding: a character from U+2E80 on has a lead
/// byte from 0xE3 on, or 0xE2 before a byte from 0xBA on (U+2E80 is `E2 BA 80`).
fn shape(s: &str) -> Shape {
    let b = s.as_bytes();
    let chars = s.chars().count();
    let han = count_bytes(b, |x| x >= 0xE3)
        + memchr::memchr_iter(0xE2, b)
            .filter(|&i| b.get(i + 1).is_some_and(|&y| y >= 0xBA))
            .count();
    Shape {
        chars,
        han,
        width: chars + han,
    }
}

/// Normalises decoded text. Pure function of the text and the rules.
pub fn normalize(decoded: &str, rules: &Rules) -> Normalized {
    normalize_marked(decoded, &[], rules)
}

/// The mark a line starting at `pos` gets: a heading or a wrap starting exactly there, else a
/// break anywhere since the last line kept (`pending`); marks before `pos` are consumed.
fn mark_at(
    marks: &[(usize, LineMark)],
    k: &mut usize,
    pos: usize,
    pending: &mut bool,
) -> Option<LineMark> {
    let mut exact = None;
    while *k < marks.len() && marks[*k].0 <= pos {
        match marks[*k] {
            (_, LineMark::Break) => *pending = true,
            (p, m) if p == pos => exact = Some(m),
            _ => {}
        }
        *k += 1;
    }
    exact.or(pending.then_some(LineMark::Break))
}

/// Normalises decoded text whose reader marked some lines (`Decoded::line_marks`): a heading
/// or a line after a break is never joined to its neighbour, a wrapped line is.
pub fn normalize_marked(decoded: &str, marks: &[(usize, LineMark)], rules: &Rules) -> Normalized {
    // Lines with their trimmed content.
    let mut lines: Vec<Line> = Vec::new();
    let mut pos = 0;
    let (mut k, mut pending) = (0, false);
    for raw in decoded.split_inclusive('\n') {
        let body = raw.trim_end_matches(['\n', '\r']);
        let lead = body.len() - body.trim_start_matches(is_space).len();
        let trimmed = body.trim_matches(is_space);
        let folded: Option<String> = needs_folding(trimmed, rules).then(|| {
            let f: String = trimmed
                .chars()
                .filter_map(|c| fold_char(c, rules))
                .collect();
            if f.starts_with(' ') || f.ends_with(' ') {
                f.trim().to_string()
            } else {
                f
            }
        });
        let out = folded.as_deref().unwrap_or(trimmed);
        let mark = mark_at(marks, &mut k, pos, &mut pending);
        if !out.is_empty() && !rules.normalize.is_furniture(out) {
            let shape = shape(out);
            lines.push(Line {
                start: pos + lead,
                text: trimmed,
                folded,
                shape,
                mark,
            });
            pending = false;
        } else if matches!(mark, Some(LineMark::Heading(_))) {
            pending = true; // what follows a heading dropped as furniture starts afresh
        }
        pos += raw.len();
    }
    drop_page_trails(&mut lines);
    let wrap = wrap_width(&lines);
    let mut out = String::with_capacity(decoded.len());
    let mut runs: Vec<(u32, u32)> = Vec::new();
    let mut paragraph_starts = vec![0usize];
    let mut headings = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            if marked_join(&lines[i - 1], line, rules)
                .unwrap_or_else(|| joins(&lines[i - 1], line, wrap, rules))
            {
                // nothing emitted: the break inside the sentence disappears
            } else {
                // paragraph break, mapped to the newline that ended the previous line
                let prev_line = &lines[i - 1];
                let nl = prev_line.start + prev_line.text.len();
                let nl = decoded[nl..].find('\n').map(|k| nl + k).unwrap_or(nl);
                runs.push((out.len() as u32, nl as u32));
                out.push('\n');
                paragraph_starts.push(out.len());
            }
        }
        if let Some(LineMark::Heading(level)) = line.mark {
            headings.push((out.len(), level));
        }
        emit_line(line, rules, &mut out, &mut runs);
    }
    let mut char_marks = Vec::with_capacity(out.len() / CHAR_MARK_BYTES + 1);
    let mut next_mark = 0;
    let mut n = 0u32;
    for (b, &byte) in out.as_bytes().iter().enumerate() {
        // A byte that is not a UTF-8 continuation byte starts a character.
        if byte & 0xC0 != 0x80 {
            if b >= next_mark {
                char_marks.push((b as u32, n));
                next_mark = b + CHAR_MARK_BYTES;
            }
            n += 1;
        }
    }
    Normalized {
        text: out,
        runs,
        char_marks,
        paragraph_starts,
        headings,
    }
}

/// The join decided by the reader's marks, if they decide it: never across a heading or a
/// marked break; always into a wrapped line that is not a list item after a sentence's end.
fn marked_join(prev: &Line, line: &Line, rules: &Rules) -> Option<bool> {
    if matches!(prev.mark, Some(LineMark::Heading(_))) {
        return Some(false);
    }
    match line.mark? {
        LineMark::Break | LineMark::Heading(_) => Some(false),
        LineMark::Wrapped => {
            let ends = prev.out().ends_with(SENTENCE_END);
            (!ends && !rules.normalize.starts_list_item(line.out())).then_some(true)
        }
    }
}

/// Web page trails that only make sense as a sequence: a breadcrumb broken one item a line
/// (`首页⏎>⏎政务信息⏎>⏎要闻`), and the list of related links after `相关报道：` at the end.
fn drop_page_trails(lines: &mut Vec<Line>) {
    let short_label =
        |l: &Line| l.shape.chars <= 12 && !l.out().contains(['。', '，', '；', '：', ':']);
    let mut drop = vec![false; lines.len()];
    for i in 0..lines.len() {
        if matches!(lines[i].out(), ">" | "»" | "›" | "＞" | "&gt;") {
            drop[i] = true;
            if i > 0 && short_label(&lines[i - 1]) {
                drop[i - 1] = true;
            }
            if i + 1 < lines.len() && short_label(&lines[i + 1]) {
                drop[i + 1] = true;
            }
        }
    }
    // `相关报道：` and what follows it while the lines stay short titles (no sentence ends).
    let n = lines.len();
    if let Some(k) = lines.iter().rposition(|l| {
        RELATED
            .iter()
            .any(|r| l.out().trim_end_matches(['：', ':']) == *r)
    }) {
        if k * 2 >= n {
            drop[k] = true;
            for j in k + 1..n {
                let l = lines[j].out();
                if l.chars().count() > 60 || l.ends_with(['。', '！', '？']) {
                    break;
                }
                drop[j] = true;
            }
        }
    }
    if drop.iter().any(|&d| d) {
        let mut i = 0;
        lines.retain(|_| {
            i += 1;
            !drop[i - 1]
        });
    }
}

/// Headings of a page's related-links list.
const RELATED: &[&str] = &[
    "相关报道",
    "相关文档",
    "相关链接",
    "相关新闻",
    "相关阅读",
    "相关稿件",
    "相关文章",
    "延伸阅读",
    "推荐阅读",
];

/// `来源：⏎湖北日报`: a page's label on one line and its value on the next are one line.
fn is_label_line(s: &str) -> bool {
    let Some(body) = s.strip_suffix(['：', ':']) else {
        return false;
    };
    let body = body.trim();
    matches!(
        body,
        "来源"
            | "信息来源"
            | "文章来源"
            | "发布时间"
            | "发表时间"
            | "发布日期"
            | "时间"
            | "日期"
            | "作者"
            | "编辑"
            | "责任编辑"
            | "发布机构"
            | "发文机关"
            | "成文日期"
            | "发文字号"
    )
}

fn emit_line(line: &Line, rules: &Rules, out: &mut String, runs: &mut Vec<(u32, u32)>) {
    let Some(folded) = &line.folded else {
        runs.push((out.len() as u32, line.start as u32));
        out.push_str(line.text);
        return;
    };
    // The line's output is exactly its folded, trimmed text: walk the source characters, skip
    // the folded spaces in front, and stop when that many bytes are out. A character that
    // folding changed gets a stretch of its own, and so does what follows it.
    let target = folded.len();
    let mut emitted = 0;
    let mut started = false;
    let mut need_run = true;
    for (off, ch) in line.text.char_indices() {
        if emitted >= target {
            break;
        }
        let Some(f) = fold_char(ch, rules) else {
            need_run = true;
            continue;
        };
        if !started {
            if f == ' ' {
                need_run = true;
                continue;
            }
            started = true;
        }
        let changed = f != ch;
        if need_run || changed {
            runs.push((out.len() as u32, (line.start + off) as u32));
        }
        need_run = changed;
        out.push(f);
        emitted += f.len_utf8();
    }
}

/// The width at which a typesetter wrapped the lines, if the document shows one: the most
/// common display width among longer lines, when enough lines share it.
fn wrap_width(lines: &[Line]) -> Option<usize> {
    let widths: Vec<usize> = lines
        .iter()
        .map(|l| l.shape.width)
        .filter(|&w| w >= 16)
        .collect();
    if widths.len() < 4 {
        return None;
    }
    let mut hist = std::collections::HashMap::new();
    for &w in &widths {
        *hist.entry(w).or_insert(0usize) += 1;
    }
    let (&best, _) = hist.iter().max_by_key(|&(w, n)| (*n, *w))?;
    let near = widths
        .iter()
        .filter(|&&w| w + 3 >= best && w <= best + 3)
        .count();
    // A typesetter's width is shared by many lines and is wider than a heading.
    (near >= 5 && near * 10 >= widths.len() * 4 && (24..=120).contains(&best)).then_some(best)
}

fn joins(prev_line: &Line, next_line: &Line, wrap: Option<usize>, rules: &Rules) -> bool {
    let (prev, next) = (prev_line.out(), next_line.out());
    // a table's row (cells apart by tabs) stays a row
    if prev_line.text.contains('\t') || next_line.text.contains('\t') {
        return false;
    }
    let Some(last) = prev.chars().next_back() else {
        return false;
    };
    if is_label_line(prev) && next.chars().count() <= 40 {
        return true;
    }
    if SENTENCE_END.contains(&last) || rules.normalize.starts_list_item(next) {
        return false;
    }
    if CONTINUES.contains(&last) {
        return true;
    }
    // A number on one line and its unit on the next (`8414⏎万元`).
    if last.is_ascii_digit() && rules.starts_with_unit(next) {
        return true;
    }
    let Shape {
        chars: n,
        han,
        width: w,
    } = prev_line.shape;
    if let Some(wrap) = wrap {
        if w + 4 >= wrap {
            return true;
        }
    }
    // A long line of Chinese that stops without punctuation is a sentence that goes on
    // (headings are short; long lines of Latin text, URLs or CSV are not wrapped prose).
    n >= 40
        && han * 2 >= n
        && (last as u32) >= 0x2E80
        && next
            .chars()
            .next()
            .is_some_and(|c| (c as u32) >= 0x2E80 || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_counted_in_runs_are_counted_as_one_by_one() {
        let b: Vec<u8> = (0..2000u32).map(|i| (i * 37 % 256) as u8).collect();
        for n in [0, 1, 254, 255, 256, 2000] {
            let want = b[..n].iter().filter(|&&x| x >= 0xE3).count();
            assert_eq!(count_bytes(&b[..n], |x| x >= 0xE3), want);
        }
        for s in [
            "",
            "中文abc",
            "⺀⻳⼀“”…é𠀀。，",
            "\u{2E7F}\u{2E80}\u{2FFF}",
        ] {
            let by_chars = s.chars().filter(|&c| c as u32 >= 0x2E80).count();
            let got = shape(s);
            assert_eq!((got.chars, got.han), (s.chars().count(), by_chars), "{s}");
        }
    }

    #[test]
    fn headings_and_signature_lines_stay_apart() {
        let rules = Rules::embedded();
        let src = "情 况 通 报\n\n青溪县人民政府办公室\n\n2024年4月18日\n\n2024年一季度全县重点项目建设情况通报\n\n今年以来，全县上下紧扣年度目标任务，全力推进项目建设。\n\n一、总体情况\n\n1-3月，全县新签约项目18个。\n\n二、重点项目进展\n\n关于溪口物流园项目，已签订正式协议。\n";
        let n = normalize(src, &rules);
        assert!(
            n.text.contains("办公室\n2024年4月18日\n2024年一季度"),
            "{}",
            n.text
        );
        assert!(n.text.contains("情况通报\n今年以来"), "{}", n.text);
        assert!(n.text.contains("进展\n关于"), "{}", n.text);
    }

    #[test]
    fn tool_bars_go_and_latin_lines_stay() {
        let rules = Rules::embedded();
        let src = "下载\n打印\n全屏\n【字号：\n加大\n】\nprovince,year,title,source_url,publish_date,full_text,more,columns\n江苏省,2026,2026年江苏省政府工作报告\n全省经济运行总体平稳。\n";
        let n = normalize(src, &rules);
        assert!(
            !n.text.contains("下载") && !n.text.contains("字号"),
            "{}",
            n.text
        );
        assert!(
            n.text.contains("full_text,more,columns\n江苏省"),
            "a long Latin line is not joined: {}",
            n.text
        );
    }

    #[test]
    fn folds_full_width_and_radicals() {
        let rules = Rules::embedded();
        let n = normalize("汽⻋产量２２６６５台，增长２２．９％", &rules);
        assert_eq!(n.text, "汽车产量22665台，增长22.9%");
    }

    #[test]
    fn folded_characters_map_back_to_their_source_bytes() {
        let rules = Rules::embedded();
        let src = "\u{3000}增长２２．９％，汽⻋3辆";
        let n = normalize(src, &rules);
        assert_eq!(n.text, "增长22.9%，汽车3辆");
        for (b, ch) in n.text.char_indices() {
            let d = n.decoded_offset(src, b);
            let e = n.decoded_end(src, b + ch.len_utf8());
            let source = &src[d..e];
            assert_eq!(source.chars().count(), 1, "{ch} maps to {source:?}");
            assert_eq!(fold_char(source.chars().next().unwrap(), &rules), Some(ch));
        }
    }

    #[test]
    fn rejoins_wrapped_lines_and_maps_back() {
        let rules = Rules::embedded();
        let src = "1-3 月全区新能源汽车产量 22665 台，\n\n同比增长 22.9%。全区认真落实各项工作部署，加快推进重点项目建设，关于易捷特 BBG24 项\n\n目已签订正式协议。\n\n二、存在问题\n";
        let n = normalize(src, &rules);
        assert!(n.text.contains("BBG24 项目已签订"), "{}", n.text);
        assert!(n.text.contains("22665 台，同比增长"), "{}", n.text);
        assert!(n.text.contains("协议。\n二、存在问题"), "{}", n.text);
        let b = n.text.find("目已").unwrap();
        let d = n.decoded_offset(src, b);
        assert!(src[d..].starts_with("目已"));
    }

    #[test]
    fn marked_headings_stay_apart_and_wrapped_lines_join() {
        let rules = Rules::embedded();
        // a heading without punctuation before a long line that would otherwise take it in
        let src = "全省新能源汽车产量快速增长\n央视网消息：全省新能源汽车产量22665台，同比增长22.9%，全区认真落实各项工作部署\n加快推进\n政\n府网站平台\n";
        let marks = [
            (0, LineMark::Heading(3)),
            (src.find("加快").unwrap(), LineMark::Break),
            (src.find("府网").unwrap(), LineMark::Wrapped),
        ];
        let n = normalize_marked(src, &marks, &rules);
        assert_eq!(n.text, "全省新能源汽车产量快速增长\n央视网消息：全省新能源汽车产量22665台，同比增长22.9%，全区认真落实各项工作部署\n加快推进\n政府网站平台");
        assert_eq!(n.headings, [(0, 3)]);
        let b = n.text.find("府网").unwrap();
        assert!(src[n.decoded_offset(src, b)..].starts_with("府网"));
    }

    #[test]
    fn a_decimal_on_its_own_line_is_no_list_item_and_a_link_text_is_furniture() {
        let rules = Rules::embedded();
        assert!(!rules
            .normalize
            .starts_list_item("60.54%。主要原因是：经费增加。"));
        assert!(
            rules.normalize.starts_list_item("1.总体情况")
                && rules.normalize.starts_list_item("12、住房保障支出")
        );
        assert!(rules.normalize.is_furniture("查看原文"));
    }
}
