//! What each numeric fact is about: its subject (what it measures), period, entity and role.
//! Each is read from the figure's clause and sentence, falling back to the paragraph.
use super::Context;
use crate::fact::{Fact, Kind, Role};

/// Subjects that are only a scope: the figure takes the subject before it instead.
const SCOPE_ONLY: &[&str] = &["全区", "全市", "全省", "全县", "我区", "我市", "辖区", "区内", "市内", "现全区", "目前全区"];

/// Nouns of money that name what a sum is when they follow it (`500 万元工业专项资金`).
const FUND_WORDS: &[&str] = &["资金", "基金", "奖金", "补贴", "补助", "贷款", "经费", "订单", "奖励", "投资"];

/// How far back (bytes) an entity is looked for before its figure's sentence.
const MAX_LOOKBACK: usize = 1500;
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
        let short_qualifier = subject.chars().count() <= 3
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
        // ---- period: the nearest date before it in the sentence, else after it in the
        // sentence, else the last date earlier in the paragraph.
        let para = ctx.paragraph_range(f.byte_start);
        // dates are sorted by position: search, never scan (documents can hold a million facts)
        let k = dates.partition_point(|d| d.byte_start < f.byte_start);
        let before = dates[..k].iter().rev().find(|d| d.byte_end <= f.byte_start).filter(|d| d.byte_start >= s_start);
        let after = dates[k..].first().filter(|d| d.byte_start >= f.byte_end && d.byte_end <= s_end);
        let ks = dates.partition_point(|d| d.byte_start < s_start);
        let earlier = dates[..ks].last().filter(|d| d.byte_end <= s_start && d.byte_start >= para.0);
        let mut period = before.or(after).or(earlier).and_then(|d| d.date.clone());
        // `上半年…，全年完成投资110亿元`: a figure its own clause calls the whole year's is the
        // year's, not the part of it named earlier.
        let clause = ctx.clause_before(f.byte_start);
        if clause.contains("全年") && !clause.contains("占全年") {
            let whole = |y: &str| crate::fact::Span { start: format!("{y}-01-01"), end: format!("{y}-12-31") };
            period = match period {
                Some(p) if p.start.get(..4) == p.end.get(..4) => Some(whole(&p.start[..4])),
                other => other,
            };
        }
        // ---- entity: the nearest name before it in the sentence, else in the paragraph.
        let ke = entities.partition_point(|e| e.byte_start < f.byte_start);
        let ent = entities[..ke]
            .iter()
            .rev()
            .take(8)
            .find(|e| e.byte_end <= f.byte_start && e.byte_start >= para.0.max(s_start.saturating_sub(4 * MAX_LOOKBACK)))
            .and_then(|e| e.name.clone());
        // ---- role
        let role = role_of(ctx, s_start, f.byte_start);
        let f = &mut numeric[i];
        // a rank (`增速全国第3`) is no measure a following `总量` can stand for
        if let Some(s) = subject.as_ref().filter(|_| f.kind != Kind::Ranking) {
            prev_subject = Some((s_start, s.clone()));
        }
        if f.subject.is_none() {
            f.subject = subject;
        }
        f.period = period;
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
    for d in dates.iter().filter(|d| d.byte_start >= lead_start && d.byte_end <= lead_end) {
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
            if w.as_bytes().first().copied() == first && t.starts_with(w.as_str()) && t.len() > w.len() && !starts_a_word(ctx, &t, w) {
                t = t[w.len()..].to_string();
                break;
            }
        }
        for w in &rules.subject_strip_trailing {
            if w.as_bytes().last().copied() == last && t.ends_with(w.as_str()) && t.len() > w.len() {
                t.truncate(t.len() - w.len());
                break;
            }
        }
        // role cues at the front are not what is measured
        for w in rules.role_target.iter().chain(rules.role_forecast.iter()) {
            if w.as_bytes().first().copied() == first && t.starts_with(w.as_str()) && t.len() > w.len() && w != "计划" {
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
        if i > 0 && AFTER_STOPS.iter().any(|w| phrase[i..].starts_with(w)) {
            cut = cut.min(i);
            break;
        }
    }
    phrase = &phrase[..cut];
    let n = phrase.chars().count();
    (2..=14).contains(&n).then(|| phrase.to_string())
}

fn role_of(ctx: &Context, s_start: usize, pos: usize) -> Role {
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
    match best {
        Some((at, role)) => {
            // A later clause that reports what is done (`力争…，目前已完成…`) makes the figure
            // actual; inside the cue's own clause (`预计二季度完成投资`) it is still the cue's.
            let tail = &text[at..];
            let later = tail.find(['，', ',', '；', ';']).map(|k| &tail[k..]).unwrap_or("");
            if rules.role_actual_after.iter().any(|w| later.contains(w.as_str())) {
                Role::Actual
            } else {
                role
            }
        }
        None if ctx.genre_targets => Role::Target,
        None => Role::Actual,
    }
}
