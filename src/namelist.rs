//! A list of names found in text with one automaton (leftmost-longest, so `国务院办公厅` wins over
//! `国务院`): the organisations named without a legal suffix (`rules/orgs.txt`).
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

#[derive(Debug, Default)]
pub struct NameList {
    /// Each name with its group (`central`, `company`…).
    pub names: Vec<(String, String)>,
    /// For each name made from a `{level}` line, the length in bytes of the level word it opens
    /// with (`省` of `省政协`); 0 for a name listed as it is.
    level_lens: Vec<usize>,
    matcher: Option<AhoCorasick>,
}

impl NameList {
    /// Reads `name<TAB>group` lines (comments with `#`); errors name the file and line. A line
    /// `%levels 省 市 …` sets the words `{level}` stands for in the names after it, so one line
    /// names a body at every level (`{level}政协` → `省政协`, `市政协`…).
    pub fn parse(file: &str, src: &str) -> Result<NameList, Vec<String>> {
        let mut names = Vec::new();
        let mut level_lens = Vec::new();
        let mut errors = Vec::new();
        let mut levels: Vec<String> = Vec::new();
        for (i, line) in src.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(list) = line.strip_prefix("%levels") {
                levels = list.split_whitespace().map(str::to_string).collect();
                continue;
            }
            match line.split_once('\t') {
                Some((n, g))
                    if n.contains("{level}") && !levels.is_empty() && !g.trim().is_empty() =>
                {
                    for l in &levels {
                        names.push((n.trim().replace("{level}", l), g.trim().to_string()));
                        level_lens.push(if n.trim().starts_with("{level}") {
                            l.len()
                        } else {
                            0
                        });
                    }
                }
                Some((n, _)) if n.contains("{level}") => errors.push(format!(
                    "{file}:{}: `{{level}}` before any `%levels` line",
                    i + 1
                )),
                Some((n, g)) if n.chars().count() >= 2 && !g.trim().is_empty() => {
                    names.push((n.trim().to_string(), g.trim().to_string()));
                    level_lens.push(0);
                }
                _ => errors.push(format!(
                    "{file}:{}: expected `name<TAB>group` with a name of two characters or more",
                    i + 1
                )),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(names.iter().map(|(n, _)| n.as_str()))
            .ok();
        Ok(NameList {
            names,
            level_lens,
            matcher,
        })
    }

    /// Every listed name in `text` as (start, end) byte offsets, not overlapping.
    pub fn mentions<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
        self.grouped_mentions(text).map(|(s, e, _)| (s, e))
    }

    /// [`Self::mentions`] with each name's group.
    pub fn grouped_mentions<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (usize, usize, &'a str)> + 'a {
        self.levelled_mentions(text).map(|(s, e, g, _)| (s, e, g))
    }

    /// [`Self::grouped_mentions`] with the length of the level word each name opens with when a
    /// `{level}` line made it (`省` of `省政协`), else 0: a place before it may name the body's
    /// place (`陕西省政协`).
    pub fn levelled_mentions<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (usize, usize, &'a str, usize)> + 'a {
        self.matcher
            .iter()
            .flat_map(move |m| m.find_iter(text))
            .map(|m| {
                let i = m.pattern().as_usize();
                (
                    m.start(),
                    m.end(),
                    self.names[i].1.as_str(),
                    self.level_lens[i],
                )
            })
    }
}

/// The words of a short list found in one pass of one SIMD searcher (Teddy), instead of one scan
/// of the text per word: for festivals and holidays the scans cost more than the rules reading
/// what they find.
#[derive(Debug, Default)]
pub struct WordScan {
    words: Vec<String>,
    /// `None` when a word is empty or the CPU or the list does not suit the searcher: then each
    /// word is scanned for apart, as before.
    searcher: Option<aho_corasick::packed::Searcher>,
}

impl WordScan {
    pub fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> WordScan {
        let words: Vec<String> = words.into_iter().map(str::to_string).collect();
        let searcher = if words.iter().any(String::is_empty) {
            None
        } else {
            aho_corasick::packed::Searcher::new(words.iter())
        };
        WordScan { words, searcher }
    }

    /// Each occurrence as (index of the word in the list, byte start), word by word in the
    /// list's order and, for each word, left to right without overlapping itself: exactly what
    /// `text.match_indices(word)` gives for each word in turn.
    pub fn starts(&self, text: &str) -> Vec<(usize, usize)> {
        let Some(searcher) = &self.searcher else {
            return self
                .words
                .iter()
                .enumerate()
                .flat_map(|(i, w)| text.match_indices(w.as_str()).map(move |(k, _)| (i, k)))
                .collect();
        };
        // every position where some word starts: the searcher finds the leftmost from `at` on,
        // and each word is then tried there (words that start alike all match at one place)
        let b = text.as_bytes();
        let mut all: Vec<(usize, usize)> = Vec::new();
        let mut at = 0;
        while at < b.len() {
            let span = aho_corasick::Span {
                start: at,
                end: b.len(),
            };
            let Some(m) = searcher.find_in(b, span) else {
                break;
            };
            let k = m.start();
            all.extend(
                (self.words.iter().enumerate())
                    .filter(|(_, w)| b[k..].starts_with(w.as_bytes()))
                    .map(|(i, _)| (i, k)),
            );
            at = k + 1;
        }
        all.sort_unstable();
        let mut out: Vec<(usize, usize)> = Vec::with_capacity(all.len());
        let mut reach = (usize::MAX, 0);
        for (i, k) in all {
            // `match_indices` goes on after the end of the match it found
            if i == reach.0 && k < reach.1 {
                continue;
            }
            reach = (i, k + self.words[i].len());
            out.push((i, k));
        }
        out
    }
}

/// The words of a list by their place in it: which of them a text opens or ends with is found
/// by looking up the text's first or last few characters, not by comparing the text with every
/// word of the list.
#[derive(Debug, Default)]
pub struct WordRanks {
    words: Vec<String>,
    /// Each non-empty word with the index of its first occurrence in `words`.
    rank: crate::segment::FastMap<String, usize>,
    /// The longest word's length in bytes.
    longest: usize,
}

impl WordRanks {
    pub fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> WordRanks {
        let words: Vec<String> = words.into_iter().map(str::to_string).collect();
        let mut rank = crate::segment::FastMap::default();
        for (i, w) in words.iter().enumerate().filter(|(_, w)| !w.is_empty()) {
            rank.entry(w.clone()).or_insert(i);
        }
        let longest = words.iter().map(String::len).max().unwrap_or(0);
        WordRanks {
            words,
            rank,
            longest,
        }
    }

    /// The non-empty words `t` starts with, in the list's order.
    pub fn heads<'s>(&'s self, t: &str) -> Vec<&'s str> {
        let ends = (1..=t.len().min(self.longest)).filter(|&k| t.is_char_boundary(k));
        self.in_order(ends.filter_map(|k| self.rank.get(&t[..k]).copied()))
    }

    /// The non-empty words `t` ends with, in the list's order.
    pub fn tails<'s>(&'s self, t: &str) -> Vec<&'s str> {
        let starts =
            (t.len().saturating_sub(self.longest)..t.len()).filter(|&k| t.is_char_boundary(k));
        self.in_order(starts.filter_map(|k| self.rank.get(&t[k..]).copied()))
    }

    fn in_order(&self, found: impl Iterator<Item = usize>) -> Vec<&str> {
        let mut found: Vec<usize> = found.collect();
        found.sort_unstable();
        found.into_iter().map(|i| self.words[i].as_str()).collect()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn levels_expand_templates() {
        let list = super::NameList::parse("t.txt", "%levels 省 市\n{level}政协\tlocal\n").unwrap();
        let found: Vec<_> = list.levelled_mentions("陕西省政协").collect();
        assert_eq!(found, vec![(6, 15, "local", 3)]);
        let text = "市政协和省政协";
        let found: Vec<&str> = list.mentions(text).map(|(s, e)| &text[s..e]).collect();
        assert_eq!(found, ["市政协", "省政协"]);
        assert!(super::NameList::parse("t.txt", "{level}政协\tlocal\n").is_err());
    }

    use super::NameList;

    #[test]
    fn the_longest_listed_name_wins_and_bad_lines_are_named() {
        let l =
            NameList::parse("orgs.txt", "# c\n国务院\tcentral\n国务院办公厅\tcentral\n").unwrap();
        let t = "国务院办公厅印发";
        let found: Vec<&str> = l.mentions(t).map(|(a, b)| &t[a..b]).collect();
        assert_eq!(found, ["国务院办公厅"]);
        let err = NameList::parse("orgs.txt", "国务院\n").unwrap_err();
        assert!(err[0].starts_with("orgs.txt:1:"), "{err:?}");
    }

    #[test]
    fn word_ranks_give_the_words_a_text_opens_and_ends_with_in_list_order() {
        let words = ["增长", "全年", "全", "年", "", "全年"];
        let r = super::WordRanks::new(words);
        let heads = r.heads("全年增长");
        assert_eq!(heads, ["全年", "全"]);
        let tails = r.tails("全年增长");
        assert_eq!(tails, ["增长"]);
        let tails = r.tails("全年");
        assert_eq!(tails, ["全年", "年"]);
        assert!(r.heads("").is_empty());
    }

    #[test]
    fn a_word_scan_finds_what_match_indices_finds() {
        let words = ["春节", "春节假期", "节假", "aa", "a", "“五一”"];
        let scan = super::WordScan::new(words);
        let long = "春节假期，“五一”节假日aaa。".repeat(40);
        for text in ["春节假期和春节", "aaaaa 春节", "", "节假节假日aa", &long] {
            let want: Vec<(usize, usize)> = words
                .iter()
                .enumerate()
                .flat_map(|(i, w)| text.match_indices(w).map(move |(k, _)| (i, k)))
                .collect();
            assert_eq!(scan.starts(text), want, "{text}");
        }
    }
}
