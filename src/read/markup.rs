//! Markdown and HTML written inside a text file (a news archive kept as `.md`, a page saved as
//! `.txt`): tags, entities and markdown markers are deleted, a block tag or `<br>` ends the line,
//! and a heading line (`### 标题`) keeps its text on a line of its own and is recorded. Every
//! stretch of the result maps back to the text it came from. Decided by content: a text with
//! fewer marks than `min_marks` (prose holding a `<` sign) is left as it is.
use super::LineMark;

/// Which tags are known (`rules/normalize.toml` `[markup]`); other `<…>` is text.
#[derive(Debug, Clone)]
pub struct MarkupRules {
    /// Tags (opening or closing) that end a line: `p`, `br`, `div`, `li`…
    pub block_tags: Vec<String>,
    /// Tags deleted without a trace: `strong`, `span`, `a`…
    pub inline_tags: Vec<String>,
    /// Table cells: an opening one becomes a tab, so a row stays one line of cells.
    pub cell_tags: Vec<String>,
    /// Known tags, markdown headings and links a text must hold to be read as marked up.
    pub min_marks: usize,
}

/// A marked-up text with its markup taken out.
#[derive(Debug, Default)]
pub struct Stripped {
    pub text: String,
    /// (byte in `text`, byte in the input) where each stretch copied from the input starts; a
    /// line break standing for a tag and a character standing for an entity have their own.
    pub runs: Vec<(u32, u32)>,
    /// Sorted (byte in `text` of a line start, what the markup said of that line).
    pub marks: Vec<(usize, LineMark)>,
    /// Tags, headings and links found.
    found: usize,
    copying: bool,
    /// Inside a link `[text](url)`: where its `](url)` starts and ends.
    link_tail: Option<(usize, usize)>,
    /// Inside `**emphasis**`: where its closing `**` stands.
    bold_close: Option<usize>,
}

impl Stripped {
    fn copy(&mut self, at: usize, ch: char) {
        if !self.copying {
            self.runs.push((self.text.len() as u32, at as u32));
            self.copying = true;
        }
        self.text.push(ch);
    }

    /// Copies a run of plain text at once (most of a page is plain text).
    fn copy_str(&mut self, at: usize, t: &str) {
        if !self.copying {
            self.runs.push((self.text.len() as u32, at as u32));
            self.copying = true;
        }
        self.text.push_str(t);
    }

    /// A character that stands for the markup at `at` (a tag's line break, an entity's character).
    fn put(&mut self, at: usize, ch: char) {
        self.runs.push((self.text.len() as u32, at as u32));
        self.text.push(ch);
        self.copying = false;
        if ch == '\n' {
            self.marks.push((self.text.len(), LineMark::Break));
        }
    }
}

/// The text without its markup, or None when it does not look marked up.
pub fn strip(text: &str, rules: &MarkupRules) -> Option<Stripped> {
    if !text.contains('<') && !text.contains("# ") && !text.contains("](") {
        return None;
    }
    let mut s = Stripped {
        text: String::with_capacity(text.len()),
        ..Stripped::default()
    };
    let glued = glued_item_numbers(text);
    let mut base = 0;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let mut lead = line_markers(line, &mut s);
        // (an item number is no markdown marker, so the line's lead is 0 there)
        if let Some(&(_, len)) = glued.iter().find(|&&(k, _)| k == n && lead == 0) {
            s.copying = false;
            lead = len;
        }
        inline(text, base + lead, base + line.len(), rules, &mut s);
        base += line.len();
    }
    (s.found >= rules.min_marks.max(1)).then_some(s)
}

/// Markdown markers at the start of a line (heading `#`s, a quote's `>`, a bullet, a rule
/// line `---`), recorded and skipped; their length.
fn line_markers(line: &str, s: &mut Stripped) -> usize {
    let body = line.trim_end_matches(['\n', '\r']);
    let t = body.trim_start_matches(' ');
    let indent = body.len() - t.len();
    if indent > 3 {
        return 0;
    }
    let hashes = t.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes)
        && t[hashes..].starts_with([' ', '\t'])
        && !t[hashes..].trim().is_empty()
    {
        s.found += 1;
        s.marks
            .push((s.text.len(), LineMark::Heading(hashes as u8)));
        s.copying = false;
        return indent + hashes + (t[hashes..].len() - t[hashes..].trim_start().len());
    }
    if is_rule_line(t) {
        s.copying = false;
        return body.len();
    }
    for m in ["> ", "- ", "* ", "+ "] {
        if t.starts_with(m) {
            s.copying = false;
            return indent + m.len();
        }
    }
    0
}

/// The item number of a line of a numbered list (`8.` of `8.王沪宁会见…`), and its length.
fn item_number(line: &str) -> Option<(u32, usize)> {
    let t = line.trim_start_matches(' ');
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let dot = t[digits..]
        .chars()
        .next()
        .filter(|c| matches!(c, '.' | '．'))?;
    let n = t[..digits]
        .parse()
        .ok()
        .filter(|_| (1..=2).contains(&digits))?;
    Some((n, line.len() - t.len() + digits + dot.len_utf8()))
}

/// Lines (by index) of a numbered list whose item opens with a figure (`8.20家外国出版机构…`
/// between `7.…` and `9.…`), with the length of their item number: glued to the figure it would
/// read as one number (`8.20家`, `4.11月份`). Only where a neighbouring item (within a few
/// lines) carries the number before or after, so a line opening with a decimal stays as it is.
fn glued_item_numbers(text: &str) -> Vec<(usize, usize)> {
    let items: Vec<(usize, u32, usize, bool)> = (text.lines().enumerate())
        .filter_map(|(k, line)| {
            let (n, len) = item_number(line)?;
            let glued = line[len..].starts_with(|c: char| c.is_ascii_digit());
            Some((k, n, len, glued))
        })
        .collect();
    let near = |k: usize, n: u32| {
        items
            .iter()
            .any(|&(j, m, _, _)| j.abs_diff(k) <= 8 && (m + 1 == n || m == n + 1))
    };
    (items.iter())
        .filter(|&&(k, n, _, glued)| glued && near(k, n))
        .map(|&(k, _, len, _)| (k, len))
        .collect()
}

/// `---`, `***`, `___` (spaces allowed between): a markdown rule line.
fn is_rule_line(t: &str) -> bool {
    let t = t.trim();
    let Some(c) = t.chars().next() else {
        return false;
    };
    matches!(c, '-' | '*' | '_')
        && t.chars().all(|d| d == c || d == ' ')
        && t.chars().filter(|&d| d == c).count() >= 3
}

/// The markup inside a line, from byte `from` to `to` of `text`.
fn inline(text: &str, from: usize, to: usize, rules: &MarkupRules, s: &mut Stripped) {
    let mut i = from;
    while i < to {
        let rest = &text[i..to];
        if let Some((tail, end)) = s.link_tail {
            if i == tail {
                s.link_tail = None;
                s.copying = false;
                i = end;
                continue;
            }
        }
        let skip = match rest.as_bytes()[0] {
            b'<' => tag_at(rest, rules).map(|(len, leaves)| {
                s.found += 1;
                match leaves {
                    Some(ch) => s.put(i, ch),
                    None => s.copying = false,
                }
                len
            }),
            b'&' => super::html::decode_entity(rest).map(|(ch, len)| {
                s.put(i, ch);
                len
            }),
            b'!' if rest[1..].starts_with('[') => link_at(&rest[1..]).map(|(_, end)| {
                s.found += 1;
                s.copying = false;
                end + 1
            }),
            b'[' if s.link_tail.is_none() => link_at(rest).map(|(close, end)| {
                s.found += 1;
                s.copying = false;
                s.link_tail = Some((i + close, i + end));
                1
            }),
            b'*' if rest.starts_with("**") => emphasis(text, i, to, s).then(|| {
                s.copying = false;
                2
            }),
            _ => None,
        };
        match skip {
            Some(len) => i += len,
            None => {
                let ch = rest.chars().next().expect("i < to");
                s.copy(i, ch);
                i += ch.len_utf8();
                // the plain text up to the next byte that may start markup, in one piece
                let limit = match s.link_tail {
                    Some((tail, _)) if tail > i => tail.min(to),
                    _ => to,
                };
                let plain = text[i..limit]
                    .bytes()
                    .position(|b| matches!(b, b'<' | b'&' | b'!' | b'[' | b'*'))
                    .unwrap_or(limit - i);
                if plain > 0 {
                    s.copy_str(i, &text[i..i + plain]);
                    i += plain;
                }
            }
        }
    }
    s.link_tail = None;
    s.bold_close = None;
}

/// A known tag at the start of `s` (`<p>`, `</p>`, `<br/>`, `<span style="…">`, `<!--…-->`):
/// its length and the character it leaves (a line break, a tab, or none).
fn tag_at(s: &str, rules: &MarkupRules) -> Option<(usize, Option<char>)> {
    if s.starts_with("<!--") {
        return s.find("-->").map(|e| (e + 3, None));
    }
    let closing = s[1..].starts_with('/');
    let body = if closing { &s[2..] } else { &s[1..] };
    let name_len = body.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let name = body[..name_len].to_ascii_lowercase();
    let after = body[name_len..].chars().next()?;
    if name.is_empty() || !matches!(after, '>' | '/' | ' ' | '\t') {
        return None;
    }
    let leaves = if rules.block_tags.contains(&name) {
        Some('\n')
    } else if rules.cell_tags.contains(&name) {
        (!closing).then_some('\t')
    } else if rules.inline_tags.contains(&name) {
        None
    } else {
        return None;
    };
    let end = s.bytes().take(400).position(|b| b == b'>')?;
    (!s[1..end].contains('<')).then_some((end + 1, leaves))
}

/// A markdown link at the start of `s` (`[text](url)`): where its `]` stands and where it ends.
fn link_at(s: &str) -> Option<(usize, usize)> {
    let close = s.bytes().take(300).position(|b| b == b']')?;
    if s[1..close].contains('[') || !s[close + 1..].starts_with('(') {
        return None;
    }
    let url = &s[close + 2..];
    let end = url.bytes().take(1000).position(|b| b == b')')?;
    (end > 0 && !url[..end].contains(char::is_whitespace)).then_some((close, close + 2 + end + 1))
}

/// Is the `**` at byte `i` emphasis: the closing one of an opened pair, or one after a space,
/// punctuation or the line start with a closing `**` later on the line? (`张**` is text.)
fn emphasis(text: &str, i: usize, to: usize, s: &mut Stripped) -> bool {
    if s.bold_close == Some(i) {
        s.bold_close = None;
        return true;
    }
    let opens = text[..i]
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || is_punct(c));
    let after = &text[i + 2..to];
    if !opens
        || s.bold_close.is_some()
        || !after
            .chars()
            .next()
            .is_some_and(|c| !c.is_whitespace() && c != '*')
    {
        return false;
    }
    let close = after.find("**");
    s.bold_close = close.map(|k| i + 2 + k);
    close.is_some()
}

fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c as u32, 0x3000..=0x303F | 0xFF00..=0xFF0F | 0xFF1A..=0xFF20)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> MarkupRules {
        let v = |l: &[&str]| l.iter().map(|s| s.to_string()).collect();
        MarkupRules {
            block_tags: v(&["p", "br", "div", "tr"]),
            inline_tags: v(&["strong", "span"]),
            cell_tags: v(&["td"]),
            min_marks: 2,
        }
    }

    #[test]
    fn tags_entities_and_headings_go_and_map_back() {
        let src = "# 《新闻联播》 (20240828)\n### 标题一\n<p style=\"x\"><strong>央视网消息</strong>：增长5%。&nbsp;</p><p>第二段<br>第三行</p>\n[查看原文](https://a.b/c)\n";
        let s = strip(src, &rules()).unwrap();
        assert_eq!(s.text, "《新闻联播》 (20240828)\n标题一\n\n央视网消息：增长5%。\u{a0}\n\n第二段\n第三行\n\n查看原文\n");
        assert_eq!(s.marks[0], (0, LineMark::Heading(1)));
        assert_eq!(
            s.marks[1],
            (s.text.find("标题一").unwrap(), LineMark::Heading(3))
        );
        for needle in ["央视网消息", "增长5%", "第二段", "第三行", "查看原文"] {
            let t = s.text.find(needle).unwrap();
            let k = s.runs.partition_point(|&(tb, _)| tb as usize <= t) - 1;
            let (tb, db) = s.runs[k];
            let d = db as usize + t - tb as usize;
            assert!(
                src[d..].starts_with(needle),
                "{needle} maps to {:?}",
                &src[d..d + 12]
            );
        }
    }

    #[test]
    fn an_item_number_glued_to_a_figure_goes_and_a_decimal_stays() {
        let src = "# 新闻联播\n## 内容提要\n\n7.王沪宁会见考察团；\n\n8.20家外国出版机构签署备忘录；\n\n9.4.5%的增长\n";
        let s = strip(src, &rules()).unwrap();
        assert!(s.text.contains("\n20家外国出版机构"), "{}", s.text);
        assert!(s.text.contains("7.王沪宁"), "{}", s.text);
        assert!(s.text.contains("\n4.5%的增长"), "{}", s.text);
        let t = s.text.find("20家").unwrap();
        let k = s.runs.partition_point(|&(tb, _)| tb as usize <= t) - 1;
        let (tb, db) = s.runs[k];
        assert!(src[db as usize + t - tb as usize..].starts_with("20家"));
        // alone, a line opening with a decimal is no item
        let s = strip("# 标题\n<p>3.5%的企业增长</p>\n", &rules()).unwrap();
        assert!(s.text.contains("3.5%"), "{}", s.text);
    }

    #[test]
    fn prose_with_a_less_than_sign_and_masked_names_stay() {
        assert!(strip("增速<5%，比重>3%的企业有12家。\n", &rules()).is_none());
        let s = strip("<p>获奖者张**、李**。</p><p>**重点**工作</p>", &rules()).unwrap();
        assert_eq!(s.text, "\n获奖者张**、李**。\n\n重点工作\n");
        let s = strip("<tr><td>项目</td><td>8414万元</td></tr>", &rules()).unwrap();
        assert_eq!(s.text, "\n\t项目\t8414万元\n");
    }
}
