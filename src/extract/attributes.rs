//! What each numeric fact is about: its subject (what it measures), period, entity and role.
//! Each is read from the figure's clause and sentence, falling back to the paragraph.
use super::cursor::{ends_with_word, starts_with_word};
use super::Context;
use crate::fact::{Fact, Kind, Role};

/// Subjects that are only a scope: the figure takes the subject before it instead.
const SCOPE_ONLY: &[&str] = &["全区", "全市", "全省", "全县", "我区", "我市", "辖区", "区内", "市内", "现全区", "目前全区"];

/// Nouns of money that name what a sum is when they follow it (`500 万元工业专项资金`).
const FUND_WORDS: &[&str] = &["资金", "基金", "奖金", "补贴", "补助", "贷款", "经费", "订单", "奖励", "投资"];

const CLAUSE_BREAKS: &[char] = &['，', ',', '；', ';', '：', ':', '。', '\n', '、', '（', '(', '）', ')', '！', '？'];
/// Words that end the noun phrase after a count (`45个技改项目已实施`).
const AFTER_STOPS: &[&str] = &["已", "正", "将", "的", "是", "为", "和", "与", "等", "均", "都", "也", "并", "实现", "完成", "达到", "同比", "占", "进行", "开展", "得到", "获得", "成功", "共", "累计", "合计", "分别", "全部", "基本", "通过", "被", "由", "从", "向", "于",
    "成立", "建立", "参加", "参与", "入驻", "提供", "进入", "投放", "取得", "申报", "申请", "形成", "落户", "签约", "开工", "投产", "了", "这些", "其中",
    "获批", "增加", "增长", "减少", "下降", "上升", "提高", "降低", "增至", "降至", "尚未", "尚", "只有", "仅", "仍", "还"];
/// Verbs by which counted bodies reach a status (`5家企业成功申报省级…企业`): the status is the subject.
const STATUS_VERBS: &[&str] = &["成功申报", "申报", "入选", "获评", "获批", "认定为", "评为", "被评为", "获得"];
/// Generic heads after a count that say less than what follows them.
const GENERIC_HEADS: &[&str] = &["企业", "公司", "单位", "项目"];
/// Level words in lists (`4个国家级、10个省级、20个市级科技企业孵化器`).
const LEVELS: &[&str] = &["国家级", "省级", "市级", "区级", "县级", "国家", "省", "市"];

pub fn assign(ctx: &Context, numeric: &mut [Fact], dates: &[Fact], entities: &[Fact]) {
    let text = ctx.text;
    let mut prev_subject: Option<(usize, String)> = None; // (sentence start, subject)
    for i in 0..numeric.len() {
        let (s_start, s_end) = ctx.sentence_range(numeric[i].byte_start);
        let f = &numeric[i];
        // ---- subject
        let lead_start = after_last(text, s_start, f.byte_start, CLAUSE_BREAKS);
        // `种植油菜、小麦、蚕豆等 860亩`: a list closed by 等 is what is measured, every item of it
        let lead_start = if text[lead_start..f.byte_start].trim_end().ends_with('等') && text[..lead_start].ends_with('、') {
            after_last(text, s_start, lead_start, &['，', ',', '；', ';', '：', ':', '。', '\n'])
        } else {
            lead_start
        };
        let lead = strip_dates(&text[lead_start..f.byte_start], lead_start, dates);
        let lo = entities.partition_point(|e| e.byte_start < s_start);
        let hi = entities.partition_point(|e| e.byte_start < f.byte_start);
        let lead = strip_entities_at_start(&lead, s_start, &entities[lo..hi]);
        // `产值由2020年的72亿元增长到200亿元`: what changes stands before 由.
        let lead = match lead.find(['由', '从']) {
            Some(k) if k > 0 => lead[..k].to_string(),
            _ => lead,
        };
        // a list number in front (`13.加拿大林火`) is not part of what is measured
        let lead = {
            let t = lead.trim_start();
            let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if digits > 0 && t[digits..].starts_with(['.', '、']) { t[digits + 1..].to_string() } else { lead }
        };
        let mut subject = clean_subject(ctx, &lead);
        if SCOPE_ONLY.contains(&subject.as_str()) {
            subject.clear();
        }
        let after = noun_after(text, f.byte_end, s_end).map(|a| {
            let rest_at = f.byte_end + text[f.byte_end..].find(a.as_str()).unwrap_or(0) + a.len();
            // `5 家企业成功申报省级两化融合试点示范企业`
            if GENERIC_HEADS.contains(&a.as_str()) {
                let rest = &text[rest_at..s_end];
                for v in STATUS_VERBS {
                    if let Some(obj) = rest.strip_prefix(v) {
                        let end = obj.find(CLAUSE_BREAKS).unwrap_or(obj.len());
                        let o = obj[..end].trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ' || c == '年');
                        if (2..=20).contains(&o.chars().count()) {
                            return o.to_string();
                        }
                    }
                }
            }
            // `35项成果获得国家科学技术奖`: which of them are counted is said after the noun
            let rest = &text[rest_at..s_end];
            if let Some(v) = ctx.rules.subject_predicate_verbs.iter().find(|v| rest.starts_with(v.as_str())) {
                let end = rest.find(CLAUSE_BREAKS).unwrap_or(rest.len());
                let said = &rest[..end];
                if said.len() > v.len() && (a.chars().count() + said.chars().count()) <= 18 && !said.contains(|c: char| c.is_ascii_digit()) {
                    return format!("{a}{said}");
                }
            }
            // `4个国家级、10个省级、20个市级科技企业孵化器`: a level word takes the list's head noun.
            if LEVELS.contains(&a.as_str()) && text[rest_at..].starts_with('、') {
                let clause_end = text[rest_at..s_end].find(['，', '；', '。', ',', ';']).map(|k| rest_at + k).unwrap_or(s_end);
                let list = &text[rest_at..clause_end];
                if let Some(last) = list.rsplit('、').next() {
                    let mut head = last.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
                    head = head.trim_start_matches(|c: char| "个家项名所座".contains(c));
                    for l in LEVELS {
                        if let Some(h) = head.strip_prefix(l) {
                            head = h;
                            break;
                        }
                    }
                    if head.chars().count() >= 2 {
                        return format!("{a}{head}");
                    }
                }
            }
            a
        });
        let threshold = f.kind == Kind::Money && (f.approx.as_deref() == Some("以上") || f.value_max.is_some());
        match (&after, f.kind) {
            (Some(a), Kind::Quantity) => subject = a.clone(),
            // A threshold measures the size of what follows it: `亿元以上项目` is a project's
            // investment, `投资过5亿元的重大工业项目` the project's investment.
            (Some(a), Kind::Money) if threshold => {
                let measure = ["投资", "产值", "产销", "营收", "销售收入"].iter().find(|m| subject.ends_with(*m));
                subject = match measure {
                    Some(m) => format!("{a}{m}"),
                    None if a.ends_with("项目") => format!("{a}投资规模"),
                    None => format!("{}{}", f.text.split_whitespace().collect::<String>(), a),
                };
            }
            (Some(a), Kind::Money) if FUND_WORDS.iter().any(|w| a.ends_with(w)) => subject = a.clone(),
            _ => {}
        }
        let prev = prev_subject.as_ref().filter(|(s, _)| *s == s_start).map(|(_, p)| p.clone());
        // A phrase that runs over another figure (`分别增长36.3%和`) is not a subject of its own.
        // So is one that ends in another count (`…分别达到8家、8家和120家`: `8家和`).
        let ends_in_count = {
            let t = subject.trim_end_matches(|c: char| "个家名项所座台辆亩条".contains(c));
            t.len() < subject.len() && t.ends_with(|c: char| c.is_ascii_digit())
        };
        if subject.contains('%') || (ends_in_count && after.is_none()) {
            if let Some(p) = &prev {
                subject = p.clone();
            }
        }
        // A verb or level alone (`已注册19家`, `其中省级7家`) qualifies the subject before it.
        // `总量达到60013亿元` after `地区生产总值增长5.8%`: the total of the same measure.
        if f.kind != Kind::Ranking && ctx.rules.subject_generic.iter().any(|g| *g == subject) {
            if let Some(p) = &prev {
                subject = p.clone();
            }
        }
        // `实施技改项目320个、完成投资85亿元`: a bare measure after a list's comma measures the
        // noun the figure before it counted
        let continues = text[..lead_start].ends_with('、') && subject.chars().count() <= 3 && after.is_none() && f.kind == Kind::Money;
        if continues {
            if let Some(p) = &prev {
                subject = format!("{p}{subject}");
            }
        }
        let short_qualifier = !continues && subject.chars().count() <= 3
            && after.is_none()
            && matches!(f.kind, Kind::Quantity | Kind::Money)
            && (ctx.segmenter.is_some_and(|seg| matches!(seg.tag_of(&subject), "v" | "b" | "a" | "d" | "ad" | "f")) || STATUS_VERBS.contains(&subject.as_str()));
        if short_qualifier {
            if let Some(p) = &prev {
                subject = format!("{subject}{p}");
            }
        } else if subject.chars().count() < 2 || subject.starts_with('占') || (f.kind == Kind::Ranking && subject.chars().count() <= 2) {
            if let Some(p) = &prev {
                subject = format!("{p}{subject}");
            }
        }
        let subject = (!subject.is_empty()).then_some(subject);
        // `汽车、家电零售额分别增长20%、10%`: the i-th figure after 分别 measures the i-th item.
        let subject = respectively(ctx, numeric, i, s_start, &entities[lo..hi]).or(subject);
        let f = &numeric[i];
        let cue = cue_role(ctx, s_start, f.byte_start);
        let provisional = cue.or_else(|| ctx.structural_role(f.byte_start));
        let (period, period_source) = period_of(ctx, f, dates, (s_start, s_end), provisional);
        // ---- entity: the nearest name before it in its own sentence (never an earlier one's).
        let ke = entities.partition_point(|e| e.byte_start < f.byte_start);
        let ent = entities[..ke]
            .iter()
            .rev()
            .take(8)
            .find(|e| e.byte_end <= f.byte_start && e.byte_start >= s_start)
            .and_then(|e| e.name.clone());
        let role = role_of(ctx, s_start, f.byte_start, cue, period.as_ref(), period_source);
        let f = &mut numeric[i];
        // a rank (`增速全国第3`) is no measure a following `总量` can stand for
        if let Some(s) = subject.as_ref().filter(|_| f.kind != Kind::Ranking) {
            prev_subject = Some((s_start, s.clone()));
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

/// Where the text after the last of `breaks` in `from..to` starts (`from` when there is none).
fn after_last(text: &str, from: usize, to: usize, breaks: &[char]) -> usize {
    text[from..to].rfind(breaks).map(|k| {
        let k = from + k;
        k + text[k..].chars().next().map(char::len_utf8).unwrap_or(1)
    }).unwrap_or(from)
}

/// Removes the text of dates from a lead phrase.
fn strip_dates(lead: &str, lead_start: usize, dates: &[Fact]) -> String {
    let lead_end = lead_start + lead.len();
    let mut out = String::new();
    let mut pos = lead_start;
    // (dates come in text order: only those from the lead's start on are looked at)
    let from = dates.partition_point(|d| d.byte_start < lead_start);
    for d in dates[from..].iter().take_while(|d| d.byte_start <= lead_end).filter(|d| d.byte_end <= lead_end) {
        out.push_str(&lead[pos - lead_start..d.byte_start - lead_start]);
        pos = d.byte_end;
    }
    out.push_str(&lead[pos - lead_start..]);
    out
}

/// Drops the name of the body a figure belongs to from its subject: what follows the last
/// organisation, project or region named in the phrase (`东风小康汽车产量` → `汽车产量`,
/// `海吉亚医疗计划投资` → `计划投资`). A phrase that is only a name leaves no subject.
fn strip_entities_at_start(lead: &str, _s_start: usize, entities: &[Fact]) -> String {
    let compact: String = lead.chars().filter(|c| !c.is_whitespace()).collect();
    let mut best: Option<usize> = None;
    for e in entities {
        if let Some(name) = &e.name {
            if let Some(at) = compact.rfind(name.as_str()) {
                let end = at + name.len();
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
    let Some(seg) = ctx.segmenter else { return false };
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
        // (the first-byte test avoids most full comparisons; this runs for every figure)
        let first = t.as_bytes().first().copied();
        let last = t.as_bytes().last().copied();
        for w in &rules.subject_strip_leading {
            if w.as_bytes().first().copied() == first && starts_with_word(t.as_bytes(), w.as_bytes()) && t.len() > w.len() && !starts_a_word(ctx, &t, w) {
                t = t[w.len()..].to_string();
                break;
            }
        }
        for w in &rules.subject_strip_trailing {
            if w.as_bytes().last().copied() == last && ends_with_word(t.as_bytes(), w.as_bytes()) && t.len() > w.len() {
                t.truncate(t.len() - w.len());
                break;
            }
        }
        // role cues at the front are not what is measured
        for w in rules.role_target.iter().chain(rules.role_forecast.iter()) {
            if w.as_bytes().first().copied() == first && starts_with_word(t.as_bytes(), w.as_bytes()) && t.len() > w.len() && w != "计划" {
                t = t[w.len()..].to_string();
                break;
            }
        }
        if t.len() == before {
            break;
        }
    }
    t.trim_matches(|c: char| matches!(c, '“' | '”' | '"' | '》' | '《' | '-')).to_string()
}

/// The noun phrase right after a count (`150 台电动公交车` → `电动公交车`).
fn noun_after(text: &str, pos: usize, s_end: usize) -> Option<String> {
    // A figure can run past the end of the sentence its start is in (`-3。⏎%`): nothing follows.
    let rest = text.get(pos..s_end)?;
    let rest = rest.strip_prefix('的').unwrap_or(rest);
    let end = rest.find(CLAUSE_BREAKS).unwrap_or(rest.len());
    let mut phrase = &rest[..end];
    if !phrase.starts_with(super::cursor::is_han) {
        return None;
    }
    // a change (`增加到 1100家`) or a stop word right after the count names nothing
    if AFTER_STOPS.iter().any(|w| phrase.starts_with(w)) {
        return None;
    }
    // cut at the first stop word or figure
    let mut cut = phrase.len();
    for (i, ch) in phrase.char_indices() {
        if ch.is_ascii_digit() {
            cut = cut.min(i);
            break;
        }
        if i > 0 && AFTER_STOPS.iter().any(|w| starts_with_word(phrase[i..].as_bytes(), w.as_bytes())) {
            cut = cut.min(i);
            break;
        }
    }
    phrase = &phrase[..cut];
    let n = phrase.chars().count();
    (2..=14).contains(&n).then(|| phrase.to_string())
}

/// The role a figure's sentence gives it, when it has a cue (`力争`, `预计`); else what the
/// document's structure says (a target list or a section of plans or results), else the genre's.
fn role_of(ctx: &Context, s_start: usize, pos: usize, cue: Option<Role>, period: Option<&crate::fact::Span>, source: Option<&str>) -> Role {
    if let Some(r) = cue {
        return r;
    }
    if ctx.structure.in_target_list(pos) {
        return Role::Target;
    }
    match ctx.structure.section_at(pos).and_then(|s| s.role) {
        Some(Role::Target) => {
            // a sentence of a plans section that tells what was done (`去年…`, a year gone by)
            let sentence = &ctx.text[s_start..pos];
            let done = ctx.rules.sections.done_in_sentence.iter().any(|w| sentence.contains(w.as_str()));
            let past = source == Some("sentence")
                && period.zip(ctx.doc_year).is_some_and(|(p, y)| p.end.get(..4).and_then(|e| e.parse::<i32>().ok()).is_some_and(|e| e < y));
            if done || past { Role::Actual } else { Role::Target }
        }
        Some(r) => r,
        None if ctx.genre_targets => Role::Target,
        None => Role::Actual,
    }
}

/// The role cue of a figure's sentence (or of the colon list it continues), if any.
fn cue_role(ctx: &Context, s_start: usize, pos: usize) -> Option<Role> {
    // A list that a colon opens runs on across `；` (`主要预期目标是：…增长5%左右；城镇新增就业
    // 1200万人以上，…`): its items are read from the sentence that holds the colon.
    // (looked for only after a `；`, and at most a few sentences back, so long text stays linear)
    let para = ctx.paragraph_range(s_start).0;
    let s_start = if ctx.text[para..s_start].ends_with(['；', ';']) {
        let mut from = s_start.saturating_sub(1200).max(para);
        while !ctx.text.is_char_boundary(from) {
            from += 1;
        }
        let before = &ctx.text[from..s_start];
        match before.rfind(['：', ':']) {
            Some(c) if !before[c..].contains(['。', '！', '？']) => ctx.sentence_range(from + c).0,
            _ => s_start,
        }
    } else {
        s_start
    };
    let text = &ctx.text[s_start..pos];
    let rules = ctx.rules;
    let mut best: Option<(usize, Role)> = None;
    for m in rules.role_cues.find_iter(text) {
        let at = m.start();
        if rules.role_cancel_before.iter().any(|c| text[..at].ends_with(c.as_str())) {
            continue;
        }
        // Clause-only cues do not reach past the end of their clause.
        if rules.role_clause_only.iter().any(|w| w == m.as_str()) && text[m.end()..].contains(['，', ',', '；', ';', '。']) {
            continue;
        }
        let role = if rules.role_forecast.iter().any(|w| w == m.as_str()) { Role::Forecast } else { Role::Target };
        best = Some((at, role));
    }
    let (at, role) = best?;
    // A later clause that reports what is done (`力争…，目前已完成…`) makes the figure
    // actual; inside the cue's own clause (`预计二季度完成投资`) it is still the cue's.
    let tail = &text[at..];
    let later = tail.find(['，', ',', '；', ';']).map(|k| &tail[k..]).unwrap_or("");
    if rules.role_actual_after.iter().any(|w| later.contains(w.as_str())) {
        Some(Role::Actual)
    } else {
        Some(role)
    }
}

/// A figure's period from the nearest context that fixes it, and which context that was: a date
/// of its sentence (before it, else after it), a date that opens an earlier sentence of its
/// paragraph, its section's period, or what the whole document reports on. Years only compared
/// against (`与2023年相比`, `比2023年同期`) are never the period.
fn period_of(ctx: &Context, f: &Fact, dates: &[Fact], (s_start, s_end): (usize, usize), role: Option<Role>) -> (Option<crate::fact::Span>, Option<&'static str>) {
    let para = ctx.paragraph_range(f.byte_start);
    // dates are sorted by position: search, never scan (documents can hold a million facts)
    let k = dates.partition_point(|d| d.byte_start < f.byte_start);
    let usable = |d: &&Fact| !is_comparison(ctx, d);
    let before = dates[..k].iter().rev().take_while(|d| d.byte_start >= s_start).filter(|d| d.byte_end <= f.byte_start).find(usable);
    let after = dates[k..]
        .iter()
        .take_while(|d| d.byte_end <= s_end)
        .filter(|d| d.byte_start >= f.byte_end && d.approx.as_deref() != Some("以来"))
        .find(usable);
    // an earlier sentence's date holds on only when it opens that sentence (`1-3月，…`), not
    // when it was a detail of it (`落实去年9月26日会议部署的政策`)
    let ks = dates.partition_point(|d| d.byte_start < s_start);
    let earlier = dates[..ks].iter().rev().take_while(|d| d.byte_start >= para.0).find(|d| d.byte_end <= s_start && usable(d) && opens_sentence(ctx, d));
    let now = ctx.news && ctx.rules.sections.now_words.iter().any(|w| ctx.text[s_start..f.byte_start].contains(w.as_str()));
    let mut found = match (before.or(after), earlier) {
        (Some(d), _) => (since_to_day(ctx, d), Some("sentence")),
        (None, _) if now => (ctx.doc_period.0.clone(), Some("sentence")),
        (None, Some(d)) => (since_to_day(ctx, d), Some("paragraph")),
        (None, None) => (None, None),
    };
    if found.0.is_none() {
        if let Some(p) = ctx.structure.section_at(f.byte_start).and_then(|s| s.period.clone()) {
            found = (Some(p), Some("section"));
        }
    }
    if found.0.is_none() {
        let doc = if role == Some(Role::Target) { &ctx.doc_period.1 } else { &ctx.doc_period.0 };
        if let Some(p) = doc.clone() {
            found = (Some(p), Some("document"));
        }
    }
    // `上半年…，全年完成投资110亿元`: a figure its own clause calls the whole year's is the
    // year's, not the part of it named earlier.
    let clause = ctx.clause_before(f.byte_start);
    if clause.contains("全年") && !clause.contains("占全年") {
        let whole = |y: &str| crate::fact::Span { start: format!("{y}-01-01"), end: format!("{y}-12-31") };
        if let Some(p) = &found.0 {
            if p.start.get(..4) == p.end.get(..4) {
                found.0 = Some(whole(&p.start[..4]));
            }
        }
    }
    found
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
    if ["截至", "截止"].iter().any(|w| lead.trim_end().ends_with(w)) {
        return true;
    }
    let clause = lead.rfind(['，', ',', '：', ':']).map(|k| &lead[k..]).unwrap_or(lead);
    clause.chars().count() <= 4 && ctx.text[d.byte_end..].starts_with(['，', ','])
}

/// The span a date gives a figure: `自2018年首次举办以来` runs from 2018 to the document's day
/// (`今年以来` stays the year, as the gold conventions read it).
fn since_to_day(ctx: &Context, d: &Fact) -> Option<crate::fact::Span> {
    let span = d.date.clone()?;
    match (d.approx.as_deref(), ctx.doc_day) {
        (Some("以来"), Some((y, m, day))) if span.start.get(..4) != Some(&format!("{y:04}")) || span.end.get(5..) != Some("12-31") => {
            let today = format!("{y:04}-{m:02}-{day:02}");
            (span.start <= today).then_some(crate::fact::Span { start: span.start, end: today })
        }
        _ => Some(span),
    }
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
    s.comparison_before.iter().any(|w| before.ends_with(w.as_str()))
        || s.comparison_after.iter().chain(&s.name_after).any(|w| after.starts_with(w.as_str()))
}


/// The subject of the i-th figure after `分别` in a list (`交通、能源、水利分别完成投资3252亿元、
/// 2140亿元、748亿元` → `交通投资`…; `城镇、农村居民人均可支配收入分别增长4.8%、6.2%` →
/// `城镇居民人均可支配收入`…), when as many figures follow as items precede. A second `分别`
/// with no list of its own (`…，同比分别增长5.5%和7.4%`) pairs with the figures of the first.
fn respectively(ctx: &Context, facts: &[Fact], i: usize, s_start: usize, named: &[Fact]) -> Option<String> {
    let text = ctx.text;
    let f = &facts[i];
    let head = &text[s_start..f.byte_start];
    let at = s_start + head.rfind("分别")?;
    let after = at + "分别".len();
    if text[after..f.byte_start].contains(['；', '。', ';', '：', ':']) {
        return None;
    }
    let j = facts[..i].iter().rev().take_while(|g| g.byte_start >= after).filter(|g| g.kind == f.kind).count();
    let s_end = ctx.sentence_range(f.byte_start).1;
    let run_end = text[after..s_end].find(['；', '。', ';']).map(|k| after + k).unwrap_or(s_end);
    let total = facts[i - j..].iter().take_while(|g| g.byte_start < run_end).filter(|g| g.kind == f.kind).count();
    let lead_start = after_last(text, s_start, at, &['，', ',', '；', ';', '：', ':', '。']);
    let lead = strip_year_words(&text[lead_start..at]);
    let items: Vec<&str> = lead.split(['、', '和', '与', '及']).map(str::trim).filter(|t| !t.is_empty()).collect();
    if items.len() < 2 {
        return paired_with_earlier(facts, i, j, total, s_start, at);
    }
    // items that state figures themselves (`营收过1亿元、5000万元的企业分别有4家和11家`) are read
    // elsewhere; items that are names (`东风小康、易捷特…分别达到55家、42家`) say whose figures they are
    let is_name = |t: &&str| named.iter().any(|e| e.name.as_deref().is_some_and(|n| n.contains(*t) || t.contains(n)));
    if items.len() != total || j >= items.len() || items.iter().any(|t| t.contains(|c: char| c.is_ascii_digit())) || items.iter().any(is_name) {
        return None;
    }
    let last = items[items.len() - 1];
    let last = ctx.rules.subject_strip_trailing.iter().find_map(|w| last.strip_suffix(w.as_str())).unwrap_or(last);
    let shared = ctx.rules.subject_measure_heads.iter().find(|h| last.ends_with(h.as_str()) && last.len() > h.len()).map(String::as_str);
    let item = match (j + 1 == items.len(), shared) {
        (true, Some(h)) => last[..last.len() - h.len()].to_string(),
        (true, None) => last.to_string(),
        (false, _) => clean_subject(ctx, items[j]),
    };
    let mut measure = text[after..facts[i - j].byte_start].trim().to_string();
    for w in &ctx.rules.subject_change_words {
        measure = measure.replace(w.as_str(), "");
    }
    let subject = format!("{item}{}{measure}", shared.unwrap_or(""));
    (subject.chars().count() >= 2).then_some(subject)
}

/// `…分别进出口1.92万亿元和1.14万亿元，同比分别增长5.5%和7.4%`: the j-th figure after a second
/// 分别 measures what the j-th figure after the first did.
fn paired_with_earlier(facts: &[Fact], i: usize, j: usize, total: usize, s_start: usize, at: usize) -> Option<String> {
    let earlier: Vec<&Fact> = facts[..i - j].iter().rev().take_while(|g| g.byte_start >= s_start && g.byte_end <= at).collect();
    let earlier: Vec<&Fact> = earlier.into_iter().rev().collect();
    (earlier.len() == total && total >= 2).then(|| earlier[j].subject.clone()).flatten()
}

/// A lead without the years and dates that open it (`2023年全国小学、中学…`).
fn strip_year_words(lead: &str) -> &str {
    match lead.find('年') {
        Some(k) if lead[..k].chars().all(|c| c.is_ascii_digit()) && k > 0 => &lead[k + '年'.len_utf8()..],
        _ => lead,
    }
}
