//! The document's structure, which every figure is read against: sections from their headings
//! (numbered `一、` `（一）` `1.` `第X部分`, short heading lines, markdown headings), each with the
//! period and role its heading or lead sentence gives (`一、2024年工作回顾`, `过去一年，…`,
//! `2025年工作安排`), the lists a target cue opens (`主要预期目标是：…`), and the parts of a news
//! file that only repeat its stories (the digest, each story's headline).
use super::dates;
use super::Context;
use crate::fact::{Role, Span};
use crate::rules::Rules;

/// Characters of a line that can still be a heading.
const MAX_HEADING_CHARS: usize = 40;
/// Characters of a numbered line's first sentence that can still be a heading.
const MAX_NUMBERED_HEADING_CHARS: usize = 60;
/// Characters of a paragraph that can still be an item of a list a target cue opened.
const MAX_LIST_ITEM_CHARS: usize = 200;

/// One section: from its heading to the next heading of the same or a higher level.
#[derive(Debug, Clone)]
pub struct Section {
    pub start: usize,
    /// Where the heading ends and the body begins.
    pub body: usize,
    pub end: usize,
    pub level: u8,
    pub parent: Option<usize>,
    /// The period the section speaks of, its own or its parent's.
    pub period: Option<Span>,
    /// The role its heading gives its figures, its own or its parent's.
    pub role: Option<Role>,
    /// A section of plans (`2025年工作安排`), its own or its parent's: each sentence's cue says
    /// what its figures are, and a bound (`不少于`) makes a figure a target.
    pub plan: bool,
    /// A digest of the stories below it: its figures repeat theirs.
    pub summary: bool,
    /// A story's headline, whose figures repeat its body's.
    pub headline: bool,
}

#[derive(Debug, Default)]
pub struct Structure {
    pub sections: Vec<Section>,
    /// Byte spans governed by a list a target cue opens.
    pub target_lists: Vec<(usize, usize)>,
    /// Lines inside a story of a news file that title what follows them (a bold line of a
    /// bulletin of short items: `10月中国运输生产指数同比增长28.1%`), whose figures repeat it.
    pub sub_headlines: Vec<(usize, usize)>,
}

/// What a heading line is: its level and the length (bytes) of its heading text.
struct Heading {
    level: u8,
    text_start: usize,
    text_end: usize,
    markdown: bool,
    numbered: bool,
}

impl Structure {
    /// Builds the structure of `text`. `markdown` lists lines that were markdown headings before
    /// normalisation removed their markers, as (line start, level).
    pub fn build(
        text: &str,
        paragraphs: &[(usize, usize)],
        rules: &Rules,
        doc_year: Option<i32>,
        doc_day: Option<(i32, u32, u32)>,
        markdown: &[(usize, u8)],
    ) -> Structure {
        let mut sections: Vec<Section> = Vec::new();
        // per section: a prose line announcing what follows (`重点抓好以下十个方面的工作。`)
        let mut announces: Vec<bool> = Vec::new();
        // per section: whether a paragraph opening a review of past years made it
        let mut leads: Vec<bool> = Vec::new();
        // whether a story's headline has been seen (the file is one of stories)
        let mut in_stories = false;
        let mut first_line = true;
        for &(a, b) in paragraphs {
            let line = &text[a..b];
            if line.trim().is_empty() {
                continue;
            }
            let md = markdown
                .binary_search_by_key(&a, |&(p, _)| p)
                .ok()
                .map(|i| markdown[i].1);
            let title = std::mem::replace(&mut first_line, false);
            let Some(h) = heading_of(line, md, title, rules) else {
                // (a first line in clauses is prose, no title: an excerpt opening with its lead)
                let prose = line.contains('，');
                let lead = (!in_stories && (!title || prose))
                    .then(|| review_span_lead(line, rules, doc_year))
                    .flatten();
                if let Some((span, opens)) = lead {
                    // (a sibling of the review lead before it, else inside the last section)
                    let level = match (sections.last(), leads.last()) {
                        (Some(s), Some(true)) => s.level,
                        (Some(s), _) => s.level.saturating_add(1),
                        (None, _) => 2,
                    };
                    // (from where the span opens: a first sentence naming the plan's close
                    // before it, `2025年目标任务顺利完成，…收官。五年来，…`, is the year's)
                    sections.push(Section {
                        start: a + opens,
                        body: a + opens,
                        end: text.len(),
                        level,
                        parent: None,
                        period: Some(span),
                        role: Some(Role::Actual),
                        plan: false,
                        summary: false,
                        headline: false,
                    });
                    announces.push(false);
                    leads.push(true);
                }
                continue;
            };
            let (hs, he) = (a + h.text_start, a + h.text_end);
            let head = &text[hs..he];
            // a story's headline in a news file of many stories (markdown `###`)
            let headline = h.markdown && !h.numbered;
            let summary = rules
                .sections
                .summary_headings
                .iter()
                .any(|w| head.contains(w.as_str()));
            // a numbered item that states figures (`1.产量增长5%，完成目标任务的71%`) is no heading of a period
            let plain = !has_figure(head);
            let prose = !h.numbered && !h.markdown && head.ends_with(['。', '：', ':']);
            // in a file of stories under markdown headlines, a short paragraph of a story is
            // part of it (`辽宁把稳就业作为今年民生重点工作。`), no section of plans after it
            if prose && in_stories {
                continue;
            }
            // a line announcing what was done (`一年来，我们落实…省委工作安排，主要做了以下工作。`)
            // opens more of the review, whatever plans it names
            let reviews = prose
                && rules
                    .sections
                    .done_in_sentence
                    .iter()
                    .any(|w| head.contains(w.as_str()));
            let own_role = if reviews {
                Some(Role::Actual)
            } else if plain {
                role_of_heading(head, rules)
            } else {
                None
            };
            let plan = plain
                && own_role.is_none()
                && rules
                    .sections
                    .plan_headings
                    .iter()
                    .any(|w| head.contains(w.as_str()));
            let own_period = if headline || summary || !plain {
                None
            } else {
                first_date(head, rules, doc_year)
            };
            let body = if he >= b.saturating_sub(1) { b } else { he };
            sections.push(Section {
                start: a,
                body,
                end: text.len(),
                level: h.level,
                parent: None,
                period: own_period,
                role: own_role,
                plan,
                summary,
                headline,
            });
            announces.push(prose);
            leads.push(false);
            in_stories |= headline;
        }
        close_and_nest(&mut sections);
        for i in 0..sections.len() {
            if let Some(p) = sections[i].parent {
                sections[i].summary |= sections[p].summary;
            }
            if sections[i].period.is_none() && !sections[i].summary {
                sections[i].period = lead_period(text, &sections[i], rules, doc_year, doc_day);
            }
            if sections[i].period.is_none() && announces[i] {
                sections[i].period = continued(&sections[..i], &sections[i]);
            }
            if let Some(p) = sections[i].parent {
                if sections[i].period.is_none() && !sections[i].headline {
                    sections[i].period = sections[p].period.clone();
                }
                if sections[i].role.is_none() {
                    sections[i].role = sections[p].role;
                    sections[i].plan |= sections[p].plan;
                }
            }
        }
        let target_lists = target_lists(text, paragraphs, rules, &sections);
        let sub_headlines = sub_headlines(text, paragraphs, &sections);
        Structure {
            sections,
            target_lists,
            sub_headlines,
        }
    }

    /// Makes each paragraph that no section holds, in a report that reviews the year before
    /// (an excerpt cut from under its heading), a section of plans of the report's own `year`
    /// when its words read as plans (`[sections.tone]`): `加快建设…。力争…` is the year's work.
    /// A section whose heading tells neither year nor role (`（五）着力抓项目优投资促招商`) is
    /// read the same way, by the words of its whole body.
    pub fn add_unheaded_plans(
        &mut self,
        text: &str,
        paragraphs: &[(usize, usize)],
        rules: &Rules,
        year: &Span,
    ) {
        let before = year
            .start
            .get(..4)
            .and_then(|y| y.parse::<i32>().ok())
            .map(|y| format!("{}年", y - 1));
        let threshold = rules.sections.tone.section_threshold;
        for k in 0..self.sections.len() {
            let parent_plans = self.sections[k]
                .parent
                .is_some_and(|p| self.sections[p].plan);
            let s = &self.sections[k];
            let undecided = s.period.is_none() && s.role.is_none() && !s.plan && !s.headline;
            if undecided
                && (parent_plans
                    || reads_as_plans(&text[s.body..s.end], rules, before.as_deref(), threshold))
            {
                self.sections[k].plan = true;
                self.sections[k].period = Some(year.clone());
            }
        }
        let threshold = rules.sections.tone.threshold;
        for &(a, b) in paragraphs {
            let para = &text[a..b];
            if self.section_at(a).is_some()
                || !reads_as_plans(para, rules, before.as_deref(), threshold)
            {
                continue;
            }
            let at = self.sections.partition_point(|s| s.start <= a);
            let section = Section {
                start: a,
                body: a,
                end: b,
                level: u8::MAX,
                parent: None,
                period: Some(year.clone()),
                role: None,
                plan: true,
                summary: false,
                headline: false,
            };
            self.sections.insert(at, section);
            for s in &mut self.sections[at + 1..] {
                s.parent = s.parent.map(|p| if p >= at { p + 1 } else { p });
            }
        }
    }

    /// The innermost section that holds `pos`.
    pub fn section_at(&self, pos: usize) -> Option<&Section> {
        let i = self.sections.partition_point(|s| s.start <= pos);
        let mut k = i.checked_sub(1)?;
        loop {
            let s = &self.sections[k];
            if pos < s.end {
                return Some(s);
            }
            k = s.parent?;
        }
    }

    /// Whether `pos` lies in a list that a target cue opened.
    pub fn in_target_list(&self, pos: usize) -> bool {
        let i = self.target_lists.partition_point(|&(s, _)| s <= pos);
        i > 0 && pos < self.target_lists[i - 1].1
    }

    /// Whether `pos` lies where a news file only repeats its stories: the digest, or a headline.
    pub fn repeats_stories(&self, pos: usize) -> bool {
        self.repeat_level(pos) > 0
    }

    /// How far `pos` lies from where a news file tells a story: 0 in a story's body, 1 in a
    /// headline (a story's, or a line titling an item of it), 2 in the digest of all stories.
    /// A figure is told once, at the lowest level that states it.
    pub fn repeat_level(&self, pos: usize) -> u8 {
        if self.section_at(pos).is_some_and(|s| s.summary) {
            return 2;
        }
        let i = self.sections.partition_point(|s| s.start <= pos);
        let headline = i > 0 && self.sections[i - 1].headline && pos < self.sections[i - 1].body;
        let k = self.sub_headlines.partition_point(|&(a, _)| a <= pos);
        let sub_headline = k > 0 && pos < self.sub_headlines[k - 1].1;
        u8::from(headline || sub_headline)
    }
}

/// The short lines with no closing punctuation inside the stories of a news file of several
/// stories (a figure in them may be in words, `四部门`): titles of the item below them (see [`Structure::sub_headlines`]).
fn sub_headlines(
    text: &str,
    paragraphs: &[(usize, usize)],
    sections: &[Section],
) -> Vec<(usize, usize)> {
    if sections.iter().filter(|s| s.headline).count() < 2 {
        return Vec::new();
    }
    // (the line may open a section of its own, a short line standing alone: look up its parents)
    let in_story = |a: usize| {
        let mut k = sections.partition_point(|s| s.start <= a).checked_sub(1);
        while let Some(i) = k {
            let s = &sections[i];
            if s.headline {
                return a >= s.body && a < s.end;
            }
            k = s.parent;
        }
        false
    };
    paragraphs
        .iter()
        .filter(|&&(a, b)| {
            let line = text[a..b].trim();
            let open = !line.ends_with(['。', '！', '？', '；', '：', ':', '…', '”', '）']);
            open && !line.is_empty() && line.chars().count() <= 40 && in_story(a)
        })
        .copied()
        .collect()
}

/// Recognises a heading line: numbered, markdown, or a short line standing alone.
fn heading_of(line: &str, markdown: Option<u8>, title: bool, rules: &Rules) -> Option<Heading> {
    let lead = line.len() - line.trim_start_matches([' ', '\u{3000}', '\t']).len();
    let t = line[lead..].trim_end();
    if let Some(level) = markdown {
        return Some(Heading {
            level,
            text_start: lead,
            text_end: lead + t.len(),
            markdown: true,
            numbered: numbered_level(t).is_some(),
        });
    }
    let hashes = t.len() - t.trim_start_matches('#').len();
    if (1..=6).contains(&hashes) {
        let rest = t[hashes..].trim_start();
        let start = lead + (t.len() - rest.len());
        return Some(Heading {
            level: hashes as u8,
            text_start: start,
            text_end: lead + t.len(),
            markdown: true,
            numbered: numbered_level(rest).is_some(),
        });
    }
    if let Some(level) = numbered_level(t) {
        // the heading is the line's first sentence (`（一）产业升级成效显著。工业…`)
        let end = t
            .find(['。', '：', ':', '！', '？'])
            .map(|k| k + t[k..].chars().next().map_or(0, char::len_utf8))
            .unwrap_or(t.len());
        if t[..end].chars().count() <= MAX_NUMBERED_HEADING_CHARS {
            return Some(Heading {
                level,
                text_start: lead,
                text_end: lead + end,
                markdown: false,
                numbered: true,
            });
        }
        return None;
    }
    if title || !short_heading(t, rules) {
        return None;
    }
    Some(Heading {
        level: 2,
        text_start: lead,
        text_end: lead + t.len(),
        markdown: false,
        numbered: false,
    })
}

/// The level a numbering marker at the start of `t` gives, if any.
pub(crate) fn numbered_level(t: &str) -> Option<u8> {
    let cn = |c: char| "一二三四五六七八九十".contains(c);
    let mut chars = t.chars();
    let first = chars.next()?;
    if first == '第' {
        let n: String = chars.clone().take_while(|&c| cn(c)).collect();
        let rest = chars.as_str().get(n.len()..).unwrap_or("");
        if !n.is_empty() && ["部分", "章", "篇"].iter().any(|w| rest.starts_with(w)) {
            return Some(1);
        }
        return None;
    }
    if cn(first) {
        let rest = t.trim_start_matches(cn);
        return (t.len() - rest.len() <= 9 && rest.starts_with(['、', '．'])).then_some(2);
    }
    if first == '（' || first == '(' {
        let inner = t[first.len_utf8()..].trim_start();
        if inner.starts_with(cn) {
            let rest = inner.trim_start_matches(cn);
            return rest.starts_with(['）', ')']).then_some(3);
        }
        if inner.starts_with(|c: char| c.is_ascii_digit()) {
            let rest = inner.trim_start_matches(|c: char| c.is_ascii_digit());
            return rest.starts_with(['）', ')']).then_some(5);
        }
        return None;
    }
    if first.is_ascii_digit() {
        let rest = t.trim_start_matches(|c: char| c.is_ascii_digit());
        let digits = t.len() - rest.len();
        let mut r = rest.chars();
        let sep = r.next();
        let next = r.next();
        if digits <= 2
            && matches!(sep, Some('、' | '．' | '.'))
            && next.is_some_and(|c| !c.is_ascii_digit() && c != '%')
        {
            return Some(4);
        }
    }
    None
}

/// A short line standing alone (`2024年工作回顾`), or a short paragraph that announces a section
/// of plans or results (`今年要重点做好以下工作。`).
fn short_heading(t: &str, rules: &Rules) -> bool {
    // (a long paragraph is rejected before its characters are counted)
    if t.len() > 4 * MAX_HEADING_CHARS {
        return false;
    }
    let n = t.chars().count();
    let han = t
        .chars()
        .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
        .count();
    if n > MAX_HEADING_CHARS || han < 2 || t.starts_with("——") || t.contains(['|', '｜']) {
        return false;
    }
    // a label line (`来源：…`) or a line of a date (`2025年1月20日在…`) heads nothing
    if t.chars().take(8).any(|c| c == '：' || c == ':') && !t.ends_with(['：', ':']) {
        return false;
    }
    if t.contains('月') && t.contains('日') {
        return false;
    }
    let body = t.trim_end_matches(['。', '：', ':']);
    if body.contains(['。', '；', '，', ',', ';', '！', '？']) && !t.ends_with(['：', ':', '。'])
    {
        return false;
    }
    if t.ends_with(['。', '：', ':']) {
        // prose: a heading only when it names a section of plans or results
        let s = &rules.sections;
        return s
            .target_headings
            .iter()
            .chain(&s.plan_headings)
            .chain(&s.actual_headings)
            .any(|w| t.contains(w.as_str()));
    }
    !t.ends_with(['，', '；', ',', ';', '、'])
}

/// Whether a text states a figure: a digit that is not part of a year (`2024年`).
fn has_figure(t: &str) -> bool {
    let b = t.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let s = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if !(i - s == 4 && t[i..].starts_with('年')) {
                return true;
            }
        } else {
            i += 1;
        }
    }
    t.contains('%')
}

fn role_of_heading(head: &str, rules: &Rules) -> Option<Role> {
    let s = &rules.sections;
    if s.actual_headings.iter().any(|w| head.contains(w.as_str())) {
        Some(Role::Actual)
    } else if s.target_headings.iter().any(|w| head.contains(w.as_str())) {
        Some(Role::Target)
    } else {
        None
    }
}

/// The first date named in a short text, read by the date matcher on its own.
fn first_date(t: &str, rules: &Rules, doc_year: Option<i32>) -> Option<Span> {
    let ctx = Context::bare(t, rules, doc_year);
    dates::find_dates(&ctx).into_iter().find_map(|d| d.date)
}

/// The period a section's lead sentence opens with (`过去一年，…`, `今年上半年，…`).
fn lead_period(
    text: &str,
    s: &Section,
    rules: &Rules,
    doc_year: Option<i32>,
    doc_day: Option<(i32, u32, u32)>,
) -> Option<Span> {
    let body = text.get(s.body..s.end)?;
    let body = body.trim_start_matches(['\n', ' ', '\u{3000}', '\t']);
    let stops: &[char] = if s.headline {
        &['。', '！', '？', '；', '\n']
    } else {
        &['。', '！', '？', '；', '\n', '，', ',']
    };
    let end = body.find(stops).unwrap_or(body.len()).min(240);
    let mut end = end;
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    let lead = &body[..end];
    let mut ctx = Context::bare(lead, rules, doc_year);
    // (a day without its month is the document's month's: `当地时间20日上午，…`)
    ctx.doc_day = doc_day;
    // a story names its span anywhere in its first sentence (`海关今天发布，今年前7个月…`), but
    // not by the day something began (`自5月27日全面展开`)
    // (a day; `从今年起` still gives the story its year)
    let day = |d: &crate::fact::Fact| d.date.as_ref().is_some_and(|p| p.start == p.end);
    let began = |d: &crate::fact::Fact| {
        s.headline
            && day(d)
            && rules
                .sections
                .story_lead_not_after
                .iter()
                .any(|w| lead[..d.byte_start].ends_with(w.as_str()))
    };
    let found: Vec<_> = dates::find_dates(&ctx)
        .into_iter()
        .filter(|d| !began(d))
        .collect();
    let d = found.first()?;
    // (the day a figure is published is not its time: `今天（10月8日）公布9月份…指数`, `海关今天
    // 发布，今年前7个月…` report on September and on seven months; a year keeps the day: it may
    // be a past year's data, whose year the story's dates without one would take, or an event's)
    // (months, as data come: not the days of an event, `将于9月4日至6日举行`)
    let whole_months = |f: &crate::fact::Fact| {
        f.date
            .as_ref()
            .is_some_and(|p| p.start.ends_with("-01") && p.end.get(8..).is_some_and(|d| d >= "28"))
    };
    fn year(f: &crate::fact::Fact) -> Option<&str> {
        f.date.as_ref().and_then(|p| p.start.get(..4))
    }
    let published = |e: &&crate::fact::Fact| {
        let between = lead.get(d.byte_end..e.byte_start).unwrap_or("");
        s.headline
            && day(d)
            && whole_months(e)
            && e.grain != Some("year")
            && year(e) == year(d)
            && (rules.source_verbs.iter()).any(|w| between.contains(w.as_str()))
    };
    let d = found.iter().skip(1).find(published).unwrap_or(d);
    (s.headline || lead[..d.byte_start].chars().count() <= 2)
        .then(|| d.date.clone())
        .flatten()
}

/// The past years a paragraph of a report opens a review of, after any words of address
/// (`[sections] address_openers`): a count of years up to now (`五年来，` in a report of 2026:
/// 2021–2025, or `这五年，`, `[sections] these_years`) or a span of several years that ended before
/// the report's year (`“十四五”时期是…`); with the offset in the line where the span opens (after a
/// first sentence naming the year's place in the plan, else 0).
fn review_span_lead(line: &str, rules: &Rules, doc_year: Option<i32>) -> Option<(Span, usize)> {
    let year = doc_year?;
    // (a dash opens an item of a list of such paragraphs: `——这五年，综合实力大幅跃升`)
    let mut t = line.trim_start_matches([' ', '\u{3000}', '\t', '—']);
    if let Some(rest) =
        (rules.sections.address_openers.iter()).find_map(|w| t.strip_prefix(w.as_str()))
    {
        t = rest;
    }
    let before = t.len();
    t = after_plan_year_sentence(t, rules);
    let opens = match t.len() < before {
        true => line.len() - t.len(),
        false => 0,
    };
    let clause = &t[..t.find(['，', ',', '。', '；', '！']).unwrap_or(t.len())];
    let these = (rules.sections.these_years.iter())
        .filter_map(|w| clause.strip_prefix(w.as_str()))
        .find_map(|rest| rest.strip_suffix('年'));
    let count = (rules.years_up_to_now.iter())
        .find_map(|end| clause.strip_suffix(end.as_str()))
        .or(these);
    if let Some(n) = count.and_then(dates::small_number) {
        let span = Span {
            start: format!("{:04}-01-01", year - n as i32),
            end: format!("{:04}-12-31", year - 1),
        };
        return (2..=10).contains(&n).then_some((span, opens));
    }
    // (one reading of the clause: its first date, which must open it, `“十四五”时期…`)
    let ctx = Context::bare(clause, rules, doc_year);
    let d = dates::find_dates(&ctx)
        .into_iter()
        .find(|d| d.date.is_some())?;
    let opening = clause[..d.byte_start]
        .trim_start_matches(['“', '"'])
        .is_empty();
    let span = d.date?;
    let y = |d: &str| d.get(..4).and_then(|y| y.parse::<i32>().ok());
    (opening && y(&span.start)? < y(&span.end)? && y(&span.end)? < year).then_some((span, opens))
}

/// What follows a first sentence that only names the year's place in a plan (`2025年是“十四五”收官
/// 之年。五年来，…`) or the plan's close (`我省“十四五”顺利收官。这五年，…`): the span of past
/// years may open the sentence after it.
fn after_plan_year_sentence<'t>(t: &'t str, rules: &Rules) -> &'t str {
    let Some(stop) = t.find('。') else {
        return t;
    };
    let sentence = &t[..stop];
    let names_plan_year = (rules.plan_as_year.iter())
        .chain(&rules.sections.plan_closed)
        .any(|w| sentence.ends_with(w.as_str()));
    if names_plan_year {
        &t[stop + '。'.len_utf8()..]
    } else {
        t
    }
}

/// The period of the section that a line announcing more of the same closes: plans after plans
/// (`三、2025年重点工作` before `重点抓好以下十个方面的工作。`), results after a review.
fn continued(before: &[Section], s: &Section) -> Option<Span> {
    let closed = before.iter().rev().find(|c| c.level <= s.level)?;
    let plans = |c: &Section| c.plan || c.role == Some(Role::Target);
    let same = if s.role == Some(Role::Actual) {
        closed.role == Some(Role::Actual)
    } else {
        s.plan && plans(closed)
    };
    same.then(|| closed.period.clone()).flatten()
}

/// Whether a paragraph's words say plans rather than results (see `[sections.tone]`): never
/// one that names what was done (`一年来`, `已`) or the year before (`2024年`).
fn reads_as_plans(para: &str, rules: &Rules, year_before: Option<&str>, threshold: f64) -> bool {
    let tone = &rules.sections.tone;
    let chars = para.chars().count();
    if chars < tone.min_chars || tone.plan_words.is_empty() {
        return false;
    }
    let done = rules
        .sections
        .done_in_sentence
        .iter()
        .map(String::as_str)
        .chain(year_before)
        .any(|w| para.contains(w));
    let count = |words: &[String]| {
        words
            .iter()
            .map(|w| para.matches(w.as_str()).count())
            .sum::<usize>() as f64
    };
    if done {
        return false;
    }
    let per_100 = |n: f64| n * 100.0 / chars as f64;
    if per_100(count(&tone.plan_words) - count(&tone.done_words)) > threshold {
        return true;
    }
    // or when many of its clauses open with a verb of what is to be done (`加快…，推进…`) and
    // few words of what was done stand in it
    let clauses: Vec<&str> = para
        .split(['。', '；', '！', '，', '、'])
        .filter(|c| c.chars().nth(1).is_some())
        .collect();
    let opened = clauses
        .iter()
        .filter(|c| {
            tone.clause_openers
                .iter()
                .any(|w| c.starts_with(w.as_str()))
        })
        .count();
    !clauses.is_empty()
        && opened as f64 >= tone.clause_share * clauses.len() as f64
        && per_100(count(&tone.done_words)) < tone.done_density
}

/// Ends each section at the next heading of the same or a higher level, and links parents.
fn close_and_nest(sections: &mut [Section]) {
    let mut open: Vec<usize> = Vec::new();
    for i in 0..sections.len() {
        while let Some(&top) = open.last() {
            if sections[top].level >= sections[i].level {
                sections[top].end = sections[i].start;
                open.pop();
            } else {
                break;
            }
        }
        sections[i].parent = open.last().copied();
        open.push(i);
    }
}

/// Spans that a target cue ending in a colon governs: the rest of its paragraph, and when the
/// colon ends the paragraph, the short paragraphs after it up to the next heading.
fn target_lists(
    text: &str,
    paragraphs: &[(usize, usize)],
    rules: &Rules,
    sections: &[Section],
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let heading_at = |p: usize| sections.binary_search_by_key(&p, |s| s.start).is_ok();
    for (k, &(a, b)) in paragraphs.iter().enumerate() {
        let para = &text[a..b];
        // (the cue automaton runs only on paragraphs with a colon: this is done for every paragraph)
        if !para.contains('：') && !para.contains(':') {
            continue;
        }
        let Some(m) = rules
            .role_cues
            .find_iter(para)
            .find(|m| m.as_str().ends_with(['：', ':']) && is_target_cue(m.as_str(), rules))
        else {
            continue;
        };
        let mut end = b;
        if para[m.end()..].trim().is_empty() {
            for &(c, d) in &paragraphs[k + 1..] {
                if heading_at(c) || text[c..d].chars().count() > MAX_LIST_ITEM_CHARS {
                    break;
                }
                end = d;
            }
        }
        out.push((a + m.start(), end));
    }
    out
}

fn is_target_cue(cue: &str, rules: &Rules) -> bool {
    !rules
        .role_forecast
        .iter()
        .any(|w| cue.starts_with(w.as_str()))
}

/// The year a section gives dates without one: its period's, when that is one year.
pub fn year_of(s: &Section) -> Option<i32> {
    let p = s.period.as_ref()?;
    let (a, b) = (p.start.get(..4)?, p.end.get(..4)?);
    (a == b).then(|| a.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(text: &str, year: i32) -> Structure {
        let rules = Rules::embedded();
        let mut paragraphs = Vec::new();
        let mut p = 0;
        for line in text.split_inclusive('\n') {
            paragraphs.push((p, p + line.len()));
            p += line.len();
        }
        Structure::build(text, &paragraphs, &rules, Some(year), None, &[])
    }

    #[test]
    fn a_review_heading_gives_its_year_and_role_to_its_subsections() {
        let t = "某省政府工作报告\n一、2024年工作回顾\n（一）工业稳步增长。规上工业增加值增长6%。\n二、2025年主要目标\n（一）扩大内需。社零增长5%。\n";
        let s = build(t, 2025);
        let at = |w: &str| s.section_at(t.find(w).unwrap()).unwrap();
        assert_eq!(at("规上").period.as_ref().unwrap().start, "2024-01-01");
        assert_eq!(at("规上").role, Some(Role::Actual));
        assert_eq!(at("社零").period.as_ref().unwrap().start, "2025-01-01");
        assert_eq!(at("社零").role, Some(Role::Target));
    }

    #[test]
    fn a_paragraph_opening_with_past_years_reviews_them_up_to_the_next_heading() {
        let t = "某省政府工作报告\n一、2025年和“十四五”时期工作回顾\n过去一年，生产总值增长5%。\n各位代表！“十四五”时期是极不平凡的五年。\n五年来，我们推动高质量发展。\n产业结构持续优化。\n货物贸易年均增长12%。\n二、“十五五”时期主要目标\n生产总值年均增长5%左右。\n";
        let s = build(t, 2026);
        let at = |w: &str| s.section_at(t.find(w).unwrap()).unwrap();
        assert_eq!(
            at("生产总值增长5%").period.as_ref().unwrap().start,
            "2025-01-01"
        );
        let five = at("货物贸易").period.as_ref().unwrap();
        assert_eq!(
            (five.start.as_str(), five.end.as_str()),
            ("2021-01-01", "2025-12-31")
        );
        assert_eq!(at("货物贸易").role, Some(Role::Actual));
        // the next heading closes the review; plans of years to come open no review
        assert_eq!(
            at("年均增长5%左右").period.as_ref().unwrap().start,
            "2026-01-01"
        );
    }

    #[test]
    fn a_line_announcing_more_plans_keeps_the_year_of_the_plans_it_follows() {
        let t = "某省政府工作报告\n一、2024年工作回顾\n全年增长5%。\n三、2025年重点工作\n重点抓好以下十个方面的工作。\n（一）扩大内需。推进片区更新120个。\n";
        let s = build(t, 2025);
        let p = s
            .section_at(t.find("推进").unwrap())
            .unwrap()
            .period
            .clone();
        assert_eq!(p.map(|p| p.start), Some("2025-01-01".to_string()));
        // after a review, such a line starts plans of no year it can tell
        let t = "某省政府工作报告\n一、2024年工作回顾\n全年增长5%。\n重点抓好以下十个方面的工作。\n（一）扩大内需。推进片区更新120个。\n";
        let s = build(t, 2025);
        assert!(s
            .section_at(t.find("推进").unwrap())
            .unwrap()
            .period
            .is_none());
    }

    #[test]
    fn a_line_announcing_what_was_done_stays_in_the_review_whatever_plans_it_names() {
        let t = "某省政府工作报告\n一、2024年工作回顾\n过去一年，全年增长5%。\n一年来，我们认真落实省委工作安排，主要做了以下工作。\n一是扩大内需。新建5G基站3万个。\n";
        let s = build(t, 2025);
        let at = s.section_at(t.find("新建").unwrap()).unwrap();
        assert_eq!(at.role, Some(Role::Actual));
        assert_eq!(
            at.period.as_ref().map(|p| p.start.as_str()),
            Some("2024-01-01")
        );
    }

    #[test]
    fn a_short_paragraph_of_a_news_story_heads_no_section_of_plans() {
        let t = "# 《新闻联播》 (20260204)\n## 详细新闻\n### 办好民生实事\n辽宁把稳就业作为今年民生重点工作。\n全年新增就业岗位120万个。\n### 挺进无人区\n平均海拔超过3000米。\n";
        let s = build(t, 2026);
        assert!(!s.section_at(t.find("平均").unwrap()).unwrap().plan);
        assert!(!s.section_at(t.find("全年").unwrap()).unwrap().plan);
    }

    #[test]
    fn a_story_takes_no_period_from_the_day_something_began() {
        let t = "# 《新闻联播》 (20240616)\n## 详细新闻\n### 麦收进入尾声\n记者了解到，全国小麦机收自5月20日全面展开，截至今天（6月16日），麦收基本完成。\n播种面积保持在3亿亩以上。\n### 新规施行\n从今年起，全面实施新办法。\n覆盖农户2000万户。\n";
        let s = build(t, 2024);
        let p = s
            .section_at(t.find("播种").unwrap())
            .unwrap()
            .period
            .clone()
            .unwrap();
        assert_eq!(
            (p.start.as_str(), p.end.as_str()),
            ("2024-06-16", "2024-06-16")
        );
        // a year after 从 is still the story's
        let p = s
            .section_at(t.find("覆盖").unwrap())
            .unwrap()
            .period
            .clone()
            .unwrap();
        assert_eq!(p.start, "2024-01-01");
    }

    #[test]
    fn an_unheaded_paragraph_of_plans_in_a_report_is_a_section_of_plans_of_its_year() {
        let t = "加快推进重大项目建设，强化项目谋划储备，实施重大项目2500个以上，加快长春龙嘉国际机场三期扩建工程前期工作，力争和龙通用机场年底竣工。\n地区生产总值增长5.2%，规上工业增加值增长6.1%，新增上市公司12家，成功入选国家首批试点，取得了好成绩。\n";
        let mut paragraphs = Vec::new();
        let mut p = 0;
        for line in t.split_inclusive('\n') {
            paragraphs.push((p, p + line.len()));
            p += line.len();
        }
        let mut s = build(t, 2025);
        let year = Span {
            start: "2025-01-01".into(),
            end: "2025-12-31".into(),
        };
        s.add_unheaded_plans(t, &paragraphs, &Rules::embedded(), &year);
        let plans = s.section_at(t.find("实施").unwrap()).unwrap();
        assert!(plans.plan);
        assert_eq!(plans.period.as_ref(), Some(&year));
        assert!(s.section_at(t.find("新增").unwrap()).is_none());
    }

    #[test]
    fn a_section_whose_heading_tells_nothing_is_read_by_the_words_of_its_body() {
        let t = "（一）着力抓项目优投资\n突出抓好产业投资。安排重大项目1600个、年度投资1万亿元。强化招商统筹，深化产业链招商，全年招引重大产业项目3000个以上。\n（二）着力稳外贸\n外贸出口增长6%，新增外贸企业1200家，成功举办博览会，取得了好成绩。\n";
        let mut paragraphs = Vec::new();
        let mut p = 0;
        for line in t.split_inclusive('\n') {
            paragraphs.push((p, p + line.len()));
            p += line.len();
        }
        let mut s = build(t, 2026);
        assert!(s
            .section_at(t.find("安排").unwrap())
            .unwrap()
            .period
            .is_none());
        let year = Span {
            start: "2026-01-01".into(),
            end: "2026-12-31".into(),
        };
        s.add_unheaded_plans(t, &paragraphs, &Rules::embedded(), &year);
        let plans = s.section_at(t.find("安排").unwrap()).unwrap();
        assert!(plans.plan);
        assert_eq!(plans.period.as_ref(), Some(&year));
        let done = s.section_at(t.find("外贸出口").unwrap()).unwrap();
        assert!(!done.plan && done.period.is_none());
    }

    #[test]
    fn a_delivery_line_heads_no_section() {
        let t = "政府工作报告\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n一、2022年工作回顾\n全年增长3%。\n";
        let s = build(t, 2023);
        assert_eq!(s.sections.len(), 1);
        assert_eq!(
            s.section_at(t.find("全年").unwrap())
                .unwrap()
                .period
                .as_ref()
                .unwrap()
                .start,
            "2022-01-01"
        );
    }

    #[test]
    fn a_lead_sentence_names_the_period_of_an_unnumbered_section() {
        let t = "某省政府工作报告\n工作回顾\n去年，全省生产总值增长5%。\n";
        let s = build(t, 2025);
        let p = s
            .section_at(t.find("全省").unwrap())
            .unwrap()
            .period
            .clone();
        assert_eq!(p.map(|p| p.start), Some("2024-01-01".to_string()));
    }

    #[test]
    fn a_colon_list_of_targets_runs_to_the_paragraph_end() {
        let t = "标题\n今年主要预期目标是：生产总值增长5%左右。城镇新增就业50万人。\n实现上述目标，要努力。\n";
        let s = build(t, 2025);
        assert!(s.in_target_list(t.find("就业").unwrap()));
        assert!(!s.in_target_list(t.find("实现").unwrap()));
    }

    #[test]
    fn a_line_titling_an_item_of_a_bulletin_repeats_it_and_ranks_between_body_and_digest() {
        let t = "# 《新闻联播》 (20231115)\n## 新闻摘要\n（1）10月运输指数同比增长28.1%；\n## 详细新闻\n### 粮食增产\n今年夏粮增产3%。\n### 国内联播快讯\n10月运输指数同比增长28.1%\n10月，运输指数为182.7点，同比增长28.1%。\n";
        let s = build(t, 2023);
        assert_eq!(s.repeat_level(t.find("（1）").unwrap()), 2);
        assert_eq!(
            s.repeat_level(t.find("10月运输指数同比增长28.1%\n").unwrap() + 3),
            1
        );
        assert_eq!(s.repeat_level(t.find("10月，运输").unwrap()), 0);
        // a sentence of a story, closed by its full stop, titles nothing
        assert_eq!(s.repeat_level(t.find("今年夏粮").unwrap()), 0);
    }

    #[test]
    fn a_line_titling_an_item_with_its_figure_in_words_repeats_it() {
        let t = "# 《新闻联播》 (20221205)\n## 详细新闻\n### 国内联播快讯\n四部门进一步推进政府采购\n财政部等四部门日前印发通知。\n### 粮食增产\n今年夏粮增产3%。\n";
        let s = build(t, 2022);
        assert_eq!(s.repeat_level(t.find("四部门进一步").unwrap()), 1);
        assert_eq!(s.repeat_level(t.find("财政部等").unwrap()), 0);
    }

    #[test]
    fn news_digest_and_headlines_repeat_their_stories() {
        let t = "# 《新闻联播》 (20240723)\n## 新闻摘要\n1.粮食增产3%；\n## 详细新闻\n### 粮食增产3%\n今年夏粮增产3%。\n";
        let s = build(t, 2024);
        assert!(s.repeats_stories(t.find("1.粮食").unwrap()));
        assert!(s.repeats_stories(t.find("### 粮食").unwrap() + 5));
        assert!(!s.repeats_stories(t.find("今年夏粮").unwrap()));
    }
}
