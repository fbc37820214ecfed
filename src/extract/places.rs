//! Places: region facts from the gazetteer (`crate::places`), each placed in its hierarchy, and
//! the place every figure is about (its clause, its entity, else the document's own place).
//! This is the one place where a figure's region is decided; search, export and check read it.
use super::cursor::{ends_with_word, is_han, starts_with_word};
use super::Context;
use crate::fact::{Fact, Kind, PlaceRef};
use crate::places::{Form, Gazetteer, Level};
use crate::rules::Rules;
use crate::segment::Word;

/// What ends a clause inside a sentence, for the places of a clause and of a paragraph's lead.
const CLAUSE_MARKS: [char; 6] = ['，', ',', '；', ';', '：', ':'];

/// Region facts for the gazetteer's names in one paragraph (`words` are jieba's words of it).
/// A name counts when jieba's words agree with it at both ends (`海西` is not taken from
/// `青海西宁`), when no word after it makes it part of another name (`重庆路`), and, for a short
/// name that is an ordinary word (`和平`), only in full.
pub fn find_places(ctx: &Context, words: &[Word]) -> Vec<Fact> {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return Vec::new();
    };
    let (a, b) = (first.start, last.end);
    let g = &ctx.rules.places;
    let pr = &ctx.rules.place_rules;
    let mut out = Vec::new();
    let mentions: Vec<crate::places::Mention> = g.mentions(&ctx.text[a..b]).collect();
    let tiled = tiled_names(ctx, words, a, &mentions);
    for (k, m) in mentions.iter().enumerate() {
        let (s, e, m) = shorter_at_word_end(ctx, words, a, m);
        let starts = tiled[k] != Tile::No || words.binary_search_by_key(&s, |w| w.start).is_ok();
        let Some(wi) = words
            .binary_search_by_key(&e, |w| w.end)
            .ok()
            .or_else(|| in_report_title(ctx, words, e))
            .or_else(|| (tiled[k] != Tile::No).then(|| words.partition_point(|w| w.end < e)))
        else {
            continue;
        };
        if !starts {
            continue;
        }
        let name = g.name(m.name);
        if tiled[k] == Tile::Inner {
            // (followed by the next place of its run: nothing after it can make it part of
            // another name)
            let mut f = Fact::new(Kind::Region, &ctx.text[s..e], s, e);
            f.name = Some(name.text.clone());
            out.push(f);
            continue;
        }
        // (a county named by a common word, `城区`, `郊区`: only after its city, `阳泉市城区`)
        if name.form == Form::Full && tiled[k] != Tile::Last && pr.not_places.contains(&name.text) {
            continue;
        }
        // (looked up only for a short name: most mentions are full ones)
        // (not a verb before another: `甘肃合作发展`, `辽宁振兴发展` are no 合作市, 振兴区)
        let under_parent = name.form != Form::Full
            && after_its_parent(ctx, name, s)
            && ctx
                .segmenter
                .is_none_or(|seg| !verb_phrase(ctx, seg, words, wi));
        // (a county's short name glued to a city or province of another province is the tail
        // of another word: `贵阳东至广州南站` is 贵阳东 station, not 东至县 of Anhui)
        if name.form != Form::Full && glued_to_another_province(ctx, name, s) {
            continue;
        }
        if name.form != Form::Full
            && !under_parent
            && !short_name_stands(ctx.rules, ctx.segmenter, name, &ctx.text[e..b])
            && !paired_city(ctx, name, s, e)
        {
            continue;
        }
        if ctx.rules.org.known_set.contains(name.text.as_str()) {
            continue;
        }
        if opens_name(ctx, words, wi) {
            continue;
        }
        // a city's or county's short name running on into more words (`济宁高…`, `十堰生产…`)
        // is as often the start of a name as the place
        let local = name.form != Form::Full
            && name
                .places
                .iter()
                .all(|&p| matches!(g.place(p).level, Level::Prefecture | Level::County));
        // (a city's short name that jieba knows as a place opens a phrase as the city:
        // `厦门综合改革试点`, `江门中微子实验`; a name it opens stands as the longer mention)
        let city = name
            .places
            .iter()
            .all(|&p| g.place(p).level == Level::Prefecture)
            && ctx.segmenter.is_some_and(|seg| {
                seg.tag_of(&name.text) == "ns" && opens_phrase(ctx, seg, words, wi)
            })
            && !pr.pair_names.iter().any(|n| *n == name.text);
        if local
            && !city
            && !under_parent
            && ctx
                .segmenter
                .is_some_and(|seg| !super::entities::stands_alone(ctx, seg, words, wi))
            && !opens_list_of_places(ctx, s, e, b)
        {
            continue;
        }
        if local && in_foreign_name(ctx, words, s, wi) || given_name(ctx, words, s, e) {
            continue;
        }
        let (before, after) = (ctx.text[a..s].as_bytes(), ctx.text[e..b].as_bytes());
        if pr
            .not_before
            .iter()
            .any(|w| starts_with_word(after, w.as_bytes()) && !opens_longer_word(ctx, e, w))
            || pr
                .not_after
                .iter()
                .any(|w| ends_with_word(before, w.as_bytes()))
        {
            continue;
        }
        let country = name
            .places
            .iter()
            .any(|&p| g.place(p).level == Level::Country);
        if country
            && pr
                .country_not_before
                .iter()
                .any(|w| starts_with_word(after, w.as_bytes()))
        {
            continue;
        }
        let mut f = Fact::new(Kind::Region, &ctx.text[s..e], s, e);
        f.name = Some(name.text.clone());
        out.push(f);
    }
    out.extend(abbreviated_before_year(ctx, a, b));
    out
}

/// Towns, villages and communities the gazetteer does not list, named right after a county or a
/// city it does (`涞水县三坡镇`, `青秀区凤岭北社区`), and a village right after such a town
/// (`十万山瑶族乡木排村`). jieba cuts them apart (`凤/岭北/社区`), so they are read from their
/// characters: two to five before one of `[places] small_area_ends`, ending where a word ends,
/// with no word of `small_area_stop_tags` and no larger place's level word among them.
pub fn small_areas_after(
    ctx: &Context,
    seg: &crate::segment::Segmenter,
    words: &[Word],
    found: &[Fact],
) -> Vec<Fact> {
    let g = &ctx.rules.places;
    let mut out = Vec::new();
    for f in found.iter().filter(|f| f.kind == Kind::Region) {
        // (by its full name: after a short one, `无锡梅里古镇`, `眉山柳江古镇`, a town is as often
        // a sight named with its city)
        let name = f.name.as_deref().unwrap_or_default();
        let ids = g.lookup(name);
        let county_or_city = !ids.is_empty()
            && (ids.iter()).all(|&p| {
                let p = g.place(p);
                matches!(p.level, Level::Prefecture | Level::County) && p.name == name
            });
        if !county_or_city {
            continue;
        }
        let mut end = f.byte_end;
        let mut parent_is_town = false;
        while let Some(area) = small_area_at(ctx, seg, words, end, parent_is_town) {
            end = area.byte_end;
            let town = level_by_suffix(ctx.rules, area.name.as_deref().unwrap_or_default());
            parent_is_town = town == Level::Town;
            out.push(area);
            if !parent_is_town {
                break;
            }
        }
    }
    out
}

/// The town or village whose name starts at `start` (a word's start), if one does; after a town
/// only a village or community.
fn small_area_at(
    ctx: &Context,
    seg: &crate::segment::Segmenter,
    words: &[Word],
    start: usize,
    after_town: bool,
) -> Option<Fact> {
    let pr = &ctx.rules.place_rules;
    let rr = &ctx.rules.region;
    let first = words.binary_search_by_key(&start, |w| w.start).ok()?;
    let mut chars = 0;
    for w in &words[first..] {
        let word = &ctx.text[w.start..w.end];
        if !word.chars().all(is_han)
            || pr
                .small_area_stop_tags
                .iter()
                .any(|t| t == seg.tag_of(word))
        {
            return None;
        }
        chars += word.chars().count();
        if chars > 7 {
            return None;
        }
        let name = &ctx.text[start..w.end];
        let Some(end) = pr
            .small_area_ends
            .iter()
            .find(|e| name.ends_with(e.as_str()))
        else {
            continue;
        };
        let stem = &name[..name.len() - end.len()];
        let stem_chars = stem.chars().count();
        let village = !pr.town_ends.iter().any(|t| t == end);
        let larger = (pr.small_area_larger_levels.iter()).any(|l| stem.contains(l.as_str()));
        if !(2..=5).contains(&stem_chars) || larger || (after_town && !village) {
            return None;
        }
        // (`各乡镇`, `三个村`, `全面启动社区`: which or how many, not a name; nor a word of
        // jieba's own that it knows as no place)
        let first_word = &ctx.text[start..words[first].end];
        // (nor a sight, `古镇`, nor a name that opens with a province or a city, `台湾小镇`)
        let sight = pr
            .small_area_not_ends
            .iter()
            .any(|e| name.ends_with(e.as_str()));
        let g = &ctx.rules.places;
        let placed = g.mentions(stem).next().is_some_and(|m| {
            m.start == 0
                && (g.name(m.name).places.iter())
                    .all(|&p| matches!(g.place(p).level, Level::Province | Level::Prefecture))
        });
        let counted = sight
            || placed
            || rr.quantifiers.iter().any(|q| stem.starts_with(q.as_str()))
            || ctx.rules.left_stop.contains(first_word)
            || (pr.small_area_not_first.iter()).any(|c| stem.starts_with(c.as_str()))
            || stem.contains('个')
            || (seg.has_word(name) && seg.tag_of(name) != "ns");
        if rr.generic.contains(name) || counted || !ctx.rules.places.lookup(name).is_empty() {
            return None;
        }
        let mut f = Fact::new(Kind::Region, name, start, w.end);
        f.name = Some(name.to_string());
        return Some(f);
    }
    None
}

/// A mention ending inside a word whose level word belongs to the word after it (`成都/市中心`)
/// is the text without that level word, when it names the same place and a word ends there; it
/// keeps the full name (`成都市`). Else the mention as found.
fn shorter_at_word_end(
    ctx: &Context,
    words: &[Word],
    a: usize,
    m: &crate::places::Mention,
) -> (usize, usize, crate::places::Mention) {
    let (s, e) = (a + m.start, a + m.end);
    let at_word_end = |x: usize| words.binary_search_by_key(&x, |w| w.end).is_ok();
    if at_word_end(e) {
        return (s, e, *m);
    }
    let g = &ctx.rules.places;
    let text = &ctx.text[s..e];
    let full = g.name(m.name);
    let shorter = (ctx.rules.region.suffixes.iter())
        .filter_map(|suffix| text.strip_suffix(suffix.as_str()))
        .find(|t| {
            !t.is_empty()
                && at_word_end(s + t.len())
                && g.lookup(t).iter().any(|p| full.places.contains(p))
        });
    match shorter {
        Some(t) => {
            let end = m.start + t.len();
            (s, s + t.len(), crate::places::Mention { end, ..*m })
        }
        None => (s, e, *m),
    }
}

/// Whether a one-character word of `[places] not_before` right after a place at `at` opens a
/// common word with the character after it (`湖北/人民`, `北京/人口`, `加沙地带/人道`, as often as
/// `[places] ordinary_word_frequency`): the place then stands, where `湖北人` names the people
/// (and `湖北人杰…`, a rare word, a company).
fn opens_longer_word(ctx: &Context, at: usize, w: &str) -> bool {
    let rest = &ctx.text[at + w.len()..];
    let (Some(seg), Some(next)) = (ctx.segmenter, rest.chars().next()) else {
        return false;
    };
    w.chars().count() == 1
        && is_han(next)
        && seg.frequency(&format!("{w}{next}")) >= ctx.rules.place_rules.ordinary_word_frequency
}

/// Where a gazetteer name stands in a run of full names that follow each other.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tile {
    /// Not in such a run, or the run does not agree with jieba's words at its ends.
    No,
    /// In a run, with the next place right after it.
    Inner,
    /// The run's last place.
    Last,
}

/// Full names that follow each other with no gap (`法国巴黎`, `海东市民和县`) name a place and
/// the place in it, though jieba cut the run otherwise (`法国巴黎` one word, `海东/市民/和县`):
/// the run counts when it starts and ends where jieba's words do and each name in it is a full
/// one of two characters or more.
fn tiled_names(
    ctx: &Context,
    words: &[Word],
    a: usize,
    mentions: &[crate::places::Mention],
) -> Vec<Tile> {
    let g = &ctx.rules.places;
    // (a province's or city's short name is as sure as a full one: `青海海东市民和县`)
    let full = |m: &crate::places::Mention| {
        let n = g.name(m.name);
        let wide = || {
            n.places
                .iter()
                .all(|&p| matches!(g.place(p).level, Level::Province | Level::Prefecture))
        };
        n.text.chars().count() >= 2 && (n.form == Form::Full || (n.form == Form::Short && wide()))
    };
    let mut out = vec![Tile::No; mentions.len()];
    let mut k = 0;
    while k < mentions.len() {
        let mut j = k;
        while j + 1 < mentions.len() && mentions[j].end == mentions[j + 1].start {
            j += 1;
        }
        let (s, e) = (a + mentions[k].start, a + mentions[j].end);
        if j > k
            && mentions[k..=j].iter().all(full)
            && words.binary_search_by_key(&s, |w| w.start).is_ok()
            && words.binary_search_by_key(&e, |w| w.end).is_ok()
        {
            out[k..j].fill(Tile::Inner);
            out[j] = Tile::Last;
        }
        k = j + 1;
    }
    out
}

/// Whether a place's name right before `s` names the province or city a short name's place lies
/// in (`海南文昌`, `山西运城`): the pair is how the text places it, whatever else the word means.
fn after_its_parent(ctx: &Context, name: &crate::places::Name, s: usize) -> bool {
    let g = &ctx.rules.places;
    let above = |p: usize, q: usize| {
        let mut up = g.place(p).parent;
        while let Some(u) = up {
            if u == q {
                return true;
            }
            up = g.place(u).parent;
        }
        false
    };
    names_ending_at(ctx, s)
        .any(|before| (before.places.iter()).any(|&q| name.places.iter().any(|&p| above(p, q))))
}

/// The gazetteer's names that end right at `s` (within eight characters before it).
fn names_ending_at<'c>(
    ctx: &'c Context,
    s: usize,
) -> impl Iterator<Item = &'c crate::places::Name> + 'c {
    let g = &ctx.rules.places;
    let from = super::cursor::chars_back(ctx.text, s, 8);
    (g.mentions(&ctx.text[from..s]))
        .filter(move |m| from + m.end == s)
        .map(move |m| g.name(m.name))
}

/// True when every place of a county's name lies outside the province of a city or province
/// named right before it (`贵阳|东至`: 东至县 is Anhui's). A county before it (`太湖|宜兴`) or a
/// country (`中国|二连浩特`) may be a word of its own, and decides nothing.
fn glued_to_another_province(ctx: &Context, name: &crate::places::Name, s: usize) -> bool {
    let g = &ctx.rules.places;
    let province = |mut p: usize| loop {
        match g.place(p).parent {
            Some(u) if g.place(p).level > Level::Province => p = u,
            _ => return p,
        }
    };
    let wide = |q: usize| matches!(g.place(q).level, Level::Province | Level::Prefecture);
    (name.places.iter()).all(|&p| g.place(p).level == Level::County)
        && names_ending_at(ctx, s).any(|before| {
            (before.places.iter()).all(|&q| wide(q))
                && (before.places.iter())
                    .all(|&q| name.places.iter().all(|&p| province(p) != province(q)))
        })
}

/// True when the word at `wi` and the next are both verbs (`合作/发展`, `振兴/发展`): the name
/// is a word of the sentence, not a place.
fn verb_phrase(ctx: &Context, seg: &crate::segment::Segmenter, words: &[Word], wi: usize) -> bool {
    let verbal = |k: usize| {
        words.get(k).is_some_and(|w| {
            let tag = seg.tag_of(&ctx.text[w.start..w.end]);
            super::entities::is_verb(tag) || tag == "vn"
        })
    };
    verbal(wi) && verbal(wi + 1)
}

/// A city's short name the rules list as a word of its own (`中山`, `黄山`) is the city when it
/// is paired with another place: `深圳至中山`, `深圳、中山、广州`, `广东中山`.
fn paired_city(ctx: &Context, name: &crate::places::Name, s: usize, e: usize) -> bool {
    let g = &ctx.rules.places;
    if !ctx
        .rules
        .place_rules
        .not_places
        .contains(name.text.as_str())
        || !name
            .places
            .iter()
            .any(|&p| g.place(p).level == Level::Prefecture)
    {
        return false;
    }
    const JOINS: [&str; 4] = ["至", "、", "和", "与"];
    let standing = |m: &crate::places::Mention| {
        !ctx.rules
            .place_rules
            .not_places
            .contains(g.name(m.name).text.as_str())
    };
    // a place (a province, when `province`) whose name ends at `end`
    let place_ends_at = |end: usize, province: bool| {
        let from = super::cursor::chars_back(ctx.text, end, 6);
        g.mentions(&ctx.text[from..end]).any(|m| {
            from + m.end == end
                && standing(&m)
                && (!province
                    || g.name(m.name)
                        .places
                        .iter()
                        .any(|&p| g.place(p).level == Level::Province))
        })
    };
    let place_starts_at = |start: usize| {
        let to = super::cursor::chars_ahead(ctx.text, start, 6);
        g.mentions(&ctx.text[start..to])
            .any(|m| m.start == 0 && standing(&m))
    };
    let before = JOINS
        .iter()
        .find_map(|j| ctx.text[..s].strip_suffix(j))
        .map(str::len);
    let after = JOINS
        .iter()
        .find_map(|j| ctx.text[e..].strip_prefix(j))
        .map(|rest| ctx.text.len() - rest.len());
    before.is_some_and(|p| place_ends_at(p, false))
        || after.is_some_and(place_starts_at)
        || place_ends_at(s, true)
}

/// Whether the words after a city's short name at `wi` make a phrase it opens as the city
/// (`厦门综合改革试点`) rather than a name of its own: the next word is no proper name
/// (`咸宁/光谷/南科技城`) and no piece of a word a line break cut (`济宁高⏎新区`).
fn opens_phrase(ctx: &Context, seg: &crate::segment::Segmenter, words: &[Word], wi: usize) -> bool {
    let Some(next) = words.get(wi + 1) else {
        return true;
    };
    let w = &ctx.text[next.start..next.end];
    let cut = w.chars().count() == 1 && ctx.text[next.end..].starts_with(['\n', '\r']);
    !cut && !matches!(
        seg.tag_of(w),
        "ns" | "nz" | "nr" | "nrt" | "nrfg" | "nt" | "x"
    )
}

/// A short name opening an item of a list of items that open with places (`邵阳邵虹基板、
/// 益阳信维…、娄底硅钢`): each is the place of its item, whatever words follow it. The item
/// follows `、`, or the next item of its clause (before `b`) opens with a place; and another
/// place of the same province is named in the clause (`淄博陶琉、章丘铁锅、琅琊草编`), which a
/// common word that is also a place's name (`大城细管、大城智管`, `阳明文化`) lacks.
fn opens_list_of_places(ctx: &Context, s: usize, e: usize, b: usize) -> bool {
    let g = &ctx.rules.places;
    let rest = &ctx.text[e..b];
    let clause_end = e + rest
        .find(['，', '。', '；', '：', ',', ';'])
        .unwrap_or(rest.len());
    let listed = ctx.text[..s].ends_with('、')
        || ctx.text[e..clause_end].find('、').is_some_and(|k| {
            g.mentions(&ctx.text[e + k + '、'.len_utf8()..clause_end])
                .next()
                .is_some_and(|m| m.start == 0)
        });
    if !listed {
        return false;
    }
    let clause_start = super::cursor::clause_start(ctx.text, s);
    let own_name = &ctx.text[s..e];
    let own: Vec<usize> = g
        .mentions(own_name)
        .next()
        .map(|m| {
            g.name(m.name)
                .places
                .iter()
                .filter_map(|&p| g.province_of(p))
                .collect()
        })
        .unwrap_or_default();
    let clause = &ctx.text[clause_start..clause_end];
    g.mentions(clause).any(|m| {
        &clause[m.start..m.end] != own_name
            && g.name(m.name)
                .places
                .iter()
                .filter_map(|&p| g.province_of(p))
                .any(|p| own.contains(&p))
    })
}

/// A two-character short name with a transliteration character glued on as a one-character
/// word (`斯/凯里/特`, `阿里/米`) is inside a foreign name. `wi` is the name's last word.
fn in_foreign_name(ctx: &Context, words: &[Word], s: usize, wi: usize) -> bool {
    let chars = &ctx.rules.place_rules.transliteration_chars;
    if ctx.text[s..words[wi].end].chars().count() != 2 {
        return false;
    }
    let lone = |w: Option<&Word>| {
        w.is_some_and(|w| {
            let mut cs = ctx.text[w.start..w.end].chars();
            matches!((cs.next(), cs.next()), (Some(c), None) if chars.contains(&c))
        })
    };
    let first = words.partition_point(|w| w.start < s);
    let before = first
        .checked_sub(1)
        .map(|i| &words[i])
        .filter(|w| w.end == s);
    let after = words.get(wi + 1).filter(|w| w.start == words[wi].end);
    lone(before) || lone(after)
}

/// A two-character place right after a surname that follows a person's title is the person's
/// given name (`所长/韩/江海`): a word of one Han character between a word ending in one of
/// `[org] person_titles` and the place.
fn given_name(ctx: &Context, words: &[Word], s: usize, e: usize) -> bool {
    let text = ctx.text;
    let k = words.partition_point(|w| w.end <= s);
    if text[s..e].chars().count() != 2 || k < 2 || words[k - 1].end != s {
        return false;
    }
    let (surname, title) = (&words[k - 1], &words[k - 2]);
    let one = &text[surname.start..surname.end];
    // (a function word is no surname: `主席/和/中国`, `总书记/在/浙江`)
    let function_word = ctx.segmenter.is_some_and(|seg| {
        let tag = seg.tag_of(one);
        tag.starts_with(['p', 'c', 'u', 'd', 'r', 'v', 'f', 'y', 'e', 'm'])
    });
    let one_han =
        one.chars().count() == 1 && one.chars().all(super::cursor::is_han) && !function_word;
    let before = &text[title.start..title.end];
    one_han
        && title.end == surname.start
        && (ctx.rules.org.person_titles.iter()).any(|t| before.ends_with(t.as_str()))
}

/// The word that holds a place's end when it is the issuing body of a report named in a title
/// (`湖南省政府/工作报告`: jieba's one word for place and body), whose place is the report's.
fn in_report_title(ctx: &Context, words: &[Word], e: usize) -> Option<usize> {
    let wi = words.partition_point(|w| w.end <= e);
    let after = &ctx.text[words.get(wi)?.end..];
    ctx.rules
        .org
        .title_after
        .iter()
        .any(|t| after.starts_with(t.as_str()))
        .then_some(wi)
}

/// A province's one-character name opening a clause right before a year (`粤2025年进出口…`,
/// a headline's or a claim's shorthand): the province. Anywhere else such a character is too
/// often a word of its own (`京津冀`, `苏州`), and some are words even there (`新`, in the
/// rules' `not_places`).
fn abbreviated_before_year(ctx: &Context, a: usize, b: usize) -> Vec<Fact> {
    let g = &ctx.rules.places;
    let k = ctx.years.partition_point(|&(p, _)| p < a);
    let mut out = Vec::new();
    for &(y, _) in ctx.years[k..].iter().take_while(|&&(p, _)| p < b) {
        let Some((i, c)) = ctx.text[a..y]
            .char_indices()
            .next_back()
            .map(|(i, c)| (a + i, c))
        else {
            continue;
        };
        let e = i + c.len_utf8();
        let Some(id) = g.abbreviated(&ctx.text[i..e]) else {
            continue;
        };
        if ctx.rules.place_rules.not_places.contains(&ctx.text[i..e]) {
            continue;
        }
        if ctx.text[..i]
            .chars()
            .next_back()
            .is_none_or(|p| p.is_whitespace() || "，。；：、！？“（(,;:".contains(p))
        {
            let mut f = Fact::new(Kind::Region, &ctx.text[i..e], i, e);
            f.name = Some(g.place(id).name.clone());
            out.push(f);
        }
    }
    out
}

/// True when the place opens the name of something else: the words after it, up to a verb, a
/// function word or punctuation, end like an event, a body or a works (`巴黎奥运会`,
/// `第六届中国创新挑战赛`, `十堰生产服务型国家物流枢纽工程`), though that name was not found itself.
fn opens_name(ctx: &Context, words: &[Word], wi: usize) -> bool {
    let Some(seg) = ctx.segmenter else {
        return false;
    };
    let ends = &ctx.rules.place_rules.name_ends;
    let person = |tag: &str| matches!(tag, "nr" | "nrt" | "nrfg");
    for (k, w) in words.iter().enumerate().skip(wi + 1).take(8) {
        let word = &ctx.text[w.start..w.end];
        if !word.chars().all(is_han)
            || ctx.rules.left_stop.contains(word)
            || ctx.rules.place_rules.parts_after.iter().any(|p| p == word)
            || !ctx.rules.places.lookup(word).is_empty()
        {
            return false;
        }
        // (a one-character end in a verbal noun is no name's end: `发展`, `进展`; nor in a word
        // jieba only guessed before a person's name, `胡赛/x诺夫/nrt`; jieba tags events as
        // names, `公开赛/nr`, so a name's tag alone decides nothing)
        let next_is_person =
            || (words.get(k + 1)).is_some_and(|n| person(seg.tag_of(&ctx.text[n.start..n.end])));
        let no_end = || match seg.tag_of(word) {
            "vn" | "v" => true,
            "x" => next_is_person(),
            _ => false,
        };
        if ends.iter().any(|e| {
            ends_with_word(word.as_bytes(), e.as_bytes())
                && (e.chars().count() > 1 || word.len() == e.len() || !no_end())
        }) {
            // (`湖南省政府工作报告`: a report's title, whose place is a place)
            return !ctx
                .rules
                .org
                .title_after
                .iter()
                .any(|t| ctx.text[w.end..].starts_with(t.as_str()));
        }
        if super::entities::is_verb(seg.tag_of(word)) {
            return false;
        }
    }
    false
}

/// A short name right before a level word (`溪口` + `镇`) names another place than its own.
fn names_another(rules: &Rules, name: &crate::places::Name, after: &str) -> bool {
    name.form != Form::Full
        && rules
            .place_rules
            .level_words
            .iter()
            .any(|w| starts_with_word(after.as_bytes(), w.as_bytes()))
}

/// A short or former name stands for its place unless a level word follows it (`溪口` + `镇`
/// is another place than 溪口乡), the rules list it as an ordinary word, or every place it names
/// is a county and jieba knows it as a frequent word of another kind.
fn short_name_stands(
    rules: &Rules,
    seg: Option<&crate::segment::Segmenter>,
    name: &crate::places::Name,
    after: &str,
) -> bool {
    let pr = &rules.place_rules;
    if pr.not_places.contains(name.text.as_str()) || names_another(rules, name, after) {
        return false;
    }
    let g = &rules.places;
    // (the province itself keeps its short name: `台湾`)
    if name.places.iter().all(|&p| {
        g.place(p).level > Level::Province
            && g.place(p).code.as_deref().is_some_and(|c| {
                pr.full_names_only_under
                    .iter()
                    .any(|u| c.starts_with(u.as_str()))
            })
    }) {
        return false;
    }
    let counties = name
        .places
        .iter()
        .all(|&p| g.place(p).level >= Level::County);
    let Some(seg) = seg else { return true };
    !(counties
        && seg.tag_of(&name.text) != "ns"
        && seg.frequency(&name.text) >= pr.ordinary_word_frequency)
}

/// A suffix growth's name the gazetteer does not hold is kept only when it is no ordinary word
/// (`山村`, `城中村`) and ends like a place below the county or a zone; `宫殿区`, `东区` are parts
/// of something, not places.
pub fn keep_grown(ctx: &Context, seg: &crate::segment::Segmenter, name: &str) -> bool {
    let g = &ctx.rules.places;
    if !g.lookup(name).is_empty() {
        return true;
    }
    let leading_known = g.mentions(name).next().is_some_and(|m| m.start == 0);
    if seg.has_word(name) && !leading_known {
        return false;
    }
    !(name.ends_with('区') && level_by_suffix(ctx.rules, name) != Level::Zone && !leading_known)
}

/// True when `child` (a place the gazetteer does not hold) is a town or a village under the
/// county `parent`, or a village under the town `parent`: the levels below, which a reader names as a
/// place of its own after its parent (`涞水县三坡镇`, `大河家镇康吊村`). A town right after a city
/// skips its county and is named with the city (`乐山市安谷镇`); a village after its city is a
/// place of its own (`山西运城庄上村`).
pub fn next_level_down(rules: &Rules, parent: &str, child: &str) -> bool {
    let g = &rules.places;
    if !g.lookup(child).is_empty() {
        return false;
    }
    let ids = g.lookup(parent);
    let parent_level = if ids.is_empty() {
        level_by_suffix(rules, parent)
    } else if ids.iter().all(|&p| g.place(p).level == Level::County) {
        Level::County
    } else if ids.iter().all(|&p| g.place(p).level == Level::Prefecture) {
        Level::Prefecture
    } else {
        return false;
    };
    let village = child.ends_with('村') || child.ends_with("社区");
    match (parent_level, level_by_suffix(rules, child)) {
        (Level::County, Level::Town) => true,
        (Level::County | Level::Town, _) => village,
        // (a village a report names with its city, `威海烟墩角村`, skipping its county and town)
        (Level::Prefecture, Level::Other) => village,
        _ => false,
    }
}

fn level_by_suffix(rules: &Rules, name: &str) -> Level {
    let pr = &rules.place_rules;
    if pr.zone_ends.iter().any(|z| name.ends_with(z.as_str())) {
        Level::Zone
    } else if pr.town_ends.iter().any(|z| name.ends_with(z.as_str())) {
        Level::Town
    } else if name.ends_with('省') || name.ends_with("自治区") {
        Level::Province
    } else if name.ends_with("社区") {
        Level::Other
    } else if name.ends_with('县') || name.ends_with('区') {
        Level::County
    } else {
        Level::Other
    }
}

fn place_ref(g: &Gazetteer, id: usize) -> PlaceRef {
    let p = g.place(id);
    PlaceRef {
        name: p.name.clone(),
        code: p.code.clone(),
        level: p.level.as_str(),
        parents: g.parents(id),
    }
}

/// What a region's name (as written, possibly several places run together: `乐山市安谷镇`)
/// means: the last place the gazetteer finds in it, chosen among namesakes by the places before
/// it and then `context`; a remainder after it (`安谷镇`) is a place below it. `None` when the
/// name holds no known place and is no place by its form.
fn resolve(rules: &Rules, name: &str, context: &[usize]) -> (Option<usize>, Option<PlaceRef>) {
    let g = &rules.places;
    let run = run_of_places(rules, name, context);
    if run.undecided_to_end {
        return (None, Some(unknown(rules, name, None)));
    }
    let last = run.places.last().copied();
    // (a level word after a place is its own: `洛杉矶市` is 洛杉矶, no place `市` below it)
    let level_only = last.is_some()
        && rules
            .place_rules
            .level_words
            .iter()
            .any(|w| *w == name[run.end..]);
    if run.end == name.len() || level_only {
        return (last, last.map(|id| place_ref(g, id)));
    }
    (None, Some(unknown(rules, &name[run.end..], last)))
}

/// The places named one after another from the start of a name (`湖北省十堰市…`).
struct Run {
    places: Vec<usize>,
    /// Where the run stops.
    end: usize,
    /// The run stopped at a namesake it could not decide that ends the name.
    undecided_to_end: bool,
}

/// Walks the gazetteer's names from the start of `name` while they follow each other, each
/// chosen among namesakes by the places before it and then `context`.
fn run_of_places(rules: &Rules, name: &str, context: &[usize]) -> Run {
    let g = &rules.places;
    let mut run = Run {
        places: Vec::new(),
        end: 0,
        undecided_to_end: false,
    };
    for m in g.mentions(name) {
        let found = g.name(m.name);
        // a short name opening a name stands for its place only as it would in running text
        // (`江南建材集团` is no company of 江南区)
        // (a listed word that ends the name was found standing as a place in its text: `深圳至中山`)
        let listed_whole = m.end == name.len()
            && rules.place_rules.not_places.contains(found.text.as_str())
            && found
                .places
                .iter()
                .any(|&p| g.place(p).level == Level::Prefecture);
        if m.start != run.end
            || (found.form != Form::Full
                && !listed_whole
                && !short_name_stands(rules, None, found, &name[m.end..]))
        {
            break;
        }
        let mut ctx: Vec<usize> = run.places.iter().rev().copied().collect();
        ctx.extend_from_slice(context);
        let chosen = if listed_whole {
            let cities: Vec<usize> = found
                .places
                .iter()
                .copied()
                .filter(|&p| g.place(p).level == Level::Prefecture)
                .collect();
            g.choose(&cities, &ctx)
        } else {
            g.choose(&found.places, &ctx)
        };
        let Some(id) = chosen else {
            run.undecided_to_end = m.end == name.len();
            break;
        };
        run.places.push(id);
        run.end = m.end;
    }
    run
}

/// A place the gazetteer does not hold (a town, a village, a zone approved after 2018), under
/// the known place before it when there is one.
fn unknown(rules: &Rules, name: &str, under: Option<usize>) -> PlaceRef {
    let g = &rules.places;
    let parents = under
        .map(|id| {
            let mut v = g.parents(id);
            v.push(g.place(id).name.clone());
            v
        })
        .unwrap_or_default();
    PlaceRef {
        name: name.to_string(),
        code: None,
        level: level_by_suffix(rules, name).as_str(),
        parents,
    }
}

/// The document's own place: the places its title names (the most specific of the first run:
/// `十堰市张湾区…通报` → 张湾区), else its issuer's; none for a news file of many stories.
pub fn document_place(
    rules: &Rules,
    seg: Option<&crate::segment::Segmenter>,
    title: Option<&str>,
    issuer: Option<&str>,
    news: bool,
) -> Option<PlaceRef> {
    if news {
        return None;
    }
    let g = &rules.places;
    [title, issuer].into_iter().flatten().find_map(|t| {
        let mut chain: Vec<usize> = Vec::new();
        let mut end = None;
        for m in g.mentions(t) {
            if end.is_some_and(|e| e != m.start) {
                break;
            }
            let name = g.name(m.name);
            if name.form != Form::Full && !short_name_stands(rules, seg, name, &t[m.end..]) {
                continue;
            }
            let ctx: Vec<usize> = chain.iter().rev().copied().collect();
            if let Some(id) = g.choose(&name.places, &ctx) {
                chain.push(id);
                end = Some(m.end);
            }
        }
        chain.last().map(|&id| place_ref(g, id))
    })
}

/// Places every region fact in its hierarchy (namesakes decided by the places named nearest
/// and then the document's own place).
pub fn place_regions(ctx: &Context, facts: &mut [Fact], doc_place: Option<&PlaceRef>) {
    let g = &ctx.rules.places;
    let doc_ctx: Vec<usize> = doc_place
        .and_then(|p| p.code.as_deref())
        .and_then(|c| g.by_code(c))
        .into_iter()
        .collect();
    // first the names that need no context, so that they can decide the namesakes
    let mut known: Vec<(usize, usize)> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for (i, f) in facts
        .iter_mut()
        .enumerate()
        .filter(|(_, f)| f.kind == Kind::Region)
    {
        let name = f.name.as_deref().unwrap_or("");
        let (id, place) = resolve(ctx.rules, name, &[]);
        match id {
            Some(id) if g.mentions(name).all(|m| g.name(m.name).places.len() == 1) => {
                known.push((f.byte_start, id))
            }
            None if place.as_ref().is_some_and(|p| p.code.is_none())
                && g.mentions(name).next().is_some() =>
            {
                open.push(i)
            }
            _ => {}
        }
        f.place = place.map(Box::new);
    }
    known.sort_unstable();
    under_place_before(facts);
    for i in open {
        let f = &mut facts[i];
        let mut context = nearest(&known, f.byte_start, 16);
        context.extend_from_slice(&doc_ctx);
        f.place = resolve(ctx.rules, f.name.as_deref().unwrap_or(""), &context)
            .1
            .map(Box::new);
    }
}

/// A place the gazetteer does not hold, named right after the place it lies in (`涞水县` +
/// `三坡镇`, two names), is placed under it.
fn under_place_before(facts: &mut [Fact]) {
    let mut order: Vec<usize> = (0..facts.len())
        .filter(|&i| facts[i].kind == Kind::Region)
        .collect();
    order.sort_by_key(|&i| facts[i].byte_start);
    for w in order.windows(2) {
        let (before, f) = (&facts[w[0]], &facts[w[1]]);
        let orphan = f
            .place
            .as_ref()
            .is_some_and(|p| p.code.is_none() && p.parents.is_empty());
        if !orphan || before.byte_end != f.byte_start {
            continue;
        }
        let Some(parent) = before.place.as_deref() else {
            continue;
        };
        let mut parents = parent.parents.clone();
        parents.push(parent.name.clone());
        if let Some(p) = facts[w[1]].place.as_mut() {
            p.parents = parents;
        }
    }
}

/// The places of `known` (sorted by position) nearest to `pos`, nearest first, at most `n`.
fn nearest(known: &[(usize, usize)], pos: usize, n: usize) -> Vec<usize> {
    let k = known.partition_point(|&(p, _)| p < pos);
    let (mut before, mut after) = (
        known[..k].iter().rev().peekable(),
        known[k..].iter().peekable(),
    );
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let next = match (before.peek(), after.peek()) {
            (Some(b), Some(a)) if pos - b.0 <= a.0 - pos => before.next(),
            (Some(_), Some(_)) | (None, Some(_)) => after.next(),
            (Some(_), None) => before.next(),
            (None, None) => break,
        };
        out.extend(next.map(|&(_, id)| id));
    }
    out
}

/// Gives each figure and date its place: a place in its clause (the nearest before it, else
/// after it), else its entity's, else the document's; a body or a project the place its name
/// opens with, else its clause's, else the document's.
pub fn place_figures(
    ctx: &Context,
    facts: &mut [Fact],
    doc_place: Option<&PlaceRef>,
    many_stories: bool,
) {
    let g = &ctx.rules.places;
    let doc_ctx: Vec<usize> = doc_place
        .and_then(|p| p.code.as_deref())
        .and_then(|c| g.by_code(c))
        .into_iter()
        .collect();
    let mut regions: Vec<(usize, usize, PlaceRef)> = facts
        .iter()
        .filter(|f| f.kind == Kind::Region)
        .filter_map(|f| {
            f.place
                .as_deref()
                .map(|p| (f.byte_start, f.byte_end, p.clone()))
        })
        .collect();
    regions.sort_unstable_by_key(|r| (r.0, r.1));
    // a document names the same few bodies and projects again and again: look each up once
    let mut leading: std::collections::HashMap<String, Option<PlaceRef>> =
        std::collections::HashMap::new();
    for f in facts.iter_mut().filter(|f| f.kind != Kind::Region) {
        let mut own = |n: Option<&str>| {
            let n = n?;
            leading
                .entry(n.to_string())
                .or_insert_with(|| leading_place(ctx.rules, n, &doc_ctx))
                .clone()
        };
        let place = if f.kind.is_entity() {
            own(f.name.as_deref()).or_else(|| clause_place(ctx, f, &regions))
        } else {
            clause_place(ctx, f, &regions).or_else(|| own(f.entity.as_deref()))
        };
        // a text with no place of its own (a newspaper page): the place its paragraph is
        // about (`一季度张湾区主要经济指标稳定回升，…`); not in a news file of many stories, whose
        // paragraphs name places in passing
        let lead = || {
            if doc_place.is_none() && !many_stories && !f.kind.is_entity() {
                paragraph_place(ctx, f.byte_start, &regions)
            } else {
                None
            }
        };
        f.place = place
            .or_else(lead)
            .or_else(|| doc_place.cloned())
            .map(Box::new);
    }
}

/// The place a paragraph is about, up to `pos`: the first one named in the opening clause of
/// one of its sentences (`中流击水看起势，全年精彩看首季。一季度张湾区主要经济指标稳定回升，…`).
fn paragraph_place(
    ctx: &Context,
    pos: usize,
    regions: &[(usize, usize, PlaceRef)],
) -> Option<PlaceRef> {
    let (p, _) = ctx.paragraph_range(pos);
    let k = regions.partition_point(|r| r.0 < p);
    let opening = |r: &&(usize, usize, PlaceRef)| {
        let (s, _) = ctx.sentence_range(r.0);
        !ctx.text[s..r.0].contains(CLAUSE_MARKS)
    };
    regions[k..]
        .iter()
        .take_while(|r| r.1 <= pos)
        .find(opening)
        .map(|r| r.2.clone())
}

/// The place named in the figure's clause: the nearest before it, else the first after it.
fn clause_place(ctx: &Context, f: &Fact, regions: &[(usize, usize, PlaceRef)]) -> Option<PlaceRef> {
    let (s, e) = ctx.sentence_range(f.byte_start);
    let text = ctx.text;
    let from = text[s..f.byte_start]
        .rfind(CLAUSE_MARKS)
        .map(|k| s + k)
        .unwrap_or(s);
    // (a figure can run past the end of the sentence its start is in: `-3。”12`)
    let e = e.max(f.byte_end);
    let to = text[f.byte_end..e]
        .find(CLAUSE_MARKS)
        .map(|k| f.byte_end + k)
        .unwrap_or(e);
    let k = regions.partition_point(|r| r.0 < f.byte_start);
    let before = regions[..k]
        .iter()
        .rev()
        .take_while(|r| r.0 >= from)
        .find(|r| r.1 <= f.byte_start);
    let after = || {
        regions[k..]
            .iter()
            .take_while(|r| r.0 < to)
            .find(|r| r.0 >= f.byte_end && r.1 <= to)
    };
    before.or_else(after).map(|r| r.2.clone())
}

/// The place a name opens with (`十堰经开区管委会`, `湖北绿动中钒新能源有限公司`): the places the
/// gazetteer finds at its start, else a run of characters up to a level word (`青溪县农业…`),
/// never a relative one (`区经发局`, `全市`).
pub fn leading_place(rules: &Rules, name: &str, context: &[usize]) -> Option<PlaceRef> {
    let name = rules
        .place_rules
        .party_prefixes
        .iter()
        .find_map(|p| name.strip_prefix(p.as_str()))
        .unwrap_or(name);
    let g = &rules.places;
    if let Some(&id) = run_of_places(rules, name, context).places.last() {
        return Some(place_ref(g, id));
    }
    let (pos, ch) = name
        .char_indices()
        .skip(2)
        .take(7)
        .find(|&(_, c)| matches!(c, '省' | '市' | '县' | '区' | '镇' | '乡'))?;
    let head = &name[..pos + ch.len_utf8()];
    let relative =
        head.starts_with(['全', '我', '各', '该', '本']) || rules.region.generic.contains(head);
    // a place's name is Han characters only: not `2024年全国城镇`, `1-8月，全区`
    let han = head.chars().all(is_han);
    (head.len() < name.len() && !relative && han).then(|| unknown(rules, head, None))
}

/// The place the document's first line names when the gazetteer knows none in its title
/// (`溪口镇召开…`), else the one its title or its issuer's name opens with (`青溪县…`).
pub fn title_region(
    ctx: &Context,
    facts: &[Fact],
    title: Option<&str>,
    issuer: Option<&str>,
) -> Option<PlaceRef> {
    let (_, end) = ctx.paragraph_range(0);
    let first = facts
        .iter()
        .filter(|f| f.kind == Kind::Region && f.byte_end <= end)
        .find_map(|f| f.place.as_deref().cloned());
    first.or_else(|| {
        [title, issuer]
            .into_iter()
            .flatten()
            .find_map(|t| leading_place(ctx.rules, t, &[]))
    })
}

#[cfg(test)]
mod tests {
    use super::leading_place;
    use crate::rules::Rules;

    #[test]
    fn the_place_a_name_opens_with() {
        let rules = Rules::embedded();
        let at = |n: &str| leading_place(&rules, n, &[]).map(|p| (p.name, p.parents));
        assert_eq!(
            at("青溪县农业科技有限公司"),
            Some(("青溪县".into(), vec![])),
            "a place the gazetteer lacks, by its level word"
        );
        assert_eq!(
            at("湖北绿动中钒新能源有限公司"),
            Some(("湖北省".into(), vec![]))
        );
        assert_eq!(at("中共湖南省委"), Some(("湖南省".into(), vec![])));
        assert_eq!(
            at("十堰经开区管委会"),
            Some((
                "十堰经济技术开发区".into(),
                vec!["湖北省".into(), "十堰市".into()]
            ))
        );
        assert_eq!(at("区经发局"), None, "a relative body names no place");
        assert_eq!(
            at("江南建材集团"),
            None,
            "a short name that is an ordinary word (江南区's) opens no place"
        );
        assert_eq!(at("市委"), None);
        assert_eq!(
            at("2024年全国城镇新增就业1256万人"),
            None,
            "a date is no part of a place's name"
        );
        assert_eq!(at("1-8月，全区招商引资实际到位资金"), None);
    }

    #[test]
    fn a_level_word_after_a_place_is_its_own() {
        let rules = Rules::embedded();
        let (_, place) = super::resolve(&rules, "洛杉矶市", &[]);
        assert_eq!(
            place.map(|p| (p.name, p.parents)),
            Some(("洛杉矶".into(), vec!["美国".into()]))
        );
        let (_, place) = super::resolve(&rules, "乐山市安谷镇", &[]);
        assert_eq!(
            place.map(|p| p.name),
            Some("安谷镇".into()),
            "a place below keeps its own name"
        );
    }
}
