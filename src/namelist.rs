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
    /// Reads `name<TAB>group` lines (comments with `#`); errors name the file and line. A line
    /// `%levels 省 市 …` sets the words `{level}` stands for in the names after it, so one line
    /// names a body at every level (`{level}政协` → `省政协`, `市政协`…).
    pub fn parse(file: &str, src: &str) -> Result<NameList, Vec<String>> {
        let mut names = Vec::new();
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
                    names.extend(
                        levels
                            .iter()
                            .map(|l| (n.trim().replace("{level}", l), g.trim().to_string())),
                    );
                }
                Some((n, _)) if n.contains("{level}") => errors.push(format!(
                    "{file}:{}: `{{level}}` before any `%levels` line",
                    i + 1
                )),
                Some((n, g)) if n.chars().count() >= 2 && !g.trim().is_empty() => {
                    names.push((n.trim().to_string(), g.trim().to_string()))
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
        Ok(NameList { names, matcher })
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
        self.matcher
            .iter()
            .flat_map(move |m| m.find_iter(text))
            .map(|m| {
                (
                    m.start(),
                    m.end(),
                    self.names[m.pattern().as_usize()].1.as_str(),
                )
            })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn levels_expand_templates() {
        let list = super::NameList::parse("t.txt", "%levels 省 市\n{level}政协\tlocal\n").unwrap();
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
}
