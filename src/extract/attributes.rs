//! What each numeric fact is about: its subject (what it measures), period, entity and role.
//! Each is read from the figure's clause and sentence, falling back to the paragraph.
use super::cursor::starts_with_word;
use super::Context;
use crate::fact::{Fact, Kind, Role};
use crate::segment::Word;

const CLAUSE_BREAKS: &[char] = &[
    '，', ',', '；', ';', '：', ':', '。', '\n', '、', '（', '(', '）', ')', '！', '？',
];
/// Gives each numeric fact its subject, period, entity and role, in text order (a figure's
/// subject may be the one before it in its sentence). `words` are jieba's words of the text.
pub fn assign(
    ctx: &Context,
    numeric: &mut [Fact],
    dates: &[Fact],
    entities: &[Fact],
    words: &[Word],
) {
    let mut prev_subject: Option<(usize, Earlier)> = None; // (sentence start, the figure before)
    for i in 0..numeric.len() {
        let (s_start, s_end) = ctx.sentence_range(numeric[i].byte_start);
        let lo = entities.partition_point(|e| e.byte_start < s_start);
        let hi = entities.partition_point(|e| e.byte_start < numeric[i].byte_start);
        let prev = prev_subject
            .as_ref()
            .filter(|(s, _)| *s == s_start)
            .map(|(_, p)| p.clone());
        let phrase = Phrase {
            ctx,
            dates,
            named: &entities[lo..hi],
            words,
            sentence: (s_start, s_end),
        };
        let subject = phrase.subject(&numeric[i], prev.as_ref());
        // `汽车、家电零售额分别增长20%、10%`: the i-th figure after 分别 measures the i-th item.
        let subject = respectively(ctx, numeric, i, s_start, &entities[lo..hi]).or(subject);
        let subject = converted(ctx, numeric, i).or(subject);
        let subject = subject.map(|s| part_of_total(ctx, numeric, i, s_start, s));
        let subject = subject.map(|s| without_counts(ctx.rules, &s).to_string());
        let subject = subject.map(|s| with_measured_property(ctx.rules, &numeric[i], s));
        let f = &numeric[i];
        let cue = cue_role(ctx, words, s_start, f.byte_start);
        let provisional = cue.or_else(|| ctx.structural_role(f.byte_start));
        let (period, period_source) = period_of(
            ctx,
            f,
            dates,
            entities,
            words,
            (s_start, s_end),
            provisional,
        );
        let ent = entity_of(ctx, f, entities, s_start);
        let role = role_of(
            ctx,
            words,
            (s_start, f),
            cue,
            period.as_ref(),
            period_source,
        );
        let f = &mut numeric[i];
        // a rank (`增速全国第3`) is no measure a following `总量` can stand for
        if let Some(s) = subject.as_ref().filter(|_| f.kind != Kind::Ranking) {
            let rate = f.kind == Kind::Growth && f.unit.as_deref() == Some("%");
            prev_subject = Some((
                s_start,
                Earlier {
                    subject: s.clone(),
                    kind: f.kind,
                    rate,
                    end: f.byte_end,
                },
            ));
        }
        if f.subject.is_none() {
            f.subject = subject;
        }
        f.period = period;
        f.period_source = period_source;
        f.entity = ent;
        f.role = Some(role);
    }
}

/// The subject of a part after `其中` (`[sections] part_openers`) named only by what sets it
/// apart from the total before it in the sentence, in the same unit (`[subjects] part_modifiers`:
/// `境外输入`, `本土` after `新增无症状感染者18576例`), with no character of the total's noun: a
/// part of that noun (`境外输入无症状感染者`); a part naming its own (`企业`, `夏粮`) stays as it is.
fn part_of_total(
    ctx: &Context,
    facts: &[Fact],
    i: usize,
    s_start: usize,
    subject: String,
) -> String {
    let f = &facts[i];
    // (the part's clause holds its label and figure alone: `，本土18491例`, `其中境外输入85例`)
    let before = &ctx.text[s_start..f.byte_start];
    let lead = before[before
        .rfind(['，', '；', '：'])
        .map_or(0, |k| k + '，'.len_utf8())..]
        .trim();
    let lead = (ctx.rules.sections.part_openers.iter())
        .find_map(|w| lead.strip_prefix(w.as_str()))
        .unwrap_or(lead);
    if lead != subject || !ctx.rules.subject_part_modifiers.contains(&subject) {
        return subject;
    }
    let total = facts[..i]
        .iter()
        .rev()
        .take_while(|t| t.byte_start >= s_start)
        .find(|t| {
            let between = ctx.text.get(t.byte_end..f.byte_start).unwrap_or("");
            t.kind == f.kind
                && t.unit.is_some()
                && t.unit == f.unit
                && t.subject.is_some()
                && (ctx.rules.sections.part_openers.iter()).any(|w| between.contains(w.as_str()))
        });
    let Some(noun) = total.and_then(|t| t.subject.as_deref()) else {
        return subject;
    };
    let noun = (ctx.rules.subject_total_openers.iter())
        .find_map(|w| noun.strip_prefix(w.as_str()))
        .unwrap_or(noun);
    let shares = subject.chars().any(|c| noun.contains(c));
    if shares || noun.chars().count() < 2 || subject.chars().count() > 6 {
        return subject;
    }
    format!("{subject}{noun}")
}

/// A subject with the property its figure's unit measures (`[subjects] unit_measures`):
/// `500千伏` before `主网架工程` measures `主网架工程电压等级`; a count of lanes counts lanes
/// (`[subjects] unit_nouns`).
fn with_measured_property(rules: &crate::rules::Rules, f: &Fact, subject: String) -> String {
    if let Some(u) = (f.unit.as_ref()).filter(|u| rules.subject_unit_nouns.contains(u)) {
        return u.clone();
    }
    // (`2053人死亡` counts deaths: 死亡人数)
    if f.kind == Kind::Quantity && rules.subject_people_events.contains(&subject) {
        return subject + &rules.subject_people_events_measure;
    }
    let property = (f.kind == Kind::Quantity)
        .then_some(f.unit.as_deref())
        .flatten()
        .and_then(|u| rules.subject_unit_measures.iter().find(|(w, _)| w == u));
    // (not when the subject names the property already: `电压为500千伏`)
    let head: String = property
        .map(|(_, p)| p.chars().take(2).collect())
        .unwrap_or_default();
    match property {
        Some((_, p)) if !subject.contains(head.as_str()) => subject + p,
        _ => subject,
    }
}

/// What a figure belongs to, from its own sentence only (never an earlier one's): the nearest
/// name before it in its clause, else the sentence's topic, the nearest name that opens a clause
/// before it (`区财政局…，其中：…4556万元`, `关于易捷特BBG24项目，总投资8414万元`), never a name
/// inside another clause's phrase (`应对美国加征关税影响，…增长7.2%`).
fn entity_of(ctx: &Context, f: &Fact, entities: &[Fact], s_start: usize) -> Option<String> {
    let text = ctx.text;
    let ke = entities.partition_point(|e| e.byte_start < f.byte_start);
    let before = || {
        entities[..ke]
            .iter()
            .rev()
            .take(8)
            .filter(|e| e.byte_end <= f.byte_start && e.byte_start >= s_start)
    };
    let marks = ['，', '；', ',', ';', '：', ':'];
    let in_clause = before()
        .next()
        .filter(|e| !text[e.byte_end..f.byte_start].contains(marks));
    let opens_clause = |e: &&Fact| {
        let head = text[s_start..e.byte_start]
            .rsplit(marks)
            .next()
            .unwrap_or("")
            .trim();
        // a body that reports the figure (`国家卫生健康委今天通报，…`) is its source, not its entity
        let rest = text[e.byte_end..f.byte_start]
            .split(marks)
            .next()
            .unwrap_or("");
        let reports = ctx
            .rules
            .source_verbs
            .iter()
            .any(|w| rest.contains(w.as_str()));
        (head.is_empty() || ctx.rules.topic_openers.iter().any(|w| w == head)) && !reports
    };
    in_clause
        .or_else(|| before().find(opens_clause))
        .and_then(|e| e.name.clone())
}

/// The figure before another in its sentence, as far as the later one's subject may lean on it.
#[derive(Clone)]
struct Earlier {
    subject: String,
    kind: Kind,
    /// A rate of change (growth in %): a gap in points after it compares rates.
    rate: bool,
    /// Where the earlier figure's text ends.
    end: usize,
}

/// The sentence a figure stands in, with what is known of it, read for the figure's subject.
struct Phrase<'a> {
    ctx: &'a Context<'a>,
    dates: &'a [Fact],
    /// The names in the sentence before the figure.
    named: &'a [Fact],
    words: &'a [Word],
    sentence: (usize, usize),
}

impl Phrase<'_> {
    /// What the figure measures: the phrase before it in its clause, or the noun after a count,
    /// or (for a bare qualifier or a generic word) the subject of the figure before it.
    fn subject(&self, f: &Fact, prev: Option<&Earlier>) -> Option<String> {
        let ph = &self.ctx.rules.subject_phrase;
        if let Some(u) = f
            .unit
            .as_ref()
            .filter(|u| f.kind == Kind::Quantity && ph.self_naming_units.contains(u))
        {
            return Some(u.clone());
        }
        if let Some(change) = self.change_of_earlier(f, prev) {
            return Some(change);
        }
        let (lead_start, mut subject) = self.lead(f);
        if ph.scope_only.contains(&subject) {
            subject.clear();
        }
        let after = self.after(f);
        let threshold =
            f.kind == Kind::Money && (f.approx.as_deref() == Some("以上") || f.value_max.is_some());
        match (&after, f.kind) {
            (Some(a), Kind::Quantity) => subject = a.clone(),
            // A threshold measures the size of what follows it: `亿元以上项目` is a project's
            // investment, `投资过5亿元的重大工业项目` the project's investment.
            (Some(a), Kind::Money) if threshold => {
                let measure = ph
                    .threshold_measures
                    .iter()
                    .find(|m| subject.ends_with(m.as_str()));
                subject = match measure {
                    Some(m) => format!("{a}{m}"),
                    None if a.ends_with("项目") => format!("{a}投资规模"),
                    None => format!("{}{}", f.text.split_whitespace().collect::<String>(), a),
                };
            }
            (Some(a), Kind::Money) if ph.fund_words.iter().any(|w| a.ends_with(w.as_str())) => {
                subject = a.clone()
            }
            _ => {}
        }
        if f.kind == Kind::Percent {
            if let Some(share) = self.share_of(f, &subject) {
                subject = share;
            }
        }
        let subject = self.with_earlier(f, subject, after.is_some(), lead_start, prev);
        let subject = match prev {
            None if after.is_none()
                && self.says_no_thing(&subject)
                && self.opens_with_verb(lead_start, f.byte_start) =>
            {
                self.topic_of_clause_before(lead_start).unwrap_or(subject)
            }
            _ => subject,
        };
        // a gap in points right after a rate compares the rates (`收入增长2.6%、高于全国0.9个百分点`)
        let gap = f.kind == Kind::Growth && f.unit.as_deref() == Some("pp");
        // …and a bare rate before it (`增长4.6%，增速比上月加快0.1个百分点`) is that figure's rate
        let rates = &self.ctx.rules.growth_rates;
        let clause = self.ctx.clause_before(f.byte_start);
        let named_rate = rates
            .iter()
            .find(|r| clause.contains(r.as_str()))
            .or(rates.first());
        let subject = match (prev, named_rate) {
            (Some(e), Some(rate))
                if gap && e.rate && subject == e.subject && !subject.ends_with(rate.as_str()) =>
            {
                format!("{subject}{rate}")
            }
            (Some(e), _) if gap && e.rate && !e.subject.is_empty() && rates.contains(&subject) => {
                format!("{}{subject}", e.subject)
            }
            _ => subject,
        };
        let subject = self.with_topic(f, subject);
        (!subject.is_empty()).then_some(subject)
    }

    /// A lead that names no thing: nothing, a word of change (`突破`) or a time and a verb
    /// (`连续15年`).
    fn says_no_thing(&self, subject: &str) -> bool {
        subject.is_empty()
            || self
                .ctx
                .rules
                .subject_change_words
                .iter()
                .any(|w| w == subject)
            || names_nothing(self.ctx, subject)
    }

    /// The clause's lead opens with a verb (`连续15年居`, `达到`) or is empty, the figure's own
    /// text holding the verb (`突破1600亿斤`): it has no subject of its own.
    fn opens_with_verb(&self, lead_start: usize, end: usize) -> bool {
        let Some(seg) = self.ctx.segmenter else {
            return false;
        };
        // (the sentence's words, already cut: the lead's first that is no space)
        let text = self.ctx.text;
        let first = crate::segment::within(self.words, lead_start, end)
            .iter()
            .map(|w| &text[w.start..w.end])
            .find(|w| !w.trim().is_empty());
        first.is_none_or(|w| {
            seg.tag_of(w) == "v"
                || self
                    .ctx
                    .rules
                    .subject_phrase
                    .carry_over_openers
                    .iter()
                    .any(|o| o == w)
        })
    }

    /// `粮食总产量再上新台阶，突破1600亿斤大关`: a clause that opens with its verb goes on about
    /// the measure the clause before it opened with, when no figure stood between. The noun
    /// phrase that opens the clause before (its words up to the first that is no noun), if it
    /// names a measure (`[phrase] measure_ends`).
    fn topic_of_clause_before(&self, lead_start: usize) -> Option<String> {
        let (text, seg) = (self.ctx.text, self.ctx.segmenter?);
        let end = text[self.sentence.0..lead_start]
            .trim_end_matches(CLAUSE_BREAKS)
            .len()
            + self.sentence.0;
        let start = after_last(text, self.sentence.0, end, CLAUSE_BREAKS);
        let thing = |tag: &str| tag.starts_with('n') || matches!(tag, "vn" | "j" | "an");
        let words = crate::segment::within(self.words, start, end)
            .iter()
            .map(|w| &text[w.start..w.end]);
        let opening: Vec<&str> = words
            .skip_while(|w| w.trim().is_empty())
            .take_while(|w| thing(seg.tag_of(w)))
            .collect();
        // (only a measure: not a place, a body or a thing, `英国，约2.5万人…`, `苏南运河…5条`)
        let opening = opening.concat();
        let measure = self
            .ctx
            .rules
            .subject_phrase
            .measure_ends
            .iter()
            .any(|m| opening.ends_with(m.as_str()));
        (measure && (2..=12).contains(&opening.chars().count())).then_some(opening)
    }

    /// `财政拨款收入950.12万元，比2023年预算增加0.46万元`: a sum after a base (`比…增加`) is the
    /// change of the figure before it, so it measures that figure's subject with the verb.
    fn change_of_earlier(&self, f: &Fact, prev: Option<&Earlier>) -> Option<String> {
        if !matches!(f.kind, Kind::Money | Kind::Quantity) {
            return None;
        }
        let p = prev.filter(|p| p.kind == f.kind)?;
        let text = self.ctx.text;
        let lead = text
            [after_last(text, self.sentence.0, f.byte_start, CLAUSE_BREAKS)..f.byte_start]
            .trim();
        let lead = lead.strip_suffix('了').unwrap_or(lead);
        if !lead.starts_with(['比', '较']) {
            return None;
        }
        let verb = self
            .ctx
            .rules
            .subject_phrase
            .base_changes
            .iter()
            .find(|v| lead.ends_with(v.as_str()))?;
        Some(format!("{}{verb}", p.subject))
    }

    /// The phrase before the figure in its clause, cleaned (dates, leading names, list numbers
    /// and function words dropped), with where it starts.
    fn lead(&self, f: &Fact) -> (usize, String) {
        let text = self.ctx.text;
        let s_start = self.sentence.0;
        // (a later part of a ratio measures what its first does: `三次产业结构为8.7∶41.2∶50.1`)
        let at = match f.kind {
            Kind::Percent => super::numeric::ratio_start(text, f.byte_start),
            _ => f.byte_start,
        };
        let lead_start = after_last(text, s_start, at, CLAUSE_BREAKS);
        // `种植油菜、小麦、蚕豆等 860亩`: a list closed by 等 is what is measured, every item of it
        // and so is a list whose earlier items have no figure of their own (`入围全国百强县、百强区20个`)
        // (not when the last item names the list's kind: `神鹰等4家改装车企业`, `高技术服务四大主导产业`)
        let item = &text[lead_start..at];
        let counters = &self.ctx.rules.works.counters;
        let counted = |(k, c): (usize, char)| {
            "一二三四五六七八九十两".contains(c)
                && counters
                    .iter()
                    .any(|w| item[k + c.len_utf8()..].starts_with(w.as_str()))
        };
        let names_kind = item.contains('等') || item.char_indices().any(counted);
        // (and only a list of short nouns: not `取消违法网站许可或备案、关闭违法网站`)
        let short_items = |list: &str| list.split('、').all(|i| i.chars().count() <= 12);
        // the list's start: its clause's, found once
        let list_start = after_last(
            text,
            s_start,
            lead_start,
            &['，', ',', '；', ';', '：', ':', '。', '\n'],
        );
        let shares = || {
            let list = &text[list_start..lead_start];
            // (an item closed by a magnitude has its own figure: `岗位数量过万、进场人数过万`)
            let own_figure = list.contains(|c: char| c.is_ascii_digit())
                || list.split('、').any(|i| i.ends_with(['万', '亿']));
            !names_kind && !own_figure && short_items(list)
        };
        let closed = text[lead_start..at].trim_end().ends_with('等');
        let lead_start = if text[..lead_start].ends_with('、') && (closed || shares()) {
            list_start
        } else {
            lead_start
        };
        let end = self.lead_end(lead_start, at, f.kind);
        let lead_start = self.object_start(lead_start, end).unwrap_or(lead_start);
        let lead = strip_dates(&text[lead_start..end], lead_start, self.dates);
        // `比2023年预算执行数减少1.39%`: a change against a base measures what the figure before it
        // did, not the base
        if f.kind == Kind::Growth && lead.trim_start().starts_with(['比', '较']) {
            return (lead_start, String::new());
        }
        let lead = strip_entities_at_start(self.ctx, &lead, self.named);
        // `产值由2020年的72亿元增长到200亿元`: what changes stands before 由.
        let lead = match lead.find(['由', '从']) {
            Some(k) if k > 0 => lead[..k].to_string(),
            _ => lead,
        };
        // `“三夏”期间各地共计投入联合收割机`: a span of time says when, not what
        let ends = &self.ctx.rules.subject_phrase.time_frame_ends;
        let lead = match ends
            .iter()
            .filter_map(|w| lead.rfind(w.as_str()).map(|k| k + w.len()))
            .max()
        {
            Some(k) if lead[k..].chars().count() >= 2 => lead[k..].to_string(),
            _ => lead,
        };
        // `与2021年相比增长了近11%`: a frame of comparison says against what, not what changed
        let lead = match compared_frame(&self.ctx.rules.subject_phrase, &lead) {
            Some((open, close)) => lead[..open].to_string() + &lead[close..],
            None => lead,
        };
        // a list number in front (`13.加拿大林火`) is not part of what is measured
        let lead = {
            let t = lead.trim_start();
            let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if digits > 0 && t[digits..].starts_with(['.', '、']) {
                t[digits + 1..].to_string()
            } else {
                lead
            }
        };
        let subject = clean_subject(self.ctx, &lead);
        // a word of change or a word the phrase is stripped of, alone (`实现三季度增长4.6%`,
        // `全年增长4.8%`), says how or when, not what
        let rules = self.ctx.rules;
        let how = rules.subject_change_words.contains(&subject)
            || rules.subject_strip_leading.contains(&subject)
            || is_duration(rules, &subject);
        (lead_start, if how { String::new() } else { subject })
    }

    /// Where the measured phrase in `from..to` (the text before a figure) ends: before a base it
    /// is compared with (`展位数量比上届进博会增加了近一倍` → 展位数量) and before adverbs that
    /// only say how the figure came about (`出货量再次位居全球首位`, `事项扩展至355项` is kept);
    /// for a ranking also before its verb (`地区生产总值保持全国第5位`). At least two
    /// characters stay.
    fn lead_end(&self, from: usize, to: usize, kind: Kind) -> usize {
        let Some(seg) = self.ctx.segmenter else {
            return to;
        };
        let text = self.ctx.text;
        let lo = self.words.partition_point(|w| w.start < from);
        let hi = self.words.partition_point(|w| w.end <= to);
        let lead = &self.words[lo..hi];
        let tag = |w: &Word| seg.tag_of(&text[w.start..w.end]);
        let long_enough = |end: usize| text[from..end].chars().count() >= 2;
        // (a base is a noun after 比: not the 比 of `占比超过60%`)
        let is_base = |k: usize| {
            let w = &lead[k];
            matches!(&text[w.start..w.end], "比" | "较")
                && tag(w) == "p"
                && long_enough(w.start)
                && !text[..w.start].ends_with('占')
                && lead
                    .get(k + 1)
                    .is_some_and(|n| !matches!(tag(n), "v" | "vd" | "d" | "ad" | "p"))
        };
        let mut end = (0..lead.len())
            .find(|&k| is_base(k))
            .map_or(to, |k| lead[k].start);
        let kept = lead.partition_point(|w| w.end <= end);
        for w in lead[..kept].iter().rev() {
            let t = tag(w);
            let word = &text[w.start..w.end];
            // (one-character adverbs are too often jieba's guess inside a name: `金角银边`)
            let adverb = matches!(t, "d" | "ad") && word.chars().count() >= 2;
            let rank_verb = kind == Kind::Ranking
                && self
                    .ctx
                    .rules
                    .subject_phrase
                    .ranking_lead_verbs
                    .iter()
                    .any(|v| v == word);
            let drop = adverb || rank_verb;
            if w.end != end || !drop || !long_enough(w.start) {
                break;
            }
            end = w.start;
        }
        end
    }

    /// `64.2%的县医院达到三级医院能力标准`: a percent before the things it is a share of, when
    /// the clause then says what those things do, is the share of things doing it: the subject is
    /// the things with what they do. Not after a rate (`含油量66%的油菜品种`) nor before a noun
    /// that measures the figure itself (`5%左右的较低水平`).
    fn share_of(&self, f: &Fact, lead: &str) -> Option<String> {
        let (ctx, ph) = (self.ctx, &self.ctx.rules.subject_phrase);
        let seg = ctx.segmenter?;
        if ph.rate_ends.iter().any(|r| lead.ends_with(r.as_str())) {
            return None;
        }
        let rest = ctx.text.get(f.byte_end..self.sentence.1)?;
        let rest = rest.strip_prefix('的').unwrap_or(rest);
        let at = self.sentence.1 - rest.len();
        let clause = &rest[..rest.find(CLAUSE_BREAKS).unwrap_or(rest.len())];
        if !(4..=20).contains(&clause.chars().count())
            || clause.contains(|c: char| c.is_ascii_digit())
        {
            return None;
        }
        let k = self.words.partition_point(|w| w.start < at);
        let words: Vec<&Word> = self.words[k..]
            .iter()
            .take_while(|w| w.end <= at + clause.len())
            .collect();
        let tag = |w: &Word| seg.tag_of(&ctx.text[w.start..w.end]);
        let first = words.first().filter(|w| w.start == at)?;
        if !(is_noun_tag(tag(first)) || matches!(tag(first), "zg" | "b" | "a" | "s"))
            || tag(first) == "vn"
        {
            return None;
        }
        let verb = words
            .iter()
            .position(|w| matches!(tag(w), "v" | "vd" | "vi" | "p"))?;
        let things = &ctx.text[at..words[verb].start];
        if verb == 0 || ph.share_not_of.iter().any(|n| things.ends_with(n.as_str())) {
            return None;
        }
        Some(clause.to_string())
    }

    /// Where the object of the last verb in `from..to` starts, when the lead is a clause with
    /// a verb whose object is what the figure measures (`联合消防救援力量解救被困群众40余人` →
    /// 被困群众, `收到保险报案20.79万件`), or a category after `等` (`世界杯等国际赛事28场次`):
    /// only a noun phrase of two characters or more right before the figure counts.
    fn object_start(&self, from: usize, to: usize) -> Option<usize> {
        let seg = self.ctx.segmenter?;
        let lo = self.words.partition_point(|w| w.start < from);
        let hi = self.words.partition_point(|w| w.end <= to);
        let lead = self.words.get(lo..hi)?;
        let tag = |w: &Word| seg.tag_of(&self.ctx.text[w.start..w.end]);
        let last = lead.last()?;
        if last.end != to || !(tag(last).starts_with('n') || tag(last) == "j") {
            return None;
        }
        let k = lead
            .iter()
            .rposition(|w| !(is_noun_tag(tag(w)) || matches!(tag(w), "a" | "b")))?;
        let at = lead[k].end;
        let word = &self.ctx.text[lead[k].start..lead[k].end];
        // (a one-word category after 等 is the list's: `农村综合改革等资金`)
        if word == "等" {
            return (k > 0 && lead.len() - k > 2).then_some(at);
        }
        // one noun right after a verb is most often a name with the verb in it (`签约项目`,
        // `挂牌企业`); a share (`占全市比重`) is said of what stands before 占
        // (a verbal noun right after the verb reads as one name with it: `示范建设企业`)
        let object_words = if lead.get(k + 1).is_none_or(|w| tag(w) == "vn") {
            0
        } else {
            lead.len() - k - 1
        };
        if !self.ctx.text[at..to].chars().all(super::cursor::is_han) {
            return None;
        }
        let verb = tag(&lead[k]) == "v"
            && !self
                .ctx
                .rules
                .subject_phrase
                .share_verbs
                .iter()
                .any(|v| v == word);
        (verb && k > 0 && object_words >= 2 && self.ctx.text[at..to].chars().count() >= 3)
            .then_some(at)
    }

    /// The noun phrase after a count, with what is said of it when that says which are counted.
    fn after(&self, f: &Fact) -> Option<String> {
        let (text, s_end) = (self.ctx.text, self.sentence.1);
        let ph = &self.ctx.rules.subject_phrase;
        let a = noun_after(self.ctx, self.words, f.byte_end, s_end)?;
        // (a level passed names nothing counted: `突破1600亿斤大关`, `4个千亿台阶`)
        if ph
            .milestones
            .iter()
            .any(|m| a.ends_with(m.as_str()) && a.chars().count() <= m.chars().count() + 2)
        {
            return None;
        }
        let rest_at = f.byte_end + text[f.byte_end..].find(a.as_str()).unwrap_or(0) + a.len();
        let rest = &text[rest_at..s_end];
        // `5 家企业成功申报省级两化融合试点示范企业`
        if ph.generic_heads.contains(&a) {
            for v in &ph.status_verbs {
                if let Some(obj) = rest.strip_prefix(v.as_str()) {
                    let end = obj.find(CLAUSE_BREAKS).unwrap_or(obj.len());
                    let o = obj[..end]
                        .trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ' || c == '年');
                    if (2..=20).contains(&o.chars().count()) {
                        return Some(o.to_string());
                    }
                }
            }
        }
        // `35项成果获得国家科学技术奖`: which of them are counted is said after the noun
        if let Some(v) = self
            .ctx
            .rules
            .subject_predicate_verbs
            .iter()
            .find(|v| rest.starts_with(v.as_str()))
        {
            let end = rest.find(CLAUSE_BREAKS).unwrap_or(rest.len());
            let said = &rest[..end];
            if said.len() > v.len()
                && (a.chars().count() + said.chars().count()) <= 18
                && !said.contains(|c: char| c.is_ascii_digit())
            {
                return Some(format!("{a}{said}"));
            }
        }
        if let Some(said) = self.predicate_of_counted(&a, rest_at, rest) {
            return Some(format!("{a}{said}"));
        }
        // `4个国家级、10个省级、20个市级科技企业孵化器`: a level word takes the list's head noun.
        if ph.levels.contains(&a) && rest.starts_with('、') {
            let clause_end = rest
                .find(['，', '；', '。', ',', ';'])
                .unwrap_or(rest.len());
            if let Some(last) = rest[..clause_end].rsplit('、').next() {
                let mut head = last.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
                head = head.trim_start_matches(|c: char| "个家项名所座".contains(c));
                if let Some(l) = ph.levels.iter().find(|l| head.starts_with(l.as_str())) {
                    head = &head[l.len()..];
                }
                if head.chars().count() >= 2 {
                    return Some(format!("{a}{head}"));
                }
            }
        }
        Some(a)
    }

    /// What the clause says a counted body or place did (`[subject] counted_heads`): the
    /// predicate right after the noun up to the clause's end, opening with a verb, an adverb or
    /// a preposition (`12个省份开展巡回报告`, `7项经验被…推介`), holding no figure of its own.
    fn predicate_of_counted<'t>(&self, noun: &str, at: usize, rest: &'t str) -> Option<&'t str> {
        let ph = &self.ctx.rules.subject_phrase;
        if !ph.counted_heads.iter().any(|h| h == noun) {
            return None;
        }
        let said = &rest[..rest.find(CLAUSE_BREAKS).unwrap_or(rest.len())];
        let chars = said.chars().count();
        let seg = self.ctx.segmenter?;
        let k = self.words.partition_point(|w| w.start < at);
        let first = self.words.get(k).filter(|w| w.start == at)?;
        let tag = seg.tag_of(&self.ctx.text[first.start..first.end]);
        let opens = tag.starts_with('v') || matches!(tag, "d" | "p");
        // (a numeral's characters but 点 and 零, which stand in many a word: `开展…试点`, `零售`)
        let figure = said.contains(|c: char| {
            c.is_ascii_digit()
                || (!"点零".contains(c) && crate::numerals::is_chinese_numeral_char(c))
        });
        (opens && (2..=14).contains(&chars) && !figure).then_some(said)
    }

    /// The topic a budget paragraph names in quotes at its start (`1.“…（款）事业单位离退休（项）”`
    /// → 事业单位离退休), when it has one.
    fn topic(&self, at: usize) -> Option<&str> {
        let classes = &self.ctx.rules.subject_phrase.topic_classes;
        let (a, b) = self.ctx.paragraph_range(at);
        let t = self.ctx.text[a..b].trim_start_matches(|c: char| {
            c.is_ascii_digit() || matches!(c, '.' | '、' | ' ' | '．')
        });
        let inner = t.strip_prefix('“')?;
        let quoted = &inner[..inner.find('”')?];
        let last = classes
            .iter()
            .filter_map(|c| quoted.strip_suffix(c.as_str()))
            .next()?;
        let from = classes
            .iter()
            .filter_map(|c| last.rfind(c.as_str()).map(|k| k + c.len()))
            .max()
            .unwrap_or(0);
        Some(last[from..].trim()).filter(|t| t.chars().count() >= 2)
    }

    /// A figure of a budget paragraph with no subject, or with only a measure (`当年预算执行数`),
    /// measures the paragraph's topic.
    fn with_topic(&self, f: &Fact, subject: String) -> String {
        let Some(topic) = self.topic(f.byte_start) else {
            return subject;
        };
        if subject.is_empty() {
            return topic.to_string();
        }
        let measures = &self.ctx.rules.subject_phrase.topic_measures;
        match measures.iter().find(|m| {
            subject.ends_with(m.as_str()) && subject.chars().count() <= m.chars().count() + 2
        }) {
            Some(m) if !subject.starts_with(topic) => format!("{topic}{m}"),
            _ => subject,
        }
    }

    /// A subject that says too little on its own takes the subject of the figure before it in
    /// the sentence: a phrase running over another figure, a generic word (`总量`), a bare
    /// qualifier (`已注册19家`, `其中省级7家`), a measure continuing a list.
    fn with_earlier(
        &self,
        f: &Fact,
        mut subject: String,
        has_after: bool,
        lead_start: usize,
        prev: Option<&Earlier>,
    ) -> String {
        let ctx = self.ctx;
        let Some(earlier) = prev else { return subject };
        let p = earlier.subject.as_str();
        // A phrase that runs over another figure (`分别增长36.3%和`) is not a subject of its own.
        // So is one that ends in another count (`…分别达到8家、8家和120家`: `8家和`).
        // (`勇夺8金9银6铜`: `9银` follows `8金` with nothing between)
        let ends_in_count = {
            let t = subject.trim_end_matches(|c: char| "个家名项所座台辆亩条".contains(c));
            let unit = |c: char| super::cursor::is_han(c) && !"年月日天周次届期岁".contains(c);
            let t = if t.len() == subject.len() {
                t.strip_suffix(unit).unwrap_or(t)
            } else {
                t
            };
            t.len() < subject.len() && t.ends_with(|c: char| c.is_ascii_digit())
        };
        // (nor, in the figures after `分别`, one that is only a join word after the figure before:
        // `分别为9万亿元、10万亿元和11万亿元`)
        let s_start = ctx.sentence_range(f.byte_start).0;
        let after_respectively = ctx.text[s_start..earlier.end].contains("分别");
        let joined = after_respectively
            && ctx.text.get(earlier.end..f.byte_start).is_some_and(|t| {
                let t = t.trim();
                (ctx.rules.subject_list_breaks.iter())
                    .chain(&ctx.rules.subject_list_joins)
                    .any(|w| w == t)
            });
        if joined && !has_after {
            return p.to_string();
        }
        if subject.contains('%') || (ends_in_count && !has_after) {
            subject = p.to_string();
        }
        // `总量达到60013亿元` after `地区生产总值增长5.8%`: the total of the same measure.
        if f.kind != Kind::Ranking && ctx.rules.subject_generic.contains(&subject) {
            return p.to_string();
        }
        // `实施技改项目320个、完成投资85亿元`: a bare measure after a list's comma measures the
        // noun the figure before it counted
        // (also after a count's clause: `在谈跟踪项目 33 个，总投资 377.8亿元`)
        // (only when the clause opens with the measure, not `其中投资过50亿元`, and the count's
        // subject is no threshold phrase with figures of its own)
        let opens_with = |t: &str| {
            t.trim_start()
                .starts_with(subject.chars().next().unwrap_or('，'))
        };
        let after_count = earlier.kind == Kind::Quantity
            && ctx
                .text
                .get(earlier.end..lead_start)
                .is_some_and(|t| matches!(t.trim(), "，" | ","))
            && ctx
                .text
                .get(lead_start..f.byte_start)
                .is_some_and(opens_with)
            && p.chars().count() >= 3
            && !p.contains(|c: char| c.is_ascii_digit() || c == '亿' || c == '万');
        // (not a part of the measure before, named on its own: `进出口达3.38万亿元、出口突破2万亿元`)
        let continues = (ctx.text[..lead_start].ends_with('、') || after_count)
            && subject.chars().count() <= 3
            && !has_after
            && f.kind == Kind::Money
            && !p.ends_with(subject.as_str());
        if continues {
            return format!("{p}{subject}");
        }
        let short_qualifier = subject.chars().count() <= 3
            && !has_after
            && matches!(f.kind, Kind::Quantity | Kind::Money)
            && (ctx.segmenter.is_some_and(|seg| {
                matches!(seg.tag_of(&subject), "v" | "b" | "a" | "d" | "ad" | "f")
            }) || ctx.rules.subject_phrase.status_verbs.contains(&subject));
        // a word of change alone says only how the figure came about (`突破8000公里、达8184公里`),
        // unlike a state (`已注册19家`)
        let how = ctx.rules.subject_change_words.contains(&subject);
        if short_qualifier && how {
            p.to_string()
        } else if short_qualifier {
            format!("{subject}{p}")
        } else if f.kind == Kind::Ranking
            && ctx
                .rules
                .subject_phrase
                .ranking_lead_verbs
                .contains(&subject)
        {
            // `经济总量达到64697亿元，保持全国第5位`: the rank is the figure's before it
            p.to_string()
        } else if subject.chars().count() < 2
            || subject.starts_with('占')
            || (f.kind == Kind::Ranking && subject.chars().count() <= 2)
        {
            // (`占全国份额从14%提升到15.5%`: the figure before already measures the share)
            if p.ends_with(subject.as_str()) {
                p.to_string()
            } else {
                format!("{p}{subject}")
            }
        } else if !has_after && names_nothing(ctx, &subject) {
            // `总产达到557亿斤，连续12年稳定在500亿斤以上`: a clause that names no thing goes on
            // about what the figure before it measured
            p.to_string()
        } else {
            subject
        }
    }
}

/// Where a frame of comparison in a lead (`与相比`, `同2019年相较`: its date already stripped)
/// opens and ends (`[phrase] comparison_opens`, `comparison_closes`).
fn compared_frame(ph: &crate::rules::SubjectPhraseRules, lead: &str) -> Option<(usize, usize)> {
    let open = (ph.comparison_opens.iter())
        .filter_map(|w| lead.find(w.as_str()))
        .min()?;
    let close = (ph.comparison_closes.iter())
        .filter_map(|w| lead[open..].find(w.as_str()).map(|k| open + k + w.len()))
        .min()?;
    (lead[open..close].chars().count() <= 14).then_some((open, close))
}

/// Whether a phrase opens with a word that carries the figure before it over (`连续12年稳定在`,
/// `首次跃`; `[phrase] carry_over_openers`) and holds no word jieba takes for a thing.
fn names_nothing(ctx: &Context, phrase: &str) -> bool {
    let Some(seg) = ctx.segmenter else {
        return false;
    };
    let thing = |tag: &str| {
        tag.starts_with('n') || matches!(tag, "vn" | "j" | "l" | "i" | "eng" | "s" | "an")
    };
    if !ctx
        .rules
        .subject_phrase
        .carry_over_openers
        .iter()
        .any(|w| phrase.starts_with(w.as_str()))
    {
        return false;
    }
    seg.words(phrase).iter().all(|w| {
        let word = &phrase[w.start..w.end];
        word.chars().all(|c| c.is_ascii_digit() || c == '.') || !thing(seg.tag_of(word))
    })
}

/// Where the text after the last of `breaks` in `from..to` starts (`from` when there is none).
fn after_last(text: &str, from: usize, to: usize, breaks: &[char]) -> usize {
    text[from..to]
        .rfind(breaks)
        .map(|k| {
            let k = from + k;
            k + text[k..].chars().next().map(char::len_utf8).unwrap_or(1)
        })
        .unwrap_or(from)
}

/// Removes the text of dates from a lead phrase.
fn strip_dates(lead: &str, lead_start: usize, dates: &[Fact]) -> String {
    let lead_end = lead_start + lead.len();
    let mut out = String::new();
    let mut pos = lead_start;
    // (dates come in text order: only those from the lead's start on are looked at)
    let from = dates.partition_point(|d| d.byte_start < lead_start);
    for d in dates[from..]
        .iter()
        .take_while(|d| d.byte_start <= lead_end)
        .filter(|d| d.byte_end <= lead_end)
    {
        out.push_str(&lead[pos - lead_start..d.byte_start - lead_start]);
        pos = d.byte_end;
    }
    out.push_str(&lead[pos - lead_start..]);
    out
}

/// Drops the name of the body a figure belongs to from its subject: what follows the last
/// organisation, project or region named in the phrase (`东风小康汽车产量` → `汽车产量`,
/// `海吉亚医疗计划投资` → `计划投资`). A phrase that is only a name leaves no subject.
/// A name after a partner word (`对东盟出口`, not the 对 of `针对`) is kept with it.
fn strip_entities_at_start(ctx: &Context, lead: &str, entities: &[Fact]) -> String {
    let compact: String = lead.chars().filter(|c| !c.is_whitespace()).collect();
    let partners = &ctx.rules.subject_phrase.partner_words;
    let in_word = |before: &str, w: &str| {
        let prev = before[..before.len() - w.len()].chars().next_back();
        prev.zip(ctx.segmenter)
            .is_some_and(|(c, seg)| seg.has_word(&format!("{c}{w}")))
    };
    let mut best: Option<usize> = None;
    for e in entities {
        if let Some(name) = &e.name {
            if let Some(at) = compact.rfind(name.as_str()) {
                let partner = partners
                    .iter()
                    .find(|w| compact[..at].ends_with(w.as_str()) && !in_word(&compact[..at], w));
                let end = partner.map_or(at + name.len(), |w| at - w.len());
                let rest = &compact[end..];
                if (rest.chars().count() >= 2 || rest.is_empty()) && best.is_none_or(|b| end > b) {
                    best = Some(end);
                }
            }
        }
    }
    match best {
        Some(end) => compact[end..].to_string(),
        None => compact,
    }
}

/// A one-character function word at the front of `t` that is really the first character of a
/// dictionary word (`经` of `经济`, `中` of `中小企业`) is not stripped.
fn starts_a_word(ctx: &Context, t: &str, w: &str) -> bool {
    let Some(seg) = ctx.segmenter else {
        return false;
    };
    if w.chars().count() != 1 {
        return false;
    }
    let two: String = t.chars().take(2).collect();
    two.chars().count() == 2 && seg.has_word(&two)
}

fn clean_subject(ctx: &Context, s: &str) -> String {
    let mut t: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let rules = ctx.rules;
    loop {
        let before = t.len();
        // (the words each list holds that the subject opens or ends with are looked up, in
        // the list's order: this runs for every figure)
        let first = t.as_bytes().first().copied();
        let strip = (rules.subject_leading_ranks.heads(&t).into_iter())
            .find(|w| t.len() > w.len() && !starts_a_word(ctx, &t, w))
            .map(str::len);
        if let Some(n) = strip {
            t = t[n..].to_string();
        }
        // (the whole phrase may go: `平均` alone says how, not what; `均` is no end of it)
        if let Some(w) = rules.subject_trailing_ranks.tails(&t).first() {
            t.truncate(t.len() - w.len());
        }
        // role cues at the front are not what is measured (one that opens the subject as it
        // was before this round, as the lists were read in turn)
        let cue = (rules.role_cue_ranks.heads(&t).into_iter())
            .find(|w| w.as_bytes().first().copied() == first && t.len() > w.len() && *w != "计划")
            .map(str::len);
        if let Some(n) = cue {
            t = t[n..].to_string();
        }
        // (a streak closing it, `总量连续37年`, says for how long)
        let streak = (rules.subject_streak_openers.iter())
            .filter_map(|w| t.rfind(w.as_str()).map(|k| (k, k + w.len())))
            .find(|&(k, e)| k > 0 && is_duration(rules, &t[e..]));
        if let Some((k, _)) = streak {
            t.truncate(k);
        }
        if t.len() == before {
            break;
        }
    }
    let t = t
        .trim_matches(|c: char| matches!(c, '"' | '》' | '《' | '-'))
        .trim_matches(['、', '，', ',']);
    trim_quote_marks(t).to_string()
}

/// A quote mark at an end of a subject goes unless it closes or opens one inside it
/// (`领域的“湾区标准”` keeps both).
fn trim_quote_marks(t: &str) -> &str {
    let t = t
        .strip_prefix('“')
        .filter(|r| !r.contains('”'))
        .unwrap_or(t);
    t.strip_suffix('”')
        .filter(|r| !r.contains('“'))
        .unwrap_or(t)
}

/// A subject holds no figure of its own: a count opening it is another fact's (`6个城中村改造
/// 试点城市开工建设安置住房`, `100万亩再生稻预计产量`), and so is a second counted item after
/// `和` (`203个国考断面优良率和285个水功能区达标率` → `国考断面优良率`).
fn without_counts<'s>(rules: &crate::rules::Rules, t: &'s str) -> &'s str {
    let count_len = |t: &str| {
        let rest = t.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
        if rest.len() == t.len() {
            return None;
        }
        let rest = rest.trim_start_matches(['多', '余']);
        let rest = rest.strip_prefix(['万', '亿']).unwrap_or(rest);
        let unit = rules
            .quantity_units
            .iter()
            .find(|u| rest.starts_with(u.as_str()))?;
        // (a count that qualifies what follows stays: `220千伏及以上输电线路`, `60万台的产量`)
        let after = &rest[unit.len()..];
        let qualifies =
            (rules.subject_count_not_before.iter()).any(|w| after.starts_with(w.as_str()));
        let noun = after.starts_with(|c: char| ('\u{4e00}'..='\u{9fff}').contains(&c));
        (noun && !qualifies).then(|| t.len() - rest.len() + unit.len())
    };
    let mut t = t;
    if let Some(n) = count_len(t).filter(|&n| n < t.len()) {
        t = &t[n..];
    }
    match t.find('和') {
        Some(k) if k > 0 && count_len(&t[k + '和'.len_utf8()..]).is_some() => &t[..k],
        _ => t,
    }
}

/// The noun phrase right after a count (`150 台电动公交车` → `电动公交车`): up to a stop word, a
/// figure, or a verb or adverb after its head noun (`50多名民警冒雨实施救援` → `民警`); two
/// nouns joined by `和` are one thing counted (`127个国家和地区`).
/// Digits glued to Latin letters at the start of `s` (`5G`, `4K`): a code inside a name, no figure.
fn code_at(s: &str) -> bool {
    let rest = s.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.len() < s.len() && rest.starts_with(|c: char| c.is_ascii_alphabetic())
}

/// Whether `before` ends inside a code of Latin letters (`A-` of `A-10攻击机`, `F` of `F35`).
fn in_code(before: &str) -> bool {
    before
        .trim_end_matches('-')
        .ends_with(|c: char| c.is_ascii_alphabetic())
}

fn noun_after(ctx: &Context, words: &[Word], pos: usize, s_end: usize) -> Option<String> {
    let ph = &ctx.rules.subject_phrase;
    // A figure can run past the end of the sentence its start is in (`-3。⏎%`): nothing follows.
    let rest = ctx.text.get(pos..s_end)?;
    let rest = rest.strip_prefix('的').unwrap_or(rest);
    let at = s_end - rest.len();
    let end = rest.find(CLAUSE_BREAKS).unwrap_or(rest.len());
    let end = with_gloss(rest, end);
    // (a space in a headline separates its clauses: `推出34项举措 促进跨境贸易`)
    let end = rest[..end]
        .trim_start()
        .find(char::is_whitespace)
        .map_or(end, |k| k + rest.len() - rest.trim_start().len());
    let phrase = &rest[..end];
    // (a name in quotes counts: `15所“双高计划”高职院校`, and one opening with a code:
    // `3个AAAA级景区`, `22家5G工厂`)
    let opening = phrase.trim_start_matches(['“', '《', '"']);
    if !opening.starts_with(super::cursor::is_han)
        && !opening.starts_with(|c: char| c.is_ascii_alphabetic())
        && !code_at(opening)
    {
        return None;
    }
    // a change (`增加到 1100家`) or a stop word right after the count names nothing
    if ph
        .after_stops
        .iter()
        .any(|w| phrase.starts_with(w.as_str()))
    {
        return None;
    }
    // …and so does a verb of change to a new figure (`从268.64公里延长到570公里`): the count is
    // of what stands before it
    let first = at + (phrase.len() - opening.len());
    let change_to = |(w, tag): (&str, &str)| {
        tag == "v"
            && (w.ends_with(['到', '至']) || ctx.text[first + w.len()..].starts_with(['到', '至']))
    };
    if first_word(ctx, words, first).is_some_and(change_to) {
        return None;
    }
    // cut at the first stop word or figure
    let mut cut = phrase.len();
    for (i, ch) in phrase.char_indices() {
        // (a title after the noun names the one counted: `三集纪录片《…》` counts 纪录片)
        let digit_opens =
            ch.is_ascii_digit() && !phrase[..i].ends_with(|c: char| c.is_ascii_digit());
        if digit_opens && !code_at(&phrase[i..]) && !in_code(&phrase[..i]) || ch == '《' && i > 0 {
            cut = i;
            break;
        }
        let stop = (i > 0)
            .then(|| {
                ph.after_stops
                    .iter()
                    .find(|w| starts_with_word(phrase[i..].as_bytes(), w.as_bytes()))
            })
            .flatten();
        // (a long stop inside the phrase's first word is part of it: `36个新开工项目`; a
        // predicate there names nothing: `2亿人处于警报之下`)
        let stop = stop.and_then(|w| match stop_at(ctx, words, at + i, w)? {
            p if p > at => Some((w, p - at)),
            _ => (w.chars().count() == 1).then_some((w, 0)),
        });
        if let Some((w, k)) = stop {
            let joins = ph.noun_joiners.contains(w)
                || ph.attributive_openers.iter().any(|o| o == &phrase[..i]);
            if !(joins && is_noun_at(ctx, words, at + i + w.len())) {
                cut = k;
                break;
            }
        }
    }
    let cut = cut.min(verb_after_head(ctx, words, at, at + cut) - at);
    let cut = cut - closing_locative(ctx, words, pos, at + cut);
    let phrase = &phrase[..cut];
    let n = phrase.chars().count();
    (2..=14).contains(&n).then(|| phrase.to_string())
}

/// Where a stop word found at `pos` ends the phrase: at `pos`, or at the start of the
/// dictionary word it closes when that is a predicate or the stop is long (`处于`, `全面完成`:
/// the phrase ends before them); never when a one-character stop is the tail of another
/// dictionary word (the 向 of `意向`, the 由 of `自由`). Words jieba only
/// guessed (tag `x`) do not count: its unknown-word model glues a stop to its neighbour (`村共`).
fn stop_at(ctx: &Context, words: &[Word], pos: usize, stop: &str) -> Option<usize> {
    let Some(seg) = ctx.segmenter else {
        return Some(pos);
    };
    let k = words.partition_point(|w| w.start <= pos);
    let Some(w) = k.checked_sub(1).map(|k| &words[k]) else {
        return Some(pos);
    };
    let tag = seg.tag_of(&ctx.text[w.start..w.end]);
    if !(w.start < pos && pos < w.end) || tag == "x" {
        return Some(pos);
    }
    // a predicate word (`处于`, `全面完成`) ends the phrase where it starts
    let predicate = (tag.starts_with('v') && tag != "vn") || matches!(tag, "l" | "d" | "p" | "c");
    (stop.chars().count() > 1 || predicate).then_some(w.start)
}

/// The length of a locative word ending at `end` that closes a `在…中` frame around the count at
/// `pos` (`在120种主要产品中` → 主要产品), else 0. Only a word of its own: not the 中 of 高中.
fn closing_locative(ctx: &Context, words: &[Word], pos: usize, end: usize) -> usize {
    let clause_start = ctx.text[..pos].rfind(CLAUSE_BREAKS).unwrap_or(0);
    if !ctx.text[clause_start..pos].contains('在') {
        return 0;
    }
    let Ok(k) = words.binary_search_by_key(&end, |w| w.end) else {
        return 0;
    };
    let word = &ctx.text[words[k].start..end];
    if ctx
        .rules
        .subject_phrase
        .frame_ends
        .iter()
        .any(|e| e == word)
    {
        word.len()
    } else {
        0
    }
}

/// `end`, or past a short gloss in brackets right after the noun that spells out what it
/// covers (`31个省（自治区、直辖市）`, `17个省（区、市）`): the gloss is part of what is counted.
fn with_gloss(rest: &str, end: usize) -> usize {
    let Some(inner) = rest[end..].strip_prefix('（') else {
        return end;
    };
    match inner.find('）') {
        Some(k)
            if end > 0
                && k > 0
                && inner[..k].chars().count() <= 10
                && !inner[..k].contains(|c: char| c.is_ascii_digit() || "，；。".contains(c)) =>
        {
            let close = end + '（'.len_utf8() + k + '）'.len_utf8();
            close
                + rest[close..]
                    .find(CLAUSE_BREAKS)
                    .unwrap_or(rest.len() - close)
        }
        _ => end,
    }
}

/// True when a word starts at `pos`, jieba's dictionary calls it a noun, and it ends the noun
/// phrase (`国家和地区`, not `企业与高校科研院所合作情况`).
/// The word that starts at `pos` with jieba's tag, if a word starts there.
fn first_word<'s>(ctx: &Context<'s>, words: &[Word], pos: usize) -> Option<(&'s str, &'s str)> {
    let (seg, k) = (
        ctx.segmenter?,
        words.binary_search_by_key(&pos, |w| w.start).ok()?,
    );
    let w = &ctx.text[words[k].start..words[k].end];
    Some((w, seg.tag_of(w)))
}

fn is_noun_at(ctx: &Context, words: &[Word], pos: usize) -> bool {
    let (Some(seg), Ok(k)) = (ctx.segmenter, words.binary_search_by_key(&pos, |w| w.start)) else {
        return false;
    };
    let tag_at = |k: usize| {
        words
            .get(k)
            .map_or("", |w| seg.tag_of(&ctx.text[w.start..w.end]))
    };
    is_noun_tag(tag_at(k)) && !matches!(tag_at(k), "x" | "nz") && !is_noun_tag(tag_at(k + 1))
}

fn is_noun_tag(tag: &str) -> bool {
    (tag.starts_with('n') && tag != "nr") || matches!(tag, "vn" | "j" | "x")
}

/// Where a noun phrase in `from..to` ends at a predicate after its head noun: an adverb
/// (`3700多万亩夏播玉米普遍进入拔节期`), or a verb or preposition when the phrase ends in an
/// action (`50多名民警冒雨实施救援`, `2000多艘渔船回港避风`); a verb in a phrase that ends in a
/// thing is most often a modifier inside the name (`20多项技术转化合同`, `38个重点在谈招商项目`).
/// `to` when nothing ends it. The tags are `[phrase] after_stop_tags`.
fn verb_after_head(ctx: &Context, words: &[Word], from: usize, to: usize) -> usize {
    let Some(seg) = ctx.segmenter else { return to };
    let tags = &ctx.rules.subject_phrase.after_stop_tags;
    let k = words.partition_point(|w| w.start < from);
    let n = words[k..].iter().take_while(|w| w.end <= to).count();
    let phrase = &words[k..k + n];
    let tag = |w: &Word| seg.tag_of(&ctx.text[w.start..w.end]);
    // the phrase ends in an action (a verb, a verbal noun): what precedes it is the predicate's
    let ends_in_action = phrase
        .last()
        .is_some_and(|w| tag(w) == "vn" || tags.iter().any(|s| s == tag(w)));
    let joiners = &ctx.rules.subject_phrase.noun_joiners;
    let mut head = false;
    for w in phrase {
        let t = tag(w);
        let joins =
            joiners.iter().any(|j| *j == ctx.text[w.start..w.end]) && is_noun_at(ctx, words, w.end);
        if head
            && !joins
            && tags.iter().any(|s| s == t)
            && (matches!(t, "d" | "ad") || ends_in_action)
        {
            return w.start;
        }
        // (a quote mark is no head noun: `254个“两重”建设项目有序推进`)
        head |= is_noun_tag(t) && ctx.text[w.start..w.end].chars().any(char::is_alphanumeric);
    }
    to
}

/// The role a figure's sentence gives it, when it has a cue (`力争`, `预计`); else what the
/// document's structure says (a target list or a section of plans or results), else the genre's.
fn role_of(
    ctx: &Context,
    words: &[Word],
    (s_start, f): (usize, &Fact),
    cue: Option<Role>,
    period: Option<&crate::fact::Span>,
    source: Option<&str>,
) -> Role {
    if let Some(r) = cue {
        return r;
    }
    let pos = f.byte_start;
    if ctx.structure.in_target_list(pos) {
        return Role::Target;
    }
    // a sentence of a plans section that tells what was done (`去年…`, a year gone by)
    let done = || {
        let sentence = &ctx.text[s_start..pos];
        let done = ctx
            .rules
            .sections
            .done_in_sentence
            .iter()
            .any(|w| sentence.contains(w.as_str()));
        let past = source == Some("sentence")
            && period
                .and_then(|p| p.end.get(..4)?.parse().ok())
                .is_some_and(|y| gone_by(ctx, y));
        done || past
    };
    let section = ctx.structure.section_at(pos);
    let bound = f
        .approx
        .as_deref()
        .is_some_and(|a| ctx.rules.sections.plan_bounds.iter().any(|b| b == a));
    match section.and_then(|s| s.role) {
        Some(Role::Target) if done() => Role::Actual,
        Some(r) => r,
        // in a section of plans a figure is what is aimed at (`实施重大项目2500个以上`), but a
        // count before the things it counts names things that exist (`加快100个技改项目建设`)
        None if section.is_some_and(|s| s.plan)
            && (bound || !counts_what_exists(ctx, words, f))
            && !done() =>
        {
            Role::Target
        }
        None if ctx.genre_targets => Role::Target,
        None => Role::Actual,
    }
}

/// Whether `f` counts things that exist: a count before the noun it counts (`100个技改项目`), or
/// the articles of a package of policies (`接续政策30条`).
fn counts_what_exists(ctx: &Context, words: &[Word], f: &Fact) -> bool {
    if f.kind != Kind::Quantity {
        return false;
    }
    let before = ctx.text[..f.byte_start].trim_end();
    let package = f.unit.as_deref() == Some("条")
        && ctx
            .rules
            .sections
            .policy_packages
            .iter()
            .any(|w| before.ends_with(w.as_str()));
    package
        || first_word(ctx, words, f.byte_end).is_some_and(|(_, tag)| is_noun_tag(tag) && tag != "x")
}

/// Whether `pos` reports results: in a section reviewing them, or, in a work report's text with
/// no section of its own there (an excerpt), where the document's results lie (the year before).
fn in_review(ctx: &Context, pos: usize) -> bool {
    match ctx.structure.section_at(pos) {
        Some(s) if s.role.is_some() => s.role == Some(Role::Actual),
        Some(s) if s.plan => false,
        _ => {
            ctx.doc_period.0.is_some()
                && ctx.doc_period.0 != ctx.doc_period.1
                && !ctx.structure.in_target_list(pos)
        }
    }
}

/// The role cue of a figure's sentence (or of the colon list it continues), if any.
fn cue_role(ctx: &Context, words: &[Word], s_start: usize, pos: usize) -> Option<Role> {
    // A list that a colon opens runs on across `；` (`主要预期目标是：…增长5%左右；城镇新增就业
    // 1200万人以上，…`): its items are read from the sentence that holds the colon.
    // (looked for only after a `；`, and at most a few sentences back, so long text stays linear)
    let para = ctx.paragraph_range(s_start).0;
    let own_start = s_start;
    let mut across = false;
    let s_start = if ctx.text[para..s_start].ends_with(['；', ';']) {
        let mut from = s_start.saturating_sub(1200).max(para);
        while !ctx.text.is_char_boundary(from) {
            from += 1;
        }
        let before = &ctx.text[from..s_start];
        // (and a cue that holds to the end of its sentence holds across `；` to its full stop:
        // `力争到2025年，实现…；报废汽车回收量较2023年增长50%`)
        let full_stop = before
            .rfind(['。', '！', '？'])
            .map_or(from, |k| from + k + '。'.len_utf8());
        match before.rfind(['：', ':']) {
            Some(c) if !before[c..].contains(['。', '！', '？']) => {
                ctx.sentence_range(from + c).0
            }
            _ => {
                across = true;
                full_stop.max(para)
            }
        }
    } else {
        s_start
    };
    let text = &ctx.text[s_start..pos];
    let rules = ctx.rules;
    let mut best: Option<(usize, Role)> = None;
    let mut governs = false;
    for m in rules.role_cues.find_iter(text) {
        let at = m.start();
        let forecast = rules.role_forecast.iter().any(|w| w == m.as_str());
        // (`规划的40个` was planned and stands; `此前预测的1.0%` is still what was forecast)
        let modifier = !forecast
            && rules
                .role_cancel_after
                .iter()
                .any(|c| text[m.end()..].starts_with(c.as_str()));
        // (`2024年4月至2025年7月` is a range of dates, no year aimed at)
        let range_end = m.as_str().bytes().any(|b| b.is_ascii_digit())
            && rules
                .role_range_before
                .iter()
                .any(|c| text[..at].ends_with(c.as_str()));
        if rules
            .role_cancel_before
            .iter()
            .any(|c| text[..at].ends_with(c.as_str()))
            || modifier
            || range_end
        {
            continue;
        }
        // Clause-only cues do not reach past the end of their clause.
        if rules.role_clause_only.iter().any(|w| w == m.as_str())
            && text[m.end()..].contains(['，', ',', '；', ';', '。'])
        {
            continue;
        }
        if names_passed_year(ctx, m.as_str())
            || !own_word(ctx, words, s_start + at, s_start + m.end(), m.as_str())
        {
            continue;
        }
        // across `；` only an aim opening the sentence reaches (`力争到2025年，…；…`, a list of
        // targets); an expectation, or an aim inside a clause (`…，确保每个包裹送达；`), stays in it
        let opening = !text[..at].contains(['，', ',', '；', ';']);
        if across && s_start + at < own_start && (forecast || !opening) {
            continue;
        }
        // (after `预计`, a `将`, `有望达到` or `到2025年` of the same sentence says what is expected)
        let aims_at_year = m.as_str().bytes().any(|b| b.is_ascii_digit());
        let governed = governs
            && (aims_at_year
                || rules
                    .sections
                    .under_forecast
                    .iter()
                    .any(|w| w == m.as_str()));
        let role = if forecast || governed {
            Role::Forecast
        } else {
            Role::Target
        };
        if forecast {
            // (a condition after `预计` leaves the forecast governing: `预计明年4月投产后，…可将`)
            governs |= !rules.sections.conditions.iter().any(|w| w == m.as_str());
        } else if role == Role::Target {
            governs = false;
        }
        let secured = rules
            .sections
            .secured_in_review
            .iter()
            .any(|w| w == m.as_str());
        let role = if secured && in_review(ctx, pos) {
            Role::Actual
        } else {
            role
        };
        best = Some((at, role));
    }
    let (at, role) = best?;
    // A later clause that reports what is done (`力争…，目前已完成…`) makes the figure
    // actual; inside the cue's own clause (`预计二季度完成投资`) it is still the cue's.
    let tail = &text[at..];
    let later = tail
        .find(['，', ',', '；', ';'])
        .map(|k| &tail[k..])
        .unwrap_or("");
    if rules
        .role_actual_after
        .iter()
        .any(|w| later.contains(w.as_str()))
    {
        Some(Role::Actual)
    } else {
        Some(role)
    }
}

/// Whether a one-character cue at `start..end` is a word of its own (the 要 of `要加快`, not of
/// `主要` or `重要`); longer cues and text without words always count. So does a cue jieba joined
/// to the last character of a body's name (`住房城乡建设部将选取` cut `部将`, a general).
fn own_word(ctx: &Context, words: &[Word], start: usize, end: usize, cue: &str) -> bool {
    if words.is_empty() || cue.chars().count() > 1 {
        return true;
    }
    if words
        .binary_search_by_key(&start, |w| w.start)
        .is_ok_and(|k| words[k].end == end)
    {
        return true;
    }
    let glued = |w: &Word| {
        w.end == end
            && ctx
                .rules
                .role_glued_after
                .iter()
                .any(|g| w.start + g.len() == start && ctx.text[w.start..start] == *g)
    };
    words
        .binary_search_by_key(&end, |w| w.end)
        .is_ok_and(|k| glued(&words[k]))
}

/// A cue that aims at a year (`到2025年`) naming a year before the document's own: what the
/// figure reached then is done (`从2020年的3.68万亿元增长到2025年的4.93万亿元` in a 2026 report).
fn names_passed_year(ctx: &Context, cue: &str) -> bool {
    let digits = cue.bytes().filter(u8::is_ascii_digit);
    digits.clone().count() == 4 && gone_by(ctx, digits.fold(0, |y, d| y * 10 + i32::from(d - b'0')))
}

/// Whether `year` lies before the year of the document: what it names was done when written.
fn gone_by(ctx: &Context, year: i32) -> bool {
    ctx.doc_year.is_some_and(|doc| year < doc)
}

/// A figure's period from the nearest context that fixes it, and which context that was: a date
/// of its sentence (before it, else after it in its own clause: `…增长5.1%，…完成“十四五”任务` is
/// no five-year figure), a date that opens an earlier sentence of its
/// paragraph, its section's period, or what the whole document reports on. Years only compared
/// against (`与2023年相比`, `比2023年同期`) are never the period.
fn period_of(
    ctx: &Context,
    f: &Fact,
    dates: &[Fact],
    names: &[Fact],
    words: &[Word],
    (s_start, s_end): (usize, usize),
    role: Option<Role>,
) -> (Option<crate::fact::Span>, Option<&'static str>) {
    let para = ctx.paragraph_range(f.byte_start);
    // dates are sorted by position: search, never scan (documents can hold a million facts)
    let k = dates.partition_point(|d| d.byte_start < f.byte_start);
    // a year tied to the figure itself (`从2020年的3.68万亿元`) is its time, even after `从`
    let own = |d: &Fact| ctx.text.get(d.byte_end..f.byte_start) == Some("的");
    // …and, in a review of several years, not the time of a later change from one figure to
    // another (`从2020年的3.68万亿元增长到2025年的4.93万亿元，一般公共预算收入从3826.5亿元…`:
    // the revenue's change spans the review, not 2025)
    let review_of_years = (ctx.structure.section_at(f.byte_start))
        .and_then(|s| s.period.as_ref())
        .is_some_and(|p| p.start.get(..4) != p.end.get(..4));
    let anothers = |d: &Fact| {
        let tied = ctx.text[d.byte_end..]
            .strip_prefix('的')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
        let between = ctx.text.get(d.byte_end..f.byte_end).unwrap_or("");
        let from_figure = |k: usize, w: &str| {
            let rest = &between[k + w.len()..];
            let digits = rest.find(|c: char| !c.is_ascii_digit() && c != '.');
            digits.is_some_and(|n| n > 0 && !rest[n..].starts_with('年'))
        };
        review_of_years
            && tied
            && (ctx.rules.frame_openers.iter()).any(|w| {
                between
                    .match_indices(w.as_str())
                    .any(|(k, _)| from_figure(k, w))
            })
    };
    let usable = |d: &&Fact| {
        own(d)
            || !(anothers(d)
                || is_comparison(ctx, d)
                || listed_after_comparison(ctx, dates, d)
                || inside_name(names, d))
    };
    let before = dates[..k]
        .iter()
        .rev()
        .take_while(|d| d.byte_start >= s_start)
        .filter(|d| d.byte_end <= f.byte_start)
        .find(usable);
    let after = dates[k..]
        .iter()
        .take_while(|d| d.byte_end <= s_end)
        .filter(|d| d.byte_start >= f.byte_end && d.approx.as_deref() != Some("以来"))
        .filter(|d| !ctx.text[f.byte_end..d.byte_start].contains(['，', '；', ',', ';']))
        // not as the object of a verb after the figure (`四部门联合部署2023年…工作`); a date after
        // the noun the figure counts still is (`20多个主要城市19日处于…`)
        .filter(|d| !verb_between(ctx, words, f.byte_end, d.byte_start))
        .find(usable);
    // an earlier sentence's date holds on only when it opens that sentence (`1-3月，…`), not
    // when it was a detail of it (`落实去年9月26日会议部署的政策`)
    let ks = dates.partition_point(|d| d.byte_start < s_start);
    // (…and only within its section: a review of five years may open in the paragraph's second
    // sentence, after a first that closes the year)
    let section_start = (ctx.structure.section_at(f.byte_start)).map_or(0, |s| s.start);
    let earlier = dates[..ks]
        .iter()
        .rev()
        .take_while(|d| d.byte_start >= para.0.max(section_start))
        .find(|d| {
            d.byte_end <= s_start && usable(d) && opens_sentence(ctx, d) && !days_of_event(ctx, d)
        });
    // `当前`, `目前` in a news sentence: the broadcast day, unless a date stands between it and
    // the figure (`2018年6月成立以来…，目前园区有…38家` is as of today)
    let now_at = ctx
        .news
        .then(|| ctx.last_now_word(s_start, f.byte_start))
        .flatten();
    // …unless it is the day of a report it stands in (`据美国媒体16日报道，美国目前有23个州…`)
    let reported = now_at.and_then(|p| {
        before.filter(|d| {
            let between = ctx.text.get(d.byte_end..s_start + p).unwrap_or("");
            d.byte_end <= s_start + p
                && d.grain == Some("day")
                && (ctx.rules.source_verbs.iter()).any(|w| between.contains(w.as_str()))
        })
    });
    let now_at = now_at.filter(|_| reported.is_none());
    let now = now_at.is_some();
    let before = before.filter(|d| now_at.is_none_or(|p| s_start + p < d.byte_start));
    // a count of years up to now in the sentence (`两国建交60年来他16次访问中国`), or opening an
    // earlier sentence of the paragraph after any date that opens one (`五年来，…。3张清单…`)
    let within = |a: usize, b: usize| {
        let all = &ctx.years_up_to_now;
        all[all.partition_point(|y| y.0 < a)..]
            .iter()
            .take_while(move |y| y.1 <= b)
            .map(|(at, _, p)| (*at, p.clone()))
    };
    let years_here = within(s_start, f.byte_start).last();
    let years_before = within(para.0, s_start)
        .filter(|(at, _)| opens_at(ctx, *at))
        .last()
        .filter(|(at, _)| earlier.is_none_or(|d| d.byte_start < *at));
    let whole_of = part_of_before(ctx, dates, s_start, para.0, usable);
    let mut found = match (before.or(after), earlier) {
        (Some(d), _) => (
            as_of(ctx, dates, d, s_start).or_else(|| since_to_day(ctx, d)),
            Some("sentence"),
        ),
        (None, _) if now => (ctx.doc_period.0.clone(), Some("sentence")),
        (None, _) if whole_of.is_some() => (
            whole_of.and_then(|d| {
                as_of(ctx, dates, d, ctx.sentence_range(d.byte_start).0)
                    .or_else(|| since_to_day(ctx, d))
            }),
            Some("paragraph"),
        ),
        (None, _) if years_here.is_some() => (years_here.map(|(_, p)| p), Some("sentence")),
        (None, _) if years_before.is_some() => (years_before.map(|(_, p)| p), Some("paragraph")),
        (None, Some(d)) => (since_to_day(ctx, d), Some("paragraph")),
        (None, None) => (None, None),
    };
    if found.0.is_none() {
        if let Some(p) = ctx
            .structure
            .section_at(f.byte_start)
            .and_then(|s| s.period.clone())
        {
            found = (Some(p), Some("section"));
        }
    }
    if found.0.is_none() {
        let doc = if role == Some(Role::Target) {
            &ctx.doc_period.1
        } else {
            &ctx.doc_period.0
        };
        if let Some(p) = doc.clone() {
            found = (Some(p), Some("document"));
        }
    }
    // `上半年…，全年完成投资110亿元`: a figure its own clause calls the whole year's is the
    // year's, not the part of it named earlier.
    // So is a figure compared with the year before (`比上年增长5.2%`, `[sections] yearly_bases`)
    // when nothing nearer dates it: the year its paragraph names, or the whole year its
    // sentence spoke of before it (`全年国内生产总值1260582亿元，…比上年增长5.2%`).
    let whole_year = |t: &str| t.contains("全年") && !t.contains("占全年");
    let undated = matches!(found.1, Some("section" | "document"));
    let yearly = undated
        && (f.basis.as_deref())
            .is_some_and(|b| ctx.rules.sections.yearly_bases.iter().any(|w| w == b));
    let named = ctx.paragraph_year(f.byte_start).filter(|_| yearly);
    // (and a clause opening with 全年 after the part its sentence named: `针对三季度…的情况，…，
    // 全年地区生产总值增长4.9%，一般公共预算收入增长2.5%`)
    // (not after a day: `截至2024年5月5日，全年总票房为201.24亿元` is the year so far)
    let whole_since = before.is_some_and(|d| {
        d.grain != Some("day")
            && (ctx.text[d.byte_end..f.byte_start].split(['，', ',']))
                .any(|c| c.starts_with("全年"))
    });
    if whole_year(ctx.clause_before(f.byte_start))
        || whole_since
        || named.is_some()
        || (yearly && whole_year(&ctx.text[s_start..f.byte_start]))
    {
        if let Some(p) = &found.0 {
            if let Some(y) = p.start.get(..4).filter(|y| Some(*y) == p.end.get(..4)) {
                let y = named.unwrap_or_else(|| y.parse().unwrap_or_default());
                let sentence = &ctx.text[s_start..s_end];
                let y =
                    match undated && named.is_none() && last_years_result(ctx, y, role, sentence) {
                        true => y - 1,
                        false => y,
                    };
                found.0 = Some(crate::fact::Span {
                    start: format!("{y:04}-01-01"),
                    end: format!("{y:04}-12-31"),
                });
            }
        }
    }
    since_year_start(ctx, f, found)
}

/// A change against the year's start (`较年初增加13.5万亿元`, `[sections] year_start_bases`)
/// dated as of one day its text states runs from the first of January of that day's year.
fn since_year_start(
    ctx: &Context,
    f: &Fact,
    found: (Option<crate::fact::Span>, Option<&'static str>),
) -> (Option<crate::fact::Span>, Option<&'static str>) {
    let clause = ctx.clause_before(f.byte_start);
    let based = (ctx.rules.sections.year_start_bases.iter()).any(|w| clause.contains(w.as_str()));
    match found {
        // (a day the text states, not a news story's own day by default)
        (Some(p), source @ Some("sentence" | "paragraph"))
            if based && p.start == p.end && p.start.len() == 10 =>
        {
            let start = format!("{}-01-01", &p.start[..4]);
            (Some(crate::fact::Span { start, end: p.end }), source)
        }
        other => other,
    }
}

/// Whether a whole year's result that no date of its sentence names, told in news in the first
/// half of that year and compared with the year before (`全年国内生产总值…比上年增长5.2%` on
/// 2024-01-17), is the year before's: this year's whole cannot be known yet. A plan for the
/// year (`全年新增重大产业项目100项以上`) compares with nothing.
fn last_years_result(ctx: &Context, year: i32, role: Option<Role>, sentence: &str) -> bool {
    let early = ctx
        .doc_day
        .filter(|_| ctx.news)
        .is_some_and(|(y, m, _)| y == year && m <= 6);
    early && matches!(role, None | Some(Role::Actual)) && ctx.compares_with_before(sentence)
}

/// In a sentence opening with a part of what the sentence before counted (`[sections]
/// part_openers`: `其中，…`), the date of that sentence that can be a period, in the same
/// paragraph: the last that opens it or a clause of it, else the last.
fn part_of_before<'f>(
    ctx: &Context,
    dates: &'f [Fact],
    s_start: usize,
    para_start: usize,
    usable: impl Fn(&&'f Fact) -> bool,
) -> Option<&'f Fact> {
    let opens = ctx.text[s_start..].trim_start();
    if s_start <= para_start
        || !ctx
            .rules
            .sections
            .part_openers
            .iter()
            .any(|w| opens.starts_with(w.as_str()))
    {
        return None;
    }
    let (prev_start, _) = ctx.sentence_range(s_start - 1);
    let k = dates.partition_point(|d| d.byte_start < s_start);
    let candidates = || {
        dates[..k]
            .iter()
            .rev()
            .take_while(|d| d.byte_start >= prev_start.max(para_start))
            .filter(|d| d.byte_end <= s_start && usable(d))
    };
    // a date that sets the time of that sentence (`10月份，…`) before one that only describes
    // (`今年以来持续高于…`)
    candidates()
        .find(|d| opens_sentence(ctx, d))
        .or_else(|| candidates().next())
}

/// Whether a word jieba tags as a verb lies wholly between `a` and `b`.
fn verb_between(ctx: &Context, words: &[Word], a: usize, b: usize) -> bool {
    let Some(seg) = ctx.segmenter else {
        return false;
    };
    crate::segment::within(words, a, b)
        .iter()
        .any(|w| super::entities::is_verb(seg.tag_of(&ctx.text[w.start..w.end])))
}

/// A date that is part of a name (`习酒“十四五”技改一期`) says when that works was planned, not
/// when the figures around it happened. `names` are sorted by position.
fn inside_name(names: &[Fact], d: &Fact) -> bool {
    let k = names.partition_point(|e| e.byte_start <= d.byte_start);
    names[..k]
        .iter()
        .rev()
        .take(4)
        .any(|e| e.byte_end >= d.byte_end && e.byte_start < d.byte_start)
}

/// A day or a few days within one month opening a report's sentence (`3月19日至20日，总书记…考察`)
/// date an event, not the figures of the sentences after it, which keep the section's year; a day
/// figures are stated as of (`截至9月30日，`) or counted by its hours (`12月4日0—24时`) holds on,
/// and so does the day a news story tells of.
fn days_of_event(ctx: &Context, d: &Fact) -> bool {
    let same_month = d
        .date
        .as_ref()
        .is_some_and(|s| s.start.get(..7) == s.end.get(..7));
    // (a day figures are stated as of holds on: `截至9月30日，…。…12.6亿元`)
    let lead = &ctx.text[ctx.sentence_range(d.byte_start).0..d.byte_start];
    let as_of = AS_OF.iter().any(|w| lead.trim_end().ends_with(w));
    // (so does a day counted by its hours: `12月4日0—24时，新增确诊病例…`)
    let rest = &ctx.text[d.byte_end..];
    let hours = past_hours(rest).len() < rest.len();
    !ctx.news
        && !as_of
        && !hours
        && (d.grain == Some("day") || d.grain == Some("period") && same_month)
}

/// Whether a date sets the time of what follows it: it opens its sentence (`1-3月全区…`), or it
/// opens a clause of its own (`…，截至9月底，…`); not a date that only describes something
/// (`落实去年9月26日会议部署的政策`).
fn opens_sentence(ctx: &Context, d: &Fact) -> bool {
    let (s, _) = ctx.sentence_range(d.byte_start);
    let lead = &ctx.text[s..d.byte_start];
    if !lead.contains(['，', ',']) && lead.trim().chars().count() <= 8 {
        return true;
    }
    // `截止9月底投资存量…`: a date a figure is stated as of
    if AS_OF.iter().any(|w| lead.trim_end().ends_with(w)) {
        return true;
    }
    let clause = lead
        .rfind(['，', ',', '：', ':'])
        .map(|k| &lead[k..])
        .unwrap_or(lead);
    // (with a season's word of its own, no verb: `今年夏收，`, `今年汛期，`, not `到2月22日结束，`)
    let rest = past_hours(&ctx.text[d.byte_end..]);
    let season: usize = rest
        .chars()
        .take(2)
        .take_while(|&c| super::cursor::is_han(c))
        .map(char::len_utf8)
        .sum();
    let no_verb = ctx
        .segmenter
        .is_some_and(|seg| !seg.tag_of(&rest[..season]).starts_with('v'));
    clause.chars().count() <= 4
        && (rest.starts_with(['，', ','])
            || (season > 0 && no_verb && rest[season..].starts_with(['，', ','])))
}

/// Whether what stands before `at` in its sentence is a short lead without a comma
/// (`两国建交60年来，`), as a date that opens its sentence.
fn opens_at(ctx: &Context, at: usize) -> bool {
    let (s, _) = ctx.sentence_range(at);
    let lead = &ctx.text[s..at];
    !lead.contains(['，', ',']) && lead.trim().chars().count() <= 8
}

/// Each count of years up to now in the text (`五年来`, `两国建交60年来`, `近十年来`), as (start,
/// end, span): the span it gives a news figure runs from the first day of the year that many
/// years before the broadcast year to the broadcast day (`rules/dates.toml` `years_up_to_now`).
/// Not a count with no first year (`十多年来`, `几十年来`, `一年多来`), nor a year (`2023年以来`),
/// nor outside news. Found once per document ([`Context::years_up_to_now`]).
pub(super) fn years_up_to_now(ctx: &Context) -> Vec<(usize, usize, crate::fact::Span)> {
    let mut found = events_up_to_now(ctx);
    let (true, Some((y, m, d))) = (ctx.news, ctx.doc_day) else {
        found.sort_by_key(|y| y.0);
        return found;
    };
    let text = ctx.text;
    for end in &ctx.rules.years_up_to_now {
        for k in memchr::memmem::find_iter(text.as_bytes(), end) {
            let before = &text[..k];
            let len: usize = before
                .chars()
                .rev()
                .take_while(|&c| super::dates::is_num_char(c))
                .map(char::len_utf8)
                .sum();
            let (lead, count) = before.split_at(before.len() - len);
            let after = &text[k + end.len()..];
            let record = ctx
                .rules
                .years_up_to_now_not_before
                .iter()
                .any(|w| after.starts_with(w.as_str()));
            let vague = record
                || ctx
                    .rules
                    .years_up_to_now_vague
                    .iter()
                    .any(|w| lead.ends_with(w.as_str()));
            let Some(n) =
                super::dates::small_number(count).filter(|n| (1..=100).contains(n) && !vague)
            else {
                continue;
            };
            let span = crate::fact::Span {
                start: format!("{:04}-01-01", y - n as i32),
                end: format!("{y:04}-{m:02}-{d:02}"),
            };
            found.push((lead.len(), k + end.len(), span));
        }
    }
    found.sort_by_key(|y| y.0);
    found
}

/// Each event followed by `以来` (`党的十八大以来`, `rules/dates.toml` `events_since`), as (start,
/// end, span from the event's day to the day the document speaks as of). Looked for only where
/// `以来` stands, so a text without it costs one scan.
fn events_up_to_now(ctx: &Context) -> Vec<(usize, usize, crate::fact::Span)> {
    let Some(today) = as_of_day(ctx) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for (k, since) in ctx.text.match_indices("以来") {
        let before = &ctx.text[..k];
        // (events are longest first: `党的十八大` before `十八大`)
        let Some((event, day)) = ctx
            .rules
            .events_since
            .iter()
            .find(|(e, _)| before.ends_with(e.as_str()))
        else {
            continue;
        };
        if *day <= today {
            found.push((
                k - event.len(),
                k + since.len(),
                crate::fact::Span {
                    start: day.clone(),
                    end: today.clone(),
                },
            ));
        }
    }
    found
}

/// The day a document speaks as of: its own day, else for a report reviewing a year the end of
/// that year (`“十四五”以来` in a 2025 report runs to 2024-12-31).
fn as_of_day(ctx: &Context) -> Option<String> {
    match (ctx.doc_day, &ctx.doc_period) {
        (Some((y, m, d)), _) => Some(format!("{y:04}-{m:02}-{d:02}")),
        (None, (Some(reviewed), Some(own))) if reviewed != own => Some(reviewed.end.clone()),
        _ => None,
    }
}

/// The text after a day's hours (`12月4日` + `0—24时`, `24时`, `20时09分`): a day with its hours
/// opens a clause as the day alone does.
fn past_hours(rest: &str) -> &str {
    let digits_or_dash = |c: char| c.is_ascii_digit() || matches!(c, '—' | '-' | '–' | '~' | '至');
    let mut at = 0;
    loop {
        let n: usize = rest[at..]
            .chars()
            .take_while(|&c| digits_or_dash(c))
            .map(char::len_utf8)
            .sum();
        match rest[at + n..].chars().next() {
            Some(c @ ('时' | '分')) if n > 0 => at += n + c.len_utf8(),
            _ => return &rest[at..],
        }
    }
}

/// The span a date gives a figure: `自2018年首次举办以来` runs from 2018 to the document's day
/// (`今年以来` stays the year, as the gold conventions read it).
fn since_to_day(ctx: &Context, d: &Fact) -> Option<crate::fact::Span> {
    let span = d.date.clone()?;
    // `2018年6月成立以来`: a since a few words on counts as the date's own
    let since = d.approx.as_deref() == Some("以来") || since_after(ctx, d);
    // `自今年11月起`: from a past start on, in force up to the document's day
    let from_on = d.approx.as_deref() == Some("起");
    match (since || from_on, as_of_day(ctx)) {
        (true, Some(today))
            if span.start.get(..4) != today.get(..4) || span.end.get(5..) != Some("12-31") =>
        {
            match span.start <= today {
                true => Some(crate::fact::Span {
                    start: span.start,
                    end: today,
                }),
                false if from_on => Some(span),
                false => None,
            }
        }
        _ => Some(span),
    }
}

/// `以来` within a few characters after a date, in its clause (`2018年6月成立以来`), or anywhere
/// in its clause when `自`/`从` frames the date (`自2018年上合示范区启动建设以来`).
fn since_after(ctx: &Context, d: &Fact) -> bool {
    let rest = &ctx.text[d.byte_end..];
    // (framed, the clause may hold figures too: `自1982年第9届亚运会以来`)
    let reach: usize = match super::dates::framed(ctx.text, d.byte_start, ctx.rules) {
        true => (rest.chars().take(24))
            .take_while(|c| !CLAUSE_BREAKS.contains(c))
            .map(char::len_utf8)
            .sum(),
        false => (rest.chars().take(6))
            .take_while(|&c| super::cursor::is_han(c))
            .map(char::len_utf8)
            .sum(),
    };
    rest[..reach].contains("以来")
}

/// Words before a day that a figure is stated as of (`截至9月底`).
const AS_OF: [&str; 2] = ["截至", "截止"];

/// `截至11月14日，今年全国总票房为500.01亿元`: a year's figure stated as of a day earlier in
/// its sentence runs from the year's start to that day.
fn as_of(ctx: &Context, dates: &[Fact], d: &Fact, s_start: usize) -> Option<crate::fact::Span> {
    let span = d.date.as_ref()?;
    let k = dates.partition_point(|g| g.byte_start < d.byte_start);
    let day = dates[..k]
        .iter()
        .rev()
        .take_while(|g| g.byte_start >= s_start)
        .find(|g| {
            let lead = ctx.text[s_start..g.byte_start].trim_end();
            AS_OF.iter().any(|w| lead.ends_with(w)) && g.grain == Some("day")
        })?;
    let end = &day.date.as_ref()?.end;
    (d.grain == Some("year") && span.start <= *end && *end < span.end).then(|| crate::fact::Span {
        start: span.start.clone(),
        end: end.clone(),
    })
}

/// The later items of a list of dates compared against (`增幅比8月份、9月份分别回升`: the
/// `9月份`).
fn listed_after_comparison(ctx: &Context, dates: &[Fact], d: &Fact) -> bool {
    let k = dates.partition_point(|g| g.byte_start < d.byte_start);
    let mut i = k;
    while i > 0 {
        let prev = &dates[i - 1];
        if prev.byte_end > d.byte_start
            || !matches!(
                ctx.text.get(prev.byte_end..dates[i].byte_start),
                Some("、" | "和" | "及" | "与")
            )
        {
            return false;
        }
        if is_comparison(ctx, prev) {
            return true;
        }
        i -= 1;
    }
    false
}

/// A date that is only compared against (`与2023年相比`, `比上年同期`, `高于2019年`).
fn is_comparison(ctx: &Context, d: &Fact) -> bool {
    let s = &ctx.rules.sections;
    let mut from = d.byte_start.saturating_sub(9);
    while !ctx.text.is_char_boundary(from) {
        from += 1;
    }
    let before = &ctx.text[from..d.byte_start];
    let after = &ctx.text[d.byte_end..];
    // `在8月产量的基础上`: a base within a few characters of the date, in its clause
    // (read only after `在`)
    let base = before.ends_with('在') && {
        let near: String = after
            .chars()
            .take_while(|c| !"，。；,;".contains(*c))
            .take(10)
            .collect();
        s.base_frames.iter().any(|w| near.contains(w.as_str()))
    };
    // `从2023年5月1日起`, and `从5日开始，` opening its sentence: a start, not a base compared
    // with (`车型从3月开始…下滑` only tells when something else began)
    let from_on = d.approx.as_deref() == Some("起")
        && (!after.starts_with("开始") || opens_clause_with_from(ctx, d));
    base || !from_on
        && s.comparison_before
            .iter()
            .any(|w| before.ends_with(w.as_str()))
        || s.comparison_after
            .iter()
            .chain(&s.name_after)
            .any(|w| after.starts_with(w.as_str()))
}

/// `从` (or `自`) just before the date opens its clause: `…等。从5日开始，…`, not `车型从3月开始`.
fn opens_clause_with_from(ctx: &Context, d: &Fact) -> bool {
    let Some(pre) = ctx.text[..d.byte_start].strip_suffix(['从', '自']) else {
        return false;
    };
    let pre = pre.trim_end();
    pre.is_empty() || pre.ends_with(['，', '。', '；', '：', '！', '？', ',', ';', ':'])
}

/// The subject of the i-th figure after `分别` in a list (`交通、能源、水利分别完成投资3252亿元、
/// 2140亿元、748亿元` → `交通投资`…; `城镇、农村居民人均可支配收入分别增长4.8%、6.2%` →
/// `城镇居民人均可支配收入`…), when as many figures follow as items precede. A second `分别`
/// with no list of its own (`…，同比分别增长5.5%和7.4%`) pairs with the figures of the first.
fn respectively(
    ctx: &Context,
    facts: &[Fact],
    i: usize,
    s_start: usize,
    named: &[Fact],
) -> Option<String> {
    let text = ctx.text;
    let f = &facts[i];
    // (a rate opening the figure's own text may stand before `分别`: `增速分别为27.3%`)
    let own = text[f.byte_start..f.byte_end]
        .find("分别")
        .map(|k| f.byte_start + k + "分别".len());
    let head = &text[s_start..own.unwrap_or(f.byte_start)];
    let at = s_start + head.rfind("分别")?;
    let after = at + "分别".len();
    if text
        .get(after..f.byte_start)
        .unwrap_or("")
        .contains(['；', '。', ';', '：', ':'])
    {
        return None;
    }
    let j = facts[..i]
        .iter()
        .rev()
        .take_while(|g| g.byte_end > after)
        .filter(|g| same_measure(g.kind, f.kind))
        .count();
    let s_end = ctx.sentence_range(f.byte_start).1;
    let run_end = text[after..s_end]
        .find(['；', '。', ';'])
        .map(|k| after + k)
        .unwrap_or(s_end);
    let total = listed_run(ctx, facts, i - j, run_end);
    let lead_start = list_lead_start(ctx, s_start, at);
    let lead = strip_year_words(&text[lead_start..at]);
    let mut items = list_items(ctx, lead, total);
    // `增幅比8月份、9月份分别回升…`: a list of times compared with names no subjects
    let times = items.iter().skip(1).any(|t| is_time_word(ctx, t));
    if items.len() < 2 || times {
        // one subject of its own (`城乡居民人均可支配收入分别增长…`) is not paired with earlier figures
        // (unless a list stands before it: `A、B，进出口分别增长…` pairs with A and B)
        let listed_before = text[s_start..lead_start].contains('、');
        if let [item] = items.as_slice() {
            if !listed_before && names_a_measure(ctx, lead, item) {
                return split_by_paired_word(ctx, item, j, total);
            }
        }
        let after_another = text[s_start..lead_start].contains("分别");
        return paired_with_earlier(facts, i, j, total, s_start, at, after_another);
    }
    // items that state figures themselves (`营收过1亿元、5000万元的企业分别有4家和11家`) are read
    // elsewhere; items that are names (`东风小康、易捷特…分别达到55家、42家`) say whose figures they are
    let is_name = |t: &&str| {
        named.iter().any(|e| {
            e.name
                .as_deref()
                .is_some_and(|n| n.contains(*t) || t.contains(n))
        })
    };
    // a body reporting the list opens its first item (`商务部重点监测零售企业家电、通讯器材销售额`)
    if let Some(first) = items.first_mut() {
        *first = without_leading_name(first, named);
    }
    if items.len() != total
        || j >= items.len()
        || items.iter().any(|t| states_figure(t))
        || items.iter().any(is_name)
    {
        return None;
    }
    let last = without_count_of_items(items[items.len() - 1], items.len());
    let last = ctx
        .rules
        .subject_strip_trailing
        .iter()
        .find_map(|w| last.strip_suffix(w.as_str()))
        .unwrap_or(last);
    let shared = ctx
        .rules
        .subject_measure_heads
        .iter()
        .find(|h| last.ends_with(h.as_str()) && last.len() > h.len())
        .map(String::as_str);
    let item = match (j + 1 == items.len(), shared) {
        (true, Some(h)) => last[..last.len() - h.len()].to_string(),
        (true, None) => last.to_string(),
        (false, _) => clean_subject(ctx, items[j]),
    };
    // `一、二、三产增加值`: items of one character share the rest of the last one's word (`一产`)
    let core = &last[..last.len() - shared.map_or(0, str::len)];
    let one_char = |t: &str| t.chars().count() == 1;
    let item = match core.char_indices().nth(1) {
        Some((k, _))
            if j + 1 < items.len() && items[..items.len() - 1].iter().all(|t| one_char(t)) =>
        {
            format!("{item}{}", &core[k..])
        }
        _ => item,
    };
    // an item that names its own measure (`起数、死亡人数`) takes no share of the last one's,
    // unless what is shared is a rate of change, which any measure has (`投资、消费增速`)
    let shares_rate = shared.is_some_and(|h| ctx.rules.growth_rates.iter().any(|r| r == h));
    let own_measure = j + 1 < items.len()
        && !shares_rate
        && (item.ends_with('数')
            || ctx
                .rules
                .subject_measure_heads
                .iter()
                .any(|h| item.ends_with(h.as_str())));
    let shared = if own_measure { None } else { shared };
    // (an earlier item ending as a word inside the last one shares all the last one says after
    // that word: `先进制造业、高技术制造业增加值占规模以上工业增加值比重` → 先进制造业增加值占…比重)
    let shared = match shared {
        Some(h) if j + 1 < items.len() => Some(tail_after_item_end(items[j], last, h)),
        _ => shared,
    };
    let mut measure = text
        .get(after..facts[i - j].byte_start)
        .unwrap_or("")
        .trim()
        .to_string();
    for w in &ctx.rules.subject_change_words {
        measure = measure.replace(w.as_str(), "");
    }
    let subject = format!("{item}{}{measure}", shared.unwrap_or(""));
    let subject = match shared_modifier(ctx, &items, j) {
        Some(m) if !subject.starts_with(m.as_str()) => format!("{m}{subject}"),
        _ => subject,
    };
    (subject.chars().count() >= 2).then_some(subject)
}

/// What the last item of a `分别` list says after the word an earlier `item` ends with (its
/// longest end of two characters or more found inside `last` before the end), when that ends in
/// the list's shared measure `head` or is the rest of a head the item's word opens
/// (`城镇居民、农村居民人均可支配收入`: 人均可支配收入); else the head alone.
fn tail_after_item_end<'a>(item: &str, last: &'a str, head: &'a str) -> &'a str {
    let ends = item.char_indices().map(|(k, _)| &item[k..]);
    let tail = ends
        .filter(|e| e.chars().nth(1).is_some())
        .find_map(|e| last.find(e).map(|k| &last[k + e.len()..]))
        // (not what closes the list, `…等产品产量`: the head alone says it)
        .filter(|t| !t.starts_with('等'))
        .filter(|t| {
            let longer = t.len() > head.len() && t.ends_with(head);
            longer || (!t.is_empty() && t.len() < head.len() && head.ends_with(*t))
        });
    tail.unwrap_or(head)
}

/// Where the lead of a `分别` list starts: after the last break before it, or before the break
/// when the list runs on over a comma (`第一产业、第二产业、第三产业，以及城乡居民生活用电量`).
fn list_lead_start(ctx: &Context, s_start: usize, at: usize) -> usize {
    let breaks = ['，', ',', '；', ';', '：', ':', '。'];
    let start = after_last(ctx.text, s_start, at, &breaks);
    let Some(comma) = ctx.text[..start].strip_suffix('，').map(str::len) else {
        return start;
    };
    let runs_on = ctx
        .rules
        .subject_list_breaks
        .iter()
        .any(|w| w.starts_with('，') && ctx.text[comma..at].starts_with(w.as_str()));
    let before = after_last(ctx.text, s_start, comma, &breaks);
    if runs_on && ctx.text[before..comma].contains('、') {
        before
    } else {
        start
    }
}

/// The items of a `分别` list's lead: parted at `[subjects] list_breaks`, and at `list_joins`
/// too unless only the breaks give as many items as there are figures (`total`).
fn list_items<'a>(ctx: &Context, lead: &'a str, total: usize) -> Vec<&'a str> {
    let rules = ctx.rules;
    let breaks: Vec<&str> = rules
        .subject_list_breaks
        .iter()
        .map(String::as_str)
        .collect();
    let mut all = breaks.clone();
    all.extend(rules.subject_list_joins.iter().map(String::as_str));
    let fine = split_at_words(lead, &all);
    if fine.len() == total {
        return fine;
    }
    let coarse = split_at_words(lead, &breaks);
    if coarse.len() == total {
        coarse
    } else {
        fine
    }
}

/// `s` parted at each of `words` (the longest that matches), trimmed, empty parts dropped.
fn split_at_words<'a>(s: &'a str, words: &[&str]) -> Vec<&'a str> {
    let mut parts = Vec::new();
    let (mut from, mut k) = (0, 0);
    while k < s.len() {
        let hit = words
            .iter()
            .filter(|w| s[k..].starts_with(**w))
            .max_by_key(|w| w.len());
        if let Some(w) = hit {
            parts.push(&s[from..k]);
            k += w.len();
            from = k;
        } else {
            k += s[k..].chars().next().map_or(1, char::len_utf8);
        }
    }
    parts.push(&s[from..]);
    parts
        .into_iter()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect()
}

/// An item without the name of a body that opens it and is not all of it (`商务部重点监测…`).
fn without_leading_name<'a>(item: &'a str, named: &[Fact]) -> &'a str {
    let rest = named.iter().find_map(|e| {
        let name = e.name.as_deref()?;
        item.strip_prefix(name)
            .filter(|r| r.chars().count() >= 2 && e.kind == Kind::Org)
    });
    rest.unwrap_or(item)
}

/// `生产安全事故起数、死亡人数分别下降18%、13%`: when every item of a `分别` list is a count
/// (`…数`) and the later ones are short (`死亡人数`), what the first item says before its count
/// word (`生产安全事故`) qualifies them all; for the `j`th item (`j` ≥ 1), that modifier. Not for
/// other measures, whose words jieba cuts inside the measure (`营业/收入、利润总额`).
fn shared_modifier(ctx: &Context, items: &[&str], j: usize) -> Option<String> {
    let count = |t: &str| t.ends_with('数');
    let short = |t: &&str| count(t) && t.chars().count() <= 4;
    if j == 0 || !items[1..].iter().all(short) {
        return None;
    }
    let first = clean_subject(ctx, items[0]);
    let words = ctx.segmenter?.words(&first);
    let last = words.last()?;
    let (modifier, measure) = first.split_at(last.start);
    let longer = modifier.chars().count() >= 2 && measure.chars().count() >= 2;
    (longer && count(measure) && !items[j].starts_with(modifier)).then(|| modifier.to_string())
}

/// Whether a list item states a figure of its own (`营收过1亿元`), not a code with digits in it
/// (`5G基站`, `C919客机`, `G8.5+基板玻璃`).
fn states_figure(item: &str) -> bool {
    item.char_indices().any(|(k, c)| {
        c.is_ascii_digit()
            && !item[..k].ends_with(|p: char| p.is_ascii_digit() || p == '.')
            && !in_code(&item[..k])
            && !code_at(&item[k..])
    })
}

/// Whether the one lead of a `分别` list (`item`, the lead split at list words) is a measure
/// of its own, not a comparison (`比上年`, `与2023年相比`) or a way of counting (`以修正总吨计`)
/// whose figures pair with those stated before it.
fn names_a_measure(ctx: &Context, lead: &str, item: &str) -> bool {
    let opens = |words: &[String]| words.iter().any(|w| lead.starts_with(w.as_str()));
    if opens(&ctx.rules.sections.comparison_before)
        || opens(&ctx.rules.subject_manner_openers)
        || lead != item
    {
        return false;
    }
    clean_subject(ctx, item)
        .chars()
        .filter(|c| super::cursor::is_han(*c))
        .count()
        >= 2
        && !is_time_word(ctx, item)
}

/// The half of a two-figure `分别` list's one subject that the `j`th figure measures, when the
/// subject holds a word naming two measures at once (`城乡居民…` → 城镇居民…, 农村居民…).
fn split_by_paired_word(ctx: &Context, lead: &str, j: usize, total: usize) -> Option<String> {
    if total != 2 || j >= 2 {
        return None;
    }
    // without the times that stand in it (`新能源汽车3月份产销同比`)
    let dates =
        super::dates::find_dates(&Context::bare(lead, ctx.rules, ctx.doc_year.or(Some(2000))));
    let subject = clean_subject(ctx, &strip_dates(lead, 0, &dates));
    // and without the province or prefecture it opens with (`西藏城乡居民…`; not `红旗汽车`):
    // that is the figure's region
    let g = &ctx.rules.places;
    let wide = |m: &crate::places::Mention| g.name(m.name).places.iter().all(|&p| g.is_wide(p));
    let place = g
        .mentions(&subject)
        .next()
        .filter(|m| m.start == 0 && m.end < subject.len() && wide(m))
        .map_or(0, |m| m.end);
    let subject = &subject[place..];
    let (word, halves) = ctx
        .rules
        .subject_paired_words
        .iter()
        .find(|(w, _)| subject.contains(w.as_str()))?;
    Some(subject.replacen(word.as_str(), &halves[j], 1))
}

/// How many figures of one kind stand listed from `first` on (`6.9%、8.4%、10.2%`), joined only by
/// list words, before `run_end`: a figure after a comma (`…，新兴产业增长20%以上`) starts
/// `实际使用外资175亿美元左右、约合1243亿元人民币`: a sum converted into another currency
/// (`[subjects] conversion_words` between the two) measures what the sum before it does.
fn converted(ctx: &Context, facts: &[Fact], i: usize) -> Option<String> {
    let (prev, f) = (facts[..i].last()?, &facts[i]);
    if prev.kind != Kind::Money || f.kind != Kind::Money || prev.byte_end > f.byte_start {
        return None;
    }
    let gap =
        ctx.text[prev.byte_end..f.byte_start].trim_start_matches(['、', '，', ',', '（', '(']);
    let words = &ctx.rules.subject_conversion_words;
    words
        .iter()
        .any(|w| w == gap)
        .then(|| prev.subject.clone())?
}

/// Figures of one list after `分别`: of one kind, or shares and changes in percent together
/// (`城镇调查失业率、居民消费价格涨幅分别控制在5%、3%以内`: a rate and a rise).
fn same_measure(a: Kind, b: Kind) -> bool {
    let share = |k: Kind| matches!(k, Kind::Percent | Kind::Growth);
    a == b || (share(a) && share(b))
}

/// another statement.
fn listed_run(ctx: &Context, facts: &[Fact], first: usize, run_end: usize) -> usize {
    let kind = facts[first].kind;
    let mut count = 1;
    let mut last_end = facts[first].byte_end;
    for g in facts[first + 1..]
        .iter()
        .take_while(|g| g.byte_start < run_end)
        .filter(|g| same_measure(g.kind, kind))
    {
        let gap = ctx.text[last_end.min(g.byte_start)..g.byte_start].trim();
        if !matches!(
            gap,
            "" | "、" | "和" | "与" | "及" | "以及" | "，和" | "、和"
        ) {
            break;
        }
        count += 1;
        last_end = g.byte_end;
    }
    count
}

/// The last item of a list without the words counting the list (`A、B和C三大指标` → `C`): a
/// Chinese numeral equal to the number of items and at most four characters after it.
fn without_count_of_items(last: &str, items: usize) -> &str {
    let numeral = crate::numerals::is_chinese_numeral_char;
    for (p, c) in last.char_indices().filter(|&(p, _)| p > 0) {
        // (an ordinal is part of the item: `第三产业`)
        if !numeral(c) || last[..p].ends_with(numeral) || last[..p].ends_with('第') {
            continue;
        }
        let digits = last[p..]
            .find(|c: char| !numeral(c))
            .map_or(last.len(), |k| p + k);
        let rest = last[digits..].chars().count();
        let counted = crate::numerals::parse_chinese(&last[p..digits])
            .is_some_and(|v| v.to_f64() == items as f64);
        if counted && (1..=4).contains(&rest) {
            return &last[..p];
        }
    }
    last
}

/// `…分别进出口1.92万亿元和1.14万亿元，同比分别增长5.5%和7.4%`: the j-th figure after a second
/// 分别 measures what the j-th figure after the first did (with no list of its own, after another
/// 分别 clause: what the j-th of the last run of its kind measured).
fn paired_with_earlier(
    facts: &[Fact],
    i: usize,
    j: usize,
    total: usize,
    s_start: usize,
    at: usize,
    after_another: bool,
) -> Option<String> {
    let earlier: Vec<&Fact> = facts[..i - j]
        .iter()
        .rev()
        .take_while(|g| g.byte_start >= s_start && g.byte_end <= at)
        .collect();
    let earlier: Vec<&Fact> = earlier.into_iter().rev().collect();
    if earlier.len() == total && total >= 2 {
        return earlier.get(j).and_then(|g| g.subject.clone());
    }
    // (or, after another 分别 of the sentence, with the last run as long of the same kind:
    // `A、B和C分别为…，分别占…，以修正总吨计分别占…`)
    if !after_another {
        return None;
    }
    let kind = facts[i].kind;
    let run: Vec<&Fact> = earlier
        .iter()
        .rev()
        .take_while(|g| g.kind == kind)
        .take(total)
        .copied()
        .collect();
    (run.len() == total && total >= 2 && earlier.len() > total)
        .then(|| run[total - 1 - j].subject.clone())
        .flatten()
}

/// Whether a list item is only a time (`9月份`, `2023年`, `三季度`), as the date matcher reads it.
fn is_time_word(ctx: &Context, t: &str) -> bool {
    let dates = super::dates::find_dates(&Context::bare(t, ctx.rules, ctx.doc_year.or(Some(2000))));
    dates
        .iter()
        .any(|d| d.byte_start == 0 && d.byte_end == t.len())
}

/// Whether a phrase is only a span of time (`5年`, `三个月`, `[subjects] durations`).
fn is_duration(rules: &crate::rules::Rules, phrase: &str) -> bool {
    (rules.subject_durations.iter())
        .filter_map(|w| phrase.strip_suffix(w.as_str()))
        .any(|n| {
            !n.is_empty() && n.chars().all(|c| c.is_ascii_digit())
                || super::dates::small_number(n).is_some()
        })
}

/// A lead without the years and dates that open it (`2023年全国小学、中学…`).
fn strip_year_words(lead: &str) -> &str {
    match lead.find('年') {
        Some(k) if lead[..k].chars().all(|c| c.is_ascii_digit()) && k > 0 => {
            &lead[k + '年'.len_utf8()..]
        }
        _ => lead,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_list_counted_after_its_last_item_leaves_the_item() {
        use super::without_count_of_items as w;
        assert_eq!(w("手持订单量三大指标", 3), "手持订单量");
        assert_eq!(w("出口两项", 2), "出口");
        // (a count that is not the list's stays: it names the item)
        assert_eq!(w("十四五规划", 3), "十四五规划");
        assert_eq!(w("第三产业", 3), "第三产业");
    }

    #[test]
    fn codes_in_list_items_state_no_figure() {
        assert!(!super::states_figure("5G基站"));
        assert!(!super::states_figure("C919客机"));
        assert!(super::states_figure("营收过1亿元"));
        assert!(super::states_figure("5000万元的企业"));
    }

    #[test]
    fn quote_marks_go_only_when_unpaired() {
        assert_eq!(
            super::trim_quote_marks("领域的“湾区标准”"),
            "领域的“湾区标准”"
        );
        assert_eq!(super::trim_quote_marks("“湾区标准"), "湾区标准");
        assert_eq!(super::trim_quote_marks("湾区标准”"), "湾区标准");
        assert_eq!(super::trim_quote_marks("“湾区标准”"), "“湾区标准”");
    }
}
