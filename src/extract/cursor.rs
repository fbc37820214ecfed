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
        self.rest().chars().next()
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
        for w in words {
            let w = w.as_ref();
            if !w.is_empty() && self.eat(w) {
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
pub fn word_before<'w, S: AsRef<str>>(text: &str, pos: usize, words: &'w [S]) -> Option<(&'w str, usize)> {
    let t = before_trimmed(text, pos);
    for w in words {
        let w = w.as_ref();
        if !w.is_empty() && t.ends_with(w) {
            return Some((w, t.len() - w.len()));
        }
    }
    None
}

pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
}
