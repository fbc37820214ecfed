//! Organisations, projects and regions. A name is found from the word that ends it (a suffix
//! from the rules, or a known short name) and grown leftwards over jieba's words until a stop
//! word, punctuation or a figure. Regions nested inside another name are not kept.
use super::cursor::is_han;
use super::Context;
use crate::fact::{Fact, Kind};
use crate::rules::EntityKindRules;
use crate::segment::Word;

fn clean_name(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn word_ok_inside(w: &str, kind: Kind) -> bool {
    let mut has = false;
    for ch in w.chars() {
        if ch == ' ' {
            continue;
        }
        has = true;
        let ok = is_han(ch) || ch.is_ascii_alphabetic() || (kind == Kind::Project && (ch.is_ascii_digit() || matches!(ch, '“' | '”' | '（' | '）' | '(' | ')' | '-' | '.')))
            || (kind == Kind::Org && matches!(ch, '（' | '）' | '(' | ')'));
        if !ok {
            return false;
        }
    }
    has
}

/// Finds entity mentions in one paragraph; `words` are jieba's words of it, offsets into `text`.
pub fn find_entities(ctx: &Context, words: &[Word]) -> Vec<Fact> {
    let text = ctx.text;
    let rules = ctx.rules;
    let mut found: Vec<Fact> = Vec::new();
    for (kind, kr) in [(Kind::Org, &rules.org), (Kind::Project, &rules.project), (Kind::Region, &rules.region)] {
        for (i, w) in words.iter().enumerate() {
            let word = &text[w.start..w.end];
            if let Some(f) = grow(ctx, words, i, word, kind, kr) {
                found.push(f);
            }
        }
    }
    // Known short names, matched on word boundaries.
    for (kind, kr) in [(Kind::Org, &rules.org), (Kind::Region, &rules.region)] {
        for w in words {
            let word = &text[w.start..w.end];
            if word.chars().next().is_some_and(|c| kr.known_first.contains(c)) && kr.known_set.contains(word) {
                let mut f = Fact::new(kind, word, w.start, w.end);
                f.name = Some(word.to_string());
                found.push(f);
            }
        }
    }
    resolve_overlaps(found)
}

fn grow(ctx: &Context, words: &[Word], i: usize, word: &str, kind: Kind, kr: &EntityKindRules) -> Option<Fact> {
    let text = ctx.text;
    if !word.chars().next_back().is_some_and(|c| kr.suffix_last.contains(c)) {
        return None;
    }
    let suffix = kr.suffixes.iter().find(|s| word.ends_with(s.as_str()))?;
    if !word_ok_inside(word, kind) {
        return None;
    }
    // The word that carries the suffix must be the suffix itself or a name ending in it, never a
    // generic word that only happens to end the same way (`干部` for `部`).
    if word != suffix && kr.generic.contains(word) && !kr.relative.iter().any(|r| r == word) {
        return None;
    }
    // Regions end a word only when the next word does not continue a longer name of another kind.
    let end = words[i].end;
    let mut start = words[i].start;
    let mut chars = word.chars().count();
    let mut j = i;
    let mut parts = 1;
    while j > 0 {
        let prev = &words[j - 1];
        let pw = &text[prev.start..prev.end];
        if pw.trim().is_empty() {
            // a space inside a name (`易捷特 BBG24 项目`): keep going only if a name word precedes
            if j >= 2 && word_ok_inside(&text[words[j - 2].start..words[j - 2].end], kind) && kind == Kind::Project {
                j -= 1;
                continue;
            }
            break;
        }
        if ctx.rules.left_stop.contains(pw) || !word_ok_inside(pw, kind) {
            break;
        }
        if kind == Kind::Region && parts >= 3 {
            break;
        }
        let n = pw.chars().count();
        if chars + n > kr.max_chars {
            break;
        }
        // A date word is never part of a name.
        if pw.ends_with('年') || pw.ends_with('月') {
            break;
        }
        chars += n;
        start = prev.start;
        parts += 1;
        j -= 1;
    }
    let surface = &text[start..end];
    let name = clean_name(surface);
    // Strip leading scope words that slipped in.
    let name = strip_leading(&name, &["全区", "全市", "全省", "我区", "我市", "该", "其"]);
    if name.chars().count() < 2 || name == *suffix && !kr.relative.iter().any(|r| *r == name) {
        return None;
    }
    if kr.generic.contains(&name) && !kr.relative.iter().any(|r| *r == name) {
        return None;
    }
    if kind == Kind::Project {
        // All words before the suffix generic modifiers → a generic phrase, not a name.
        let head = &name[..name.len() - suffix.len()];
        let mut rest = head;
        while !rest.is_empty() {
            let Some(m) = kr.generic_modifiers.iter().filter(|m| rest.starts_with(m.as_str())).max_by_key(|m| m.len()) else { break };
            rest = &rest[m.len()..];
        }
        if rest.is_empty() || rest.chars().all(|c| c.is_ascii_digit() || c == '.' || "亿万元个以上".contains(c)) {
            return None;
        }
    }
    if kind == Kind::Org && name.chars().count() == 2 && !kr.relative.iter().any(|r| *r == name) {
        // one character and a suffix: `市委` is kept by `relative`, `该局` and the like are not names
        let first = name.chars().next().unwrap();
        if !matches!(first, '市' | '区' | '省' | '县' | '镇' | '乡') {
            return None;
        }
    }
    if kind == Kind::Region && name.chars().count() < 2 {
        return None;
    }
    let lead = surface.len() - surface.trim_start().len();
    let mut f = Fact::new(kind, surface.trim(), start + lead, end);
    f.name = Some(name);
    Some(f)
}

fn strip_leading(s: &str, words: &[&str]) -> String {
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

/// Keeps the longest of overlapping mentions of one kind, and drops regions inside other names.
fn resolve_overlaps(mut found: Vec<Fact>) -> Vec<Fact> {
    found.sort_by(|a, b| a.byte_start.cmp(&b.byte_start).then((b.byte_end - b.byte_start).cmp(&(a.byte_end - a.byte_start))));
    let mut keep: Vec<Fact> = Vec::new();
    'outer: for f in found {
        // sorted by start: only the last few kept mentions can overlap this one
        for k in keep.iter().rev().take(16) {
            let overlaps = f.byte_start < k.byte_end && k.byte_start < f.byte_end;
            if !overlaps {
                continue;
            }
            let inside = f.byte_start >= k.byte_start && f.byte_end <= k.byte_end;
            if k.kind == f.kind || (f.kind == Kind::Region && inside) || (inside && f.kind == Kind::Project) {
                continue 'outer;
            }
        }
        keep.push(f);
    }
    keep.sort_by_key(|f| f.byte_start);
    keep
}
