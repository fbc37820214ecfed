//! Stage 3, segment: Chinese word boundaries from jieba-rs, with the user dictionary from the
//! rules. One `Jieba` is built per rule set and shared by every thread (cloning one costs tens of
//! milliseconds and about 40 MB, so it is never cloned per call).
use crate::rules::Rules;
use jieba_rs::Jieba;

pub struct Segmenter {
    jieba: Jieba,
    /// Distinguishes segmenters (rule sets) in the per-thread tag cache.
    id: usize,
}

static NEXT_ID: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(1);

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
        Segmenter { jieba, id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed) }
    }

    /// The dictionary part-of-speech tag of one word (`ns`, `v`, `n`…), or `x` for a word the
    /// dictionary does not hold (a name found by jieba's HMM, most often).
    ///
    /// Looking a tag up through jieba costs a small segmentation, so answers are cached per
    /// thread (documents repeat the same few thousand words).
    pub fn tag_of(&self, word: &str) -> String {
        thread_local! {
            static CACHE: std::cell::RefCell<(usize, std::collections::HashMap<String, String>)> = std::cell::RefCell::new((0, std::collections::HashMap::new()));
        }
        if let Some(t) = CACHE.with(|c| {
            let c = c.borrow();
            if c.0 == self.id { c.1.get(word).cloned() } else { None }
        }) {
            return t;
        }
        let tag = if !self.jieba.has_word(word) {
            "x".to_string()
        } else {
            match self.jieba.tag(word, false).as_slice() {
                [t] => t.tag.to_string(),
                _ => "x".to_string(),
            }
        };
        CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if c.0 != self.id || c.1.len() > 200_000 {
                c.1.clear();
                c.0 = self.id;
            }
            c.1.insert(word.to_string(), tag.clone());
        });
        tag
    }

    /// Words of `text` in order, with byte offsets.
    pub fn words(&self, text: &str) -> Vec<Word> {
        self.jieba.cut(text, true).into_iter().map(|t| Word { start: t.byte_start, end: t.byte_end }).collect()
    }
}
