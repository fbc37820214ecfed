//! Organisations, projects and regions. A name is found from the word that ends it (a suffix
//! from the rules, or a known short name) and grown leftwards over jieba's words until a stop
//! word, punctuation or a figure. Regions nested inside another name are not kept.
use super::cursor::{clause_start, ends_with_word, is_han, Cursor};
use super::Context;
use crate::fact::{Fact, Kind};
use crate::rules::EntityKindRules;
use crate::segment::{within, Segmenter, Word};

fn clean_name(s: &str) -> String {
    // (most names hold no space: copied whole, not pushed character by character)
    if !s.chars().any(char::is_whitespace) {
        return s.to_string();
    }
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn word_ok_inside(w: &str, kind: Kind) -> bool {
    let mut has = false;
    for ch in w.chars() {
        if ch == ' ' {
            continue;
        }
        has = true;
        let ok = is_han(ch)
            || ch.is_ascii_alphabetic()
            || (kind == Kind::Project
                && (ch.is_ascii_digit()
                    || matches!(ch, '“' | '”' | '（' | '）' | '(' | ')' | '-' | '.')))
            || (kind == Kind::Org && matches!(ch, '（' | '）' | '(' | ')'));
        if !ok {
            return false;
        }
    }
    has
}

/// Finds entity mentions in one paragraph; `words` are jieba's words of it, offsets into `text`.
pub fn find_entities(ctx: &Context, seg: &Segmenter, words: &[Word]) -> Vec<Fact> {
    let text = ctx.text;
    let rules = ctx.rules;
    let mut found: Vec<Fact> = Vec::new();
    let class = |c: char| {
        rules
            .entity_char_class
            .get(c as usize)
            .copied()
            .unwrap_or(0)
    };
    for (i, w) in words.iter().enumerate() {
        let word = &text[w.start..w.end];
        let Some(last) = word.chars().next_back() else {
            continue;
        };
        let bits = class(last);
        if bits & 7 == 0 {
            continue;
        }
        for (bit, kind, kr) in [
            (1u8, Kind::Org, &rules.org),
            (2, Kind::Project, &rules.project),
            (4, Kind::Region, &rules.region),
        ] {
            if bits & bit == 0 {
                continue;
            }
            if let Some(f) = grow(ctx, seg, words, i, word, kind, kr) {
                if kind != Kind::Region
                    || super::places::keep_grown(ctx, seg, f.name.as_deref().unwrap_or(""))
                {
                    found.push(f);
                }
            }
        }
    }
    // Known short names, matched on word boundaries: organisations', then places' (one pass
    // over the words for both).
    let mut known = [Vec::new(), Vec::new()];
    for (wi, w) in words.iter().enumerate() {
        let word = &text[w.start..w.end];
        let bits = word.chars().next().map_or(0, class);
        if bits & (8 | 16) == 0 {
            continue;
        }
        for (k, bit, kind, kr) in [
            (0, 8u8, Kind::Org, &rules.org),
            (1, 16, Kind::Region, &rules.region),
        ] {
            // A name that runs on into another name (`山西鹏飞集团`, `比亚迪襄阳产业园项目`)
            // is part of it.
            if bits & bit != 0 && kr.known_set.contains(word) && stands_alone(ctx, seg, words, wi) {
                let mut f = Fact::new(kind, word, w.start, w.end);
                f.name = Some(word.to_string());
                known[k].push(f);
            }
        }
    }
    found.extend(known.into_iter().flatten());
    found.extend(super::places::find_places(ctx, words));
    let small = super::places::small_areas_after(ctx, seg, words, &found);
    found.extend(small);
    found.extend(listed_orgs(ctx, words));
    found.extend(listed_bodies(ctx, seg, words));
    found.extend(titled_media(ctx, words));
    found.extend(listed_works(ctx, words));
    found.extend(about_projects(ctx, words));
    found.extend(listed_projects(ctx, seg, words));
    found.extend(missions(ctx, seg, words));
    found.extend(diversions(ctx, words));
    found.extend(road_codes(ctx, seg, words));
    found.extend(stations(ctx, words));
    found.extend(ports(ctx, seg, words));
    let shared = sharing_head(ctx, seg, words, &found);
    found.extend(shared);
    let lines = abbreviated_lines(ctx, seg, words, &found);
    found.extend(lines);
    let siblings = sibling_works(ctx, seg, words, &found);
    found.extend(siblings);
    // The place a project's name was cut from (`高新区` of `高新区国家汽车…示范区`) is named there.
    let cut_places: Vec<Fact> = found
        .iter()
        .filter(|f| f.kind == Kind::Project)
        .filter_map(|f| place_before(ctx, seg, words, f.byte_start))
        .collect();
    found.extend(cut_places);
    for f in found.iter_mut().filter(|f| f.kind == Kind::Project) {
        extend_section_to_line(ctx, seg, words, f);
        extend_to_section(ctx, seg, words, f);
        extend_to_works_done(ctx, f);
        extend_to_unit(ctx, f);
        extend_to_part(ctx, f);
        extend_to_phase(ctx, f);
    }
    found.retain_mut(|f| f.kind != Kind::Project || past_opening_verb(ctx, seg, words, f));
    for f in found.iter_mut().filter(|f| f.kind == Kind::Org) {
        past_listed_verb(ctx, seg, words, f);
    }
    found.retain(|f| {
        f.kind != Kind::Org || !(opens_with_session(ctx.rules, f) || counts_a_kind(ctx.rules, f))
    });
    // a name grown back over a count's measure word (`8个省区域医疗中心`: jieba's `个省`) names a
    // kind of body counted, not one body
    found.retain(|f| {
        !(matches!(f.kind, Kind::Org | Kind::Project) && after_count(ctx, seg, words, f))
    });
    found.retain(|f| {
        f.kind != Kind::Project || !numeral_programme(ctx, seg, words, f.byte_start, f.byte_end)
    });
    for f in found.iter_mut().filter(|f| f.kind == Kind::Org) {
        extend_to_branch(ctx, seg, words, f);
        extend_over_paired_country(ctx, seg, words, f);
        extend_over_transliteration(ctx, seg, words, f);
        extend_to_service_units(ctx, seg, words, f);
    }
    // A 中心 is a body (`区招商服务中心`, `…研究中心`) or a place built (`汉江流域国际物流中心`), told
    // by what it is for (`place_centres` in the rules); when both readings cover the same words
    // and it is a place, the project stands; a 中心 grown as a works that is for nothing built
    // (`北京航天飞行控制中心`) is no works (the body, if one, is the organisation rules' to find).
    found.retain(|f| {
        f.kind != Kind::Project
            || !f.name.as_deref().is_some_and(|n| {
                place_centre(rules, n) == Some(false)
                    && !rules
                        .works
                        .venue_owners
                        .iter()
                        .any(|o| n.starts_with(o.as_str()))
            })
    });
    let projects = project_spans(&found);
    // a museum found as a works (built or being built) is the works
    found.retain(|f| {
        let venue = f.kind == Kind::Org
            && f.name
                .as_deref()
                .is_some_and(|n| rules.org.venues.iter().any(|v| n.ends_with(v.as_str())));
        !(venue && projects.contains(&(f.byte_start, f.byte_end)))
    });
    found.retain(|f| {
        let place = f.kind == Kind::Org
            && f.name.as_deref().is_some_and(|n| {
                place_centre(rules, n) == Some(true)
                    && !n.starts_with(['区', '市', '县', '省', '镇'])
                    && !["部", "局", "院", "大学", "委", "所"]
                        .iter()
                        .any(|o| n.contains(o))
            });
        !(place && projects.contains(&(f.byte_start, f.byte_end)))
    });
    // `动力锂电池铁路试运`: the line's kind says how goods go; no works is named
    found.retain(|f| {
        f.kind != Kind::Project
            || !rules
                .works
                .carriage_after
                .iter()
                .any(|w| text[f.byte_end..].starts_with(w.as_str()))
    });
    let mut found = resolve_overlaps(ctx, found);
    // a body named inside a title in 《》 is the work's (`《最高人民法院、公安部关于…的意见》`), not a
    // mention of its own, nor are the places inside its name; a place standing there alone still
    // is (the seeds' gold counts `《关于十堰市经开区…方案》`)
    found.retain(|f| !(f.kind == Kind::Org && ctx.inside_title(f.byte_start)));
    join_branches(ctx, seg, words, &mut found);
    // (after overlaps are resolved: the type is the works' own, not a body's of the same words)
    for f in found.iter_mut().filter(|f| f.kind == Kind::Project) {
        extend_to_type(ctx, f);
    }
    // A short name inside a project's name (`比亚迪襄阳产业园项目`, `东风采埃孚扩建工程`) is its owner,
    // said as part of the project, not a mention of the company of its own.
    let spans = project_spans(&found);
    found.retain(|f| {
        let short = f.kind == Kind::Org
            && f.name
                .as_deref()
                .is_some_and(|n| rules.org.known_set.contains(n));
        !(short
            && spans
                .iter()
                .any(|&(s, e)| s <= f.byte_start && f.byte_end <= e))
    });
    found
}

/// For a name ending in 中心, whether it is for a place built (`物流中心`: `place_centres` in the
/// rules) rather than a body's work; None for any other name.
fn place_centre(rules: &crate::rules::Rules, name: &str) -> Option<bool> {
    let head = name.strip_suffix("中心")?;
    Some(
        rules
            .place_centres
            .iter()
            .any(|p| head.ends_with(p.as_str())),
    )
}

/// A name opened by a clause's verb (`确保台州清陶锂电池`, `投运西宁机场三期`, `建好建强…基地`, whatever
/// path grew it) starts after the verbs when a name starts there: a place, a listed body or a
/// quote, or after a verb of `[works] opening_verbs` also a word jieba tags proper (`山钢`). Such
/// a verb before common words only (`建成投产项目`, `建好零碳园区`) leaves no name: false drops
/// the fact.
fn past_opening_verb(ctx: &Context, seg: &Segmenter, words: &[Word], f: &mut Fact) -> bool {
    let text = ctx.text;
    // (`引黄济宁`: jieba's verb `引黄` opens a water transfer's name)
    if opens_diversion(ctx, f.byte_start) {
        return true;
    }
    let inside = within(words, f.byte_start, f.byte_end);
    let mut listed_before = false;
    let mut verb = opening_verb(ctx, seg, inside, f.byte_start);
    while let Some((at, listed_verb)) = verb {
        listed_before |= listed_verb;
        // verbs one after another (`建好/建强/国家…`)
        verb = opening_verb(ctx, seg, inside, at);
        if verb.is_some() {
            continue;
        }
        let Some(next) = inside.iter().find(|w| w.start == at) else {
            break;
        };
        let nw = &text[next.start..next.end];
        let strong = nw.starts_with(['“', '"']) || names_place_or_body(ctx, nw);
        let proper = nw.chars().count() >= 2
            && nw.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric())
            && is_proper(seg.tag_of(nw))
            && !listed(&ctx.rules.works.sector_words, nw);
        if strong || (listed_verb && proper) {
            respan(ctx, f, at, f.byte_end);
            return true;
        }
    }
    !listed_before
}

/// A body's name opening with a listed clause verb before a place, a known body or a proper
/// word (`建成投产盘江新光电厂`) starts after it; other bodies keep their words (`发展改革委`).
fn past_listed_verb(ctx: &Context, seg: &Segmenter, words: &[Word], f: &mut Fact) {
    let inside = within(words, f.byte_start, f.byte_end);
    let Some((at, true)) = opening_verb(ctx, seg, inside, f.byte_start) else {
        return;
    };
    let Some(next) = inside.iter().find(|w| w.start == at) else {
        return;
    };
    let nw = &ctx.text[next.start..next.end];
    if names_place_or_body(ctx, nw) || nw.chars().count() >= 2 && is_proper(seg.tag_of(nw)) {
        respan(ctx, f, at, f.byte_end);
    }
}

/// A word the gazetteer or the region rules know as a place (`陕西省`, `西宁`).
fn is_known_place(ctx: &Context, w: &str) -> bool {
    ctx.rules.region.known_set.contains(w) || !ctx.rules.places.lookup(w).is_empty()
}

/// A word the gazetteer or the list of bodies knows (`西宁`, `宁德时代`).
fn names_place_or_body(ctx: &Context, w: &str) -> bool {
    !ctx.rules.places.lookup(w).is_empty() || ctx.rules.org.known_set.contains(w)
}

/// The end of a verb opening a name at `at` (a listed one, as jieba's word or the words it cuts
/// it into, `建/好`; else a word of two characters or more jieba tags `v` and no works verb),
/// and whether it was listed.
fn opening_verb(
    ctx: &Context,
    seg: &Segmenter,
    inside: &[Word],
    at: usize,
) -> Option<(usize, bool)> {
    let first = inside.iter().find(|w| w.start == at)?;
    let mut cut = crate::extract::cursor::Cursor::new(ctx.text, at);
    if cut.eat_any(&ctx.rules.works.opening_verbs).is_some()
        && inside.iter().any(|w| w.end == cut.pos)
    {
        return Some((cut.pos, true));
    }
    let word = &ctx.text[first.start..first.end];
    (word.chars().count() >= 2
        && seg.tag_of(word) == "v"
        && !listed(&ctx.rules.works.works_verbs, word))
    .then_some((first.end, false))
}

/// Space missions, named by their craft's designation (`[works] designation_marks` and the rest):
/// two characters of name and a numeral before the mark (`嫦娥六号`), what the craft is and does
/// after it, and the mission word (`天舟五号货运飞船任务`). The name starts at a word of its own
/// (not inside `执行天舟…` glued by jieba), and takes a programme and its phase right before it
/// (`探月工程四期嫦娥六号任务`).
fn missions(ctx: &Context, seg: &Segmenter, words: &[Word]) -> Vec<Fact> {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return Vec::new();
    };
    let (text, w) = (ctx.text, &ctx.rules.works);
    let mut out = Vec::new();
    for mark in &w.designation_marks {
        for p in memchr::memmem::find_iter(&text.as_bytes()[first.start..last.end], mark) {
            let p = first.start + p;
            let numeral = text[..p]
                .chars()
                .rev()
                .take_while(|&c| c.is_ascii_digit() || crate::numerals::is_chinese_numeral_char(c))
                .count();
            if numeral == 0 || numeral > 4 {
                continue;
            }
            let num_start = p - text[..p]
                .chars()
                .rev()
                .take(numeral)
                .map(char::len_utf8)
                .sum::<usize>();
            let name: Vec<char> = text[..num_start].chars().rev().take(2).collect();
            if name.len() < 2 || !name.iter().all(|&c| is_han(c)) {
                continue;
            }
            let start = num_start - name.iter().map(|c| c.len_utf8()).sum::<usize>();
            if words.binary_search_by_key(&start, |w| w.start).is_err() {
                continue;
            }
            // (the lists are longest first, see `Rules`)
            let mut c = Cursor::new(text, p + mark.len());
            c.eat_any(&w.craft_kinds);
            c.eat_any(&w.mission_acts);
            if c.eat_any(&w.mission_ends).is_none() {
                continue;
            }
            let e = c.pos;
            let start = programme_before(ctx, seg, words, start);
            let mut f = Fact::new(Kind::Project, &text[start..e], start, e);
            f.name = Some(clean_name(&text[start..e]));
            out.push(f);
        }
    }
    out
}

/// Water transfers, named by where water is drawn and where it goes (`[works] diversion_opens`
/// and the rest): `引江济淮`, `引黄入冀补淀`, with their phase and works word (`引黄入呼三期工程`).
/// The opener starts a word of jieba's (not `吸引…`), and the name ends in a works word or a
/// phase, or is an item of a list (so `引经济社会…` names none).
fn diversions(ctx: &Context, words: &[Word]) -> Vec<Fact> {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return Vec::new();
    };
    let (text, w) = (ctx.text, &ctx.rules.works);
    let mut out = Vec::new();
    for opener in &w.diversion_opens {
        for p in memchr::memmem::find_iter(&text.as_bytes()[first.start..last.end], opener) {
            let p = first.start + p;
            if words.binary_search_by_key(&p, |w| w.start).is_err() {
                continue;
            }
            let Some(core) = diversion_core(ctx, p + opener.len()) else {
                continue;
            };
            let mut c = Cursor::new(text, core);
            let phased = c.rest().chars().nth(1) == Some('期')
                && c.rest()
                    .starts_with(|ch: char| "首一二三四五六七八九十".contains(ch));
            if phased {
                c.pos += c.rest().chars().take(2).map(char::len_utf8).sum::<usize>();
            }
            let ended = c.eat_any(&w.diversion_ends).is_some();
            let listed = c.rest().starts_with(['、', '等']) || text[..p].ends_with('、');
            if !(phased || ended || listed) {
                continue;
            }
            let mut f = Fact::new(Kind::Project, &text[p..c.pos], p, c.pos);
            f.name = Some(clean_name(&text[p..c.pos]));
            out.push(f);
        }
    }
    out
}

/// Railway stations named by their place (`[works] station_marks`): a place of China's, a
/// station word and no more of a word after it (`杭州西站`, not `西宁站台`), in a sentence about
/// trains (`station_context`); a leg of an event in a city is no station (`世界杯北京站`).
fn stations(ctx: &Context, words: &[Word]) -> Vec<Fact> {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return Vec::new();
    };
    let (text, w, g) = (ctx.text, &ctx.rules.works, &ctx.rules.places);
    let mut out = Vec::new();
    // (most pieces name no station: the gazetteer is not scanned a second time for them)
    if !text[first.start..last.end].contains('站') {
        return out;
    }
    for m in g.mentions(&text[first.start..last.end]) {
        let (s, e) = (first.start + m.start, first.start + m.end);
        let domestic = g.name(m.name).places.iter().any(|&p| !g.abroad(p));
        let Some(mark) = w
            .station_marks
            .iter()
            .find(|k| text[e..].starts_with(k.as_str()))
        else {
            continue;
        };
        let end = e + mark.len();
        let more = w
            .station_not_before
            .iter()
            .any(|x| text[end..].starts_with(x.as_str()));
        let starts = words.binary_search_by_key(&s, |w| w.start).is_ok();
        let (a, b) = ctx.sentence_range(s);
        let trains = w
            .station_context
            .iter()
            .any(|c| text[a..b].contains(c.as_str()));
        if !domestic || more || !starts || !trains {
            continue;
        }
        let mut f = Fact::new(Kind::Project, &text[s..end], s, end);
        f.name = Some(text[s..end].to_string());
        out.push(f);
    }
    out
}

/// Roads named by their code (`[works] road_letters`): a code and its section (`G318川藏段`) or
/// its kind (`G219昭苏至温宿公路`), or a long code alone (`G318`); not a train (`G6701次`) nor a
/// short code that names something else (`G20`).
fn road_codes(ctx: &Context, seg: &Segmenter, words: &[Word]) -> Vec<Fact> {
    let (text, w) = (ctx.text, &ctx.rules.works);
    let mut out = Vec::new();
    for (k, code) in words.iter().enumerate() {
        if let Some(f) = numbered_road(ctx, seg, words, k) {
            out.push(f);
            continue;
        }
        // (most words do not open with a capital: not sliced)
        if !text.as_bytes()[code.start].is_ascii_uppercase() {
            continue;
        }
        let word = &text[code.start..code.end];
        if !road_number(word) || !w.road_letters.iter().any(|l| word.starts_with(l.as_str())) {
            continue;
        }
        if w.road_not_before
            .iter()
            .any(|x| text[code.end..].starts_with(x.as_str()))
        {
            continue;
        }
        let end = road_section_end(ctx, seg, words, k + 1, code.end);
        let digits = word.len() - 1;
        if end == code.end && digits < w.road_alone_digits {
            continue;
        }
        let mut f = Fact::new(Kind::Project, &text[code.start..end], code.start, end);
        f.name = Some(text[code.start..end].to_string());
        out.push(f);
    }
    out
}

/// A road named by its number in Chinese at word `k` (`[works] road_names`: `国道212线`,
/// `省道104线`), with the kind or section that must follow the number.
fn numbered_road(ctx: &Context, seg: &Segmenter, words: &[Word], k: usize) -> Option<Fact> {
    let (text, start) = (ctx.text, words[k].start);
    // (cheap first: the words open with a Han character no digit or letter shares)
    let first = text[start..].chars().next()?;
    let w = &ctx.rules.works;
    let name = (w.road_names.iter())
        .find(|r| r.starts_with(first) && text[start..].starts_with(r.as_str()))?;
    let digits_at = start + name.len();
    let digits = text[digits_at..]
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count();
    let number_end = digits_at + digits;
    let m = words.partition_point(|x| x.start < number_end);
    if !(1..=4).contains(&digits) || words.get(m).is_none_or(|x| x.start != number_end) {
        return None;
    }
    let end = road_section_end(ctx, seg, words, m, number_end);
    (end > number_end).then(|| {
        let mut f = Fact::new(Kind::Project, &text[start..end], start, end);
        f.name = Some(text[start..end].to_string());
        f
    })
}

/// Where a road's name ends after its code at `from` (word `k` on): at its section's 段
/// (`川藏段`, `昭苏至温宿段`) or, with none, at its kind (`公路`, `线`), over no stop word, verb
/// or mark, within twelve characters; `from` itself when neither comes.
fn road_section_end(
    ctx: &Context,
    seg: &Segmenter,
    words: &[Word],
    k: usize,
    from: usize,
) -> usize {
    let w = &ctx.rules.works;
    let mut end = from;
    for m in k..words.len() {
        let x = word_at(ctx, words, m);
        if words[m].end - from > 36 || !x.chars().all(is_han) {
            break;
        }
        if x.ends_with('段') && !listed(&w.section_not, x) {
            return words[m].end;
        }
        if listed(&w.road_kinds, x) {
            end = words[m].end;
            continue;
        }
        let joiner = listed(&w.line_joiners, x);
        if !joiner && (ctx.rules.left_stop.contains(x) || is_verb(seg.tag_of(x))) {
            break;
        }
    }
    end
}

/// Whether a water transfer's name starts at `at` (`引黄济宁…`).
fn opens_diversion(ctx: &Context, at: usize) -> bool {
    ctx.rules.works.diversion_opens.iter().any(|o| {
        ctx.text[at..].starts_with(o.as_str()) && diversion_core(ctx, at + o.len()).is_some()
    })
}

/// Where the places of a water transfer's name end, from `at` right after its opener: a
/// character, a join and a character, once or more (`黄入冀补淀`).
fn diversion_core(ctx: &Context, at: usize) -> Option<usize> {
    let (text, w) = (ctx.text, &ctx.rules.works);
    let mut chars = text[at..].char_indices().peekable();
    chars.next().filter(|&(_, ch)| is_han(ch))?;
    let mut end = None;
    while let Some((b, join)) = chars.next() {
        let joins = w.diversion_joins.iter().any(|j| j.chars().eq([join]));
        let Some(&(_, to)) = chars.peek().filter(|&&(_, ch)| joins && is_han(ch)) else {
            break;
        };
        chars.next();
        end = Some(at + b + join.len_utf8() + to.len_utf8());
    }
    end
}

/// Ports, named by their places (`[works] ports`): `天津港` (a place and the port word in one
/// word that is no division itself, or a place jieba knows that is none, `洋山港`), `宁波/舟山/港` (the port word after places, or after a proper
/// word jieba tags as a person's or other name, `北部湾/港`). A country or province before the
/// port's own place says where it is (`浙江/宁波/舟山/港`, `以色列/海法/港`): no part of the name.
fn ports(ctx: &Context, seg: &Segmenter, words: &[Word]) -> Vec<Fact> {
    use crate::places::Level;
    let places = &ctx.rules.places;
    let is_place = |w: &str| !places.lookup(w).is_empty();
    // (`连云港`, `中国香港`: a division's name ends the word; `自贸港`: a zone's kind)
    let ends_in_place = |w: &str| {
        w.char_indices().any(|(b, _)| is_place(&w[b..]))
            || ctx
                .rules
                .region
                .suffixes
                .iter()
                .any(|s| w.ends_with(s.as_str()) && s.chars().count() > 1)
            || ctx.rules.project.generic.contains(w)
    };
    let wide = |w: &str| {
        places
            .lookup(w)
            .iter()
            .any(|&p| matches!(places.place(p).level, Level::Country | Level::Province))
    };
    let mut out = Vec::new();
    let ports = &ctx.rules.works.ports;
    for (i, w) in words.iter().enumerate() {
        // (a word that ends in no port word's last byte is passed over on its bytes)
        let last = ctx.text.as_bytes()[w.start..w.end].last();
        if !ports
            .iter()
            .any(|p| p.is_empty() || p.as_bytes().last() == last)
        {
            continue;
        }
        let word = word_at(ctx, words, i);
        let Some(port) = ctx
            .rules
            .works
            .ports
            .iter()
            .find(|p| ends_with_word(word.as_bytes(), p.as_bytes()))
        else {
            continue;
        };
        if ctx
            .rules
            .works
            .port_not_before
            .iter()
            .any(|x| ctx.text[w.end..].starts_with(x.as_str()))
        {
            continue;
        }
        let stem = &word[..word.len() - port.len()];
        let start = if stem.is_empty() {
            let mut k = i;
            while k > 0 {
                let pw = word_at(ctx, words, k - 1);
                let proper =
                    k == i && matches!(seg.tag_of(pw), "nr" | "nz") && pw.chars().count() >= 2;
                let place = is_place(pw) && seg.tag_of(pw) != "n";
                if !(place || proper) || (k < i && wide(pw)) {
                    break;
                }
                k -= 1;
            }
            if k == i {
                continue;
            }
            words[k].start
        } else if (is_place(stem) && !is_place(word))
            || (seg.tag_of(word) == "ns"
                && word.chars().count() >= 3
                && !stem.contains(port.as_str())
                && !ends_in_place(word))
        {
            w.start
        } else {
            continue;
        };
        let name = &ctx.text[start..w.end];
        let mut f = Fact::new(Kind::Project, name, start, w.end);
        f.name = Some(name.to_string());
        out.push(f);
    }
    out
}

/// Where a mission's name starts when a programme and its phase stand right before its
/// designation (`探月/工程/四期/嫦娥六号任务`): at the programme's first content word, over no stop
/// word or verb (`接见/探月工程…`: from `探月`); else at `start`.
fn programme_before(ctx: &Context, seg: &Segmenter, words: &[Word], start: usize) -> usize {
    let k = words.partition_point(|w| w.start < start);
    let mut j = k;
    if j >= 1
        && word_at(ctx, words, j - 1).ends_with('期')
        && word_at(ctx, words, j - 1).chars().count() <= 3
    {
        j -= 1;
    }
    if j == 0 || word_at(ctx, words, j - 1) != "工程" {
        return start;
    }
    j -= 1;
    let programme_end = j;
    while j > 0 && programme_end - j < 3 {
        let pw = word_at(ctx, words, j - 1);
        if ctx.rules.left_stop.contains(pw)
            || !pw.chars().all(is_han)
            || !matches!(seg.tag_of(pw), "n" | "vn" | "nz" | "ns" | "j" | "x")
        {
            break;
        }
        j -= 1;
    }
    if j == programme_end {
        start
    } else {
        words[j].start
    }
}

/// A plant's unit with the part built (`徐大堡核电站` + `1号机组核岛工程`) is the works named:
/// a numeral, the unit mark, a few characters of part and a works word (`[works] unit_marks`,
/// `unit_works`) right after a plant's name (`unit_plants`).
fn extend_to_unit(ctx: &Context, f: &mut Fact) {
    let w = &ctx.rules.works;
    let text = ctx.text;
    if !f
        .name
        .as_deref()
        .is_some_and(|n| w.unit_plants.iter().any(|p| n.ends_with(p.as_str())))
    {
        return;
    }
    let rest = &text[f.byte_end..];
    let digits = rest
        .chars()
        .take_while(|&c| c.is_ascii_digit() || crate::numerals::is_chinese_numeral_char(c))
        .map(char::len_utf8)
        .sum::<usize>();
    let Some(mark) = (digits > 0)
        .then(|| Cursor::new(rest, digits).eat_any(&w.unit_marks))
        .flatten()
    else {
        return;
    };
    let after = &rest[digits + mark.len()..];
    // the part: up to four characters of name before the works word
    for (b, _) in after.char_indices().take(5) {
        if after[..b].chars().any(|c| !is_han(c)) {
            return;
        }
        if let Some(works) = Cursor::new(after, b).eat_any(&w.unit_works) {
            let end = f.byte_end + digits + mark.len() + b + works.len();
            f.name = Some(format!(
                "{}{}",
                f.name.as_deref().unwrap_or(""),
                &text[f.byte_end..end]
            ));
            f.text = text[f.byte_start..end].to_string();
            f.byte_end = end;
            return;
        }
    }
}

/// A numbered part of a works right after its name is the works named (`沈阳桃仙国际机场` +
/// `二跑道`, `T3航站楼`, `第四跑道`): an owner of `[works] part_owners`, marks and one numeral or
/// a letter with digits, and a part of `[works] parts`.
fn extend_to_part(ctx: &Context, f: &mut Fact) {
    let w = &ctx.rules.works;
    if !f
        .name
        .as_deref()
        .is_some_and(|n| w.part_owners.iter().any(|o| n.ends_with(o.as_str())))
    {
        return;
    }
    let mut c = Cursor::new(ctx.text, f.byte_end);
    let opened = c.eat_any(&w.part_marks).is_some();
    let numbered = if c
        .eat_char(crate::numerals::is_chinese_numeral_char)
        .is_some()
    {
        true
    } else if c.eat("T") {
        c.eat_char(|ch| ch.is_ascii_digit()).is_some()
    } else {
        opened
    };
    c.eat_any(&w.part_marks);
    if numbered && c.eat_any(&w.parts).is_some() {
        respan(ctx, f, f.byte_start, c.pos);
    }
}

/// A phase right after a works' name is part of it (`环北部湾广东水资源配置工程` + `一期`): a
/// numeral and `[works] phase_word`, no word going on from it (`一期间`).
fn extend_to_phase(ctx: &Context, f: &mut Fact) {
    let w = &ctx.rules.works;
    if f.name.as_deref().is_some_and(in_phases_at_end) {
        return;
    }
    let mut c = Cursor::new(ctx.text, f.byte_end);
    if c.eat_char(|ch| "首一二三四五六七八九十".contains(ch))
        .is_none()
        || !c.eat(&w.phase_word)
    {
        return;
    }
    if let Some(end) = phase_tail_end(ctx, c.pos) {
        respan(ctx, f, f.byte_start, end);
        return;
    }
    if w.phase_not_before
        .iter()
        .any(|n| ctx.text[c.pos..].starts_with(n.as_str()))
    {
        return;
    }
    respan(ctx, f, f.byte_start, c.pos);
}

/// Where the part a phase names ends (`[works] phase_tails`): the first closing word within ten
/// Han characters after the phase and not right after it, over no list's joint (`和`, `、`,
/// `等`) or `的`.
fn phase_tail_end(ctx: &Context, from: usize) -> Option<usize> {
    let rest = &ctx.text[from..];
    let mut end = None;
    for (k, (b, ch)) in rest.char_indices().enumerate() {
        if k >= 10 || !is_han(ch) || "和及与的等".contains(ch) {
            break;
        }
        let upto = b + ch.len_utf8();
        // (a closing word right after the phase is the grown name's to take: `…一期项目`)
        let closing = (ctx.rules.works.phase_tails.iter())
            .find(|t| rest[..upto].ends_with(t.as_str()))
            .filter(|t| t.len() < upto);
        if closing.is_some() {
            end = Some(from + upto);
            break;
        }
    }
    end
}

/// Whether a name already ends with its phase (`岳阳虞公港一期`).
fn in_phases_at_end(name: &str) -> bool {
    let tail = name
        .char_indices()
        .rev()
        .nth(1)
        .map_or(name, |(b, _)| &name[b..]);
    in_phases(tail)
}

/// A type in brackets right after a works' name is part of it (`内江保税物流中心（B型）`): a
/// few letters or digits ending in a type mark (`[works] type_marks`); so is a section of a line
/// (`绵遂资内铁路（遂内段）`, `[works] sectioned`).
fn extend_to_type(ctx: &Context, f: &mut Fact) {
    let rest = &ctx.text[f.byte_end..];
    let Some((open, close)) = [('（', '）'), ('(', ')')]
        .into_iter()
        .find(|(o, _)| rest.starts_with(*o))
    else {
        return;
    };
    let inner = &rest[open.len_utf8()..];
    let Some(k) = inner.find(close).filter(|&k| k <= 18) else {
        return;
    };
    let gloss = &inner[..k];
    if !(typed_gloss(ctx, gloss) || section_gloss(ctx, f, gloss)) {
        return;
    }
    f.byte_end += open.len_utf8() + k + close.len_utf8();
    f.text = ctx.text[f.byte_start..f.byte_end].to_string();
    f.name = Some(format!(
        "{}{open}{gloss}{close}",
        f.name.as_deref().unwrap_or("")
    ));
}

/// `B型`, `A类`: letters or digits and a type mark.
fn typed_gloss(ctx: &Context, gloss: &str) -> bool {
    (ctx.rules.works.type_marks.iter())
        .filter_map(|m| gloss.strip_suffix(m.as_str()))
        .any(|code| !code.is_empty() && code.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// `遂内段` after a line (`…铁路`): a section of it, in Chinese characters only.
fn section_gloss(ctx: &Context, f: &Fact, gloss: &str) -> bool {
    let works = &ctx.rules.works;
    let name = f.name.as_deref().unwrap_or(&f.text);
    (2..=6).contains(&gloss.chars().count())
        && gloss.ends_with('段')
        && gloss.chars().all(is_han)
        && !works
            .section_not
            .iter()
            .any(|n| gloss.ends_with(n.as_str()))
        && works.sectioned.iter().any(|k| name.ends_with(k.as_str()))
}

/// True when the name opens with a counter word (`[works] counters`) right after a figure, or
/// follows one and ends its phrase (`5个国家技术创新中心揭牌`, `39个铁路物流中心全部成立`): a
/// kind counted, no one name. The count is of what follows when a noun does (`23个省委巡回指导组`)
/// or the name opens with a listed body (`27个欧盟成员国`); an ordinal (`第一座中国空间站`) counts
/// nothing.
fn after_count(ctx: &Context, seg: &Segmenter, words: &[Word], f: &Fact) -> bool {
    let counters = &ctx.rules.works.counters;
    let (before, rest) = ctx.text.split_at(f.byte_start);
    let counted = |b: &str| {
        b.ends_with(|c: char| c.is_ascii_digit() || "一二两三四五六七八九十百千万几".contains(c))
    };
    if counters.iter().any(|c| rest.starts_with(c.as_str())) {
        return counted(before);
    }
    let Some(figure) = (counters.iter().filter(|c| c.as_str() != "大"))
        .find_map(|c| before.strip_suffix(c.as_str()).filter(|b| counted(b)))
    else {
        return false;
    };
    let ordinal = figure
        .trim_end_matches(|c: char| {
            c.is_ascii_digit() || "一二两三四五六七八九十百千万几".contains(c)
        })
        .ends_with('第');
    let name = f.name.as_deref().unwrap_or(&f.text);
    let a_listed_body = (ctx.rules.org_list.mentions(name).next()).is_some_and(|(a, _)| a == 0);
    let next = words
        .iter()
        .find(|w| w.start >= f.byte_end)
        .filter(|w| w.start == f.byte_end)
        .map_or("", |w| &ctx.text[w.start..w.end]);
    let noun_follows = next.chars().count() >= 2
        && seg.tag_of(next).starts_with('n')
        && !listed(&ctx.rules.works.count_closers, next);
    !ordinal && !a_listed_body && !noun_follows
}

/// A body's branch named after it is the body that acts (`宝鸡市公安局渭滨分局`,
/// `农业银行襄阳分行`): a place's name and a branch word (`[org] branches`) right after the
/// name join it.
fn extend_to_branch(ctx: &Context, seg: &Segmenter, words: &[Word], f: &mut Fact) {
    let branches = &ctx.rules.org.branches;
    let Ok(k) = words.binary_search_by_key(&f.byte_end, |w| w.end) else {
        return;
    };
    let word = |j: usize| words.get(j).map_or("", |w| &ctx.text[w.start..w.end]);
    let place_like =
        |w: &str| w.chars().count() >= 2 && matches!(seg.tag_of(w), "ns" | "nz" | "j" | "x" | "nr");
    let end = if branches
        .iter()
        .any(|b| word(k + 1).ends_with(b.as_str()) && word(k + 1).len() > b.len() + 3)
    {
        // the place and the branch in one word (`渭滨分局`)
        words[k + 1].end
    } else if place_like(word(k + 1)) && branches.iter().any(|b| b == word(k + 2)) {
        words[k + 2].end
    } else {
        return;
    };
    respan(ctx, f, f.byte_start, end);
}

/// A disciplined service names its units inside one another (`上海市公安局/浦东/分局/刑侦/支队/九队`,
/// `广水市公安局/交通警察/大队/武胜关/中队`): after a body ending in one of `[org] service_bodies`,
/// a few nouns or names and a word ending in a unit of `[org] service_units` join its name, as
/// often as they follow; a verb, a particle or a stop word ends it.
fn extend_to_service_units(ctx: &Context, seg: &Segmenter, words: &[Word], f: &mut Fact) {
    let org = &ctx.rules.org;
    let ends_in = |w: &str, list: &[String]| list.iter().any(|u| w.ends_with(u.as_str()));
    while ends_in(f.name.as_deref().unwrap_or(""), &org.service_bodies) {
        let Ok(k) = words.binary_search_by_key(&f.byte_end, |w| w.end) else {
            return;
        };
        let mut chars = 0;
        let mut end = None;
        for m in k + 1..words.len().min(k + 5) {
            let w = word_at(ctx, words, m);
            chars += w.chars().count();
            let tag = seg.tag_of(w);
            if chars > 12
                || !w.chars().all(is_han)
                || tag.starts_with('v')
                || matches!(tag, "p" | "u" | "uj" | "c" | "r" | "d")
                || ctx.rules.left_stop.contains(w)
            {
                break;
            }
            if ends_in(w, &org.service_units) {
                end = Some(words[m].end);
                break;
            }
        }
        let Some(end) = end else {
            return;
        };
        respan(ctx, f, f.byte_start, end);
    }
}

/// A foreign body named after a person (`美国约翰斯·霍普金斯大学`): jieba cuts the name at the
/// dot, so the transliterated word before it and a country right before that join the name.
fn extend_over_transliteration(ctx: &Context, seg: &Segmenter, words: &[Word], f: &mut Fact) {
    // a short name the list knows (`特斯拉`) after a person's given name is the person (`尼古拉·特斯拉`)
    if f.name
        .as_deref()
        .is_some_and(|n| ctx.rules.org.known_set.contains(n))
    {
        return;
    }
    let Ok(k) = words.binary_search_by_key(&f.byte_start, |w| w.start) else {
        return;
    };
    let word = |j: usize| &ctx.text[words[j].start..words[j].end];
    if k < 2
        || !matches!(word(k - 1), "·" | "•" | "・")
        || !matches!(seg.tag_of(word(k - 2)), "nrt" | "nr" | "x" | "nrfg")
    {
        return;
    }
    let mut start = words[k - 2].start;
    if k >= 3 && seg.tag_of(word(k - 3)) == "ns" {
        start = words[k - 3].start;
    }
    respan(ctx, f, start, f.byte_end);
}

/// Names of a list found in the sentence's span, as absolute (start, end, group, length of the
/// level word a `{level}` name opens with), where jieba's words agree with the name at its start
/// and at its end (or `start_ok`, `end_ok` accept them).
fn aligned_mentions<'a>(
    ctx: &'a Context,
    words: &'a [Word],
    list: &'a crate::namelist::NameList,
    start_ok: impl Fn(usize, usize) -> bool + 'a,
    end_ok: impl Fn(usize) -> bool + 'a,
) -> impl Iterator<Item = (usize, usize, &'a str, usize)> + 'a {
    let (a, b) = match (words.first(), words.last()) {
        (Some(f), Some(l)) => (f.start, l.end),
        _ => (0, 0),
    };
    list.levelled_mentions(&ctx.text[a..b])
        .map(move |(s, e, g, l)| (a + s, a + e, g, l))
        .filter(move |&(s, e, _, l)| {
            (words.binary_search_by_key(&s, |w| w.start).is_ok() || start_ok(s, l))
                && (words.binary_search_by_key(&e, |w| w.end).is_ok() || end_ok(e))
        })
}

/// Works from the list (`rules/works.txt`) where jieba's words agree with the name at both ends.
fn listed_works(ctx: &Context, words: &[Word]) -> Vec<Fact> {
    aligned_mentions(ctx, words, &ctx.rules.works_list, |_, _| false, |_| false)
        .map(|(s, e, _, _)| {
            let mut f = Fact::new(Kind::Project, &ctx.text[s..e], s, e);
            f.name = Some(ctx.text[s..e].to_string());
            f
        })
        .collect()
}

/// Organisations from the list (`rules/orgs.txt`) where jieba's words agree with the name at
/// both ends (`科技部` is not taken from `科技部门`, nor `央行` from `中央行政`).
fn listed_orgs(ctx: &Context, words: &[Word]) -> Vec<Fact> {
    let mut out = Vec::new();
    let start_ok = |s, l| glued_start(ctx, words, s) || place_of_level(ctx, words, s, l).is_some();
    let end_ok = |e| glued_end(ctx, words, e);
    for (s, e, group, l) in aligned_mentions(ctx, words, &ctx.rules.org_list, start_ok, end_ok) {
        let e = unit_after(ctx, words, e);
        let s = if let Some(p) = place_of_level(ctx, words, s, l) {
            p
        } else if listed(&ctx.rules.org.country_named_groups, group) {
            country_before(ctx, words, s, e)
        } else {
            s
        };
        let mut f = Fact::new(Kind::Org, &ctx.text[s..e], s, e);
        f.name = Some(clean_name(&ctx.text[s..e]));
        out.push(f);
    }
    out
}

/// Where the place starts that a body named by its level (`{level}` lines of `rules/orgs.txt`,
/// `省政协` at `s`, its level word `l` bytes long) belongs to: a place word that with the level
/// word is a known place, either holding it (`陕西省/政协`) or right before it (`河北/省委党校`).
fn place_of_level(ctx: &Context, words: &[Word], s: usize, l: usize) -> Option<usize> {
    if l == 0 {
        return None;
    }
    let k = words.partition_point(|w| w.end <= s);
    let inside = words.get(k).filter(|w| w.start < s && w.end == s + l);
    let before = k.checked_sub(1).map(|k| &words[k]).filter(|w| w.end == s);
    let w = inside.or(before)?;
    let place = ctx.text.get(w.start..s + l)?;
    (!ctx.rules.places.lookup(place).is_empty()).then_some(w.start)
}

/// A publication named by its title in 《》 and its kind right after (`《求是》杂志`; `[org]
/// titled_media`) is a body, named with the marks as written.
fn titled_media(ctx: &Context, words: &[Word]) -> Vec<Fact> {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return Vec::new();
    };
    let (text, from) = (&ctx.text[..last.end], first.start);
    let mut out = Vec::new();
    for (open, _) in text[from..].match_indices('《').map(|(k, m)| (from + k, m)) {
        let Some(close) = text[open..].find('》').map(|k| open + k + '》'.len_utf8()) else {
            continue;
        };
        let title = &text[open + '《'.len_utf8()..close - '》'.len_utf8()];
        if title.is_empty() || title.contains('《') || title.chars().count() > 20 {
            continue;
        }
        let media =
            (ctx.rules.org.titled_media.iter()).find(|m| text[close..].starts_with(m.as_str()));
        if let Some(m) = media {
            let end = close + m.len();
            let mut f = Fact::new(Kind::Org, &text[open..end], open, end);
            f.name = Some(clean_name(&text[open..end]));
            out.push(f);
        }
    }
    out
}

/// `美团、小红书、货拉拉等企业负责人`: the items of a list closed by 等 and a kind of body
/// (`[org] list_heads`: 企业, 平台…) are bodies when most of them hold a name (a proper word, one
/// jieba does not know, a listed body); a list of trades (`汽车、家电等企业`) names none.
fn listed_bodies(ctx: &Context, seg: &Segmenter, words: &[Word]) -> Vec<Fact> {
    let text = ctx.text;
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        if &text[w.start..w.end] != "等" || !body_list_head(ctx, words, k) {
            continue;
        }
        let from = clause_start(text, w.start);
        if !text[from..w.start].contains('、') {
            continue;
        }
        let items = list_items(ctx, seg, words, from, w.start);
        let named = items
            .iter()
            .filter(|&&(s, e)| holds_body_name(ctx, seg, words, s, e))
            .count();
        // (two items may be examples of a kind: `远景动力、宇浩高科等新材料龙头企业`, which the
        // read golds leave unnamed)
        if items.len() < 3 || named * 2 <= items.len() {
            continue;
        }
        for (i, &(s, e)) in items.iter().enumerate() {
            let s = after_clause_verb(ctx, words, k, s, e, i == 0);
            // (the first item after a word of the clause's own: `与/阿里`)
            let inside = within(words, s, e);
            let (s, inside) = match inside.split_first() {
                Some((w, rest)) if i == 0 && ctx.rules.left_stop.contains(word_of(ctx, w)) => {
                    (w.end, rest)
                }
                _ => (s, inside),
            };
            // (a first item opening with a word of the clause's own is none: `依法约谈携程`, `鼓励算力`)
            let opens_clause = inside.first().is_some_and(|w| {
                let tag = seg.tag_of(word_of(ctx, w));
                i == 0 && (is_verb(tag) || matches!(tag, "d" | "p" | "t" | "c" | "r"))
            });
            if opens_clause {
                continue;
            }
            // (an item jieba knows as one common word is a kind of body: `妇幼保健院`)
            if inside.len() == 1 && !holds_body_name(ctx, seg, words, s, e) {
                continue;
            }
            let surface = text[s..e].trim();
            let name = clean_name(surface);
            let alnum = name.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric());
            let n = name.chars().count();
            if alnum && (2..=10).contains(&n) && ctx.rules.places.lookup(&name).is_empty() {
                out.push(item_fact(Kind::Org, text, s, surface, name));
            }
        }
    }
    out
}

/// Whether the words after 等 at `k` name a kind of body (`[org] list_heads`), past a count of
/// bodies (`等10家企业`, `等多家企业`; `[org] list_measures`), not of people (`等10名高校辅导员`).
fn body_list_head(ctx: &Context, words: &[Word], k: usize) -> bool {
    let kr = &ctx.rules.org;
    let numeral = |w: &str| {
        w.chars().all(|c| {
            c.is_ascii_digit() || crate::numerals::is_chinese_numeral_char(c) || "多余".contains(c)
        })
    };
    let measure = |w: &str| kr.list_measures.iter().any(|m| w.ends_with(m.as_str()));
    let mut m = k + 1;
    // a count of bodies, as one word (`多家`) or two (`10/家`)
    if m < words.len() && numeral(word_at(ctx, words, m)) {
        if !words
            .get(m + 1)
            .is_some_and(|_| measure(word_at(ctx, words, m + 1)))
        {
            return false;
        }
        m += 2;
    } else if m < words.len() && measure(word_at(ctx, words, m)) {
        let w = word_at(ctx, words, m);
        let last = w.chars().next_back().map_or(0, char::len_utf8);
        if !numeral(&w[..w.len() - last]) {
            return false;
        }
        m += 1;
    }
    // the kind, after a few describing words (`等头部企业`, `等新材料龙头企业`)
    for w in words[m.min(words.len())..].iter().take(3) {
        let w = &ctx.text[w.start..w.end];
        if !w.chars().all(is_han) {
            return false;
        }
        if kr.list_heads.iter().any(|h| w.ends_with(h.as_str())) {
            return true;
        }
        if ctx.rules.left_stop.contains(w) {
            return false;
        }
    }
    false
}

/// Whether a word of the item at `s..e` names something: of two Han characters or more, tagged
/// proper but as an abbreviation (`家电/j`) or a kind of body jieba knows (`中医院/nt`), unknown
/// to jieba (`小红书/x`), or a listed body.
fn holds_body_name(ctx: &Context, seg: &Segmenter, words: &[Word], s: usize, e: usize) -> bool {
    within(words, s, e).iter().any(|w| {
        let word = &ctx.text[w.start..w.end];
        let tag = seg.tag_of(word);
        (is_proper(tag)
            && !matches!(tag, "j" | "nt")
            && word.chars().filter(|&c| is_han(c)).count() >= 2)
            || ctx.rules.org.known_set.contains(word)
    })
}

/// A country named right before a listed body of a state (`[org] country_named_groups`) names it
/// with it (`中国全国人大`, `德国央行`), unless the body's own name opens with a place
/// (`中华人民共和国/中国人民银行`): where the country's word starts, else `s`.
fn country_before(ctx: &Context, words: &[Word], s: usize, e: usize) -> usize {
    let g = &ctx.rules.places;
    if g.mentions(&ctx.text[s..e])
        .next()
        .is_some_and(|m| m.start == 0)
    {
        return s;
    }
    let k = words.partition_point(|w| w.end <= s);
    let Some(w) = k.checked_sub(1).map(|k| &words[k]).filter(|w| w.end == s) else {
        return s;
    };
    let country = g
        .lookup(&ctx.text[w.start..w.end])
        .iter()
        .any(|&p| g.place(p).level == crate::places::Level::Country);
    if country {
        w.start
    } else {
        s
    }
}

/// A body's branch is named by the body, the branch's place and its own name, with nothing
/// between (`中国农业机械化科学院` + `江西农业装备研究院`): two bodies so joined, the second
/// opening with a province or prefecture of China, are one name. `found` is sorted by position.
fn join_branches(ctx: &Context, seg: &Segmenter, words: &[Word], found: &mut Vec<Fact>) {
    // a place within the country (`英国中央银行/英格兰银行` is one bank named twice)
    let g = &ctx.rules.places;
    let domestic = |m: &crate::places::Mention| {
        let places = &g.name(m.name).places;
        places.iter().all(|&p| !g.abroad(p)) && places.iter().any(|&p| g.is_wide(p))
    };
    let opens_with_place = |f: &Fact| {
        g.mentions(&f.text)
            .next()
            .is_some_and(|m| m.start == 0 && m.end < f.text.len() && domestic(&m))
    };
    let mut i = 0;
    while i + 1 < found.len() {
        let (a, b) = (&found[i], &found[i + 1]);
        // (not a kind of body closing a list: `北京大学、上海交通大学等一流大学/郑州研究院`)
        let kind_of_listed = ctx.text[..a.byte_start].ends_with('等');
        if a.kind == Kind::Org
            && b.kind == Kind::Org
            && a.byte_end == b.byte_start
            && (opens_with_place(b) || unit_of(ctx, seg, words, a, b))
            && !kind_of_listed
        {
            let (start, end) = (a.byte_start, b.byte_end);
            respan(ctx, &mut found[i], start, end);
            found.remove(i + 1);
        }
        i += 1;
    }
}

/// Whether body `b`, right after body `a`, is one of its units (`[org] unit_parents`):
/// `乌国防部/情报总局`; not a body a list names (`民政部/财政部`) or one opening with a name of its
/// own (`工信部/赛迪研究院`), nor words opening with a verb.
fn unit_of(ctx: &Context, seg: &Segmenter, words: &[Word], a: &Fact, b: &Fact) -> bool {
    let org = &ctx.rules.org;
    let (an, bn) = (
        a.name.as_deref().unwrap_or(""),
        b.name.as_deref().unwrap_or(""),
    );
    let parent = org.unit_parents.iter().any(|p| an.ends_with(p.as_str()));
    let first = words
        .binary_search_by_key(&b.byte_start, |w| w.start)
        .map_or("", |k| word_at(ctx, words, k));
    // (a unit with a name of its own is a body of its own: `工信部/赛迪研究院`)
    let named = matches!(seg.tag_of(first), "nz" | "nr" | "nrt" | "x");
    let listed = !listed(&org.agency_parents, an)
        && (org.known_set.contains(bn)
            || (ctx.rules.org_list.mentions(bn)).any(|(s, e)| s == 0 && e == bn.len()));
    // (a body of the same kind is a peer: `民政部/教育部`)
    let peer = org
        .unit_parents
        .iter()
        .any(|p| an.ends_with(p.as_str()) && bn.ends_with(p.as_str()));
    parent && !listed && !peer && !first.is_empty() && !is_verb(seg.tag_of(first)) && !named
}

/// A unit or service right after a listed body is named by it (`南部战区/海军`,
/// `西非国家经济共同体/委员会`, `中国人民银行/党委`; `[org] units`, `forces`, `units_of_listed`),
/// and so is a company's legal form (`中储粮/集团/公司`, `延长石油/集团`; `[org] legal_forms`):
/// where the last such word ends, else `e`.
fn unit_after(ctx: &Context, words: &[Word], mut e: usize) -> usize {
    let org = &ctx.rules.org;
    let mut k = words.partition_point(|w| w.start < e);
    while let Some(w) = words.get(k).filter(|w| w.start == e) {
        let word = &ctx.text[w.start..w.end];
        if listed(&org.legal_forms, word) {
            e = w.end;
            k += 1;
            continue;
        }
        let unit = [&org.units, &org.forces, &org.units_of_listed]
            .iter()
            .any(|list| list.iter().any(|u| u == word));
        return if unit { w.end } else { e };
    }
    e
}

/// A capacity inside a works' name (`东营津辉/500/兆瓦/电化学储能项目`, `重庆/±/800/千伏/特高压…工程`,
/// `安徽/正负/800/千伏/…`):
/// when the word before `j` is a capacity unit after a number, and a name (a proper word or a
/// place) stands before the number, the index of the number's first word; the name then grows on.
fn capacity_inside(ctx: &Context, seg: &Segmenter, words: &[Word], j: usize) -> Option<usize> {
    let text = ctx.text;
    let unit = word_at(ctx, words, j.checked_sub(1)?);
    if !listed(&ctx.rules.works.capacities, unit) {
        return None;
    }
    let mut k = j.checked_sub(2)?;
    if !word_at(ctx, words, k)
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.')
    {
        return None;
    }
    if k >= 1 && matches!(word_at(ctx, words, k - 1), "±" | "+-" | "正负") {
        k -= 1;
    }
    let before = word_at(ctx, words, k.checked_sub(1)?);
    let named = matches!(
        seg.tag_of(before),
        "ns" | "nr" | "nz" | "nt" | "nrt" | "x" | "j"
    ) && before.chars().all(super::cursor::is_han)
        || !ctx.rules.places.lookup(before).is_empty();
    (named && text[words[k].start..words[j - 1].end].chars().count() <= 8).then_some(k)
}

/// A works named by its capacity and what it makes (`25万吨/煤基乙烯聚合物项目`,
/// `135万吨/聚烯烃升级改造项目`): the capacity opens the name and names the works, when two
/// characters or more stand between it and the works word and no place opens the name
/// (`1000千伏/北京东变电站` is the station's).
fn over_opening_capacity(at: &Site, g: &mut Growth) {
    let Site { ctx, words, i, .. } = *at;
    let Some(unit) = g.j.checked_sub(1) else {
        return;
    };
    let Some(number) = unit.checked_sub(1) else {
        return;
    };
    if !ctx.rules.places.lookup(word_at(ctx, words, g.j)).is_empty()
        || g.start != words[g.j].start
        || !listed(&ctx.rules.works.capacities, word_at(ctx, words, unit))
        || !word_at(ctx, words, number)
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.')
        || ctx.text[words[g.j].start..words[i].start].chars().count() < 2
    {
        return;
    }
    g.start = words[number].start;
    g.j = number;
    g.proper = true;
    g.capacity = true;
}

/// Whether `e` falls inside a word whose rest is something jieba glued to a name's end
/// (`国家发展改革委等`: `委等`; `中共中央政治局常委`).
fn glued_end(ctx: &Context, words: &[Word], e: usize) -> bool {
    let k = words.partition_point(|w| w.end <= e);
    words.get(k).is_some_and(|w| {
        w.start < e
            && ctx
                .rules
                .org
                .glued_after
                .iter()
                .any(|g| ctx.text[e..w.end] == **g)
    })
}

/// Whether `s` falls inside a word whose front is something jieba glued to a name's start
/// (`同上合组织`: `同上合`).
fn glued_start(ctx: &Context, words: &[Word], s: usize) -> bool {
    let k = words.partition_point(|w| w.end <= s);
    words.get(k).is_some_and(|w| {
        w.start < s && (ctx.rules.org.glued_before.iter()).any(|g| ctx.text[w.start..s] == **g)
    })
}

fn project_spans(found: &[Fact]) -> Vec<(usize, usize)> {
    found
        .iter()
        .filter(|f| f.kind == Kind::Project)
        .map(|f| (f.byte_start, f.byte_end))
        .collect()
}

/// `关于X项目，…`: in bulletins the thing a paragraph is "about" is named in full between 关于
/// and the comma, verbs, numbers and conjunctions included (`关于东风特汽和山西鹏飞3万辆氢能燃料车项目`).
fn about_projects(ctx: &Context, words: &[Word]) -> Vec<Fact> {
    let text = ctx.text;
    let kr = &ctx.rules.project;
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        if text.as_bytes()[w.start..w.end] != *"关于".as_bytes() {
            continue;
        }
        // the name runs to the clause end, and must end with a project suffix
        let mut end_word = None;
        for (m, x) in words.iter().enumerate().skip(k + 1) {
            let xw = &text[x.start..x.end];
            if xw.chars().any(|c| "，。；：、,;:\n《》".contains(c)) {
                break;
            }
            if text[w.end..x.end].chars().count() > kr.max_chars {
                break;
            }
            if kr.suffixes.iter().any(|s| xw.ends_with(s.as_str())) && !kr.generic.contains(xw)
                || (xw == "项目" || xw == "工程")
            {
                end_word = Some(m);
            }
        }
        let Some(m) = end_word else { continue };
        // only when the name closes the clause (`关于X项目，已…`), not `关于加快X项目建设的意见`
        let after = text[words[m].end..].trim_start_matches(' ');
        if !after.starts_with(['，', ',', '。', '；']) {
            continue;
        }
        let start = words[k].end;
        let surface = text[start..words[m].end].trim();
        let lead = text[start..words[m].end].len() - text[start..words[m].end].trim_start().len();
        let name = clean_name(surface);
        if name.chars().count() < 4 || kr.generic.contains(&name) {
            continue;
        }
        let mut f = Fact::new(Kind::Project, surface, start + lead, words[m].end);
        f.name = Some(name);
        out.push(f);
    }
    out
}

/// `A、B、C等66个项目`, `雄商、津潍等6个高铁项目`: the items of a list governed by a kind of works
/// after 等 (or after a count right after the last item: `南雄至信丰、龙川至寻乌2条高速公路`) are
/// works of that kind. Long items count after a generic head (`等重点项目`: `世创医疗`,
/// `未来机器人`); any item that holds a name counts after a kind of works from `[works] list_heads`
/// (`开江至梁平、乐山至马边等高速公路`), so a list of sectors (`交通、能源等重大项目`) names none.
fn listed_projects(ctx: &Context, seg: &Segmenter, words: &[Word]) -> Vec<Fact> {
    let text = ctx.text;
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        // (a word neither 等 nor opening with a digit is passed over on its bytes)
        let b = &text.as_bytes()[w.start..w.end];
        if b != "等".as_bytes() && !b.first().is_none_or(u8::is_ascii_digit) {
            continue;
        }
        let word = &text[w.start..w.end];
        // (a count closes a list as 等 does: `南雄至信丰、龙川至寻乌2条高速公路`)
        let count = word.bytes().all(|b| b.is_ascii_digit())
            && text[..w.start].ends_with(is_han)
            && text[clause_start(text, w.start)..w.start].contains('、');
        if word != "等" && !count {
            continue;
        }
        let generic_head = !count && generic_project_head(ctx, &text[w.end..]);
        let head = works_head(ctx, words, k);
        // (after a count, only a kind of line or plant right after its measure word:
        // `2条高速公路`, not `27只…` further on)
        if count && !count_closes_lines(ctx, words, k, head) {
            continue;
        }
        let works_head = head.is_some();
        // a word jieba does not know names a line (`雄商…等高铁`), not always a project (`光伏…等项目`)
        let specific = head.is_some_and(|h| !h.ends_with("项目") && !h.ends_with("工程"));
        if !generic_head && !works_head {
            continue;
        }
        // the list runs back to the start of the clause, items split by 、
        let clause_start = clause_start(text, w.start);
        let list = &text[clause_start..w.start];
        // one item alone is a project when it holds a name and names one thing
        // (`新加坡金鹰集团莱赛尔纤维等重大项目`), not two (`…和…`) or a slogan (`“两重”等项目`)
        let single = !list.contains('、');
        if single && list.contains(['和', '及', '与', '“', '"']) {
            continue;
        }
        // A list of sectors (`交通、能源、水利等重大项目`) names no project: items of a name's
        // length, most of them.
        let short = list
            .split('、')
            .filter(|it| it.trim().chars().count() < 4)
            .count();
        let long_items = generic_head && short * 4 < list.split('、').count();
        let items = list_items(ctx, seg, words, clause_start, w.start);
        // such a list names works when most of its items hold a name, or one is built in phases
        // (`威高疫苗二期、…、世创医疗、未来机器人等66个项目`); items of common words only list
        // sectors (`交通设施、风电核电、临港工业等项目`)
        let holds_name = |&(s, e): &(usize, usize)| {
            item_is_name(ctx, seg, words, s, e, true) || works_like(ctx, &clean_name(&text[s..e]))
        };
        let phased = |&(s, e): &(usize, usize)| in_phases(&text[s..e]);
        let names_list = long_items
            && (items.iter().filter(|it| holds_name(it)).count() * 2 > items.len()
                || items.iter().any(phased));
        for (s, e) in items {
            // an item holding a list of its own (`成达万高铁等重大基础设施项目和京东方`) is no name
            if text[s..e].contains('等') {
                continue;
            }
            // one with 的 names what follows it (`帮助修建的中赤几友好医院`), if a name is left
            // (not `深中通道的机电`)
            let after_de = text[s..e].rfind('的').map(|p| s + p + '的'.len_utf8());
            if after_de.is_some_and(|p| text[p..e].chars().count() < 3) {
                continue;
            }
            let s = after_de.unwrap_or(s);
            let s = after_clause_verb(ctx, words, k, s, e, !text[clause_start..s].contains('、'));
            let s = line_item_start(ctx, seg, words, s, e);
            let surface = text[s..e].trim();
            let name = clean_name(surface);
            let n = name.chars().count();
            if !name.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric())
                || name.chars().all(|c| c.is_ascii_digit())
            {
                continue;
            }
            let named = works_head
                && (2..=24).contains(&n)
                && item_is_name(ctx, seg, words, s, e, specific);
            let named_alone = single
                && (4..=24).contains(&n)
                && item_is_name(ctx, seg, words, s, e, false)
                && plain_item(ctx, seg, words, s, e);
            let long_named = names_list && (4..=24).contains(&n);
            if !(if single {
                named_alone
            } else {
                named || long_named
            }) {
                continue;
            }
            out.push(item_fact(Kind::Project, text, s, surface, name));
        }
    }
    out
}

/// An item with no proper word that still reads as one works: a line or site of a known kind
/// after a stem of three characters or more (`东海岸铁路`), or works done in phases
/// (`董酒扩建一期`), unlike a sector (`交通设施`, `临港工业`).
fn works_like(ctx: &Context, name: &str) -> bool {
    let w = &ctx.rules.works;
    let kind_after_stem = w.infrastructure.iter().any(|k| {
        name.find(k.as_str())
            .is_some_and(|p| name[..p].chars().count() >= 3)
    });
    let works_done = w.works_verbs.iter().any(|v| name.contains(v.as_str()));
    kind_after_stem || (in_phases(name) && works_done)
}

/// A name of works built in phases: `二期`, `三期`, `首期`.
fn in_phases(name: &str) -> bool {
    let chars: Vec<char> = name.chars().collect();
    chars
        .windows(2)
        .any(|p| p[1] == '期' && "首一二三四五六七八九十".contains(p[0]))
}

/// The project fact of a list item whose trimmed text `surface` starts in `text` at or after `s`.
fn item_fact(kind: Kind, text: &str, s: usize, surface: &str, name: String) -> Fact {
    let start = s + (text[s..].len() - text[s..].trim_start().len());
    let mut f = Fact::new(kind, surface, start, start + surface.len());
    f.name = Some(name);
    f
}

/// `长沙广汽埃安、湘潭吉利新能源汽车项目建成投产`: the items listed before a project's name share its
/// head word (`项目`, `工程`) and are projects as written, when they are local works alike (each
/// opens with a city or county) and each holds a name, is not places only (`甘肃酒泉`) and opens
/// with no verb (`涉及…`); `交通、水利项目` lists sectors.
fn sharing_head(ctx: &Context, seg: &Segmenter, words: &[Word], found: &[Fact]) -> Vec<Fact> {
    let text = ctx.text;
    let mut out = Vec::new();
    // a local place opens a name of a list of local works (`长沙/…`, `湘潭/…`)
    let local_place = |s: usize, e: usize| {
        within(words, s, e).first().is_some_and(|w| {
            let g = &ctx.rules.places;
            g.lookup(&text[w.start..w.end]).iter().any(|&id| {
                matches!(
                    g.place(id).level,
                    crate::places::Level::Prefecture | crate::places::Level::County
                )
            })
        })
    };
    for f in found
        .iter()
        .filter(|f| f.kind == Kind::Project && text[..f.byte_start].ends_with('、'))
    {
        if !f
            .name
            .as_deref()
            .is_some_and(|n| n.ends_with("项目") || n.ends_with("工程"))
            || !local_place(f.byte_start, f.byte_end)
        {
            continue;
        }
        let list_end = f.byte_start - '、'.len_utf8();
        let clause_start = text[..list_end]
            .rfind(['，', '。', '；', '：', '\n', ',', '（', '“', '”'])
            .map_or(0, |p| {
                p + text[p..].chars().next().map_or(1, char::len_utf8)
            });
        for (s, e) in list_items(ctx, seg, words, clause_start, list_end) {
            let s = after_clause_verb(
                ctx,
                words,
                words.len(),
                s,
                e,
                !text[clause_start..s].contains('、'),
            );
            let surface = text[s..e].trim();
            let name = clean_name(surface);
            let n = name.chars().count();
            let plain = name.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric());
            if !plain
                || !(4..=24).contains(&n)
                || name.contains('等')
                || !item_is_name(ctx, seg, words, s, e, false)
            {
                continue;
            }
            // an item of places only (`甘肃酒泉`) or opening with a verb (`涉及…`, `连接…`) is no name
            if !plain_item(ctx, seg, words, s, e) || !local_place(s, e) {
                continue;
            }
            out.push(item_fact(Kind::Project, text, s, surface, name));
        }
    }
    out
}

/// `福州地铁滨海快线、宁古高速、沙南高速等建成通车`: in a list closed by 等 whose items are works
/// already found, two or more and at least half of them, the other items are works too, when each
/// holds a name, opens with no verb and is not places only (`温福高铁、港口码头等` names one).
fn sibling_works(ctx: &Context, seg: &Segmenter, words: &[Word], found: &[Fact]) -> Vec<Fact> {
    let text = ctx.text;
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        if &text[w.start..w.end] != "等" {
            continue;
        }
        let from = clause_start(text, w.start);
        if !text[from..w.start].contains('、') {
            continue;
        }
        let items = list_items(ctx, seg, words, from, w.start);
        let is_works = |&(s, e): &(usize, usize)| {
            found
                .iter()
                .any(|f| f.kind == Kind::Project && f.byte_end == e && f.byte_start >= s)
        };
        let known = items.iter().filter(|it| is_works(it)).count();
        if known < 2 || known * 2 < items.len() {
            continue;
        }
        for &(s, e) in items.iter().filter(|it| !is_works(it)) {
            let s = after_clause_verb(ctx, words, k, s, e, !text[from..s].contains('、'));
            let surface = text[s..e].trim();
            let name = clean_name(surface);
            let plain = name.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric());
            if plain
                && (4..=24).contains(&name.chars().count())
                && item_is_name(ctx, seg, words, s, e, false)
                && plain_item(ctx, seg, words, s, e)
            {
                out.push(item_fact(Kind::Project, text, s, surface, name));
            }
        }
    }
    out
}

/// Works named by short names that share the kind of the last one (`汾石、浮临高速`,
/// `兰合、平庆、天陇铁路`, `乌东德、白鹤滩水电站`, `德厚、阿岗、车马碧大型水库`): each earlier item
/// is a works of that kind, named as written. The kind is a line's (`[works] sectioned`), whose
/// last item is itself two characters, or a works' of `[works] infrastructure`. An item is two
/// Han characters that are no common word, or three or four that jieba knows only as names or
/// not at all, and no place (`交通、水利铁路`, `北京、上海机场` name none).
fn abbreviated_lines(ctx: &Context, seg: &Segmenter, words: &[Word], found: &[Fact]) -> Vec<Fact> {
    let text = ctx.text;
    let mut out = Vec::new();
    let w = &ctx.rules.works;
    for f in found
        .iter()
        .filter(|f| f.kind == Kind::Project && text[..f.byte_start].ends_with('、'))
    {
        let Some(name) = f.name.as_deref() else {
            continue;
        };
        let line = w.sectioned.iter().find(|k| name.ends_with(k.as_str()));
        let works = w
            .infrastructure
            .iter()
            .any(|k| name.ends_with(k.as_str()) && name.len() > k.len());
        if !(line.is_some_and(|k| short_name(ctx, seg, words, f.byte_start, f.byte_end - k.len()))
            || line.is_none() && works)
        {
            continue;
        }
        let mut end = f.byte_start - '、'.len_utf8();
        loop {
            let Some(start) = (2..=4)
                .filter_map(|n| text[..end].char_indices().rev().nth(n - 1).map(|(b, _)| b))
                .find(|&b| item_opens(ctx, words, b) && short_name(ctx, seg, words, b, end))
            else {
                break;
            };
            let item = &text[start..end];
            let mut g = Fact::new(Kind::Project, item, start, end);
            g.name = Some(item.to_string());
            out.push(g);
            if !text[..start].ends_with('、') {
                break;
            }
            end = start - '、'.len_utf8();
        }
    }
    out
}

/// Whether an item of a list may open at `b`: the text's start, after a mark, after 、, or after
/// a verb that takes works as its object.
fn item_opens(ctx: &Context, words: &[Word], b: usize) -> bool {
    let text = ctx.text;
    b == 0
        || text[..b].ends_with(|c: char| !is_han(c) && !c.is_alphanumeric())
        || text[..b].ends_with('、')
        || words
            .iter()
            .find(|w| w.end == b)
            .is_some_and(|w| clause_verb(ctx, &text[w.start..w.end]))
}

/// Whether `s..e` is a short name of a works: two Han characters that are no common word, or
/// three or four in words jieba tags only as names or does not know, and no place.
fn short_name(ctx: &Context, seg: &Segmenter, words: &[Word], s: usize, e: usize) -> bool {
    // (a name with a space inside its kind, `浮临高 速`, ends on no boundary here: no short name)
    let Some(t) = ctx.text.get(s..e) else {
        return false;
    };
    let n = t.chars().count();
    // (not one opened by a stop word jieba joined to it: `与京港澳`)
    let first = t.chars().next().map_or("", |c| &t[..c.len_utf8()]);
    if !t.chars().all(is_han) || !(2..=4).contains(&n) || ctx.rules.left_stop.contains(first) {
        return false;
    }
    if n == 2 {
        return !seg.has_word(t) || matches!(seg.tag_of(t), "x" | "j" | "nz");
    }
    let inside = crate::segment::within(words, s, e);
    let aligned =
        inside.first().is_some_and(|w| w.start == s) && inside.last().is_some_and(|w| w.end == e);
    aligned
        && ctx.rules.places.lookup(t).is_empty()
        && inside.iter().all(|w| {
            let word = &ctx.text[w.start..w.end];
            !seg.has_word(word)
                || matches!(seg.tag_of(word), "x" | "j" | "nz" | "nr" | "nrt" | "nrfg")
        })
}

/// `等[N个][重点]项目`: a count and generic words of projects before 项目 (`等补链强链项目`,
/// `等“十大产业项目”`);
/// a list of activities (`…、民俗体验等文旅项目`) is not one of projects.
fn generic_project_head(ctx: &Context, after: &str) -> bool {
    // (a head may be quoted, as a programme's name: `等“十大产业项目”建设`)
    let rest = after.trim_start_matches(|c: char| c.is_ascii_digit() || " 个多余“\"".contains(c));
    let rest = rest.strip_prefix("一批").unwrap_or(rest);
    let Some(kind_end) = rest
        .char_indices()
        .take(7)
        .find(|&(b, _)| rest[b..].starts_with("项目"))
        .map(|(b, _)| b)
    else {
        return false;
    };
    strip_modifiers(&ctx.rules.project, &rest[..kind_end]).is_empty()
}

/// Whether the count `words[k]` closes a list of lines (`南雄至信丰、龙川至寻乌2条高速公路`,
/// `凌绥、台黑3条高速公路`): a kind of line right after its measure word, and the last item a
/// line from place to place or a short name of one.
fn count_closes_lines(ctx: &Context, words: &[Word], k: usize, head: Option<&str>) -> bool {
    let text = ctx.text;
    let line = head.is_some_and(|h| listed(&ctx.rules.works.sectioned, h));
    if !line || words.get(k + 2).map(|w| &text[w.start..w.end]) != head {
        return false;
    }
    let at = words[k].start;
    let from = text[..at].rfind('、').map_or(at, |p| p + '、'.len_utf8());
    let item = &text[from..at];
    text[..at].contains('、') && (item.contains('至') || (2..=3).contains(&item.chars().count()))
}

/// A word after 等 (past a count or an opening quote, before any stop word) ends in a kind of works from
/// `[works] list_heads` (`等31个大中型水电站`, `等高速公路`).
fn works_head<'t>(ctx: &Context<'t>, words: &[Word], k: usize) -> Option<&'t str> {
    let heads = &ctx.rules.works.list_heads;
    let quoted = words
        .get(k + 1)
        .is_some_and(|w| ctx.text[w.start..].starts_with(['“', '"']));
    let mut counted = false;
    for m in k + 1..words.len().min(k + 6) {
        let w = word_at(ctx, words, m);
        // (past a count and the quote of a programme's name: `等“十大产业项目”`)
        if !counted
            && w.chars()
                .all(|c| c.is_ascii_digit() || "个多余批一“\"".contains(c))
        {
            continue;
        }
        counted = true;
        if !w.chars().all(is_han) || ctx.rules.left_stop.contains(w) {
            return None;
        }
        let quoted_head = || {
            let quoted_heads = &ctx.rules.works.quoted_list_heads;
            quoted_heads.iter().any(|h| w.ends_with(h.as_str()))
        };
        if heads.iter().any(|h| w.ends_with(h.as_str())) && (!quoted || quoted_head()) {
            return Some(w);
        }
    }
    None
}

/// The items of the list between `from` and `to`, split at 、 and at a joining word jieba cuts
/// alone (`[works] list_joins`: `通苏嘉甬高铁和宁淮城际铁路`, `潍宿及青岛连接线`) when what follows it
/// holds a name or a number of its own (`长白高速和G331公路`; not `金牌港港口及配套工程`), as byte spans. In the first item the list
/// begins after such a word: what stands before it is the clause's own (`加快郑州机场三期扩建和周口、潢川`).
fn list_items(
    ctx: &Context,
    seg: &Segmenter,
    words: &[Word],
    from: usize,
    to: usize,
) -> Vec<(usize, usize)> {
    let text = ctx.text;
    let joins = &ctx.rules.works.list_joins;
    // (a road's number names it too: `G331公路`)
    let proper = |w: &Word| {
        let word = &text[w.start..w.end];
        let tag = seg.tag_of(word);
        road_number(word)
            || word.chars().all(is_han)
                && ((is_proper(tag) && tag != "j") || !ctx.rules.places.lookup(word).is_empty())
    };
    let mut items = Vec::new();
    let mut pos = from;
    for item in text[from..to].split('、') {
        let (mut s, e) = (pos, pos + item.len());
        let first = pos == from;
        pos = e + '、'.len_utf8();
        let inside = within(words, s, e);
        let mut e = e;
        for (i, w) in inside.iter().enumerate() {
            let long = |a: usize, b: usize| text[a..b].chars().count() >= 2;
            let join = &text[w.start..w.end];
            if !listed(joins, join) || !long(s, w.start) || !long(w.end, e) {
                continue;
            }
            if inside[i + 1..].iter().any(proper) {
                if !first {
                    items.push((s, w.start));
                }
                s = w.end;
            } else if listed(&ctx.rules.works.list_joins_closing, join) {
                // (what follows names nothing: `旁多引水工程以及重点市政道路基础设施等项目`)
                e = w.start;
                break;
            }
        }
        items.push((s, e));
    }
    items
}

/// The first item of a list may carry the clause's verb (`其中新开工威高疫苗二期`): its name
/// starts after the last such verb, when a name of three characters or more is left.
fn after_clause_verb(
    ctx: &Context,
    words: &[Word],
    k: usize,
    s: usize,
    e: usize,
    first: bool,
) -> usize {
    if !first {
        return s;
    }
    // the words inside the item, before `k`
    let inside =
        words.partition_point(|w| w.start < s)..words.partition_point(|w| w.end <= e).min(k);
    let verb = |m: &usize| clause_verb(ctx, word_at(ctx, words, *m));
    // (a line's joiner is none: `G219昭苏至温宿公路`)
    let stop = |m: &usize| {
        ctx.rules.left_stop.contains(word_at(ctx, words, *m))
            && !listed(&ctx.rules.works.line_joiners, word_at(ctx, words, *m))
    };
    // a clause verb always goes (`加快邵永`); another stop word inside a short name is part of it
    // (`川投资阳`, `临淄至临沂`)
    let after = |m: usize| words[m].end;
    let by_verb = inside
        .clone()
        .filter(verb)
        .last()
        .map(after)
        .filter(|&p| ctx.text[p..e].chars().count() >= 2);
    let by_stop = inside
        .filter(stop)
        .last()
        .map(after)
        .filter(|&p| ctx.text[p..e].chars().count() >= 3);
    by_verb.into_iter().chain(by_stop).max().unwrap_or(s)
}

/// A list item names a works only when nothing in it is a clause (an item alone before `等…项目`,
/// an item sharing a project's head):
/// it opens with no verb, adverb or stop word (`提速…`, `全面振兴…`), holds no verb but what is
/// done to the works (`改扩建`, `治理`), and is not places only (`冲绳那霸`, `东北地区`).
fn plain_item(ctx: &Context, seg: &Segmenter, words: &[Word], s: usize, e: usize) -> bool {
    let inside = within(words, s, e);
    let word = |w: &Word| &ctx.text[w.start..w.end];
    // (a rare word jieba takes for a verb opens a line from place to place: `加定/v 至/p 西海`)
    let line = ctx
        .rules
        .works
        .line_joiners
        .iter()
        .any(|j| ctx.text[s..e].contains(j.as_str()));
    let rare = |w: &str| seg.frequency(w) < ctx.rules.place_rules.ordinary_word_frequency;
    let opens = inside.first().is_some_and(|w| {
        (is_verb(seg.tag_of(word(w))) && !(line && rare(word(w))))
            || ctx.rules.left_stop.contains(word(w))
    });
    let verb = inside.iter().skip(1).any(|w| {
        seg.tag_of(word(w)) == "v"
            && !listed(&ctx.rules.works.works_verbs, word(w))
            && !listed(&ctx.rules.works.section_works, word(w))
    });
    let place = |w: &Word| {
        !ctx.rules.places.lookup(word(w)).is_empty()
            || ctx.rules.region.known_set.contains(word(w))
            || seg.tag_of(word(w)) == "ns"
    };
    !opens && !verb && !inside.iter().all(place) && !ctx.text[s..e].trim_end().ends_with("地区")
}

/// A verb that takes a project as its object (`[works] clause_verbs`), also with a complement
/// jieba joins to it (`打造出`, `建成了`: `[works] verb_complements`).
fn clause_verb(ctx: &Context, w: &str) -> bool {
    let verbs = &ctx.rules.works.clause_verbs;
    listed(verbs, w)
        || ctx.rules.works.verb_complements.iter().any(|c| {
            w.strip_suffix(c.as_str())
                .is_some_and(|v| v.chars().count() >= 2 && listed(verbs, v))
        })
}

/// An item holds a name: a place of the gazetteer, a listed body, or a word jieba tags as proper
/// or (after a kind of line or plant) does not know (`雄商`, `大渡河双江口`, `能投广元`), and is not only
/// a place (`济南、青岛等机场`).
fn item_is_name(
    ctx: &Context,
    seg: &Segmenter,
    words: &[Word],
    s: usize,
    e: usize,
    specific: bool,
) -> bool {
    let inside: Vec<&str> = within(words, s, e)
        .iter()
        .map(|w| &ctx.text[w.start..w.end])
        .collect();
    if inside.len() == 1 && !ctx.rules.places.lookup(inside[0]).is_empty() {
        return false;
    }
    if numbered_line(ctx, &ctx.text[s..e]) {
        return true;
    }
    let proper = |w: &str| {
        let tag = seg.tag_of(w);
        (is_proper(tag) && (!matches!(tag, "x" | "j") || specific))
            || !ctx.rules.places.lookup(w).is_empty()
            || ctx.rules.org.known_set.contains(w)
    };
    inside.iter().any(|w| w.chars().all(is_han) && proper(w))
}

/// Any works built across places names the part in one place after it (`“宁电入湘”工程` +
/// `宁夏段`): a place the gazetteer knows right after the name, then 段.
fn place_section(ctx: &Context, f: &mut Fact) {
    let text = ctx.text;
    let rest = &text[f.byte_end..super::cursor::chars_ahead(text, f.byte_end, 8)];
    let Some(m) = ctx.rules.places.mentions(rest).next() else {
        return;
    };
    if m.start == 0 && rest[m.end..].starts_with('段') {
        respan(ctx, f, f.byte_start, f.byte_end + m.end + '段'.len_utf8());
    }
}

/// A line built in sections names the section after it (`川青铁路镇江关至黄胜关段`,
/// `沪通铁路二期上海段`, `隆黄铁路隆叙段扩能改造`): the name runs on to its 段, over no stop
/// word or verb, and takes what is done to the section with the works word after it (`[works]
/// unit_works`: `…段改扩建工程`).
fn extend_to_section(ctx: &Context, seg: &Segmenter, words: &[Word], f: &mut Fact) {
    let works = &ctx.rules.works;
    let text = ctx.text;
    let Some(name) = f.name.as_deref() else {
        return;
    };
    if !works.sectioned.iter().any(|k| name.ends_with(k.as_str())) {
        place_section(ctx, f);
        return;
    }
    let mut end = f.byte_end;
    let rest = &text[end..];
    let phase = rest.char_indices().nth(2).filter(|&(b, _)| {
        rest[..b].ends_with('期') && "一二三四五".contains(rest.chars().next().unwrap_or(' '))
    });
    if let Some((b, _)) = phase {
        end += b;
    }
    let Some(cut) = text[end..]
        .char_indices()
        .take(12)
        .take_while(|&(_, c)| is_han(c))
        .find(|&(_, c)| c == '段')
        .map(|(b, c)| end + b + c.len_utf8())
    else {
        return;
    };
    if cut - end <= '段'.len_utf8()
        || works
            .section_not
            .iter()
            .any(|w| text[..cut].ends_with(w.as_str()))
    {
        return;
    }
    let clean = within(words, end, cut).iter().all(|w| {
        let x = &text[w.start..w.end];
        listed(&works.line_joiners, x)
            || x == "段"
            || !(ctx.rules.left_stop.contains(x) || is_verb(seg.tag_of(x)))
    });
    if !clean {
        return;
    }
    let done = works
        .section_works
        .iter()
        .filter(|w| text[cut..].starts_with(w.as_str()))
        .map(|w| w.len())
        .max()
        .unwrap_or(0);
    // and the works word after what is done (`大广高速吉安至南康段改扩建/工程`)
    let works_word = (done > 0)
        .then(|| {
            works
                .unit_works
                .iter()
                .filter(|w| text[cut + done..].starts_with(w.as_str()))
                .map(|w| w.len())
                .max()
        })
        .flatten();
    respan(ctx, f, f.byte_start, cut + done + works_word.unwrap_or(0));
}

/// A section found alone (`涪陵段`) after `A至` and the line it belongs to (`沿江高铁宜昌至/涪陵段`)
/// is that line's section: the name starts at the line's name, one or two words before its kind
/// word (`[works] sectioned`), over no stop word, verb or mark.
fn extend_section_to_line(ctx: &Context, seg: &Segmenter, words: &[Word], f: &mut Fact) {
    let text = ctx.text;
    if !f.text.ends_with('段') {
        return;
    }
    let k = words.partition_point(|w| w.start < f.byte_start);
    if k < 3
        || words[k - 1].end != f.byte_start
        || !listed(
            &ctx.rules.works.line_joiners,
            &text[words[k - 1].start..words[k - 1].end],
        )
    {
        return;
    }
    let from = &text[words[k - 2].start..words[k - 2].end];
    let kind = &text[words[k - 3].start..words[k - 3].end];
    if ctx.rules.places.lookup(from).is_empty()
        || !ctx
            .rules
            .works
            .sectioned
            .iter()
            .any(|s| kind.ends_with(s.as_str()))
    {
        return;
    }
    // the line's own name before its kind word (`沿江/高铁`, `南凭/高铁`), when the kind word
    // does not hold it already (`京港澳高速`)
    let name_word = |w: &Word| {
        let x = &text[w.start..w.end];
        // (a word of direction may name a line: `沿江/f`)
        let tag = seg.tag_of(x);
        x.chars().all(is_han) && !ctx.rules.left_stop.contains(x) && (tag == "f" || !is_verb(tag))
    };
    let mut start = words[k - 3].start;
    if ctx.rules.works.sectioned.iter().any(|s| kind == s.as_str()) {
        let before: Vec<&Word> = words[..k - 3]
            .iter()
            .rev()
            .take(2)
            .take_while(|w| name_word(w))
            .collect();
        let Some(first) = before.last() else { return };
        start = first.start;
    }
    respan(ctx, f, start, f.byte_end);
}

/// What is done to a works named in full, closing its phrase, is part of the name
/// (`完成湘桂铁路柳州枢纽扩能改造，` → `湘桂铁路柳州枢纽扩能改造`), as it is after a section, and
/// so is the works word after either (`兰州铁路枢纽优化提升工程`, `讨赖峡水库项目`).
fn extend_to_works_done(ctx: &Context, f: &mut Fact) {
    let works = &ctx.rules.works;
    let Some(name) = f.name.as_deref() else {
        return;
    };
    if !works
        .infrastructure
        .iter()
        .any(|k| name.ends_with(k.as_str()))
    {
        return;
    }
    let rest = &ctx.text[f.byte_end..];
    let longest = |list: &[String], at: &str| {
        list.iter()
            .filter(|w| at.starts_with(w.as_str()))
            .map(|w| w.len())
            .max()
            .unwrap_or(0)
    };
    let done = longest(&works.section_works, rest);
    // and the works word that closes it (`延吉机场迁建项目`, `讨赖峡水库项目`), which ends a name
    // whatever follows; what is done alone ends one before a stop or its preparation
    // (`庆阳机场改扩建前期工作`)
    let unit = longest(&works.unit_works, &rest[done..]);
    let after = &rest[done + unit..];
    let closed = after.starts_with(['，', '。', '、', '；', ',', ';'])
        || works
            .works_done_then
            .iter()
            .any(|w| after.starts_with(w.as_str()));
    if done + unit == 0 || (unit == 0 && !closed) {
        return;
    }
    respan(ctx, f, f.byte_start, f.byte_end + done + unit);
}

/// A body of two sides is named by both, joined by a dash (`澳大利亚－中国友好交流协会`,
/// `中国—中亚实业家委员会`): a body opening with a place, right after a country and a dash
/// (`[org] pair_dashes`), runs back over them.
fn extend_over_paired_country(ctx: &Context, seg: &Segmenter, words: &[Word], f: &mut Fact) {
    let g = &ctx.rules.places;
    let before = &ctx.text[..f.byte_start];
    let Some(dash) = ctx
        .rules
        .org
        .pair_dashes
        .iter()
        .find(|d| before.ends_with(d.as_str()))
    else {
        return;
    };
    // (a listed body keeps its own name: `中国—上海合作组织` frames a forum; only an association
    // or committee of two sides is named by both, not `中国-澳大利亚海关`)
    let name = f.name.as_deref().unwrap_or("");
    let org = &ctx.rules.org;
    if org.known_set.contains(name) || !org.pair_kinds.iter().any(|k| name.ends_with(k.as_str())) {
        return;
    }
    // (a place of the gazetteer, or one jieba knows: `中亚/ns`)
    let first = words
        .get(words.partition_point(|w| w.start < f.byte_start))
        .filter(|w| w.start == f.byte_start)
        .map_or("", |w| &ctx.text[w.start..w.end]);
    let opens_with_place =
        g.mentions(&f.text).next().is_some_and(|m| m.start == 0) || seg.tag_of(first) == "ns";
    if !opens_with_place {
        return;
    }
    let head = &before[..before.len() - dash.len()];
    let country = |s: &str| {
        g.lookup(s)
            .iter()
            .any(|&p| g.place(p).level == crate::places::Level::Country)
    };
    // the longest country name ending at the dash (`澳大利亚`, not `利亚`)
    let starts = head.char_indices().rev().take(8).map(|(b, _)| b);
    if let Some(start) = starts.filter(|&b| country(&head[b..])).last() {
        let end = f.byte_end;
        respan(ctx, f, start, end);
    }
}

/// A name's fact moved to `start..end` of the text, its name cleaned from the new surface.
fn respan(ctx: &Context, f: &mut Fact, start: usize, end: usize) {
    f.byte_start = start;
    f.byte_end = end;
    f.text = ctx.text[start..end].to_string();
    f.name = Some(clean_name(&f.text));
}

/// A known place, or a known place and its kind of zone (`威海/高新区`), ending right where a
/// project's name starts.
fn place_before(ctx: &Context, seg: &Segmenter, words: &[Word], start: usize) -> Option<Fact> {
    let k = words.partition_point(|w| w.end <= start);
    if k == 0 || words[k - 1].end != start {
        return None;
    }
    let last = word_at(ctx, words, k - 1);
    // (a division's short name that is a common noun, `港口/n` of `港口区`, is the noun)
    if !is_known_place(ctx, last) || seg.tag_of(last) == "n" {
        return None;
    }
    let mut from = k - 1;
    if listed(&ctx.rules.works.region_types, last)
        && k >= 2
        && words[k - 2].end == words[k - 1].start
        && is_known_place(ctx, word_at(ctx, words, k - 2))
    {
        from = k - 2;
    }
    let surface = &ctx.text[words[from].start..start];
    let mut f = Fact::new(Kind::Region, surface, words[from].start, start);
    f.name = Some(clean_name(surface));
    Some(f)
}

/// True when the word after `w` does not continue a name: punctuation, a function word or a verb.
pub(super) fn stands_alone(ctx: &Context, seg: &Segmenter, words: &[Word], wi: usize) -> bool {
    // A long known name (`东风商用车`, `海吉亚医疗`) is whole; a longer one it starts is found by
    // its own suffix and wins as the longer mention.
    if ctx.text[words[wi].start..words[wi].end].chars().count() >= 4 {
        return true;
    }
    // In a list of places (`上海、江苏整车企业`) the last place stands alone too.
    if wi >= 2 {
        let sep = &ctx.text[words[wi - 1].start..words[wi - 1].end];
        let before = &ctx.text[words[wi - 2].start..words[wi - 2].end];
        if (sep == "、" || sep == "和")
            && (ctx.rules.region.known_set.contains(before)
                || !ctx.rules.places.lookup(before).is_empty())
        {
            return true;
        }
    }
    let Some(next) = words.get(wi + 1) else {
        return true;
    };
    let nw = &ctx.text[next.start..next.end];
    if !nw.chars().next().is_some_and(is_han) {
        return true;
    }
    if ctx.rules.left_stop.contains(nw)
        || ctx.rules.region.known_set.contains(nw)
        || !ctx.rules.places.lookup(nw).is_empty()
    {
        return true;
    }
    let tag = seg.tag_of(nw);
    // a person's name has two or three characters: a longer `nr` is an idiom jieba mistags
    // (`在深圳/拉开帷幕`)
    is_verb(tag) || matches!(tag, "f" | "s") || (tag == "nr" && nw.chars().count() >= 4)
}

/// A one-character Han word that is not a function word: possibly a piece of a cut-up name.
fn one_char_piece(ctx: &Context, w: &str) -> bool {
    w.chars().count() == 1 && w.chars().all(is_han) && !listed(&ctx.rules.works.head_stops, w)
}

/// The name grown back to `j` is a line (`…高铁`), or a named part of one
/// (`雄安至商丘高铁/枣清/特大桥`, `西宁至成都铁路/若尔盖/隧道`): the part's name opens with a proper
/// word or a place and holds no verb, numeral or measure (not `全线隧道`, `控制性工程`,
/// `首座隧道`, `穿越秦岭隧道`).
fn line_or_its_part(at: &Site, j: usize) -> bool {
    let Site {
        ctx,
        seg,
        words,
        i,
        word,
        suffix,
        ..
    } = *at;
    let line = |m: usize| {
        ctx.rules
            .works
            .sectioned
            .iter()
            .any(|k| word_at(ctx, words, m).ends_with(k.as_str()))
    };
    if line(i) {
        return true;
    }
    let Some(kind) = (j..i).rev().find(|&m| line(m)) else {
        return false;
    };
    let part: Vec<&str> = (kind + 1..i).map(|m| word_at(ctx, words, m)).collect();
    let opens_with_name = match part.first() {
        Some(first) => is_proper(seg.tag_of(first)) || !ctx.rules.places.lookup(first).is_empty(),
        None => word != suffix,
    };
    let infrastructure = listed(&ctx.rules.works.infrastructure, suffix)
        || ctx
            .rules
            .works
            .infrastructure
            .iter()
            .any(|k| suffix.ends_with(k.as_str()));
    infrastructure && opens_with_name && part.iter().all(|w| !is_verb(seg.tag_of(w)))
}

/// The first word of the place a line runs from, whose last word is `from` (`巴中/至…`): a proper
/// word or a place; or any plain noun that stands alone after a mark, a stop word or a verb
/// (`、将军庙/至…`), with a piece jieba cut off before it (`淖/毛湖/至…`) and the road's number
/// (`G219/昭苏/至…`).
fn line_start(ctx: &Context, seg: &Segmenter, words: &[Word], from: usize) -> Option<usize> {
    let w = word_at(ctx, words, from);
    let han = w.chars().count() >= 2 && w.chars().all(is_han);
    let boundary = |m: usize| {
        m == 0 || {
            let b = word_at(ctx, words, m - 1);
            !b.chars().any(|c| is_han(c) || c.is_alphanumeric())
                || ctx.rules.left_stop.contains(b)
                || is_verb(seg.tag_of(b))
        }
    };
    let named = is_proper(seg.tag_of(w)) || !ctx.rules.places.lookup(w).is_empty();
    let plain = !ctx.rules.left_stop.contains(w) && !is_verb(seg.tag_of(w));
    if !han || !(named || (plain && boundary(from))) {
        return None;
    }
    let mut first = from;
    // (a word jieba does not know before it is part of its name, and so is one that makes a
    // longer place with it, or the place of a zone: `雄安/新区/至…`)
    let joined = |m: usize| &ctx.text[words[m].start..words[from].end];
    let zone_of = |m: usize| {
        listed(&ctx.rules.works.region_types, w)
            && (seg.tag_of(word_at(ctx, words, m)) == "ns"
                || !ctx.rules.places.lookup(word_at(ctx, words, m)).is_empty())
    };
    if first >= 1
        && named
        && (unknown_name(ctx, seg, word_at(ctx, words, first - 1))
            || !ctx.rules.places.lookup(joined(first - 1)).is_empty()
            || zone_of(first - 1))
    {
        first -= 1;
    }
    if first >= 1
        && one_char_piece(ctx, word_at(ctx, words, first - 1))
        && !ctx.rules.left_stop.contains(word_at(ctx, words, first - 1))
        && boundary(first - 1)
    {
        first -= 1;
    }
    if first >= 1 && road_number(word_at(ctx, words, first - 1)) {
        first -= 1;
    }
    // the prefecture a county stop lies in is part of the stop's name (`张家界/桑植/至湘西龙山…`)
    if first >= 1 && first == from && prefecture_of(ctx, word_at(ctx, words, first - 1), w) {
        first -= 1;
    }
    Some(first)
}

/// Whether `outer` is a prefecture that `inner`, a county, lies in (`张家界`, `桑植`).
fn prefecture_of(ctx: &Context, outer: &str, inner: &str) -> bool {
    use crate::places::Level;
    let g = &ctx.rules.places;
    let prefectures: Vec<usize> = (g.lookup(outer).iter().copied())
        .filter(|&p| g.place(p).level == Level::Prefecture)
        .collect();
    !prefectures.is_empty()
        && g.lookup(inner).iter().any(|&c| {
            g.place(c).level == Level::County && prefectures.iter().any(|&p| g.is_within(c, p))
        })
}

/// An item of a list that names a line (`上海至苏州至湖州高铁`, `新疆伊宁至阿克苏铁路`) starts where
/// the line does, at the place it runs from (`line_start`), one stop after another.
fn line_item_start(ctx: &Context, seg: &Segmenter, words: &[Word], s: usize, e: usize) -> usize {
    let inside = words.partition_point(|w| w.start < s)..words.partition_point(|w| w.end <= e);
    let joiner = |m: usize| listed(&ctx.rules.works.line_joiners, word_at(ctx, words, m));
    let Some(last) = inside.clone().rev().find(|&m| joiner(m)) else {
        return s;
    };
    let kind_after = ctx
        .rules
        .works
        .sectioned
        .iter()
        .any(|k| ctx.text[..e].trim_end().ends_with(k.as_str()));
    if last == 0 || last - 1 < inside.start || !kind_after {
        return s;
    }
    let Some(first) = line_chain_start(ctx, seg, words, last - 1, inside.start) else {
        return s;
    };
    words[first].start.max(s)
}

/// The first word of a line of several stops (`北京至雄安新区至商丘…`), whose last stop before its
/// far end has its last word at `from`, found at or after the word `floor`.
fn line_chain_start(
    ctx: &Context,
    seg: &Segmenter,
    words: &[Word],
    from: usize,
    floor: usize,
) -> Option<usize> {
    let mut first = line_start(ctx, seg, words, from)?;
    while first >= floor + 2
        && listed(
            &ctx.rules.works.line_joiners,
            word_at(ctx, words, first - 1),
        )
    {
        match line_start(ctx, seg, words, first - 2) {
            Some(f) => first = f,
            None => break,
        }
    }
    Some(first)
}

/// A word of two Han characters or more that jieba does not know and that is no place alone.
fn unknown_name(ctx: &Context, seg: &Segmenter, w: &str) -> bool {
    w.chars().count() >= 2
        && w.chars().all(is_han)
        && seg.tag_of(w) == "x"
        && ctx.rules.places.lookup(w).is_empty()
}

/// A road's number (`G219`, `G0711`, `S35`): a capital letter and digits. (Inlined: it is asked
/// of every word.)
#[inline]
fn road_number(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 2 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_digit)
}

/// Removes an unbalanced opening or closing mark at the front of a name (`”新能源…` → `新能源…`).
fn trim_unbalanced(name: &str) -> &str {
    let mut t = name;
    loop {
        let before = t;
        for (open, close) in [('“', '”'), ('（', '）'), ('(', ')'), ('《', '》')] {
            if let Some(pos) = t.find(close) {
                if !t[..pos].contains(open) {
                    t = &t[pos + close.len_utf8()..];
                }
            }
            if t.starts_with(open) && !t.contains(close) {
                t = &t[open.len_utf8()..];
            }
            // an opening mark never closed (`运用“千万工程`): the name is what it opens
            if let Some(pos) = t.rfind(open) {
                if pos > 0 && !t[pos..].contains(close) {
                    t = &t[pos + open.len_utf8()..];
                }
            }
        }
        if t == before {
            return t;
        }
    }
}

/// Tags that mark a word as a proper name (or a name jieba did not know).
fn is_proper(tag: &str) -> bool {
    matches!(
        tag,
        "nr" | "ns" | "nz" | "nt" | "nrt" | "nrfg" | "j" | "eng" | "x"
    )
}

pub(super) fn is_verb(tag: &str) -> bool {
    matches!(
        tag,
        "v" | "i"
            | "l"
            | "vd"
            | "vi"
            | "vq"
            | "p"
            | "c"
            | "u"
            | "d"
            | "r"
            | "m"
            | "q"
            | "f"
            | "t"
            | "ad"
            | "uj"
            | "ul"
            | "uz"
            | "ud"
            | "ug"
            | "uv"
            | "y"
            | "e"
            | "o"
    )
}

/// The inputs every step of one name's growth reads: the suffix word (`words[i]`, ending at
/// `end`), its suffix and kind.
#[derive(Clone, Copy)]
struct Site<'a, 't> {
    ctx: &'a Context<'t>,
    seg: &'a Segmenter,
    words: &'a [Word],
    i: usize,
    word: &'a str,
    suffix: &'a String,
    kind: Kind,
    kr: &'a EntityKindRules,
    end: usize,
}

/// How far a name has grown: it starts at `start`, at word `j`, `chars` characters long;
/// `proper` once it holds a proper word; `line_from` when it is a line's, from the place it
/// runs from (nothing more joins it); `invested` when named as what a sum was invested in.
#[derive(Clone, Copy)]
struct Growth {
    start: usize,
    j: usize,
    chars: usize,
    proper: bool,
    line_from: bool,
    invested: bool,
    /// The name opens with the works' capacity (`25万吨…项目`).
    capacity: bool,
}

/// A name grown from the suffix word `words[i]`, in named steps: the suffix word's gate
/// ([`suffix_word`]), places ([`grow_region`]), growth over the words before it ([`grow_left`]),
/// a project's extensions ([`over_investment`], [`over_clause_head`], [`past_leading_region`]),
/// boundary trimming ([`trim`]) and acceptance per kind ([`accept_project`], [`accept_org`],
/// [`not_slogan`]).
fn grow(
    ctx: &Context,
    seg: &Segmenter,
    words: &[Word],
    i: usize,
    word: &str,
    kind: Kind,
    kr: &EntityKindRules,
) -> Option<Fact> {
    if kind == Kind::Org && word.ends_with('党') {
        return party(ctx, seg, words, i, word, kr);
    }
    let suffix = suffix_word(ctx, seg, words, i, word, kind, kr)?;
    if kind == Kind::Org && listed(&ctx.rules.org.forces, suffix) {
        return forces_name(ctx, seg, words, i, suffix);
    }
    let at = Site {
        ctx,
        seg,
        words,
        i,
        word,
        suffix,
        kind,
        kr,
        end: words[i].end,
    };
    if kind == Kind::Region {
        return grow_region(&at);
    }
    let g = Growth {
        start: words[i].start,
        j: i,
        chars: word.chars().count(),
        proper: word != suffix && is_proper(seg.tag_of(word)),
        line_from: false,
        invested: false,
        capacity: false,
    };
    let mut g = grow_left(&at, g)?;
    if kind == Kind::Org {
        past_province(&at, &mut g);
    }
    if kind == Kind::Project {
        over_investment(&at, &mut g);
        // (a line's first stop is part of its name, a place though it is: `雄安新区至…`)
        if !g.line_from {
            over_clause_head(&at, &mut g);
            past_leading_region(&at, &mut g)?;
        }
        over_opening_capacity(&at, &mut g);
    }
    let (start, name) = trim(&at, g.start)?;
    match kind {
        Kind::Project => accept_project(&at, &g, start, &name)?,
        Kind::Org => accept_org(&at, &g, start, &name)?,
        _ => {}
    }
    not_slogan(&at, start, &name)?;
    let surface = &ctx.text[start..at.end];
    let lead = surface.len() - surface.trim_start().len();
    let mut f = Fact::new(kind, surface.trim(), start + lead, at.end);
    f.name = Some(name);
    Some(f)
}

/// A party, named by the word jieba knows whole (`朝鲜劳动党`) or by its country and party word
/// (`越南/共产党`, `英国/工党`), nothing before them (`领导/柬埔寨人民党`); not `治党`, `全党`,
/// `国共两党` (ending in an `[org] generic` word), nor a party the list of bodies names (found there).
fn party(
    ctx: &Context,
    seg: &Segmenter,
    words: &[Word],
    i: usize,
    word: &str,
    kr: &EntityKindRules,
) -> Option<Fact> {
    // (`国共两党`, `各政党`: a generic word at the end)
    let tail2 = word
        .char_indices()
        .rev()
        .nth(1)
        .map_or(word, |(b, _)| &word[b..]);
    if kr.generic.contains(word) || kr.generic.contains(tail2) {
        return None;
    }
    let whole = seg.tag_of(word) == "nt" && word.chars().count() >= 4;
    let g = &ctx.rules.places;
    let after_country = i >= 1
        && (2..=6).contains(&word.chars().count())
        && g.lookup(word_at(ctx, words, i - 1))
            .iter()
            .any(|&p| g.place(p).level == crate::places::Level::Country);
    let start = if whole {
        words[i].start
    } else if after_country {
        words[i - 1].start
    } else {
        return None;
    };
    let name = &ctx.text[start..words[i].end];
    if ctx.rules.org_list.mentions(name).next().is_some() {
        return None;
    }
    let mut f = Fact::new(Kind::Org, name, start, words[i].end);
    f.name = Some(name.to_string());
    Some(f)
}

/// The suffix the word ends with, when the word may end a name of this kind: not an idiom or
/// set phrase, not a generic word that only ends like a suffix (`干部`, `格局`), not a phase of
/// another project's name (`X项目一期工程`).
fn suffix_word<'r>(
    ctx: &Context,
    seg: &Segmenter,
    words: &[Word],
    i: usize,
    word: &str,
    kind: Kind,
    kr: &'r EntityKindRules,
) -> Option<&'r String> {
    // the first of `suffixes` the word ends with: its tails looked up (a word has a few
    // characters, the list dozens of suffixes)
    let suffix = (0..=word.len())
        .filter(|&k| word.is_char_boundary(k))
        .filter_map(|k| kr.suffix_rank.get(&word[k..]))
        .min()
        .map(|&r| &kr.suffixes[r])?;
    if !word_ok_inside(word, kind) {
        return None;
    }
    // an idiom or set phrase ending like a suffix (`众志成城`, `无政府`) is no name
    // (a set phrase tagged `l` only when one character stands before the suffix: `扩建工程`,
    // `发展局` are kinds of works and bodies that grow into names)
    let set_phrase = seg.tag_of(word) == "l"
        && word.len() == suffix.len() + word.chars().next().map_or(0, char::len_utf8);
    if matches!(kind, Kind::Project | Kind::Org)
        && (seg.tag_of(word) == "i" || set_phrase)
        && !kr.known_set.contains(word)
    {
        return None;
    }
    // `城` ends a project only in a longer word (`科技城`, `汽配城`), not in `产城`, `香城`.
    if kind == Kind::Project && suffix == "城" && word != "城" && word.chars().count() < 3 {
        return None;
    }
    // a city the dictionary knows (`加沙城`, `石家庄城`) is a place, not a project
    if kind == Kind::Project && suffix == "城" && seg.tag_of(word) == "ns" {
        return None;
    }
    // The word that carries the suffix must be the suffix itself or a name ending in it, never a
    // generic word that only happens to end the same way (`干部` for `部`, `格局` for `局`).
    // A kind of body (`服务中心`, `办公室`) still grows into a name (`区招商服务中心`).
    let kind_of_body = kind == Kind::Org && suffix.chars().count() >= 2;
    if word != suffix
        && kr.generic.contains(word)
        && !kr.relative.iter().any(|r| r == word)
        && !kind_of_body
    {
        return None;
    }
    // A word that ends in such a generic word is not a name either (`合理布局`, `开新局`).
    if kind == Kind::Org && suffix.chars().count() == 1 && !kr.relative.iter().any(|r| r == word) {
        let tail2 = word.char_indices().rev().nth(1).map(|(b, _)| &word[b..]);
        if tail2.is_some_and(|t| {
            t != word && kr.generic.contains(t) && !kr.relative.iter().any(|r| r == t)
        }) {
            return None;
        }
    }
    // `X项目一期工程` is a phase of X项目, which is the name (found from its own word)
    if kind == Kind::Project {
        let phase = |w: &str| matches!(w, "一期" | "二期" | "三期" | "四期");
        let of_project = (phase(word) && i >= 1 && word_at(ctx, words, i - 1).ends_with("项目"))
            || (word == "工程"
                && i >= 2
                && phase(word_at(ctx, words, i - 1))
                && word_at(ctx, words, i - 2).ends_with("项目"));
        if of_project {
            return None;
        }
    }
    Some(suffix)
}

/// A place grown from its suffix word: a bare level word or zone type takes the place name
/// before it (`襄阳/高新区`), a word with its suffix must be a place jieba knows.
fn grow_region(at: &Site) -> Option<Fact> {
    let Site {
        ctx,
        seg,
        words,
        i,
        word,
        suffix,
        kind,
        kr,
        end,
    } = *at;
    let text = ctx.text;
    let mut start = words[i].start;
    let needs_place = word == suffix || listed(&ctx.rules.works.region_types, word);
    if needs_place {
        let p = i.checked_sub(1).map(|k| words[k])?;
        let pw = &text[p.start..p.end];
        let tag = seg.tag_of(pw);
        let known = ctx.rules.region.known_set.contains(pw);
        // Streets, towns and villages are often named with common nouns (`花果街办`).
        let small_area = matches!(suffix.as_str(), "街办" | "街道" | "镇" | "乡" | "村");
        let tag_ok =
            matches!(tag, "ns" | "nz" | "nr" | "nrt" | "j" | "x") || (small_area && tag == "n");
        if !(known || tag_ok)
            || listed(&kr.quantifiers, pw)
            || pw.chars().count() < 2
            || !word_ok_inside(pw, kind)
            || ctx.rules.left_stop.contains(pw)
        {
            return None;
        }
        start = p.start;
        // (a foreign town's name jieba cuts in two, `贝尔/维尔/市`: both halves are its name)
        let spelled = |w: &str| {
            let chars = &ctx.rules.place_rules.transliteration_chars;
            matches!(seg.tag_of(w), "nr" | "nrt") && w.chars().all(|c| chars.contains(&c))
        };
        if let Some(q) = i.checked_sub(2).map(|k| words[k]) {
            if q.end == p.start && spelled(pw) && spelled(&text[q.start..q.end]) {
                start = q.start;
            }
        }
    } else {
        let tag = seg.tag_of(word);
        // A district or county the dictionary lists as a plain noun (`茅箭区/n`) is a place
        // when what stands before its suffix is no word of its own (unlike `工业区`, `开发区`).
        let stem = &word[..word.len() - suffix.len()];
        let plain_place = tag == "n"
            && matches!(suffix.as_str(), "区" | "县")
            && stem.chars().count() == 2
            && !seg.has_word(stem)
            && !kr.generic.contains(word);
        if !(tag == "ns" || (tag == "x" && word.chars().count() >= 3) || plain_place) {
            return None;
        }
    }
    let name = clean_name(&text[start..end]);
    if kr.generic.contains(&name) || name.starts_with('各') || name.ends_with("地区") {
        return None;
    }
    let mut f = Fact::new(kind, &text[start..end], start, end);
    f.name = Some(name);
    return Some(f);
}

/// Grows the name leftwards one word at a time until a stop word, punctuation, a figure, a
/// clause verb, another body's name or the kind's length limit; None when what stands before
/// it shows it is no name (a person's title).
fn grow_left(at: &Site, g: Growth) -> Option<Growth> {
    let Site {
        ctx,
        seg,
        words,
        i,
        word,
        kind,
        kr,
        ..
    } = *at;
    let text = ctx.text;
    let Growth {
        mut start,
        mut j,
        mut chars,
        mut proper,
        mut line_from,
        invested,
        capacity,
    } = g;
    while j > 0 {
        let prev = &words[j - 1];
        let pw = &text[prev.start..prev.end];
        if pw.trim().is_empty() {
            // a space inside a name (`易捷特 BBG24 项目`)
            if j >= 2
                && kind == Kind::Project
                && word_ok_inside(&text[words[j - 2].start..words[j - 2].end], kind)
            {
                j -= 1;
                continue;
            }
            break;
        }
        // An elected body's session (`湖南省/第十四届/人民代表大会`, `政协/第十四届/全国委员会`) is
        // part of its name, though jieba tags it as a numeral.
        // Its owner, one word before it, ends the name (`政协/第十四届…`, not `周先旺/政协/第十四届…`).
        if kind == Kind::Org && session(pw).is_some() {
            start = prev.start;
            j -= 1;
            if j > 0 && owner_word(ctx, seg, word_at(ctx, words, j - 1)) {
                start = words[j - 1].start;
                j -= 1;
            }
            break;
        }
        // A mission abroad is named with the state that sends it (`中国/驻/美国大使馆`,
        // `[org] stationed_in`): the sender ends the name.
        if kind == Kind::Org && listed(&ctx.rules.org.stationed_in, pw) && j >= 2 {
            let sender = word_at(ctx, words, j - 2);
            if seg.tag_of(sender) == "ns" || !ctx.rules.places.lookup(sender).is_empty() {
                start = words[j - 2].start;
                j -= 2;
                break;
            }
            // with no sender named, the mission is still one abroad (`慰问了/驻/朝鲜使馆`)
            let no_sender = ctx.rules.left_stop.contains(sender)
                || is_verb(seg.tag_of(sender))
                || !sender.chars().all(is_han);
            if j < i && no_sender {
                start = prev.start;
                j -= 1;
                break;
            }
        }
        // A quoted part (`“一带一路”新能源汽车交易市场`) belongs to the name whole, whatever its words.
        if kind == Kind::Project && pw == "”" {
            if let Some(open) = (0..j - 1)
                .rev()
                .take(12)
                .find(|&m| &text[words[m].start..words[m].end] == "“")
            {
                let n = text[words[open].start..words[j - 1].end].chars().count();
                if chars + n <= kr.max_chars {
                    chars += n;
                    start = words[open].start;
                    proper = true;
                    j = open;
                    continue;
                }
            }
            break;
        }
        // Industries joined inside a project's name (`电子信息与智能制造产业园`, `云计算和大数据产业基地`):
        // a conjunction between two common nouns stays in the name.
        // So are fields joined in a bureau's name (`住房和城乡建设局`, `自然资源和规划厅`).
        if matches!(kind, Kind::Project | Kind::Org)
            && matches!(pw, "与" | "和" | "及")
            && j >= 2
            && j < i
        {
            let before = &text[words[j - 2].start..words[j - 2].end];
            let after = &text[words[j].start..words[j].end];
            // (`云/计算/和/大/数据/产业基地`: jieba tags the words on either side loosely)
            // a verb only as the second half of a compound jieba split (`云/计算`), not a clause's
            // own verb (`影响加深和世界金融市场`)
            let split_compound = j >= 3 && one_char_piece(ctx, word_at(ctx, words, j - 3));
            // (a field jieba lists as a set phrase, `自然资源/l`, in a bureau's name)
            let field = kind == Kind::Org && seg.tag_of(before) == "l";
            let content_before = (matches!(seg.tag_of(before), "n" | "vn" | "nz")
                || field
                || (seg.tag_of(before) == "v" && split_compound))
                && before.chars().all(is_han);
            let content_after = matches!(seg.tag_of(after), "n" | "vn" | "nz" | "a");
            // but a name before the conjunction (`中心与中试熟化平台`, `“钓鱼”项目和…`) is a name of its own
            let name_before =
                kr.suffixes.iter().any(|s| before.ends_with(s.as_str())) || before.ends_with('”');
            if content_before
                && content_after
                && !name_before
                && !ctx.rules.left_stop.contains(before)
                && !ctx.rules.left_stop.contains(after)
                && (kind == Kind::Project || fields_joined(at, j, before))
            {
                // the conjunction and the word before it join the name together (a verb-tagged
                // word there would otherwise end it)
                chars += 1 + before.chars().count();
                start = words[j - 2].start;
                proper |= is_proper(seg.tag_of(before));
                j -= 2;
                continue;
            }
        }
        // A line from one place to another (`巴中至南充高铁`, `金边至西哈努克港高速公路`) starts at
        // the place it runs from: the one name before 至.
        if kind == Kind::Project
            && listed(&ctx.rules.works.line_joiners, pw)
            && j >= 2
            && line_or_its_part(at, j)
        {
            // (a line has a far end: `夕发朝至/高铁` names none)
            let far_end = j < i || word.chars().count() > 2;
            if let Some(first) = line_chain_start(ctx, seg, words, j - 2, 0).filter(|_| far_end) {
                start = words[first].start;
                proper = true;
                line_from = true;
                j = first;
            }
            break;
        }
        // One character between pieces of a name is a piece jieba cut off (`永生重工/中/韩/高端`,
        // `绿动/中/钒新能源`, `金士/达/医疗`), not a stop word or verb of its own: it sits before another
        // one-character piece, or after an unknown or proper word.
        let single = |k: usize| one_char_piece(ctx, &text[words[k].start..words[k].end]);
        let pw_single = one_char_piece(ctx, pw);
        let piece = pw_single && j >= 2 && j < i && single(j);
        let body_verb = body_verb(at, j, pw);
        let works_verb = works_verb(at, j, pw);
        let clause_verb =
            kind == Kind::Project && !piece && pw.chars().count() >= 2 && clause_verb(ctx, pw);
        // what follows a person's title is the person's name and what they did (`省长/周乃翔作/政府`),
        // not a body's name
        if kind == Kind::Org
            && ctx
                .rules
                .org
                .person_titles
                .iter()
                .any(|t| pw.ends_with(t.as_str()))
        {
            return None;
        }
        if (ctx.rules.left_stop.contains(pw) && !piece && !works_verb && !body_verb)
            || clause_verb
            || !word_ok_inside(pw, kind)
            || pw.ends_with('年')
            || pw.ends_with('月')
            || pw.ends_with("季度")
        {
            break;
        }
        // a measure word after a number ends a name (`3 个…`); without one it is a plain
        // character of the name (`配套/件/项目`)
        let counted = j >= 2 && {
            let w2 = word_at(ctx, words, j - 2);
            w2.ends_with(|c: char| c.is_ascii_digit())
                || w2.chars().all(|c| {
                    c.is_ascii_digit() || c == '.' || "一二两三四五六七八九十百千万几多".contains(c)
                })
        };
        if kind == Kind::Project {
            if let Some(k) = capacity_inside(ctx, seg, words, j) {
                chars += text[words[k].start..prev.end].chars().count();
                start = words[k].start;
                j = k;
                continue;
            }
        }
        if (counted
            && ctx
                .rules
                .quantity_units
                .iter()
                .any(|u| u.len() == pw.len() && ends_with_word(pw.as_bytes(), u.as_bytes())))
            || pw.chars().all(|c| c.is_ascii_digit() || c == '.')
        {
            break;
        }
        let tag = seg.tag_of(pw);
        // a kind word before a name of that kind stands in apposition to it (`最北端核电站/徐大堡
        // 核电站`, `水利工程/引汉济渭工程`): the name starts after it; a phase's works runs on into
        // its part (`南水北调东线一期工程/北延应急供水工程`)
        if kind == Kind::Project && proper && j < i && appositive_kind(at, j, pw, tag) {
            break;
        }
        let sandwiched = sandwiched(at, j, pw);
        // The word before a bracketed part (`西部（重庆）科学城`) belongs to the name.
        let before_bracket = j < words.len() && text[words[j].start..].starts_with(['（', '(']);
        // Verbs end a name, except one right before the suffix word (`扩建工程`, `研发项目`);
        // a phase (`一期`) is part of a name.
        // The same holds before a park that a project is in (`…装备制造/产业园/项目`).
        let before_suffix_word = kind == Kind::Project && {
            let nw = &text[words[j].start..words[j].end];
            nw != "项目"
                && kr.suffixes.iter().any(|s| nw.ends_with(s.as_str()))
                && words
                    .get(j + 1)
                    .is_some_and(|w| j + 1 == i && matches!(&text[w.start..w.end], "项目" | "工程"))
        };
        // A compass part between an owner's name and the rest (`海吉亚医疗/西部/总部项目`).
        let compass = kind == Kind::Project
            && tag == "f"
            && pw.chars().count() == 2
            && pw.ends_with('部')
            && j >= 2
            && {
                let w2 = &text[words[j - 2].start..words[j - 2].end];
                matches!(seg.tag_of(w2), "nz" | "nt" | "ns" | "x")
                    || ctx.rules.org.known_set.contains(w2)
            };
        // A one-character verb before the suffix word takes it as an object (`靠项目`, `抓项目`).
        let verb_object = kind == Kind::Project && j == i && pw.chars().count() == 1 && tag == "v";
        if verb_object {
            break;
        }
        // a state word of four characters is a clause's adverbial (`认真落实/市委`), no name's part
        let adverbial = tag == "z" && pw.chars().count() >= 4;
        if (is_verb(tag) || adverbial)
            && (kind == Kind::Org || j < i)
            && !pw.ends_with('期')
            && !sandwiched
            && !before_bracket
            && !before_suffix_word
            && !compass
            && !body_verb
        {
            break;
        }
        // A park named before a project's name is where the project is (`西部（重庆）科学城/中科院…
        // 一期项目`), unless the project is the park's (`…产业园/项目`).
        if kind == Kind::Project
            && j < i + 1
            && ctx
                .rules
                .works
                .place_suffixes
                .iter()
                .any(|s| pw.ends_with(s.as_str()))
            && pw.chars().count() >= 2
        {
            let nw = &text[words[j].start..words[j].end];
            if !matches!(nw, "项目" | "工程" | "一期" | "二期" | "三期") {
                break;
            }
        }
        if kind == Kind::Org && another_body(at, j, pw) {
            break;
        }
        if kind == Kind::Org && chars >= 7 && place_before_body(at, j, start, pw) {
            break;
        }
        // jieba's HMM glues a one-character function word to its neighbour (`以小/河港…基地`,
        // `B/区为/中韩…项目`, `卢拉在/巴西总统府`): the name starts after the function word.
        if matches!(kind, Kind::Project | Kind::Org) && tag == "x" && !seg.has_word(pw) {
            let last = pw.char_indices().next_back().filter(|&(b, _)| b > 0);
            if last.is_some_and(|(b, _)| ctx.rules.glued_after.contains(&pw[b..])) {
                break;
            }
            let two = pw.chars().count() == 2 && kind == Kind::Project;
            if let Some((bi, _)) = pw.char_indices().nth(1).filter(|_| two) {
                if ctx.rules.glued_before.contains(&pw[..bi]) && pw[bi..].chars().all(is_han) {
                    start = prev.start + bi;
                    break;
                }
            }
        }
        let n = pw.chars().count();
        if chars + n > kr.max_chars {
            break;
        }
        // (a sector jieba tags as an abbreviation or place, `煤电/j`, `宜居/ns`, names no works)
        let sector = kind == Kind::Project && listed(&ctx.rules.works.sector_words, pw);
        proper |= (is_proper(tag) && !works_verb && !sector)
            || ctx.rules.org.known_set.contains(pw)
            || ctx.rules.region.known_set.contains(pw)
            || !ctx.rules.places.lookup(pw).is_empty();
        chars += n;
        start = prev.start;
        j -= 1;
    }
    Some(Growth {
        start,
        j,
        chars,
        proper,
        line_from,
        invested,
        capacity,
    })
}

/// Whether `pw` (word `j - 1`) is a kind of works said of the name after it, not part of it
/// (`[works] appositive_kinds`): a bare kind after a common word (`水利/工程`, `过江/隧道`) or a
/// word of a kind with no proper name in it (`核电站`); a kind after a name (`津潍/高铁`) or a
/// phase (`一期/工程`) names a works the rest belongs to.
fn appositive_kind(at: &Site, j: usize, pw: &str, tag: &str) -> bool {
    let Site {
        ctx, seg, words, i, ..
    } = *at;
    let Some(kind) = ctx
        .rules
        .works
        .appositive_kinds
        .iter()
        .find(|k| pw.ends_with(k.as_str()))
    else {
        return false;
    };
    let named = |w: &str| {
        w.chars().count() >= 2
            && w.chars().all(is_han)
            && (matches!(seg.tag_of(w), "ns" | "nr" | "nz" | "nt" | "nrt" | "x")
                || !ctx.rules.places.lookup(w).is_empty())
    };
    // what follows must be a name of its own, not a phase or the work done (`国际机场/三期/改扩建项目`)
    let after = word_at(ctx, words, j);
    if after.ends_with('期') || !(j..=i).any(|k| named(word_at(ctx, words, k))) {
        return false;
    }
    if pw != kind {
        return !is_proper(tag)
            && ctx
                .rules
                .places
                .lookup(&pw[..pw.len() - kind.len()])
                .is_empty();
    }
    // a bare kind word: common words before it (`国家/重大/水利/工程`), no name or piece of one
    // (`成渝/中线/高铁`, `渝/万/高铁`) and no phase (`一期/工程`)
    let before = (j.saturating_sub(3)..j - 1).map(|k| word_at(ctx, words, k));
    let mut any = false;
    for w in before {
        // (one character is a piece of a name, `渝/万`, unless a function word, `最/北端`)
        let piece = w.chars().count() < 2
            && !matches!(
                seg.tag_of(w),
                "d" | "a" | "p" | "c" | "u" | "uj" | "f" | "r" | "v" | "ad"
            );
        if !w.chars().all(is_han)
            || piece
            || w.ends_with('期')
            || named(w)
            || ctx.rules.org.known_set.contains(w)
        {
            return false;
        }
        any = true;
    }
    any
}

/// `总投资3.4亿元的镁合金轻量化零部件加工项目`: what a sum of money is the investment of is a
/// named project, from 的 to its suffix, verbs and all.
fn over_investment(at: &Site, g: &mut Growth) {
    let Site {
        ctx,
        words,
        kr,
        end,
        ..
    } = *at;
    let text = ctx.text;
    let j = g.j;
    if let Some(d) = (0..j)
        .rev()
        .take(12)
        .find(|&m| &text[words[m].start..words[m].end] == "的")
    {
        let before = text[..words[d].start].trim_end();
        let span_ok = (d + 1..j).all(|m| {
            let w = &text[words[m].start..words[m].end];
            w.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric())
                && !listed(&ctx.rules.works.head_stops, w)
        });
        if (before.ends_with("亿元") || before.ends_with("万元")) && span_ok && d + 1 <= j {
            let n = text[words[d + 1].start..end].chars().count();
            if n <= kr.max_chars {
                g.start = words[d + 1].start;
                g.j = d + 1;
                g.proper = true;
                g.invested = true;
            }
        }
    }
}

/// A project named at the head of a clause and followed by its state takes the whole head,
/// verbs and all (`关于东风液压驾驶室举升翻转油缸油泵装配自动化项目，已…`); not infrastructure,
/// whose clause head is what is done to it (`调度三峡水库`).
fn over_clause_head(at: &Site, g: &mut Growth) {
    let Site {
        ctx,
        seg,
        words,
        suffix,
        kr,
        end,
        ..
    } = *at;
    let text = ctx.text;
    let Growth {
        mut start,
        mut j,
        mut proper,
        ..
    } = *g;
    let after = text[end..].trim_start();
    if !listed(&ctx.rules.works.infrastructure, suffix)
        && ctx
            .rules
            .works
            .status_after
            .iter()
            .any(|w| after.starts_with(w.as_str()))
    {
        let mut k = j;
        while k > 0 {
            let pw = &text[words[k - 1].start..words[k - 1].end];
            if !pw.chars().all(|c| {
                is_han(c)
                    || c.is_ascii_alphanumeric()
                    || c == ' '
                    || matches!(c, '“' | '”' | '（' | '）')
            }) {
                break;
            }
            // function words end the head; verbs and locatives may be inside a name
            // (`…淬火装备研发制造项目`, `…发动机及配套产业项目`): leading ones are trimmed below
            if listed(&ctx.rules.works.head_stops, pw) && !matches!(pw, "和" | "及" | "与") {
                break;
            }
            // two names joined (`国际交往中心和区域金融中心`) are two names
            if matches!(pw, "和" | "及" | "与")
                && k >= 2
                && kr
                    .suffixes
                    .iter()
                    .any(|s| word_at(ctx, words, k - 2).ends_with(s.as_str()))
            {
                break;
            }
            k -= 1;
        }
        // A verb of being selected into a designation in the head (`X纳入…标志性工程，`) makes
        // the works word a designation's: the head names no works.
        if (k..j).any(|m| {
            listed(
                &ctx.rules.works.designation_verbs,
                &text[words[m].start..words[m].end],
            )
        }) {
            return;
        }
        // A clause verb inside the head (`永生重工启动建设中韩…项目`) is where the name starts,
        // and so is a superlative (`全球最大烷烃…基地`).
        let starts_after = |m: &usize| {
            let w = &text[words[*m].start..words[*m].end];
            clause_verb(ctx, w) || listed(&ctx.rules.works.superlatives, w)
        };
        if let Some(v) = (k..j).rev().find(starts_after) {
            k = v + 1;
        }
        // drop leading function words and verbs of the clause head
        while k < j {
            let pw = &text[words[k].start..words[k].end];
            if pw.trim().is_empty() || ctx.rules.left_stop.contains(pw) || is_verb(seg.tag_of(pw)) {
                k += 1;
            } else {
                break;
            }
        }
        // A name that fills the clause head up to 关于 or the clause start is named by position.
        let opens_clause = k == 0 || {
            let pw = &text[words[k - 1].start..words[k - 1].end];
            pw == "关于" || pw.chars().all(|c| "，。；：、\n".contains(c))
        };
        if k == j && opens_clause && after.starts_with(['，', '已', '正', '于']) {
            proper = true;
        }
        let head_chars = text[words[k].start..end].chars().count();
        if k < j && head_chars <= kr.max_chars {
            let span = &text[words[k].start..words[j].start];
            // a year in the head (`A 区作为 2019 年…`) is a sentence about the project, not its name
            let year = span.contains('年') && span.chars().any(|c| c.is_ascii_digit());
            if !year
                && (!span.chars().any(|c| c.is_ascii_digit())
                    || span.chars().any(|c| c.is_ascii_alphabetic()))
            {
                start = words[k].start;
                j = k;
                proper = true;
            }
        }
    }
    (g.start, g.j, g.proper) = (start, j, proper);
}

/// A leading region is not part of a project's name (`威海高新区OA电子科技产业园`); None when
/// the region is all there is before the suffix (`张湾区项目`: a region's projects).
fn past_leading_region(at: &Site, g: &mut Growth) -> Option<()> {
    let Site {
        ctx,
        seg,
        words,
        i,
        suffix,
        end,
        ..
    } = *at;
    let text = ctx.text;
    let (j, mut start) = (g.j, g.start);
    if let Some(mut k) = (words[j].start == start).then_some(j) {
        // a province before the name's own place says where it lies (`西藏/墨脱/公路`,
        // `河南/三门峡/天鹅湖…湿地公园`); before a company's word it is the company's (`湖北/巨西…`)
        if k + 1 < i
            && province_before_place(ctx, word_at(ctx, words, k), word_at(ctx, words, k + 1))
        {
            k += 1;
            start = words[k].start;
        }
        for span in [1usize, 2] {
            if k + span > i {
                break;
            }
            let head = &text[words[k].start..words[k + span - 1].end];
            let last = &text[words[k + span - 1].start..words[k + span - 1].end];
            // a place in its own right: not a common word ending like one (`国家城市…`), but
            // bare `高新区` is (it is listed among the known places)
            let region = &ctx.rules.region;
            // a body before the place names the site as its own (`北京工商大学/良乡/校区`)
            let first = word_at(ctx, words, k);
            let first_place = span == 1
                || !(seg.tag_of(first) == "nt" || ctx.rules.org.known_set.contains(first));
            let is_region = region.suffixes.iter().any(|s| last.ends_with(s.as_str()))
                && first_place
                && head.chars().count() >= 2
                && (!region.generic.contains(head) || region.known_set.contains(head))
                && (last == head
                    || !region.generic.contains(last)
                    || region.known_set.contains(last)
                    // `雄安/新区`: a place and its kind of zone
                    || (span == 2 && listed(&ctx.rules.works.region_types, last) && (seg.tag_of(first) == "ns" || region.known_set.contains(first))));
            if is_region {
                if k + span == i && text[words[i].start..end] == **suffix {
                    return None; // `张湾区项目`: a region's projects, not a named one
                }
                // a province before a base or zone is the level that named it
                // (`山东省高端装备制造基地`), part of the name
                let province = (head.ends_with('省') || head.ends_with("自治区"))
                    && (suffix == "基地" || suffix == "示范区");
                if !province
                    && k + span < i + 1
                    && text[words[k + span].start..end].chars().count() >= 4
                {
                    start = words[k + span].start;
                }
                break;
            }
        }
    }
    g.start = start;
    Some(())
}

/// A province before a prefecture or county in a body's name says where that lies
/// (`福建省/厦门市/公安局`, `浙江省/金华市/浦江县委`): the body is named from the place after it,
/// and the province is a place of its own.
fn past_province(at: &Site, g: &mut Growth) {
    let Site { ctx, words, i, .. } = *at;
    for k in g.j..i {
        if words[k].start >= g.start
            && province_before_place(ctx, word_at(ctx, words, k), word_at(ctx, words, k + 1))
        {
            g.start = words[k + 1].start;
            g.j = k + 1;
        }
    }
}

/// Whether `first` is a province and `next` a prefecture, county or zone (its place, not a word);
/// not a city of province rank, whose name its works carry (`北京大兴国际机场`).
fn province_before_place(ctx: &Context, first: &str, next: &str) -> bool {
    use crate::places::Level;
    let g = &ctx.rules.places;
    let province = g
        .lookup(first)
        .iter()
        .any(|&p| g.place(p).level == Level::Province && !g.place(p).name.ends_with('市'));
    province
        && g.lookup(next).iter().any(|&p| {
            matches!(
                g.place(p).level,
                Level::Prefecture | Level::County | Level::Zone
            )
        })
}

/// Where the name starts and what it is, once escapes, list numbers, unbalanced brackets and a
/// leading `全区`/`我市`/`该`… (`own_words` in the rules) are trimmed; None for an episode
/// (`第一期`) or a name that is only its suffix or generic.
fn trim(at: &Site, start: usize) -> Option<(usize, String)> {
    let Site {
        ctx,
        suffix,
        kind,
        kr,
        end,
        ..
    } = *at;
    let text = ctx.text;
    // `\n（3）…基地` in transcripts with escaped line breaks: the escape's letter and a list
    // number are not part of the name
    let mut start = start;
    if text[..start].ends_with('\\') && text[start..end].starts_with(['n', 'r', 't']) {
        start += 1;
    }
    {
        let t = &text[start..end];
        for (open, close) in [('（', '）'), ('(', ')')] {
            if let Some(rest) = t.strip_prefix(open) {
                let digits =
                    rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
                if digits > 0 && rest[digits..].starts_with(close) {
                    start += open.len_utf8() + digits + close.len_utf8();
                }
            }
        }
    }
    let before_phase = text[start..end].strip_suffix("期").map(|t| {
        t.trim_end_matches(|c: char| "一二三四五六七八九十".contains(c) || c.is_ascii_digit())
    });
    if kind == Kind::Project && before_phase.is_some_and(|t| t.ends_with('第')) {
        return None; // `第一期` is an episode or a batch, not a phase of works
    }
    let raw = &text[start..end];
    let trimmed = trim_unbalanced(raw);
    let start = start + (raw.len() - trimmed.len());
    let surface = &text[start..end];
    let name = clean_name(surface);
    let name = strip_leading(&name, &ctx.rules.own_words);
    if name.chars().count() < 2 || name == *suffix && !kr.relative.iter().any(|r| *r == name) {
        return None;
    }
    if kr.generic.contains(&name) && !kr.relative.iter().any(|r| *r == name) {
        return None;
    }
    Some((start, name))
}

/// A body named by what it does (`市/行政/审批/局`, `工业/促进/委员会/办公室`, `出入境/检验/检疫局`,
/// `国际/船舶/登记/管理局`): a verb between a noun and the organisation word, when the name ends like a bureau or office
/// (`[org] named_by_function`).
fn body_verb(at: &Site, j: usize, pw: &str) -> bool {
    let Site {
        ctx,
        seg,
        words,
        word,
        kind,
        kr,
        ..
    } = *at;
    if !(kind == Kind::Org && j >= 2 && pw.chars().count() >= 2) {
        return false;
    }
    let tag = seg.tag_of(pw);
    let next = word_at(ctx, words, j);
    let w2 = word_at(ctx, words, j - 2);
    // bureaus and offices are named so; governments and companies are not (`召开/政府`)
    let bureau = ctx
        .rules
        .org
        .named_by_function
        .iter()
        .any(|b| word.ends_with(b.as_str()));
    // the verb stands right before the bare organisation word (`审批/局`, `促进/委员会/办公室`)
    bureau
        && (matches!(tag, "v" | "vn") && (kr.suffixes.iter().any(|s| s == next) || names_a_function(at, next))
            || tag == "l")
        && matches!(seg.tag_of(w2), "n" | "vn" | "l")
        && !listed(&ctx.rules.works.clause_verbs, pw)
        && !ctx.rules.left_stop.contains(w2)
        && w2.chars().all(is_han)
        // a verb that usually ends a name (`审批`, `促进`) only after a plain noun (`行政`)
        && (!ctx.rules.left_stop.contains(pw) || seg.tag_of(w2) == "n")
}

/// Whether the organisation word itself says what the body does, a verb of two characters or
/// more before its bureau word (`管理局`, `服务局`, `控制中心`; not `总局`, `省委`, `乱局`).
fn names_a_function(at: &Site, next: &str) -> bool {
    let stem = (at.ctx.rules.org.named_by_function.iter())
        .find_map(|b| next.strip_suffix(b.as_str()))
        .unwrap_or("");
    next == at.word && stem.chars().count() >= 2 && matches!(at.seg.tag_of(stem), "v" | "vn")
}

/// What is done to the works, right before its suffix word, is part of its name
/// (`厂房/扩建/项目`, `模组/研发/项目`), though such verbs end names elsewhere.
fn works_verb(at: &Site, j: usize, pw: &str) -> bool {
    let Site {
        ctx,
        words,
        i,
        word,
        kind,
        ..
    } = *at;
    kind == Kind::Project
        && j == i
        && matches!(word, "项目" | "工程")
        && listed(&ctx.rules.works.works_verbs, pw)
        && j >= 2
        && {
            let w2 = word_at(ctx, words, j - 2);
            w2.chars().all(is_han)
                && !ctx.rules.left_stop.contains(w2)
                && !listed(&ctx.rules.works.head_stops, w2)
        }
}

/// Two fields joined in a body's name (`住房/和/城乡建设局`, `民族/和/宗教委员会`): the body's
/// word is a bureau's, council's or institute's (`[org] joined_fields_ends`), alone or after a
/// field (`建设局`, not `党委`, `根部`); no listed body ends inside the joined name
/// (`工业和信息化部/赛迪研究院`) or at the conjunction (`中央广播电视总台/与…`), or stands after it
/// (`总台与/农业农村部`); and the word
/// before it is a plain field, not a body, works or place (`高校和设计公司`, `物流枢纽和…`).
fn fields_joined(at: &Site, j: usize, before: &str) -> bool {
    let Site {
        ctx,
        seg,
        words,
        word,
        end,
        ..
    } = *at;
    let org = &ctx.rules.org;
    let text = ctx.text;
    let body_word = org.joined_fields_ends.iter().any(|b| {
        word.strip_suffix(b.as_str())
            .is_some_and(|stem| stem.is_empty() || stem.chars().count() >= 2)
    });
    let joined = &text[words[j - 2].start..end];
    let after = &text[words[j].start..end];
    let before_end = words[j - 2].end;
    let lead = &text[super::cursor::chars_back(text, before_end, 10)..before_end];
    let listed_inside = ctx
        .rules
        .org_list
        .mentions(joined)
        .any(|(s, e)| s == 0 && e < joined.len())
        || ctx.rules.org_list.mentions(after).any(|(s, _)| s == 0)
        || ctx
            .rules
            .org_list
            .mentions(lead)
            .any(|(_, e)| e == lead.len());
    let plain = matches!(seg.tag_of(before), "n" | "vn" | "l")
        && !org.known_set.contains(before)
        && !org.bodies.iter().any(|b| before.ends_with(b.as_str()))
        && !ctx
            .rules
            .project
            .suffixes
            .iter()
            .any(|s| before.ends_with(s.as_str()))
        && ctx.rules.places.lookup(before).is_empty();
    body_word && !listed_inside && plain
}

/// One character between pieces of a name, or after an unknown or proper word, is a piece of
/// the name jieba cut off (`永生重工/中/韩/高端`), not a verb of its own.
fn sandwiched(at: &Site, j: usize, pw: &str) -> bool {
    let Site {
        ctx, seg, words, i, ..
    } = *at;
    let text = ctx.text;
    let single = |k: usize| one_char_piece(ctx, &text[words[k].start..words[k].end]);
    pw.chars().count() == 1 && !listed(&ctx.rules.works.head_stops, pw) && j >= 2 && {
        let w2 = &text[words[j - 2].start..words[j - 2].end];
        (w2.chars().all(is_han)
            && (matches!(seg.tag_of(w2), "x" | "nz" | "nr" | "nt" | "nrt")
                || ctx.rules.org.known_set.contains(w2)))
            || single(j - 2)
            || (j < i && single(j))
    }
}

/// Bodies named one after another (`工信部/赛迪研究院/赛迪顾问股份有限公司`) are several: a body's
/// word before the name (`[org] bodies`) ends it, unless the name is a unit of that body
/// (`…委员会/办公室`, `…村/党支部`; `[org] units`).
fn another_body(at: &Site, j: usize, pw: &str) -> bool {
    let Site { ctx, word, kr, .. } = *at;
    let org = &ctx.rules.org;
    let body_word = org.bodies.iter().any(|o| pw.ends_with(o.as_str()));
    // (a generic word counts only as a whole body word of two characters: `研究院`, not `部`)
    let whole = pw.chars().count() >= 2 && org.bodies.iter().any(|o| o == pw);
    let school = org.schools.iter().any(|b| pw.ends_with(b.as_str()))
        && org.school_units.iter().any(|u| word.ends_with(u.as_str()));
    let unit = org.units.iter().any(|u| word.ends_with(u.as_str())) || school;
    body_word && (!kr.generic.contains(pw) || (whole && j >= 2)) && !unit
}

/// A region before a long name is where the body is, not part of its name, unless the body is
/// that region's government (`张湾区人民政府办公室`; `[org] government_heads`), a session aside.
fn place_before_body(at: &Site, j: usize, start: usize, pw: &str) -> bool {
    let Site {
        ctx, words, end, ..
    } = *at;
    let name_so_far = &ctx.text[start..end];
    let name_so_far = words
        .get(j)
        .and_then(|w| session(word_at(ctx, words, j)).filter(|_| w.start == start))
        .map_or(name_so_far, |n| &name_so_far[n..]);
    let government = ctx
        .rules
        .org
        .government_heads
        .iter()
        .any(|g| name_so_far.starts_with(g.as_str()));
    !government
        && pw.chars().count() >= 2
        && ctx
            .rules
            .region
            .suffixes
            .iter()
            .any(|s| ends_with_word(pw.as_bytes(), s.as_bytes()))
}

/// Whether a project candidate names one works: not a generic phrase, a park's projects, a
/// count, a verb and its object (`投放市场`), a market of no trade; it holds a proper name or
/// is a park or works described at length, and its context does not make it a kind.
fn accept_project(at: &Site, g: &Growth, start: usize, name: &str) -> Option<()> {
    let Site {
        ctx,
        seg,
        words,
        i,
        word,
        suffix,
        kr,
        end,
        ..
    } = *at;
    let (j, proper, invested) = (g.j, g.proper, g.invested);
    let name = name.to_string();
    // All words before the suffix generic modifiers → a generic phrase, not a name.
    let head = &name[..name.len() - suffix.len()];
    let rest = strip_modifiers(kr, head);
    if rest.is_empty()
        || rest
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || "亿万元个以上".contains(c))
    {
        return None;
    }
    if designated(ctx, start) {
        return None;
    }
    // A park's projects (`科学城项目`, `基地项目`) are not a named project, nor is a bare
    // kind of park (`科学城`).
    if listed(&ctx.rules.works.place_suffixes, name.as_str()) {
        return None;
    }
    if suffix == "项目" && listed(&ctx.rules.works.place_suffixes, head) {
        return None;
    }
    // A name may open with a capacity or model code (`30JPH产能提升项目`), not with a count.
    let code = name
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .starts_with(|c: char| c.is_ascii_alphabetic());
    if (name.starts_with(|c: char| c.is_ascii_digit()) && !code && !g.capacity)
        || name.contains("亿元")
        || name.contains("万元")
    {
        return None;
    }
    // `投放市场`, `开拓市场`: a verb and its object, not a market's name.
    let verb_before_market = if word == "市场" {
        i >= 1 && start < words[i].start && is_verb(seg.tag_of(word_at(ctx, words, i - 1)))
    } else {
        word.strip_suffix("市场")
            .is_some_and(|stem| !stem.is_empty() && seg.tag_of(stem) == "v")
    };
    if suffix == "市场" && verb_before_market {
        return None;
    }
    // a market that is a place says what is traded there (`汽配城交易市场`, `农贸批发市场`)
    if name.ends_with("市场")
        && !ctx
            .rules
            .market_kinds
            .iter()
            .any(|k| name[..name.len() - "市场".len()].ends_with(k.as_str()))
    {
        return None;
    }
    if ctx
        .rules
        .project_not_endings
        .iter()
        .any(|e| name.ends_with(e.as_str()))
    {
        return None;
    }
    // A project is named: it holds a proper name, or is a park or works of some length.
    let park = ctx
        .rules
        .works
        .named_kinds
        .iter()
        .any(|s| name.ends_with(s.as_str()))
        || ctx
            .rules
            .works
            .named_phases
            .iter()
            .any(|p| name.contains(p.as_str()));
    // a venue its owner's level opens (`国家速滑馆`) is that owner's one venue
    // (not a grade of venue, `国家一级博物馆`)
    let owner = ctx
        .rules
        .works
        .venue_owners
        .iter()
        .find(|o| head.starts_with(o.as_str()));
    let owned_venue = listed(&ctx.rules.works.venues, suffix)
        && head.chars().count() <= 4
        && owner.is_some_and(|o| strip_modifiers(kr, &head[o.len()..]) == &head[o.len()..]);
    if owned_venue {
        return Some(());
    }
    if !proper
        && !(park && name.chars().count() >= 5)
        && !works_in_context(ctx, &name, suffix, start, end)
    {
        return None;
    }
    // a government's own facility (`市中小企业公共服务平台`) is one, named by its level
    let own = name.starts_with(['省', '市', '区', '县'])
        && !["域", "属", "场"]
            .iter()
            .any(|w| name.chars().nth(1).is_some_and(|c| w.starts_with(c)));
    if listed(&ctx.rules.works.facilities, suffix)
        && !park
        && !own
        && !strongly_named(ctx, seg, words, start, end, suffix == "工程")
    {
        return None;
    }
    // a programme is named like a works (`信访工作法治化强基工程`, `“湾区通”工程`): by what it
    // strengthens or spreads, or by a slogan in quotes
    if listed(&ctx.rules.works.programme_kinds, suffix) && programme(ctx, head) {
        return None;
    }
    if !invested && !g.capacity && !named_in_context(ctx, seg, words, j, i, start) {
        return None;
    }
    Some(())
}

/// A works named as what a place is selected into (`4地入选中央财政支持普惠金融发展示范区`,
/// `龙岩入选国家…示范项目实施城市`: `[works] designation_verbs` earlier in its clause, no `的`
/// between) is a designation, no works.
fn designated(ctx: &Context, start: usize) -> bool {
    let clause = &ctx.text[clause_start(ctx.text, start)..start];
    // (`被评为“世界旅游名山”的神农架景区`: a works the designation only describes)
    ctx.rules.works.designation_verbs.iter().any(|v| {
        clause
            .rfind(v.as_str())
            .is_some_and(|p| !clause[p..].contains('的'))
    })
}

/// Whether an org candidate names one body: not inside a title, not a kind of body
/// (`公立医院`), not every body or a part of one named before (`各县区人民政府`), and a bare
/// `办`/`委`/`局`/`部` only after a named body.
/// Whether the name at `start` opens with a word of two or more level characters (`[org]
/// joint_levels`: `省区市人民政府`, `市县党委`): bodies at several levels at once.
fn joint_levels(at: &Site, start: usize) -> bool {
    let levels = &at.kr.joint_levels;
    let k = at.words.partition_point(|w| w.start < start);
    let Some(w) = at.words.get(k).filter(|w| w.start == start) else {
        return false;
    };
    let first = &at.ctx.text[w.start..w.end];
    first.chars().count() >= 2
        && first
            .chars()
            .all(|c| levels.iter().any(|l| l.chars().eq([c])))
}

fn accept_org(at: &Site, g: &Growth, start: usize, name: &str) -> Option<()> {
    let Site {
        ctx,
        words,
        i,
        word,
        suffix,
        kr,
        end,
        ..
    } = *at;
    let proper = g.proper;
    let text = ctx.text;
    let kind_of_body = suffix.chars().count() >= 2;
    let name = name.to_string();
    if ctx.inside_title(start)
        || kr
            .title_after
            .iter()
            .chain(&kr.describes_after)
            .any(|w| text[end..].starts_with(w.as_str()))
    {
        return None;
    }
    // (`国际博物馆/日`: a day named after a kind of body)
    if words
        .get(i + 1)
        .is_some_and(|w| listed(&kr.day_after, &text[w.start..w.end]))
    {
        return None;
    }
    // a mission with no state sending it names one only where it is placed (`驻朝鲜使馆`), not
    // `驻多国使馆`, `驻外使馆`
    if let Some(rest) = kr
        .stationed_in
        .iter()
        .find_map(|w| name.strip_prefix(w.as_str()))
    {
        let g = &ctx.rules.places;
        if !g.mentions(rest).next().is_some_and(|m| m.start == 0) {
            return None;
        }
    }
    // a unit's suffix (`司`) names a body only after its parent body (`商务部外资司`)
    if listed(&kr.unit_suffixes, suffix) {
        let head = &name[..name.len() - suffix.len()];
        // (inside the name, or right before it: `商务部/外资司` is joined to one name later)
        let parent = kr.unit_suffix_parents.iter().any(|p| {
            text[..start].ends_with(p.as_str())
                || (head.match_indices(p.as_str())).any(|(k, _)| k > 0 && k + p.len() < head.len())
        });
        if !parent {
            return None;
        }
    }
    let n = name.chars().count();
    // a kind of body (`公立医院`, `县级中医医院`): nothing but describing words before its suffix
    if !kr.relative.iter().any(|r| *r == name)
        && strip_modifiers(kr, &name[..name.len() - suffix.len()]).is_empty()
        && n > suffix.chars().count()
    {
        return None;
    }
    if role_of_place(ctx, kr, &name, suffix) || hall_of_place(ctx, kr, &name, suffix) {
        return None;
    }
    if suffix == "办" && !office_of_body(ctx, kr, &name) {
        return None;
    }
    let relative = kr.relative.iter().any(|r| *r == name);
    if n == 2 && !relative {
        let first = name.chars().next().unwrap();
        if !matches!(first, '市' | '区' | '省' | '县' | '镇' | '乡') {
            return None;
        }
    }
    // An alliance or association of an industry (`专用车产业联盟`) is a kind of body until it
    // carries a proper name (`中国汽车工业协会`).
    if matches!(suffix.as_str(), "联盟" | "协会" | "商会") && !proper {
        return None;
    }
    // a kind of body grown into a name needs a name or a government's prefix in front
    // (`区招商服务中心`), not a description (`境内上市公司`); a government, a place (`陕西省人民政府`)
    // (`自治区人民政府`: a level of division names the place it governs too)
    let of_place = |w: &str| {
        is_known_place(ctx, w)
            || ctx
                .rules
                .region
                .suffixes
                .iter()
                .any(|s| s == w && s.chars().count() >= 2)
    };
    let places_government = i >= 1
        && of_place(word_at(ctx, words, i - 1))
        && ctx.rules.org.government_heads.iter().any(|h| h == word);
    if kind_of_body
        && word != suffix
        && kr.generic.contains(word)
        && !places_government
        && !(name.starts_with(['区', '市', '县', '省', '镇', '乡'])
            && name.chars().count() <= word.chars().count() + 3)
    {
        return None;
    }
    if joint_levels(at, start) {
        return None;
    }
    // `各县区人民政府`, `公司营销中心`: every body, or a part of one named before
    if ["各", "该", "本", "公司", "集团", "企业"]
        .iter()
        .any(|g| name.starts_with(g))
    {
        return None;
    }
    // `办` and `委` need a named body before them (`党政办`, `经信委`), not a verb (`代办`).
    if (suffix == "办" || suffix == "委" || suffix == "局" || suffix == "部")
        && word.chars().count() <= 2
        && n <= 2
        && !relative
    {
        return None;
    }
    Some(())
}

/// A place, describing words or none, and a body word of `[org] roles_of_places`
/// (`武汉/国际消费/中心`, `南阳/省域/副/中心`, `武汉市/中心`): a role or part of the place, not a body.
fn role_of_place(ctx: &Context, kr: &EntityKindRules, name: &str, suffix: &str) -> bool {
    if !kr.roles_of_places.iter().any(|r| r == suffix) {
        return false;
    }
    let body = name.len() - suffix.len();
    // (a place running into the body word, `市中/心`, is none)
    let Some(m) = ctx
        .rules
        .places
        .mentions(name)
        .next()
        .filter(|m| m.start == 0 && m.end <= body)
    else {
        return false;
    };
    // (nothing between: the place's own centre, `武汉市中心`, `伦敦市中心`)
    strip_modifiers(kr, &name[m.end..body]).is_empty()
}

/// A room, not a body: a place and a hall word of `[org] halls_of_places` with nothing between
/// (`人民大会堂北京厅`), or a name ending in one of `[org] hall_words` (`新闻发布厅`).
fn hall_of_place(ctx: &Context, kr: &EntityKindRules, name: &str, suffix: &str) -> bool {
    let body = name.len() - suffix.len();
    if kr.hall_words.iter().any(|h| name.ends_with(h.as_str())) {
        return true;
    }
    listed(&kr.halls_of_places, suffix)
        && ctx
            .rules
            .places
            .mentions(&name[..body])
            .any(|m| m.end == body)
}

/// Whether a name ending in the short office word 办 is an office: after a body or level that
/// has offices (`[org] office_heads`: `国务院台办`, `中央网信办`, `市防汛办`) or a place, and not
/// ending in a verb of running things (`[org] office_verbs`: `杭州亚运会筹办`, `全国新办`); so
/// `集中力量办`, `全程网办`, `川渝通办` name none.
fn office_of_body(ctx: &Context, kr: &EntityKindRules, name: &str) -> bool {
    let headed = kr.office_heads.iter().any(|h| name.starts_with(h.as_str()))
        || ctx
            .rules
            .places
            .mentions(name)
            .next()
            .is_some_and(|m| m.start == 0);
    headed && !kr.office_verbs.iter().any(|v| name.ends_with(v.as_str()))
}

/// None for a count where a name would be (`十大工程`) and a slogan counting its parts
/// (`“三港一中心”`).
fn not_slogan(at: &Site, start: usize, name: &str) -> Option<()> {
    let Site {
        ctx,
        suffix,
        kind,
        end,
        ..
    } = *at;
    let text = ctx.text;
    if kind == Kind::Project && counted_phrase(ctx, &name[..name.len() - suffix.len()]) {
        return None;
    }
    // `“三港一中心”`: a slogan counting its parts, not a name
    let numerals = name
        .chars()
        .filter(|c| "一二两三四五六七八九十".contains(*c))
        .count();
    if numerals >= 2
        && name.chars().count() <= 6
        && text[..start].ends_with('“')
        && text[end..].starts_with('”')
    {
        return None;
    }
    // `“信用+”工程`, `“互联网+”行动`: a programme joining a field to everything, not a works
    if name.contains("+”") || name.contains("+\"") {
        return None;
    }
    Some(())
}

/// A line named by its number and a mark (`12号线西延伸`, `[works] numbered_lines`).
fn numbered_line(ctx: &Context, name: &str) -> bool {
    let unnumbered = name.trim_start_matches(|c: char| c.is_ascii_digit());
    unnumbered.len() < name.len()
        && (ctx.rules.works.numbered_lines.iter()).any(|m| unnumbered.starts_with(m.as_str()))
}

/// A programme counted in numerals is a slogan, not a works (`十大产业项目`, `四大升级工程`,
/// `“八纵八横”高铁`, `“两重”项目`): its name opens with a numeral word that jieba takes for no
/// place or proper name and the gazetteer does not hold (`三峡工程`, `三台高速` stay), or it runs
/// on from a count joined by `+` (`“4+4科创工程”`).
fn numeral_programme(
    ctx: &Context,
    seg: &Segmenter,
    words: &[Word],
    start: usize,
    end: usize,
) -> bool {
    let name = ctx.text[start..end].trim_start_matches(['“', '"']);
    if numbered_line(ctx, name) {
        return false;
    }
    let counted_before = {
        let before = ctx.text[..start].trim_end_matches(|c: char| c.is_ascii_digit());
        before.len() < start && before.ends_with('+')
    };
    // the paragraph's own word at the name's start (the name was grown over these words)
    let at = end - name.len();
    let Ok(k) = words.binary_search_by_key(&at, |w| w.start) else {
        return counted_before;
    };
    let first = word_at(ctx, words, k);
    let numeral = first
        .starts_with(|c: char| c.is_ascii_digit() || crate::numerals::is_chinese_numeral_char(c));
    let code = first.chars().any(|c| c.is_ascii_alphabetic());
    let plain = matches!(seg.tag_of(first), "m" | "x" | "j" | "b")
        && ctx.rules.places.lookup(first).is_empty();
    // (`25万吨煤基乙烯聚合物项目`: a capacity, which names the works)
    let capacity = words
        .get(k + 1)
        .is_some_and(|w| listed(&ctx.rules.works.capacities, &ctx.text[w.start..w.end]));
    counted_before || (numeral && plain && !code && !capacity)
}

/// Armed forces are named by their country or command, the one word before the service
/// (`以色列/国防军`, `中部战区/陆军`); any other word there (`部署/军队`, `美/制/陆军`) names none.
fn forces_name(
    ctx: &Context,
    seg: &Segmenter,
    words: &[Word],
    i: usize,
    suffix: &str,
) -> Option<Fact> {
    let w = words[i];
    let (owner, start) = if ctx.text[w.start..w.end].len() > suffix.len() {
        (&ctx.text[w.start..w.end - suffix.len()], w.start)
    } else {
        let p = words[..i].last()?;
        (&ctx.text[p.start..p.end], p.start)
    };
    if !owner_word(ctx, seg, owner) || ctx.rules.org.generic_modifiers.contains(owner) {
        return None;
    }
    let mut f = Fact::new(Kind::Org, &ctx.text[start..w.end], start, w.end);
    f.name = Some(clean_name(&ctx.text[start..w.end]));
    Some(f)
}

/// A word that names who owns a body: a place, a country, or a body, listed or known to jieba
/// as one (`政协`, `中部战区`, `民盟`).
fn owner_word(ctx: &Context, seg: &Segmenter, w: &str) -> bool {
    let listed_body = ctx
        .rules
        .org_list
        .mentions(w)
        .next()
        .is_some_and(|(s, e)| s == 0 && e == w.len());
    !ctx.rules.places.lookup(w).is_empty()
        || matches!(seg.tag_of(w), "ns" | "nt" | "j")
        || ctx.rules.org.known_set.contains(w)
        || listed_body
}

/// The length in bytes of a session word (`第十四届`, `十四届`), or None for any other word.
fn session(w: &str) -> Option<usize> {
    let count = w.strip_suffix('届')?;
    let count = count.strip_prefix('第').unwrap_or(count);
    let numeral = crate::numerals::parse_chinese(count).is_some()
        || (!count.is_empty() && count.chars().all(|c| c.is_ascii_digit()));
    numeral.then_some(w.len())
}

/// A count stands where a name would (`十大工程`, `六个工程`, `柞水县境内一条高速公路`): a
/// stem that is a numeral and a counter word (`[works] counters`), ends in one (`环境提升四大`), or
/// holds one counting one thing.
fn counted_phrase(ctx: &Context, stem: &str) -> bool {
    let numeral = |c: char| "一二两三四五六七八九十百千几多".contains(c);
    let counters = &ctx.rules.works.counters;
    let rest = stem.trim_start_matches(numeral);
    let whole =
        rest.len() < stem.len() && (rest.is_empty() || counters.iter().any(|c| rest == c.as_str()));
    // `一条` inside the stem, not at its front (`一号…` is caught above as a numeral only)
    let one_counted = stem.match_indices('一').any(|(b, _)| {
        b > 0
            && counters
                .iter()
                .any(|c| stem[b + '一'.len_utf8()..].starts_with(c.as_str()))
    });
    // a count closing a list of programmes (`消费保稳提质、…、环境提升四大工程`): not `第一大`
    let counted_at_end = counters
        .iter()
        .filter_map(|c| stem.strip_suffix(c.as_str()))
        .any(|head| {
            let before = head.trim_end_matches(numeral);
            before.len() < head.len() && !before.ends_with('第')
        });
    whole || one_counted || counted_at_end
}

/// A descriptive name of works (`光明小区燃气管网改造项目`, no proper name in it) is one works
/// when the sentence singles it out: put in hand (`启动…`), excepted (`除…`), moved (`把…落地`)
/// or defined (`A区为…`). A state after it (`…工程已完工`) is not enough: news says that of
/// kinds of works too (`海上风电项目将…`).
fn works_in_context(ctx: &Context, name: &str, suffix: &str, start: usize, _end: usize) -> bool {
    // short descriptive names are kinds of works (`海上风电项目`, `更新改造项目`); a particular
    // works is described at length (object, part and what is done)
    if !matches!(suffix, "项目" | "工程")
        || name.chars().count() < 8
        || name.starts_with(['这', '该', '此', '那'])
    {
        return false;
    }
    if ctx
        .rules
        .project
        .generic_modifiers
        .iter()
        .any(|m| m.chars().count() >= 2 && name.starts_with(m.as_str()))
    {
        return false;
    }
    let before = ctx.text[..start].trim_end_matches(' ');
    ctx.rules
        .works
        .works_before
        .iter()
        .any(|w| before.ends_with(w.as_str()))
}

/// Whether the words before a programme kind (`head`) name a programme: they end with what it
/// does (`[works] programme_marks`: `强基`, `铸魂`) or hold a slogan in quotes with no place
/// before it (`“湾区通”`, `招商引资“一把手”`), and no word of physical works (`特高压`), flow
/// (`“宁电入湘”`) or phase (`“深海一号”二期`) makes it a works.
fn programme(ctx: &Context, head: &str) -> bool {
    let w = &ctx.rules.works;
    if w.programme_not.iter().any(|k| head.contains(k.as_str())) {
        return false;
    }
    if w.programme_marks.iter().any(|m| head.ends_with(m.as_str())) {
        return true;
    }
    let Some(open) = head.find('“') else {
        return false;
    };
    let close = head[open..]
        .find('”')
        .map_or(head.len(), |c| open + c + '”'.len_utf8());
    let (before, slogan, after) = (&head[..open], &head[open..close], &head[close..]);
    let flow = w
        .slogan_flows
        .iter()
        .chain(&w.designation_marks)
        .any(|f| slogan.contains(f.as_str()));
    let place = ctx.rules.places.mentions(before).next().is_some();
    !after.ends_with('期') && !place && !flow
}

/// Whether the words of `start..end` name one thing rather than describe a kind: a word jieba
/// knows as a proper name (not merely one it does not know, `x`), a gazetteer place, a listed
/// body, a quoted part or a Latin code; with `abbreviations`, also a short word jieba takes for
/// an abbreviation or does not know (`引洮供水工程`, `引江补汉工程`).
fn strongly_named(
    ctx: &Context,
    seg: &Segmenter,
    words: &[Word],
    start: usize,
    end: usize,
    abbreviations: bool,
) -> bool {
    let span = &ctx.text[start..end];
    if span.contains(['“', '"', '「']) || span.chars().any(|c| c.is_ascii_alphanumeric()) {
        return true;
    }
    within(words, start, end).iter().any(|w| {
        let t = &ctx.text[w.start..w.end];
        let tag = seg.tag_of(t);
        let abbreviation = abbreviations
            && t.chars().all(super::cursor::is_han)
            && (2..=4).contains(&t.chars().count());
        (is_proper(tag) && (!matches!(tag, "x" | "j") || abbreviation))
            || !ctx.rules.places.lookup(t).is_empty()
            || ctx.rules.org.known_set.contains(t)
    })
}

/// What stands before a project-like phrase can show it is a kind of thing, not a named one:
/// it is counted (`4 处易涝点综合整治项目`, `建立一个…平台`), graded (`市级…基地`), or described by
/// a clause before 的 (`跨行业的智慧物流平台`) with no proper name of its own; and a phrase inside
/// a document title (`《…汽配城产业跃升发展规划项目建议书》`) is part of the title.
fn named_in_context(
    ctx: &Context,
    seg: &Segmenter,
    words: &[Word],
    j: usize,
    i: usize,
    start: usize,
) -> bool {
    let text = ctx.text;
    if ctx.inside_title(start) {
        return false;
    }
    let before = text[..start].trim_end_matches(' ');
    let numeral =
        |c: char| c.is_ascii_digit() || "一二两三四五六七八九十百千几多每各数".contains(c);
    let classifier = |c: char| "个处家座条项类批些所".contains(c);
    let mut tail = before.chars().rev();
    let (last, prev, third) = (tail.next(), tail.next(), tail.next());
    // `第三条…项目` is an ordinal, which names one
    let ordinal = |c: Option<char>| c == Some('第');
    let first = text[start..].chars().next();
    let counted = (last.is_some_and(classifier) && prev.is_some_and(numeral) && !ordinal(third))
        || (first.is_some_and(classifier) && last.is_some_and(numeral) && !ordinal(prev));
    if counted {
        return false;
    }
    let strong = (j..=i).filter(|&m| words[m].start >= start).any(|m| {
        let w = &text[words[m].start..words[m].end];
        let tag = seg.tag_of(w);
        matches!(tag, "ns" | "nt" | "nz" | "eng")
            || (tag == "x" && w.chars().count() >= 3 && w.chars().all(is_han))
            || ctx.rules.org.known_set.contains(w)
            || ctx.rules.region.known_set.contains(w)
            || !ctx.rules.places.lookup(w).is_empty()
            || w.contains(['“', '（', '('])
            || w.chars().any(|c| c.is_ascii_alphabetic())
    });
    strong
        || !(before.ends_with('的')
            || ctx
                .rules
                .works
                .level_words
                .iter()
                .any(|l| before.ends_with(l.as_str())))
}

/// What is left of `s` after the generic modifiers it opens with (`重点`, `绿色低碳`…), longest
/// first; modifiers joined by a conjunction are still modifiers (`产业集群与绿色低碳发展`).
fn strip_modifiers<'s>(kr: &EntityKindRules, s: &'s str) -> &'s str {
    let mut rest = s;
    while !rest.is_empty() {
        if let Some(r) = ["与", "和", "及"]
            .iter()
            .find_map(|c| rest.strip_prefix(c))
            .filter(|_| rest.len() < s.len())
        {
            rest = r;
            continue;
        }
        // (one set lookup per character of the longest modifier's length, not one comparison
        // per modifier: this runs for every name grown)
        let Some(len) = (rest.char_indices())
            .map(|(i, c)| i + c.len_utf8())
            .take_while(|&k| k <= kr.generic_modifier_max)
            .filter(|&k| kr.generic_modifiers.contains(&rest[..k]))
            .last()
        else {
            break;
        };
        rest = &rest[len..];
    }
    rest
}

/// Whether a body's name opens with a numbered session of no listed body (`十届全国委员会`,
/// `第七届中央委员会`).
fn opens_with_session(rules: &crate::rules::Rules, f: &Fact) -> bool {
    let name = f.name.as_deref().unwrap_or(&f.text);
    let rest = name.strip_prefix('第').unwrap_or(name);
    let digits = rest
        .char_indices()
        .find(|(_, c)| !"一二三四五六七八九十百0123456789".contains(*c))
        .map_or(rest.len(), |(i, _)| i);
    let Some(body) = (rules.org.session_marks.iter())
        .find_map(|m| rest[digits..].strip_prefix(m.as_str()))
        .filter(|_| digits > 0)
    else {
        return false;
    };
    // (a session of a listed body is that body's: `第十四届全国人民代表大会`, `十四届全国政协…`)
    let listed_body = rules
        .org_list
        .mentions(body)
        .next()
        .is_some_and(|(a, _)| a == 0);
    !listed_body
}

/// Whether a body's name opens, after any place it names first, with a count of a kind
/// (`日本三大航运公司`, `[org] counted_marks`).
fn counts_a_kind(rules: &crate::rules::Rules, f: &Fact) -> bool {
    let name = f.name.as_deref().unwrap_or(&f.text);
    let after_place = (rules.places.mentions(name).next())
        .filter(|m| m.start == 0)
        .map_or(0, |m| m.end);
    let rest = &name[after_place..];
    let digits = rest
        .char_indices()
        .find(|(_, c)| !crate::numerals::is_chinese_numeral_char(*c))
        .map_or(rest.len(), |(i, _)| i);
    // (one numeral counts, `三大`, `十大`; two are an ordinal, `二十大新闻中心` of the 20th congress)
    let one = rest[..digits].chars().count() == 1;
    one && (rules.org.counted_marks.iter()).any(|m| rest[digits..].starts_with(m.as_str()))
}

/// `w` is one of the words of a rule list.
fn listed(list: &[String], w: &str) -> bool {
    // (the last bytes first: most words of a list differ there, and are told without memcmp)
    let last = w.as_bytes().last();
    list.iter()
        .any(|x| x.len() == w.len() && x.as_bytes().last() == last && x == w)
}

fn word_at<'t>(ctx: &Context<'t>, words: &[Word], k: usize) -> &'t str {
    word_of(ctx, &words[k])
}

fn word_of<'t>(ctx: &Context<'t>, w: &Word) -> &'t str {
    &ctx.text[w.start..w.end]
}

fn strip_leading(s: &str, words: &[String]) -> String {
    let mut t = s;
    for w in words {
        if let Some(r) = t.strip_prefix(w) {
            if r.chars().count() >= 2 {
                t = r;
            }
        }
    }
    t.to_string()
}

/// A level word jieba cut off a place and glued to the next one (`梅县/区白渡/镇`) goes back to
/// the place it ends (`梅县区` + `白渡镇`) when that makes a name the gazetteer holds.
fn take_level_word(ctx: &Context, before: &mut Fact, f: &mut Fact) {
    let (Some(name), Some(next)) = (before.name.as_deref(), f.name.as_deref()) else {
        return;
    };
    let Some(c) = next
        .chars()
        .next()
        .filter(|c| matches!(c, '区' | '县' | '市' | '旗'))
    else {
        return;
    };
    let longer = format!("{name}{c}");
    if next.chars().count() < 3
        || !f.text.starts_with(c)
        || ctx.rules.places.lookup(&longer).is_empty()
    {
        return;
    }
    let n = c.len_utf8();
    before.byte_end += n;
    before.text.push(c);
    before.name = Some(longer);
    f.byte_start += n;
    f.text = f.text[n..].to_string();
    f.name = Some(next[n..].to_string());
}

/// Keeps the longest of overlapping mentions of one kind, and drops regions inside other names.
fn resolve_overlaps(ctx: &Context, mut found: Vec<Fact>) -> Vec<Fact> {
    found.sort_by(|a, b| {
        a.byte_start
            .cmp(&b.byte_start)
            .then((b.byte_end - b.byte_start).cmp(&(a.byte_end - a.byte_start)))
    });
    let mut keep: Vec<Fact> = Vec::new();
    'outer: for f in found {
        // sorted by start: only the last few kept mentions can overlap this one
        for k in keep.iter().rev().take(16) {
            let overlaps = f.byte_start < k.byte_end && k.byte_start < f.byte_end;
            if !overlaps {
                continue;
            }
            let inside = f.byte_start >= k.byte_start && f.byte_end <= k.byte_end;
            if k.kind == f.kind
                || (f.kind == Kind::Region && inside)
                || (inside && f.kind == Kind::Project)
            {
                continue 'outer;
            }
        }
        keep.push(f);
    }
    keep.sort_by_key(|f| f.byte_start);
    // A region right after a region is its subdivision, one name with it when it needs it to be
    // known (`湖北自贸区` + `襄阳片区`, `乐山市` + `安谷镇`, `乐山市` + `市中区`, one of several);
    // a place the gazetteer knows alone is a name of its own (`河南` + `郑州`), and so is a
    // place abroad after its state or province (`印第安纳州` + `韦恩县`), named there as two,
    // and a town after its county or a village after its town (`涞水县` + `三坡镇`, `西山区` +
    // `百草村`); not a part of a place (`巴赫穆特` + `郊区`).
    let g = &ctx.rules.places;
    let state_abroad = |f: &Fact| {
        let name = f.name.as_deref().unwrap_or_default();
        let ids = g.lookup(name);
        let abroad = !ids.is_empty() && ids.iter().all(|&p| g.abroad(p));
        abroad && (name.ends_with('州') || name.ends_with('省'))
    };
    // (and so is a place abroad right after its country: `土耳其` + `哈塔伊省`)
    let country = |f: &Fact| {
        let ids = g.lookup(f.name.as_deref().unwrap_or_default());
        !ids.is_empty()
            && ids
                .iter()
                .all(|&p| g.place(p).level == crate::places::Level::Country)
    };
    let own_name = |f: &Fact| f.name.as_deref().is_some_and(|n| n.chars().count() >= 3);
    let mut merged: Vec<Fact> = Vec::with_capacity(keep.len());
    let mut joined: Vec<bool> = Vec::with_capacity(keep.len());
    for mut f in keep {
        if let Some(last) = merged.last_mut() {
            // (looked up only for two regions that touch: most mentions are not)
            let touching = last.kind == Kind::Region
                && f.kind == Kind::Region
                && last.byte_end == f.byte_start;
            if touching {
                take_level_word(ctx, last, &mut f);
            }
            let alone = || {
                f.name.as_deref().is_some_and(|n| g.lookup(n).len() == 1)
                    || ((state_abroad(last) || country(last)) && own_name(&f))
                    || super::places::next_level_down(
                        ctx.rules,
                        last.name.as_deref().unwrap_or_default(),
                        f.name.as_deref().unwrap_or_default(),
                    )
            };
            if touching && !alone() {
                *joined.last_mut().unwrap() = true;
                last.byte_end = f.byte_end;
                last.text.push_str(&f.text);
                let name = format!(
                    "{}{}",
                    last.name.clone().unwrap_or_default(),
                    f.name.clone().unwrap_or_default()
                );
                last.name = Some(name);
                continue;
            }
        }
        merged.push(f);
        joined.push(false);
    }
    // A 片区 is a region only as part of a larger one (`湖北自贸区襄阳片区`); alone it is a
    // planning area, not a place.
    merged
        .into_iter()
        .zip(joined)
        .filter(|(f, j)| {
            *j || !(f.kind == Kind::Region
                && f.name.as_deref().is_some_and(|n| n.ends_with("片区")))
        })
        .map(|(f, _)| f)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{find_entities, session, Context};
    use crate::fact::Kind;
    use crate::rules::Rules;
    use crate::segment::Segmenter;
    use std::sync::OnceLock;

    /// One rule set and segmenter for every test (building a segmenter takes a tenth of a second).
    fn tools() -> &'static (Rules, Segmenter) {
        static TOOLS: OnceLock<(Rules, Segmenter)> = OnceLock::new();
        TOOLS.get_or_init(|| {
            let rules = Rules::embedded();
            let seg = Segmenter::new(&rules);
            (rules, seg)
        })
    }

    /// The names of `kind` found in a one-paragraph text.
    fn names(text: &str, kind: Kind) -> Vec<String> {
        let (rules, seg) = tools();
        let mut ctx = Context::bare(text, rules, Some(2025));
        ctx.segmenter = Some(seg);
        let words = seg.words(text);
        find_entities(&ctx, seg, &words)
            .into_iter()
            .filter(|f| f.kind == kind)
            .filter_map(|f| f.name)
            .collect()
    }

    #[test]
    fn suffix_word_refuses_words_that_only_end_like_a_suffix() {
        assert!(
            names("基层干部积极参与。", Kind::Org).is_empty(),
            "干部 is no body"
        );
        assert!(
            names("形成合理布局。", Kind::Org).is_empty(),
            "布局 is no bureau"
        );
        assert!(
            !names("襄阳东风汽车产业园项目一期工程开工。", Kind::Project)
                .iter()
                .any(|n| n.ends_with("一期工程")),
            "a phase of a named project"
        );
    }

    #[test]
    fn grow_left_stops_at_titles_clause_verbs_and_other_bodies() {
        assert!(
            !names("省长周乃翔作政府工作报告。", Kind::Org)
                .iter()
                .any(|n| n.contains("周乃翔")),
            "a person's title ends every name"
        );
        assert_eq!(
            names(
                "2025年1月14日在湖南省第十四届人民代表大会第三次会议上",
                Kind::Org
            ),
            ["湖南省第十四届人民代表大会"],
            "a session and its owner"
        );
        assert!(
            names("撤销周先旺政协第十四届全国委员会委员资格", Kind::Org)
                .contains(&"政协第十四届全国委员会".to_string()),
            "the owner ends it"
        );
        assert!(
            names("工信部赛迪研究院发布报告。", Kind::Org).contains(&"赛迪研究院".to_string()),
            "two bodies named one after another"
        );
        assert_eq!(
            names("全区上下认真落实市委决策部署。", Kind::Org),
            ["市委"],
            "a state word of four characters is an adverbial"
        );
    }

    #[test]
    fn project_extensions_take_what_a_sum_or_a_clause_head_names() {
        assert!(names(
            "总投资3.4亿元的镁合金轻量化零部件加工项目开工。",
            Kind::Project
        )
        .contains(&"镁合金轻量化零部件加工项目".to_string()));
        assert!(names(
            "关于东风液压驾驶室举升翻转油缸油泵装配自动化项目，已签订合同。",
            Kind::Project
        )
        .contains(&"东风液压驾驶室举升翻转油缸油泵装配自动化项目".to_string()));
        assert!(
            names("张湾区项目建设加快。", Kind::Project).is_empty(),
            "a region's projects are not a named one"
        );
    }

    #[test]
    fn acceptance_refuses_kinds_counts_and_slogans() {
        assert!(
            names("推动公立医院改革。", Kind::Org).is_empty(),
            "a kind of body"
        );
        assert!(
            names("各县区人民政府要落实责任。", Kind::Org).is_empty(),
            "every body"
        );
        assert!(
            names("加快建设“三港一中心”。", Kind::Project).is_empty(),
            "a slogan counting its parts"
        );
        assert!(
            names("实施十大产业项目。", Kind::Project).is_empty(),
            "a programme counted in numerals"
        );
        assert_eq!(names("以色列军队当天空袭加沙。", Kind::Org), ["以色列军队"]);
        assert!(
            names("俄方在该地点部署军队。", Kind::Org).is_empty(),
            "armed forces need their country"
        );
    }

    #[test]
    fn sessions_are_ordinals_with_届() {
        assert_eq!(session("第十四届"), Some("第十四届".len()));
        assert_eq!(session("十四届"), Some("十四届".len()));
        assert_eq!(session("第3届"), Some("第3届".len()));
        assert_eq!(session("本届"), None);
        assert_eq!(session("届"), None);
    }
}
