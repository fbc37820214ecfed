//! Stage 3, segment: Chinese word boundaries from jieba-rs, with the user dictionary from the
//! rules. One `Jieba` is built per rule set and shared by every thread (cloning one costs tens of
//! milliseconds and about 40 MB, so it is never cloned per call).
use crate::rules::Rules;
use jieba_rs::Jieba;

/// The part-of-speech tags of jieba's dictionary, so a tag can be handed out without allocating.
const TAGS: &[&str] = &[
    "a", "ad", "ag", "an", "b", "c", "d", "df", "dg", "e", "eng", "f", "g", "h", "i", "j", "k",
    "l", "m", "mg", "mq", "n", "ng", "nr", "nrfg", "nrt", "ns", "nt", "nz", "o", "p", "q", "r",
    "rg", "rr", "rz", "s", "t", "tg", "u", "ud", "ug", "uj", "ul", "uv", "uz", "v", "vd", "vg",
    "vi", "vn", "vq", "x", "y", "z", "zg",
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
    /// Tags the gazetteer corrects (see [`place_tags`]), and those the user dictionary gives
    /// words jieba already holds (jieba-rs keeps a known word's own tag when it is added again).
    place_tags: FastMap<String, &'static str>,
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
        let mut retagged = Vec::new();
        for line in rules.user_dict.lines() {
            let t = line.trim();
            if t.is_empty() || t.starts_with('#') {
                continue;
            }
            let mut parts = t.split_whitespace();
            if let (Some(w), Some(f)) = (parts.next(), parts.next()) {
                let tag = parts.next();
                if let Some(tag) = tag.filter(|_| jieba.has_word(w)) {
                    retagged.push((w.to_string(), intern_tag(tag)));
                }
                jieba.add_word(w, f.parse().ok(), tag);
            }
        }
        for w in rules.org.known.iter().chain(rules.region.known.iter()) {
            jieba.add_word(w, Some(20000), Some("nz"));
        }
        let mut place_tags = place_tags(&jieba, rules);
        place_tags.extend(retagged);
        Segmenter {
            jieba,
            place_tags,
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
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
            if let Some(&t) = self.place_tags.get(word) {
                return t;
            }
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
        cached(&CACHE, self.id, word, || {
            if self.jieba.has_word(word) {
                self.jieba.suggest_freq(word)
            } else {
                0
            }
        })
    }

    /// True when the dictionary (jieba's and the user dictionary) holds `word`.
    pub fn has_word(&self, word: &str) -> bool {
        self.jieba.has_word(word)
    }

    /// Words of `text` in order, with byte offsets.
    pub fn words(&self, text: &str) -> Vec<Word> {
        self.jieba
            .cut(text, true)
            .into_iter()
            .map(|t| Word {
                start: t.byte_start,
                end: t.byte_end,
            })
            .collect()
    }
}

/// jieba's dictionary tags some places as other words (`大连/d`, `营口/vn`, `本溪/nz`, `盘锦/nr`,
/// `寿光/nr`), so rules on tags miss them. The gazetteer says what they are: the names of
/// provinces and prefectures (full or short, unless `[places] not_places` lists them as words of
/// their own, `中山`) and the rarer names of counties jieba takes for a person's name are places,
/// tagged `ns`. Segmentation is untouched: only the tag is corrected.
fn place_tags(jieba: &Jieba, rules: &Rules) -> FastMap<String, &'static str> {
    use crate::places::Level;
    let g = &rules.places;
    let mut out = FastMap::default();
    for name in g.names() {
        let w = name.text.as_str();
        if !jieba.has_word(w) || rules.place_rules.not_places.contains(w) {
            continue;
        }
        let tag = match jieba.tag(w, false).as_slice() {
            [t] => intern_tag(t.tag),
            _ => continue,
        };
        // (a part of China spanning divisions, `京津冀/n`, is as wide)
        let wide = name.places.iter().all(|&p| {
            let place = g.place(p);
            matches!(place.level, Level::Province | Level::Prefecture)
                || (place.level == Level::Other && place.parent.is_none())
        });
        let county = name
            .places
            .iter()
            .all(|&p| g.place(p).level == Level::County);
        // (a frequent one is a word of its own: `友谊/nr` is friendship before 友谊县)
        let person = matches!(tag, "nr" | "nrfg" | "nrt")
            && jieba.suggest_freq(w) < rules.place_rules.ordinary_word_frequency;
        if tag != "ns" && (wide || (county && person)) {
            out.insert(w.to_string(), "ns");
        }
    }
    out
}

type Cache<T> = std::cell::RefCell<(usize, FastMap<String, T>)>;

/// An answer about `word` from a per-thread cache of the segmenter `id` (cleared when another
/// segmenter asks or it grows past 200,000 words), computed on a miss.
fn cached<T: Copy + 'static>(
    cache: &'static std::thread::LocalKey<Cache<T>>,
    id: usize,
    word: &str,
    compute: impl FnOnce() -> T,
) -> T {
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

#[cfg(test)]
mod tests {
    use super::Segmenter;
    use crate::rules::Rules;

    #[test]
    fn places_the_dictionary_mistags_are_tagged_as_places_and_words_stay_words() {
        let rules = Rules::embedded();
        let seg = Segmenter::new(&rules);
        // jieba's own dictionary has 大连/d, 营口/vn, 盘锦/nr, 寿光/nr
        for place in ["大连", "营口", "盘锦", "寿光", "仁怀"] {
            assert_eq!(seg.tag_of(place), "ns", "{place}");
        }
        // a frequent person-tagged county name is a word (友谊), and listed words stay words
        for word in ["友谊", "来宾", "白银"] {
            assert_ne!(seg.tag_of(word), "ns", "{word}");
        }
        // only the tag changes: the cut is jieba's
        let text = "开工建设大连金州湾国际机场";
        let cut: Vec<&str> = seg
            .words(text)
            .iter()
            .map(|w| &text[w.start..w.end])
            .collect();
        assert!(cut.contains(&"大连"), "{cut:?}");
    }
}
