//! A small cursor over normalised text, for the hand-written matchers of numbers and dates.
//! Positions are byte offsets; every move lands on a character boundary.

#[derive(Clone, Copy)]
pub struct Cursor<'a> {
    pub text: &'a str,
    pub pos: usize,
}

impl<'a> Cursor<'a> {
    pub fn new(text: &'a str, pos: usize) -> Self {
        Cursor { text, pos }
    }

    pub fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    pub fn peek(&self) -> Option<char> {
        (self.pos < self.text.len()).then(|| char_at(self.text, self.pos))
    }

    /// Skips spaces (never a line break: a paragraph break ends every match; never a tab, which
    /// parts a table's cells).
    pub fn spaces(&mut self) -> &mut Self {
        while let Some(c) = self.peek() {
            if c == ' ' {
                self.pos += 1;
            } else {
                break;
            }
        }
        self
    }

    pub fn eat(&mut self, word: &str) -> bool {
        if self.rest().starts_with(word) {
            self.pos += word.len();
            true
        } else {
            false
        }
    }

    /// Eats the first word of `words` (ordered longest first) that the text continues with.
    pub fn eat_any<'w, S: AsRef<str>>(&mut self, words: &'w [S]) -> Option<&'w str> {
        let rest = self.rest().as_bytes();
        for w in words {
            let w = w.as_ref();
            if !w.is_empty() && starts_with_word(rest, w.as_bytes()) {
                self.pos += w.len();
                return Some(w);
            }
        }
        None
    }

    pub fn eat_char(&mut self, f: impl Fn(char) -> bool) -> Option<char> {
        let c = self.peek()?;
        if f(c) {
            self.pos += c.len_utf8();
            Some(c)
        } else {
            None
        }
    }

    /// Eats a run of characters satisfying `f`; returns it (possibly empty).
    pub fn eat_while(&mut self, f: impl Fn(char) -> bool) -> &'a str {
        let start = self.pos;
        while let Some(c) = self.peek() {
            if f(c) {
                self.pos += c.len_utf8();
            } else {
                break;
            }
        }
        &self.text[start..self.pos]
    }
}

/// The character before byte `pos`, if any.
pub fn char_before(text: &str, pos: usize) -> Option<char> {
    text[..pos].chars().next_back()
}

/// Text before `pos` with trailing spaces removed.
pub fn before_trimmed(text: &str, pos: usize) -> &str {
    text[..pos].trim_end_matches([' ', '\t'])
}

/// The word of `words` that ends right before `pos` (spaces skipped), longest first.
/// `text.starts_with(w)`, with the first and last bytes of `w` compared before the whole, which
/// settles most words of a long list without a call to `memcmp`.
pub fn starts_with_word(text: &[u8], w: &[u8]) -> bool {
    let n = w.len();
    n == 0 || (n <= text.len() && text[0] == w[0] && text[n - 1] == w[n - 1] && text.starts_with(w))
}

/// `text.ends_with(w)`, as [`starts_with_word`].
pub fn ends_with_word(text: &[u8], w: &[u8]) -> bool {
    let (n, m) = (w.len(), text.len());
    n == 0 || (n <= m && text[m - 1] == w[n - 1] && text[m - n] == w[0] && text.ends_with(w))
}

pub fn word_before<'w, S: AsRef<str>>(
    text: &str,
    pos: usize,
    words: &'w [S],
) -> Option<(&'w str, usize)> {
    let t = before_trimmed(text, pos);
    for w in words {
        let w = w.as_ref();
        if !w.is_empty() && ends_with_word(t.as_bytes(), w.as_bytes()) {
            return Some((w, t.len() - w.len()));
        }
    }
    None
}

/// The byte offset `n` characters before `pos` (or 0).
pub fn chars_back(text: &str, pos: usize, n: usize) -> usize {
    if n == 0 {
        return pos;
    }
    text[..pos]
        .char_indices()
        .rev()
        .nth(n - 1)
        .map_or(0, |(b, _)| b)
}

/// The byte offset `n` characters after `pos` (or the end).
pub fn chars_ahead(text: &str, pos: usize, n: usize) -> usize {
    text[pos..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(b, _)| pos + b)
}

/// The character at byte `pos` (a character boundary before the end) of `text`; one of three
/// bytes, as nearly every character of Chinese text is, is decoded by hand, which costs less
/// than slicing the text and taking its `chars()`.
#[inline(always)]
pub fn char_at(text: &str, pos: usize) -> char {
    let b = text.as_bytes();
    match b[pos] {
        x @ 0x00..=0x7F => x as char,
        x @ 0xE0..=0xEF => {
            let c = ((x as u32 & 0x0F) << 12)
                | ((b[pos + 1] as u32 & 0x3F) << 6)
                | (b[pos + 2] as u32 & 0x3F);
            char::from_u32(c).unwrap_or('\u{FFFD}')
        }
        _ => text[pos..].chars().next().unwrap_or('\u{FFFD}'),
    }
}

/// Where the clause holding byte `pos` starts: after the last clause mark before it (`，。；：,;`
/// or a line break), else at 0.
pub fn clause_start(text: &str, pos: usize) -> usize {
    text[..pos]
        .rfind(['，', '。', '；', '：', ',', ';', '\n'])
        .map_or(0, |k| {
            k + text[k..].chars().next().map_or(1, char::len_utf8)
        })
}

pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_three_byte_set_never_excludes_its_own_characters_nor_others_than_three_bytes() {
        let set = super::ThreeByteSet::of(|c| "一二三“".contains(c));
        let t = "一a二é三“四𠀀，";
        for (i, c) in t.char_indices() {
            let excluded = set.excludes_at(t.as_bytes(), i);
            assert_eq!(excluded, matches!(c, '四' | '，'), "{c}");
        }
    }

    #[test]
    fn windows_are_counted_in_characters() {
        let t = "深圳至中山";
        assert_eq!(super::chars_back(t, t.len(), 2), "深圳至".len());
        assert_eq!(super::chars_back(t, 3, 6), 0);
        assert_eq!(super::chars_back(t, 3, 0), 3);
        assert_eq!(super::chars_ahead(t, 0, 2), "深圳".len());
        assert_eq!(super::chars_ahead(t, 3, 9), t.len());
    }
}

/// A set of characters of three bytes in UTF-8 (U+0800–U+FFFF) tested on a text's bytes,
/// undecoded: a bit for each value of a character's last twelve bits, set for those of the set's
/// characters (the few others sharing them are turned away by the caller's own test). A scan
/// for rare characters then passes over most characters of a Chinese text in a few instructions
/// (decoding each cost 2% of the extraction in the scan for dates).
#[derive(Clone)]
pub struct ThreeByteSet([u64; 64]);

impl ThreeByteSet {
    /// The characters of U+0800–U+FFFF that `keep` holds.
    pub fn of(keep: impl Fn(char) -> bool) -> Self {
        let mut set = ThreeByteSet([0; 64]);
        for c in ('\u{800}'..='\u{FFFF}').filter(|&c| keep(c)) {
            set.add(c);
        }
        set
    }

    pub fn add(&mut self, c: char) {
        let k = c as usize & 0xFFF;
        self.0[k >> 6] |= 1 << (k & 63);
    }

    /// True when the character at `pos` of `b` (UTF-8) is of three bytes and not in the set.
    #[inline]
    pub fn excludes_at(&self, b: &[u8], pos: usize) -> bool {
        if !(0xE0..=0xEF).contains(&b[pos]) || pos + 2 >= b.len() {
            return false;
        }
        let k = ((b[pos + 1] as usize & 0x3F) << 6) | (b[pos + 2] as usize & 0x3F);
        self.0[k >> 6] & (1 << (k & 63)) == 0
    }
}
