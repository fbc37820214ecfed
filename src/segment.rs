//! Stage 3, segment: Chinese word boundaries from jieba-rs, with the user dictionary from the
//! rules. One `Jieba` is built per rule set and shared by every thread (cloning one costs tens of
//! milliseconds and about 40 MB, so it is never cloned per call).
use crate::rules::Rules;
use jieba_rs::Jieba;

pub struct Segmenter {
    jieba: Jieba,
}

/// A word with its byte range in the text it was cut from.
#[derive(Debug, Clone, Copy)]
pub struct Word {
    pub start: usize,
    pub end: usize,
}

impl Segmenter {
    pub fn new(rules: &Rules) -> Segmenter {
        let mut jieba = Jieba::new();
        for line in rules.user_dict.lines() {
            let t = line.trim();
            if t.is_empty() || t.starts_with('#') {
                continue;
            }
            let mut parts = t.split_whitespace();
            if let (Some(w), Some(f)) = (parts.next(), parts.next()) {
                jieba.add_word(w, f.parse().ok(), parts.next());
            }
        }
        for w in rules.org.known.iter().chain(rules.region.known.iter()) {
            jieba.add_word(w, Some(20000), Some("nz"));
        }
        Segmenter { jieba }
    }

    /// The dictionary part-of-speech tag of one word (`ns`, `v`, `n`…), or `x` for a word the
    /// dictionary does not hold (a name found by jieba's HMM, most often).
    pub fn tag_of(&self, word: &str) -> String {
        if !self.jieba.has_word(word) {
            return "x".to_string();
        }
        let tags = self.jieba.tag(word, false);
        match tags.as_slice() {
            [t] => t.tag.to_string(),
            _ => "x".to_string(),
        }
    }

    /// Words of `text` in order, with byte offsets.
    pub fn words(&self, text: &str) -> Vec<Word> {
        self.jieba.cut(text, true).into_iter().map(|t| Word { start: t.byte_start, end: t.byte_end }).collect()
    }
}
