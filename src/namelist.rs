//! A list of names found in text with one automaton (leftmost-longest, so `国务院办公厅` wins over
//! `国务院`): the organisations named without a legal suffix (`rules/orgs.txt`).
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

#[derive(Debug, Default)]
pub struct NameList {
    /// Each name with its group (`central`, `company`…).
    pub names: Vec<(String, String)>,
    matcher: Option<AhoCorasick>,
}

impl NameList {
    /// Reads `name<TAB>group` lines (comments with `#`); errors name the file and line.
    pub fn parse(file: &str, src: &str) -> Result<NameList, Vec<String>> {
        let mut names = Vec::new();
        let mut errors = Vec::new();
        for (i, line) in src.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            match line.split_once('\t') {
                Some((n, g)) if n.chars().count() >= 2 && !g.trim().is_empty() => names.push((n.trim().to_string(), g.trim().to_string())),
                _ => errors.push(format!("{file}:{}: expected `name<TAB>group` with a name of two characters or more", i + 1)),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let matcher = AhoCorasickBuilder::new().match_kind(MatchKind::LeftmostLongest).kind(Some(aho_corasick::AhoCorasickKind::DFA)).build(names.iter().map(|(n, _)| n.as_str())).ok();
        Ok(NameList { names, matcher })
    }

    /// Every listed name in `text` as (start, end) byte offsets, not overlapping.
    pub fn mentions<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
        self.matcher.iter().flat_map(move |m| m.find_iter(text)).map(|m| (m.start(), m.end()))
    }
}

#[cfg(test)]
mod tests {
    use super::NameList;

    #[test]
    fn the_longest_listed_name_wins_and_bad_lines_are_named() {
        let l = NameList::parse("orgs.txt", "# c\n国务院\tcentral\n国务院办公厅\tcentral\n").unwrap();
        let t = "国务院办公厅印发";
        let found: Vec<&str> = l.mentions(t).map(|(a, b)| &t[a..b]).collect();
        assert_eq!(found, ["国务院办公厅"]);
        let err = NameList::parse("orgs.txt", "国务院\n").unwrap_err();
        assert!(err[0].starts_with("orgs.txt:1:"), "{err:?}");
    }
}
