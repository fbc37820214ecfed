//! Stage 3, segment: Chinese word boundaries from jieba-rs, with the user dictionary from the
//! rules. One `Jieba` is built per rule set and shared by every thread (cloning one costs tens of
//! milliseconds and about 40 MB, so it is never cloned per call).
use crate::rules::Rules;
use jieba_rs::Jieba;

/// The part-of-speech tags of jieba's dictionary, so a tag can be handed out without allocating.
const TAGS: &[&str] = &[
    "a", "ad", "ag", "an", "b", "c", "d", "df", "dg", "e", "eng", "f", "g", "h", "i", "j", "k", "l", "m", "mg", "mq", "n", "ng", "nr",
    "nrfg", "nrt", "ns", "nt", "nz", "o", "p", "q", "r", "rg", "rr", "rz", "s", "t", "tg", "u", "ud", "ug", "uj", "ul", "uv", "uz",
    "v", "vd", "vg", "vi", "vn", "vq", "x", "y", "z", "zg",
];

fn intern_tag(tag: &str) -> &'static str {
    TAGS.iter().find(|t| **t == tag).copied().unwrap_or("x")
}

/// rustc-hash's Fx hash for the short keys (words) of the caches and word sets: it reads eight
/// bytes at a step where FNV-1a read one; the inputs are the documents' own words, so flooding
/// resistance buys nothing here. No caller depends on the order of these maps.
pub type FastMap<K, V> = std::collections::HashMap<K, V, rustc_hash::FxBuildHasher>;
pub type FastSet<K> = std::collections::HashSet<K, rustc_hash::FxBuildHasher>;

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

/// The words lying wholly inside `start..end`: jieba's words come in order and never overlap,
/// so they are one run, found by two binary searches instead of a pass over every word.
pub fn within(words: &[Word], start: usize, end: usize) -> &[Word] {
    let a = words.partition_point(|w| w.start < start);
    let b = words.partition_point(|w| w.end <= end).max(a);
    &words[a..b]
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
    pub fn tag_of(&self, word: &str) -> &'static str {
        thread_local! {
            static CACHE: std::cell::RefCell<(usize, FastMap<String, &'static str>)> = std::cell::RefCell::new((0, FastMap::default()));
        }
        cached(&CACHE, self.id, word, || {
            if !self.jieba.has_word(word) {
                return "x";
            }
            match self.jieba.tag(word, false).as_slice() {
                [t] => intern_tag(t.tag),
                _ => "x",
            }
        })
    }

    /// How often jieba's dictionary says `word` occurs (0 when it does not hold it): a place's
    /// short name that is a frequent ordinary word (`成功`, `合作`) is no place on its own.
    /// Cached per thread like [`Segmenter::tag_of`]: asking costs a small segmentation.
    pub fn frequency(&self, word: &str) -> usize {
        thread_local! {
            static CACHE: std::cell::RefCell<(usize, FastMap<String, usize>)> = std::cell::RefCell::new((0, FastMap::default()));
        }
        cached(&CACHE, self.id, word, || if self.jieba.has_word(word) { self.jieba.suggest_freq(word) } else { 0 })
    }

    /// True when the dictionary (jieba's and the user dictionary) holds `word`.
    pub fn has_word(&self, word: &str) -> bool {
        self.jieba.has_word(word)
    }

    /// Words of `text` in order, with byte offsets.
    pub fn words(&self, text: &str) -> Vec<Word> {
        self.jieba.cut(text, true).into_iter().map(|t| Word { start: t.byte_start, end: t.byte_end }).collect()
    }
}

type Cache<T> = std::cell::RefCell<(usize, FastMap<String, T>)>;

/// An answer about `word` from a per-thread cache of the segmenter `id` (cleared when another
/// segmenter asks or it grows past 200,000 words), computed on a miss.
fn cached<T: Copy + 'static>(cache: &'static std::thread::LocalKey<Cache<T>>, id: usize, word: &str, compute: impl FnOnce() -> T) -> T {
    // one visit to the thread-local: `compute` asks jieba only, never this cache
    cache.with(|c| {
        let mut c = c.borrow_mut();
        if c.0 == id {
            if let Some(&v) = c.1.get(word) {
                return v;
            }
        }
        let v = compute();
        if c.0 != id || c.1.len() > 200_000 {
            c.1.clear();
            c.0 = id;
        }
        c.1.insert(word.to_string(), v);
        v
    })
}
