//! HTML to text: the main text of a news or government page, without its navigation, share bars,
//! footers and tool bars, plus what the page says about itself (title, publish date, source).
//!
//! No DOM library: a small tolerant tokenizer builds a tree of elements and a list of text
//! blocks (one per paragraph, list item, table row or `<br>` line). The main text is the
//! element whose blocks carry the most prose (characters outside links, weighted by Chinese
//! punctuation), as Readability does it; elements that are navigation by their tag or class
//! (`nav`, `footer`, `share`, `breadcrumb`… listed in `rules/normalize.toml`) never count.
//! Every character of the output keeps a map back to its offset in the HTML, so facts found
//! in a page point at its bytes.
use regex::Regex;
use std::sync::LazyLock;

/// What decides which parts of a page are boilerplate (from `rules/normalize.toml`, `[html]`).
#[derive(Debug, Clone)]
pub struct HtmlRules {
    /// Elements that are never main text (`nav`, `footer`, `aside`…).
    pub boilerplate_tags: Vec<String>,
    /// Class or id words (split at `-`, `_` and spaces) that mark navigation and clutter.
    pub boilerplate_words: Vec<String>,
    /// Class or id fragments that suggest the article body (`content`, `article`, `zoom`…).
    pub content_words: Vec<String>,
}

/// The text of a page.
#[derive(Debug, Default)]
pub struct HtmlText {
    /// The title first (when the main text does not begin with it), then the main text's blocks,
    /// one per line.
    pub text: String,
    /// (text byte, HTML byte) where a stretch copied character by character from the HTML starts.
    pub runs: Vec<(u32, u32)>,
    pub title: Option<String>,
    /// `YYYY-MM-DD`, from the page (`发布日期：`, `时间：`, a date meta tag).
    pub published: Option<String>,
    /// The `来源：` of the page (the outlet that first published it).
    pub source: Option<String>,
    /// Characters of text left out as navigation and clutter.
    pub dropped_chars: usize,
    /// Set when no element stood out as the main text and the whole page was kept.
    pub whole_page: bool,
}

/// Elements whose content is not text (skipped whole).
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "textarea",
    "select", "canvas", "video", "audio",
];
/// Elements with no content and no end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "basefont", "frame", "keygen",
];
/// Elements that start and end a block of text.
const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "html",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "ul",
    "caption",
    "option",
    "legend",
];
/// Table cells: a row stays one line, cells separated by a tab.
const CELL: &[&str] = &["td", "th"];

#[derive(Debug)]
struct Node {
    parent: Option<usize>,
    tag: String,
    boiler: bool,
    /// Multiplier from the class and id (content words > 1).
    hint: f32,
    score: f32,
    chars: u32,
    links: u32,
    prose: u32,
}

#[derive(Debug, Default)]
struct Block {
    node: usize,
    text: String,
    runs: Vec<(u32, u32)>,
    /// HTML offset just past the last character copied (where the line break is mapped).
    end_src: usize,
    next_src: usize,
    pending_space: bool,
    chars: u32,
    link_chars: u32,
    punct: u32,
    boiler: bool,
    heading: bool,
}

impl Block {
    fn push_char(&mut self, ch: char, src: usize, src_len: usize, in_link: bool) {
        if self.runs.is_empty() || self.next_src != src {
            self.runs.push((self.text.len() as u32, src as u32));
        }
        self.text.push(ch);
        self.end_src = src + src_len;
        // Inside a stretch characters map byte for byte; after an entity or an inserted tab
        // the next character starts a stretch of its own.
        self.next_src = if src_len == ch.len_utf8() {
            self.end_src
        } else {
            usize::MAX
        };
        if !ch.is_whitespace() {
            self.chars += 1;
            if in_link {
                self.link_chars += 1;
            }
            if matches!(ch, '，' | '。' | '；' | '、' | '：' | '！' | '？') {
                self.punct += 1;
            }
        }
    }

    fn is_empty(&self) -> bool {
        self.chars == 0
    }
}

struct Parser<'a> {
    html: &'a str,
    rules: &'a HtmlRules,
    nodes: Vec<Node>,
    stack: Vec<usize>,
    blocks: Vec<Block>,
    cur: Block,
    links: usize,
    pre: usize,
    page_title: Option<(String, usize)>,
    meta_date: Option<String>,
    meta_source: Option<String>,
}

fn is_cjk(c: char) -> bool {
    (c as u32) >= 0x2E80
}

impl<'a> Parser<'a> {
    fn new(html: &'a str, rules: &'a HtmlRules) -> Self {
        let root = Node {
            parent: None,
            tag: "#root".into(),
            boiler: false,
            hint: 1.0,
            score: 0.0,
            chars: 0,
            links: 0,
            prose: 0,
        };
        Parser {
            html,
            rules,
            nodes: vec![root],
            stack: vec![0],
            blocks: Vec::new(),
            cur: Block::default(),
            links: 0,
            pre: 0,
            page_title: None,
            meta_date: None,
            meta_source: None,
        }
    }

    fn top(&self) -> usize {
        *self.stack.last().unwrap_or(&0)
    }

    fn flush(&mut self) {
        let node = self.top();
        let mut b = std::mem::take(&mut self.cur);
        if !b.is_empty() {
            while b.text.ends_with(' ') {
                b.text.pop();
            }
            b.node = node;
            b.boiler = self.nodes[node].boiler;
            let mut n = Some(node);
            while let Some(i) = n {
                let t = &self.nodes[i].tag;
                if matches!(t.as_str(), "h1" | "h2" | "h3") {
                    b.heading = true;
                }
                n = self.nodes[i].parent;
            }
            self.blocks.push(b);
        }
    }

    /// Text between tags: entities decoded, white space collapsed (kept inside `<pre>`), no
    /// space between two Han characters that the page's source broke across lines.
    fn text(&mut self, s: &str, base: usize) {
        let in_link = self.links > 0;
        let mut i = 0;
        while i < s.len() {
            let ch = s[i..].chars().next().unwrap_or(' ');
            let (out, len) = if ch == '&' {
                decode_entity(&s[i..]).unwrap_or(('&', 1))
            } else {
                (ch, ch.len_utf8())
            };
            let src = base + i;
            i += len;
            if self.pre == 0 && matches!(out, ' ' | '\n' | '\t' | '\r' | '\x0c') {
                self.cur.pending_space = true;
                continue;
            }
            if self.pre > 0 && out == '\n' {
                self.flush();
                continue;
            }
            if out == '\r' {
                continue;
            }
            if self.cur.pending_space {
                self.cur.pending_space = false;
                if let Some(prev) = self.cur.text.chars().next_back() {
                    if !(is_cjk(prev) && is_cjk(out)) && prev != ' ' && prev != '\t' {
                        self.cur.push_char(' ', src.saturating_sub(1), 1, in_link);
                    }
                }
            }
            self.cur.push_char(out, src, len, in_link);
        }
    }

    fn open(&mut self, tag: &str, attrs: &Attrs, self_closing: bool) {
        match tag {
            "br" => {
                self.flush();
                return;
            }
            "hr" => {
                self.flush();
                return;
            }
            "meta" => {
                self.meta(attrs);
                return;
            }
            "img" => return,
            _ => {}
        }
        if VOID.contains(&tag) {
            return;
        }
        // end tags that HTML lets a page leave out
        let closes: &[&str] = match tag {
            "p" => &["p"],
            "li" => &["li"],
            "dt" | "dd" => &["dt", "dd"],
            "tr" => &["tr", "td", "th"],
            "td" | "th" => &["td", "th"],
            "option" => &["option"],
            _ => &[],
        };
        if let Some(&t) = self.stack.last() {
            if closes.contains(&self.nodes[t].tag.as_str()) {
                let name = self.nodes[t].tag.clone();
                self.close(&name);
                if tag == "tr" {
                    if let Some(&t2) = self.stack.last() {
                        if self.nodes[t2].tag == "tr" {
                            self.close("tr");
                        }
                    }
                }
            }
        }
        if BLOCK.contains(&tag) || tag.starts_with('h') && tag.len() == 2 {
            self.flush();
        }
        if CELL.contains(&tag) && !self.cur.is_empty() {
            let src = self.cur.end_src;
            self.cur.push_char('\t', src, 0, false);
            self.cur.pending_space = false;
        }
        let parent = self.top();
        let hidden = attrs.get("hidden").is_some()
            || attrs.get("style").map(|s| {
                let s: String = s
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect::<String>()
                    .to_ascii_lowercase();
                s.contains("display:none") || s.contains("visibility:hidden")
            }) == Some(true);
        let class_id = format!(
            "{} {}",
            attrs.get("class").unwrap_or(""),
            attrs.get("id").unwrap_or("")
        )
        .to_ascii_lowercase();
        let boiler = self.nodes[parent].boiler
            || hidden
            || self.rules.boilerplate_tags.iter().any(|t| t == tag)
            || class_id
                .split(|c: char| c == '-' || c == '_' || c.is_whitespace())
                .any(|w| !w.is_empty() && self.rules.boilerplate_words.iter().any(|b| b == w));
        let hint = if self
            .rules
            .content_words
            .iter()
            .any(|w| class_id.contains(w.as_str()))
        {
            1.5
        } else {
            1.0
        };
        self.nodes.push(Node {
            parent: Some(parent),
            tag: tag.to_string(),
            boiler,
            hint,
            score: 0.0,
            chars: 0,
            links: 0,
            prose: 0,
        });
        let id = self.nodes.len() - 1;
        self.stack.push(id);
        if tag == "a" {
            self.links += 1;
        }
        if tag == "pre" {
            self.pre += 1;
        }
        if self_closing {
            self.close(tag);
        }
    }

    fn close(&mut self, tag: &str) {
        if tag == "br" {
            self.flush();
            return;
        }
        let Some(pos) = self.stack.iter().rposition(|&i| self.nodes[i].tag == tag) else {
            return;
        };
        if pos == 0 {
            return;
        }
        while self.stack.len() > pos {
            let i = self.top();
            let t = self.nodes[i].tag.clone();
            if BLOCK.contains(&t.as_str()) || (t.starts_with('h') && t.len() == 2) {
                self.flush();
            }
            if t == "a" {
                self.links = self.links.saturating_sub(1);
            }
            if t == "pre" {
                self.pre = self.pre.saturating_sub(1);
            }
            self.stack.pop();
        }
    }

    fn meta(&mut self, attrs: &Attrs) {
        let key = attrs
            .get("name")
            .or_else(|| attrs.get("property"))
            .or_else(|| attrs.get("itemprop"))
            .unwrap_or("")
            .to_ascii_lowercase();
        let Some(content) = attrs.get("content") else {
            return;
        };
        let content = decode_entities(content);
        match key.as_str() {
            "pubdate"
            | "publishdate"
            | "firstpublishedtime"
            | "publishtime"
            | "article:published_time"
            | "dc.date"
            | "dc.date.created"
            | "datepublished"
            | "releasedate" => {
                if self.meta_date.is_none() {
                    self.meta_date = find_date(&content);
                }
            }
            "contentsource" | "source" | "articlesource" | "og:site_name"
                if self.meta_source.is_none() && key != "og:site_name" =>
            {
                let c = content.trim();
                if !c.is_empty() && c.chars().count() <= 30 {
                    self.meta_source = Some(c.to_string());
                }
            }
            _ => {}
        }
    }

    fn run(mut self) -> HtmlText {
        let html = self.html;
        let b = html.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let Some(k) = html[i..].find('<') else {
                self.text(&html[i..], i);
                break;
            };
            if k > 0 {
                self.text(&html[i..i + k], i);
            }
            i += k;
            let rest = &b[i..];
            if rest.starts_with(b"<!--") {
                i = comment_end(html, i);
            } else if rest.len() > 1 && (rest[1] == b'!' || rest[1] == b'?') {
                i = html[i..].find('>').map(|e| i + e + 1).unwrap_or(b.len());
            } else if rest.len() > 2 && rest[1] == b'/' && rest[2].is_ascii_alphabetic() {
                let end = html[i..].find('>').map(|e| i + e + 1).unwrap_or(b.len());
                let name = tag_name(&html[i + 2..end]);
                self.close(&name);
                i = end;
            } else if rest.len() > 1 && rest[1].is_ascii_alphabetic() {
                let (name, attrs, self_closing, end) = parse_tag(html, i + 1);
                i = end;
                if SKIPPED.contains(&name.as_str()) && !self_closing {
                    i = find_end_tag(html, i, &name);
                    continue;
                }
                if name == "title" {
                    let e = find_end_tag_start(html, i, "title");
                    if self.page_title.is_none() {
                        let t = collapse(&decode_entities(&html[i..e]));
                        if !t.is_empty() {
                            self.page_title = Some((t, i));
                        }
                    }
                    i = find_end_tag(html, i, "title");
                    continue;
                }
                self.open(&name, &attrs, self_closing);
            } else {
                self.text("<", i);
                i += 1;
            }
        }
        self.flush();
        self.finish()
    }

    fn finish(mut self) -> HtmlText {
        let mut out = HtmlText::default();
        // Scores and sizes, carried up the tree.
        let mut total_prose = 0u32;
        for b in &self.blocks {
            let prose = !b.boiler && b.link_chars * 2 < b.chars;
            if prose {
                total_prose += b.chars - b.link_chars;
            }
            let w = if b.boiler {
                0.0
            } else {
                (b.chars - b.link_chars) as f32 + 3.0 * b.punct as f32
            };
            let mut n = Some(b.node);
            let mut d = 0usize;
            while let Some(i) = n {
                let node = &mut self.nodes[i];
                node.chars += b.chars;
                node.links += b.link_chars;
                if prose {
                    node.prose += b.chars - b.link_chars;
                }
                node.score += w * [1.0, 1.0, 0.5, 0.33, 0.25].get(d).copied().unwrap_or(0.0);
                d += 1;
                n = node.parent;
            }
        }
        let best = (1..self.nodes.len())
            .filter(|&i| !self.nodes[i].boiler && self.nodes[i].chars > 0)
            .map(|i| {
                let n = &self.nodes[i];
                (
                    i,
                    n.score * (1.0 - n.links as f32 / n.chars as f32) * n.hint,
                )
            })
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        let mut main = best.map(|(i, _)| i).unwrap_or(0);
        // Too narrow a choice (one paragraph of several, one of two content cells) widens to
        // its parents until it holds most of the page's prose: no text is lost for a guess.
        while self.nodes[main].prose * 5 < total_prose * 3 {
            match self.nodes[main].parent {
                Some(p) => main = p,
                None => break,
            }
        }
        out.whole_page = main == 0;
        let inside = |nodes: &[Node], mut i: usize| loop {
            if i == main {
                return true;
            }
            match nodes[i].parent {
                Some(p) => i = p,
                None => return false,
            }
        };
        let keep: Vec<bool> = self
            .blocks
            .iter()
            .map(|b| {
                inside(&self.nodes, b.node)
                    && !b.boiler
                    && !(b.link_chars * 2 > b.chars && b.punct == 0)
            })
            .collect();

        // Title: the first heading of the page with some length, else <title> up to its site name.
        let heading = self.blocks.iter().position(|b| {
            b.heading && !b.boiler && (4..=120).contains(&b.chars) && b.link_chars * 2 < b.chars
        });
        let title_from_tag = self.page_title.as_ref().map(|(t, at)| (site_title(t), *at));
        let labelled = self.blocks.iter().find_map(|b| {
            TITLE_LABEL
                .captures(&b.text)
                .map(|c| c[1].trim().to_string())
        });
        out.title = labelled
            .or_else(|| heading.map(|h| self.blocks[h].text.clone()))
            .or_else(|| title_from_tag.as_ref().map(|(t, _)| t.clone()))
            .filter(|t| !t.is_empty());

        // Publish date and source: from the page text (inside or outside the main text), else meta.
        for b in &self.blocks {
            if out.published.is_none() {
                if let Some(c) = DATE_LABEL.captures(&b.text) {
                    out.published = ymd(&c[1], &c[2], &c[3]);
                }
            }
            if out.source.is_none() {
                if let Some(c) = SOURCE_LABEL.captures(&b.text) {
                    out.source = Some(c[1].trim_end_matches(['，', ',', '。']).to_string());
                }
            }
        }
        if out.published.is_none() {
            out.published = self.meta_date.clone();
        }
        if out.published.is_none() {
            // a bare date in a short line near the title
            let from = heading.unwrap_or(0);
            out.published = self
                .blocks
                .iter()
                .skip(from)
                .take(8)
                .filter(|b| b.chars <= 40)
                .find_map(|b| find_date(&b.text));
        }
        if out.source.is_none() {
            out.source = self.meta_source.clone();
        }

        // The text: the title when the main text does not start with it, then the kept blocks.
        let first_kept = keep.iter().position(|&k| k);
        let starts_with_title = match (&out.title, first_kept) {
            (Some(t), Some(f)) => {
                self.blocks[f].text.contains(t.as_str()) || t.contains(self.blocks[f].text.as_str())
            }
            _ => true,
        };
        let mut last_end = 0usize;
        let emit = |text: &str,
                    runs: &[(u32, u32)],
                    end_src: usize,
                    out: &mut HtmlText,
                    last_end: &mut usize| {
            if !out.text.is_empty() {
                // the line break stands where the previous line ended in the page
                out.runs.push((out.text.len() as u32, *last_end as u32));
                out.text.push('\n');
            }
            *last_end = end_src;
            let base = out.text.len() as u32;
            out.runs.extend(runs.iter().map(|&(t, s)| (base + t, s)));
            out.text.push_str(text);
        };
        if !starts_with_title {
            match heading {
                Some(h) if !keep[h] => {
                    let b = &self.blocks[h];
                    emit(&b.text, &b.runs, b.end_src, &mut out, &mut last_end);
                }
                Some(_) => {}
                None => {
                    if let Some((t, at)) = &title_from_tag {
                        // the <title> text, mapped to where it stands in the page
                        let runs = [(0u32, *at as u32)];
                        emit(t, &runs, *at + t.len(), &mut out, &mut last_end);
                    }
                }
            }
        }
        for (b, k) in self.blocks.iter().zip(&keep) {
            if *k {
                emit(&b.text, &b.runs, b.end_src, &mut out, &mut last_end);
            } else {
                out.dropped_chars += b.chars as usize;
            }
        }
        out
    }
}

static DATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:发布|发表|更新|成文|印发)?(?:时间|日期)\s*[：:]\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})").unwrap()
});
/// A metadata row that names the title (`标　　题：…` on government sites).
static TITLE_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*标\s*题\s*[：:]\s*([^\t]{4,120})").unwrap());
static SOURCE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:信息来源|文章来源|稿件来源|来源|稿源)\s*[：:]\s*([^\s|｜：:【】]{2,30})")
        .unwrap()
});
static ANY_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})").unwrap()
});

fn ymd(y: &str, m: &str, d: &str) -> Option<String> {
    let (y, m, d) = (
        y.parse::<i32>().ok()?,
        m.parse::<u32>().ok()?,
        d.parse::<u32>().ok()?,
    );
    ((1..=12).contains(&m) && d >= 1 && d <= crate::extract::dates::days_in_month(y, m))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

fn find_date(s: &str) -> Option<String> {
    ANY_DATE.captures(s).and_then(|c| ymd(&c[1], &c[2], &c[3]))
}

/// `关于…的通知_国务院文件_中国政府网` → `关于…的通知`: the part before the site's name.
fn site_title(t: &str) -> String {
    let parts: Vec<&str> = t
        .split(['_', '|', '｜'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let mut best = parts.first().copied().unwrap_or("");
    if best.chars().count() < 4 {
        best = parts
            .iter()
            .copied()
            .max_by_key(|p| p.chars().count())
            .unwrap_or("");
    }
    // `标题 - 网站` with a spaced dash
    best.split(" - ").next().unwrap_or(best).trim().to_string()
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Attributes of a start tag (names lowercased).
#[derive(Default)]
struct Attrs(Vec<(String, String)>);

impl Attrs {
    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Past the comment that opens at `i`. `<!-->` and `<!--->` are whole (empty) comments, as the
/// HTML standard reads them; a comment that never closes runs to the end of the page.
fn comment_end(html: &str, i: usize) -> usize {
    let rest = &html[i + 4..];
    for abrupt in [">", "->"] {
        if rest.starts_with(abrupt) {
            return i + 4 + abrupt.len();
        }
    }
    rest.find("-->")
        .map(|e| i + 4 + e + 3)
        .unwrap_or(html.len())
}

fn tag_name(s: &str) -> String {
    s.chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == ':' || *c == '-')
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Parses a start tag whose name begins at `i`; returns (name, attributes, self-closing, end).
fn parse_tag(html: &str, i: usize) -> (String, Attrs, bool, usize) {
    let b = html.as_bytes();
    let name = tag_name(&html[i..]);
    let mut j = i + name.len();
    let mut attrs = Attrs::default();
    let mut self_closing = false;
    while j < b.len() {
        match b[j] {
            b'>' => return (name, attrs, self_closing, j + 1),
            b'/' => {
                self_closing = true;
                j += 1;
            }
            c if c.is_ascii_whitespace() => j += 1,
            _ => {
                self_closing = false;
                let start = j;
                while j < b.len()
                    && !b[j].is_ascii_whitespace()
                    && !matches!(b[j], b'=' | b'>' | b'/')
                {
                    j += 1;
                }
                let key = html[start..j].to_ascii_lowercase();
                while j < b.len() && b[j].is_ascii_whitespace() {
                    j += 1;
                }
                let mut value = String::new();
                if j < b.len() && b[j] == b'=' {
                    j += 1;
                    while j < b.len() && b[j].is_ascii_whitespace() {
                        j += 1;
                    }
                    if j < b.len() && (b[j] == b'"' || b[j] == b'\'') {
                        let q = b[j];
                        let vs = j + 1;
                        let ve = b[vs..]
                            .iter()
                            .position(|&c| c == q)
                            .map(|p| vs + p)
                            .unwrap_or(b.len());
                        value = html[vs..ve].to_string();
                        j = (ve + 1).min(b.len());
                    } else {
                        let vs = j;
                        while j < b.len() && !b[j].is_ascii_whitespace() && b[j] != b'>' {
                            j += 1;
                        }
                        value = html[vs..j].to_string();
                    }
                }
                if !key.is_empty() {
                    attrs.0.push((key, value));
                } else {
                    j += 1;
                }
            }
        }
    }
    (name, attrs, self_closing, b.len())
}

/// Offset of `</name` (ASCII case ignored) at or after `from`, or the end of the page.
fn find_end_tag_start(html: &str, from: usize, name: &str) -> usize {
    let b = html.as_bytes();
    let mut i = from;
    while let Some(k) = html.get(i..).and_then(|s| s.find("</")) {
        let at = i + k;
        let n = &b[at + 2..];
        if n.len() >= name.len() && n[..name.len()].eq_ignore_ascii_case(name.as_bytes()) {
            return at;
        }
        i = at + 2;
    }
    b.len()
}

/// Offset just past `</name …>`, or the end of the page.
fn find_end_tag(html: &str, from: usize, name: &str) -> usize {
    let s = find_end_tag_start(html, from, name);
    html[s..].find('>').map(|e| s + e + 1).unwrap_or(html.len())
}

/// The character an entity at the start of `s` stands for, and the entity's length.
pub(crate) fn decode_entity(s: &str) -> Option<(char, usize)> {
    let end = s.as_bytes().iter().take(12).position(|&c| c == b';')?;
    let body = &s[1..end];
    let ch = if let Some(num) = body.strip_prefix('#') {
        let n = if let Some(h) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(h, 16).ok()?
        } else {
            num.parse::<u32>().ok()?
        };
        char::from_u32(n).filter(|c| *c != '\0')?
    } else {
        match body {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => '\u{a0}',
            "ensp" => '\u{2002}',
            "emsp" => '\u{2003}',
            "thinsp" => '\u{2009}',
            "ldquo" => '“',
            "rdquo" => '”',
            "lsquo" => '‘',
            "rsquo" => '’',
            "mdash" => '—',
            "ndash" => '–',
            "hellip" => '…',
            "middot" => '·',
            "times" => '×',
            "divide" => '÷',
            "copy" => '©',
            "reg" => '®',
            "yen" => '¥',
            "plusmn" => '±',
            "deg" => '°',
            "permil" => '‰',
            "laquo" => '«',
            "raquo" => '»',
            "bull" => '•',
            "le" => '≤',
            "ge" => '≥',
            _ => return None,
        }
    };
    Some((ch, end + 1))
}

fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        if rest.starts_with('&') {
            if let Some((c, n)) = decode_entity(rest) {
                out.push(c);
                i += n;
                continue;
            }
        }
        let c = rest.chars().next().unwrap_or(' ');
        out.push(c);
        i += c.len_utf8();
    }
    out
}

/// Do these bytes look like an HTML page (for files without an `.html` name)?
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let head = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF][..]).unwrap_or(bytes);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let head: Vec<u8> = head[start..head.len().min(start + 512)]
        .iter()
        .map(u8::to_ascii_lowercase)
        .collect();
    let has = |s: &[u8]| head.windows(s.len()).any(|w| w == s);
    head.starts_with(b"<!doctype html")
        || head.starts_with(b"<html")
        || (head.starts_with(b"<?xml") && has(b"<html"))
}

/// The charset a page declares in its first bytes (`<meta charset=…>` or `content="…; charset=…"`).
pub fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let at = lower.windows(8).position(|w| w == b"charset=")?;
    let rest = &lower[at + 8..];
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let label: Vec<u8> = rest
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_'))
        .copied()
        .collect();
    (!label.is_empty()).then(|| String::from_utf8_lossy(&label).into_owned())
}

/// The main text of a page.
pub fn extract(html: &str, rules: &HtmlRules) -> HtmlText {
    Parser::new(html, rules).run()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> HtmlRules {
        crate::rules::Rules::embedded().normalize.html.clone()
    }

    #[test]
    fn entities_and_white_space() {
        let r = rules();
        let t = extract("<html><body><div class=\"content\"><p>总投资&nbsp;8414\n万元，&ldquo;十四五&rdquo;期间\n建成。</p></div></body></html>", &r);
        assert_eq!(t.text, "总投资\u{a0}8414 万元，“十四五”期间建成。");
    }

    #[test]
    fn offsets_point_into_the_page() {
        let r = rules();
        let html = "<html><body><div id=\"zoom\"><p>一、工作进展</p><p>全区完成投资&amp;<b>52.3</b>亿元，同比增长5.6%。</p></div></body></html>";
        let t = extract(html, &r);
        let pos = t.text.find("52.3").unwrap();
        let i = t.runs.partition_point(|&(tb, _)| tb as usize <= pos) - 1;
        let (tb, sb) = t.runs[i];
        assert_eq!(&html[sb as usize + (pos - tb as usize)..][..4], "52.3");
    }

    #[test]
    fn rows_stay_on_one_line() {
        let r = rules();
        let t = extract("<table><tr><td>项目</td><td>8414万元</td><td>22.9%</td></tr><tr><td>合计<td>1亿元</table>", &r);
        assert_eq!(t.text, "项目\t8414万元\t22.9%\n合计\t1亿元");
    }

    #[test]
    fn charset_from_meta() {
        assert_eq!(
            declared_charset(
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB2312\">"
            )
            .as_deref(),
            Some("gb2312")
        );
        assert_eq!(
            declared_charset(b"<meta charset='utf-8'>").as_deref(),
            Some("utf-8")
        );
    }

    #[test]
    fn site_name_is_cut_from_the_title_tag() {
        assert_eq!(
            site_title("关于做好2024年春耕工作的通知_政策文件_某某县人民政府"),
            "关于做好2024年春耕工作的通知"
        );
    }
}
