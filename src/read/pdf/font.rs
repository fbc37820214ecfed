//! A PDF font as the text interpreter needs it: how to split a string into codes, each code's
//! text (in the order the PDF specification gives: `/ToUnicode`, a predefined CJK CMap, the
//! embedded font's own cmap table, the simple encodings) and each code's advance width.
use super::cmap::{code_of, Predefined, ToUnicode};
use super::number as num;
use lopdf::{Dictionary, Document, Object};
use std::collections::HashMap;

/// Where a code's text comes from when `/ToUnicode` does not say.
#[derive(Debug, Clone)]
enum Fallback {
    /// A predefined CMap that is itself an encoding (UCS-2, UTF-16, GBK, Big5).
    Cmap(Predefined),
    /// Glyph id → text from the embedded TrueType font's cmap table, for Identity codes.
    EmbeddedGlyphs(HashMap<u16, char>),
    /// CID → text from an Adobe character collection (`Adobe-GB1`…), for Identity codes of a
    /// CID font that names one in its `/CIDSystemInfo`.
    Collection(CollectionTable),
    /// A simple font's 256 codes (from its `/Encoding` and `/Differences`).
    Simple(Box<[Option<char>; 256]>),
    /// Nothing to go on: such codes are undecodable.
    None,
}

#[derive(Debug, Clone)]
pub struct Font {
    /// Type0 (composite) fonts have multi-byte codes.
    composite: bool,
    /// The predefined encoding CMap of a Type0 font (Identity when embedded or unknown).
    encoding: Predefined,
    /// An embedded encoding CMap's codespaces (for splitting), when the font has one.
    embedded_encoding: Option<ToUnicode>,
    to_unicode: Option<ToUnicode>,
    fallback: Fallback,
    /// Widths in text space units per 1000 (Type 3 widths are converted), by code or CID.
    widths: HashMap<u32, f64>,
    default_width: f64,
    /// Type 3 fonts measure in their own glyph space.
    width_scale: f64,
}

/// One code of a shown string.
pub struct Code {
    pub text: Option<String>,
    /// Advance in thousandths of the font size.
    pub width: f64,
    /// A single-byte code 32 (the only one word spacing applies to).
    pub is_space: bool,
}

fn deref<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    doc.dereference(o).map(|(_, o)| o).unwrap_or(o)
}

fn dict_of<'a>(doc: &'a Document, o: &'a Object) -> Option<&'a Dictionary> {
    match deref(doc, o) {
        Object::Dictionary(d) => Some(d),
        Object::Stream(s) => Some(&s.dict),
        _ => None,
    }
}

fn stream_bytes(doc: &Document, o: &Object) -> Option<Vec<u8>> {
    match deref(doc, o) {
        // a stream that fails to decompress (or exceeds the limit) says nothing; its raw bytes
        // are not text
        Object::Stream(s) => s.decompressed_content_with_limit(super::MAX_STREAM).ok(),
        _ => None,
    }
}

fn name_of(o: &Object) -> Option<String> {
    match o {
        Object::Name(n) => Some(String::from_utf8_lossy(n).into_owned()),
        _ => None,
    }
}

impl Font {
    pub fn load(doc: &Document, font: &Dictionary) -> Font {
        let subtype = font
            .get(b"Subtype")
            .ok()
            .and_then(name_of)
            .unwrap_or_default();
        let to_unicode = font
            .get(b"ToUnicode")
            .ok()
            .and_then(|o| stream_bytes(doc, o))
            .map(|b| ToUnicode::parse(&b))
            .filter(|t| !t.map.is_empty());
        if subtype == "Type0" {
            return Self::composite(doc, font, to_unicode);
        }
        let mut widths = HashMap::new();
        let first = font
            .get(b"FirstChar")
            .ok()
            .and_then(|o| num(deref(doc, o)))
            .unwrap_or(0.0) as u32;
        if let Ok(Object::Array(ws)) = font.get(b"Widths").map(|o| deref(doc, o)) {
            for (k, w) in ws.iter().enumerate() {
                if let Some(w) = num(deref(doc, w)) {
                    widths.insert(first + k as u32, w);
                }
            }
        }
        let width_scale = if subtype == "Type3" {
            match font.get(b"FontMatrix").map(|o| deref(doc, o)) {
                Ok(Object::Array(m)) => m.first().and_then(num).map(|a| a * 1000.0).unwrap_or(1.0),
                _ => 1.0,
            }
        } else {
            1.0
        };
        let missing = font
            .get(b"FontDescriptor")
            .ok()
            .and_then(|o| dict_of(doc, o))
            .and_then(|d| d.get(b"MissingWidth").ok().and_then(num))
            .unwrap_or(if subtype == "Type3" { 0.0 } else { 500.0 });
        Font {
            composite: false,
            encoding: Predefined::Identity,
            embedded_encoding: None,
            to_unicode,
            fallback: Fallback::Simple(Box::new(simple_encoding(doc, font))),
            widths,
            default_width: missing,
            width_scale,
        }
    }

    fn composite(doc: &Document, font: &Dictionary, to_unicode: Option<ToUnicode>) -> Font {
        let (encoding, embedded_encoding) = match font.get(b"Encoding").map(|o| deref(doc, o)) {
            Ok(Object::Name(n)) => (
                Predefined::from_name(&String::from_utf8_lossy(n)).unwrap_or(Predefined::Identity),
                None,
            ),
            Ok(o @ Object::Stream(_)) => {
                // An embedded CMap: its codespaces split the codes; its `/UseCMap` may name a
                // predefined one that says what the codes mean.
                let parent = dict_of(doc, o)
                    .and_then(|d| d.get(b"UseCMap").ok())
                    .and_then(name_of)
                    .and_then(|n| Predefined::from_name(&n));
                (
                    parent.unwrap_or(Predefined::Identity),
                    stream_bytes(doc, o).map(|b| ToUnicode::parse(&b)),
                )
            }
            _ => (Predefined::Identity, None),
        };
        let descendant = match font.get(b"DescendantFonts").map(|o| deref(doc, o)) {
            Ok(Object::Array(a)) => a.first().and_then(|o| dict_of(doc, o)),
            _ => None,
        };
        let mut widths = HashMap::new();
        let mut default_width = 1000.0;
        let mut fallback = match encoding {
            Predefined::Identity => Fallback::None,
            p => Fallback::Cmap(p),
        };
        if let Some(d) = descendant {
            default_width = d
                .get(b"DW")
                .ok()
                .and_then(|o| num(deref(doc, o)))
                .unwrap_or(1000.0);
            if let Ok(Object::Array(w)) = d.get(b"W").map(|o| deref(doc, o)) {
                parse_cid_widths(doc, w, &mut widths);
            }
            if matches!(fallback, Fallback::None) {
                // a font that is not embedded (or is CID-keyed) speaks its collection's CIDs;
                // an embedded TrueType font's own cmap knows its glyphs better
                let collection = collection_text(doc, d);
                if let (Some(c), false) = (&collection, embeds_truetype(doc, d)) {
                    fallback = Fallback::Collection(c.clone());
                } else if let Some(glyphs) = embedded_glyph_text(doc, d) {
                    fallback = Fallback::EmbeddedGlyphs(glyphs);
                } else if let Some(c) = collection {
                    fallback = Fallback::Collection(c);
                }
            }
        }
        Font {
            composite: true,
            encoding,
            embedded_encoding,
            to_unicode,
            fallback,
            widths,
            default_width,
            width_scale: 1.0,
        }
    }

    /// Splits a shown string into codes, with each one's text and width.
    pub fn codes(&self, bytes: &[u8], out: &mut Vec<Code>) {
        let mut i = 0;
        while i < bytes.len() {
            let rest = &bytes[i..];
            let len = if !self.composite {
                1
            } else if let Some(n) = self
                .embedded_encoding
                .as_ref()
                .and_then(|e| e.code_len(rest))
            {
                n
            } else if self.encoding == Predefined::Identity {
                self.to_unicode
                    .as_ref()
                    .and_then(|t| t.code_len(rest))
                    .unwrap_or(2)
                    .min(rest.len())
            } else {
                self.encoding.code_len(rest)
            }
            .max(1);
            let raw = &rest[..len];
            let code = code_of(raw);
            i += len;
            let text = self.text_of(code, raw);
            let width = if self.composite
                && self.encoding != Predefined::Identity
                && self.embedded_encoding.is_none()
            {
                // CIDs of a predefined CMap are not known here: half width for ASCII.
                match text.as_deref().and_then(|t| t.chars().next()) {
                    Some(c) if c.is_ascii() => 500.0,
                    _ => self.default_width,
                }
            } else {
                self.widths
                    .get(&code)
                    .copied()
                    .unwrap_or(self.default_width)
                    * self.width_scale
            };
            out.push(Code {
                text,
                width,
                is_space: !self.composite && code == 32,
            });
        }
    }

    fn text_of(&self, code: u32, raw: &[u8]) -> Option<String> {
        if let Some(t) = self.to_unicode.as_ref().and_then(|t| t.map.get(&code)) {
            if !t.is_empty() {
                return Some(t.clone());
            }
        }
        match &self.fallback {
            Fallback::Cmap(p) => p.text(raw),
            Fallback::EmbeddedGlyphs(g) => g.get(&(code as u16)).map(|c| c.to_string()),
            Fallback::Collection(c) => c.0.lookup(code).map(|c| c.to_string()),
            Fallback::Simple(table) => table[(code & 0xFF) as usize].map(|c| c.to_string()),
            Fallback::None => None,
        }
    }
}

/// A shared CID → Unicode table of one collection.
#[derive(Clone)]
pub struct CollectionTable(std::sync::Arc<pdfboss_core::CidToUnicode>);

impl std::fmt::Debug for CollectionTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CollectionTable")
    }
}

/// The CID → Unicode table of the Adobe character collection a CID font names
/// (`/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) >>`); none for `Identity` orderings,
/// whose CIDs are the font's own.
fn collection_text(doc: &Document, cid_font: &Dictionary) -> Option<CollectionTable> {
    let info = dict_of(doc, cid_font.get(b"CIDSystemInfo").ok()?)?;
    let text = |k: &[u8]| match info.get(k).ok().map(|o| deref(doc, o)) {
        Some(Object::String(s, _)) => Some(String::from_utf8_lossy(s).into_owned()),
        _ => None,
    };
    if text(b"Registry")? != "Adobe" {
        return None;
    }
    let ordering = text(b"Ordering")?;
    match ordering.as_str() {
        "GB1" | "CNS1" | "Japan1" | "Korea1" | "KR" => {
            pdfboss_core::cid_to_unicode(&ordering).map(CollectionTable)
        }
        _ => None,
    }
}

/// Does the CID font embed a TrueType program (`/FontFile2`), whose glyph ids need not be the
/// collection's CIDs?
fn embeds_truetype(doc: &Document, cid_font: &Dictionary) -> bool {
    cid_font
        .get(b"FontDescriptor")
        .ok()
        .and_then(|o| dict_of(doc, o))
        .is_some_and(|fd| fd.has(b"FontFile2"))
}

/// `/W [c [w1 w2 …] c1 c2 w …]`
fn parse_cid_widths(doc: &Document, w: &[Object], out: &mut HashMap<u32, f64>) {
    let mut k = 0;
    while k < w.len() {
        let Some(first) = num(deref(doc, &w[k])) else {
            break;
        };
        match w.get(k + 1).map(|o| deref(doc, o)) {
            Some(Object::Array(list)) => {
                for (n, x) in list.iter().enumerate().take(0x10000) {
                    if let Some(x) = num(deref(doc, x)) {
                        out.insert(first as u32 + n as u32, x);
                    }
                }
                k += 2;
            }
            Some(o) => {
                let (Some(last), Some(width)) =
                    (num(o), w.get(k + 2).and_then(|x| num(deref(doc, x))))
                else {
                    break;
                };
                let (a, b) = (first as u32, last as u32);
                if b >= a && b - a <= 0x10000 {
                    for c in a..=b {
                        out.insert(c, width);
                    }
                }
                k += 3;
            }
            None => break,
        }
    }
}

/// Glyph id → character from an embedded TrueType font's cmap table (what a font without
/// `/ToUnicode` still says about its glyphs). Identity CIDToGIDMap only, or an explicit one.
fn embedded_glyph_text(doc: &Document, cid_font: &Dictionary) -> Option<HashMap<u16, char>> {
    let descriptor = cid_font
        .get(b"FontDescriptor")
        .ok()
        .and_then(|o| dict_of(doc, o))?;
    let file = descriptor
        .get(b"FontFile2")
        .ok()
        .and_then(|o| stream_bytes(doc, o))?;
    let face = ttf_parser::Face::parse(&file, 0).ok()?;
    let mut by_glyph: HashMap<u16, char> = HashMap::new();
    let cmap = face.tables().cmap?;
    for sub in cmap.subtables {
        if !sub.is_unicode() {
            continue;
        }
        sub.codepoints(|cp| {
            if let (Some(g), Some(c)) = (sub.glyph_index(cp), char::from_u32(cp)) {
                by_glyph.entry(g.0).or_insert(c);
            }
        });
    }
    if by_glyph.is_empty() {
        return None;
    }
    // CID → glyph: Identity, or a stream of big-endian glyph ids indexed by CID.
    if let Some(map) = cid_font
        .get(b"CIDToGIDMap")
        .ok()
        .and_then(|o| stream_bytes(doc, o))
    {
        let mut by_cid = HashMap::new();
        for (cid, g) in map.chunks(2).enumerate() {
            if g.len() == 2 {
                if let Some(&c) = by_glyph.get(&(((g[0] as u16) << 8) | g[1] as u16)) {
                    by_cid.insert(cid as u16, c);
                }
            }
        }
        return Some(by_cid);
    }
    Some(by_glyph)
}

/// A simple font's code → character table: its base encoding with `/Differences` applied.
fn simple_encoding(doc: &Document, font: &Dictionary) -> [Option<char>; 256] {
    let mut table: [Option<char>; 256] = [None; 256];
    // A symbolic subset font without an /Encoding has codes of its own making: reading them as
    // Latin-1 would be garbage, so only /Differences can say anything.
    let symbolic = font
        .get(b"FontDescriptor")
        .ok()
        .and_then(|o| dict_of(doc, o))
        .and_then(|d| d.get(b"Flags").ok().and_then(num))
        .is_some_and(|f| (f as i64) & 4 != 0);
    let subset = font
        .get(b"BaseFont")
        .ok()
        .and_then(name_of)
        .is_some_and(|n| n.len() > 7 && n.as_bytes()[6] == b'+');
    let own_codes = symbolic && subset && font.get(b"Encoding").is_err();
    // WinAnsi (cp1252) as the base: ASCII and Latin-1 where they agree.
    for (c, slot) in table.iter_mut().enumerate().skip(32) {
        if !own_codes && !(127..160).contains(&c) {
            *slot = char::from_u32(c as u32);
        }
    }
    if let Ok(enc) = font.get(b"Encoding").map(|o| deref(doc, o)) {
        if let Some(Object::Array(diffs)) = dict_of(doc, enc)
            .and_then(|d| d.get(b"Differences").ok())
            .map(|o| deref(doc, o))
        {
            let mut code = 0usize;
            for o in diffs {
                match o {
                    Object::Integer(n) => code = (*n).clamp(0, 255) as usize,
                    Object::Name(n) => {
                        if code < 256 {
                            table[code] = glyph_name_char(&String::from_utf8_lossy(n));
                        }
                        code += 1;
                    }
                    _ => {}
                }
            }
        }
    }
    table
}

/// The character a glyph name stands for: `uni4E00`, `u4E00`, single letters and the common
/// names; producer-private names (`g12`, `cid34`) say nothing.
fn glyph_name_char(name: &str) -> Option<char> {
    let base = name.split('.').next().unwrap_or(name);
    if let Some(h) = base.strip_prefix("uni").filter(|h| h.len() == 4) {
        return u32::from_str_radix(h, 16).ok().and_then(char::from_u32);
    }
    if let Some(h) = base
        .strip_prefix('u')
        .filter(|h| (4..=6).contains(&h.len()) && h.chars().all(|c| c.is_ascii_hexdigit()))
    {
        return u32::from_str_radix(h, 16).ok().and_then(char::from_u32);
    }
    let mut cs = base.chars();
    if let (Some(c), None) = (cs.next(), cs.next()) {
        if c.is_ascii_alphabetic() {
            return Some(c);
        }
    }
    Some(match base {
        "space" => ' ',
        "zero" => '0',
        "one" => '1',
        "two" => '2',
        "three" => '3',
        "four" => '4',
        "five" => '5',
        "six" => '6',
        "seven" => '7',
        "eight" => '8',
        "nine" => '9',
        "period" => '.',
        "comma" => ',',
        "colon" => ':',
        "semicolon" => ';',
        "hyphen" | "minus" => '-',
        "percent" => '%',
        "parenleft" => '(',
        "parenright" => ')',
        "slash" => '/',
        "plus" => '+',
        "equal" => '=',
        "quotedbl" => '"',
        "quotesingle" => '\'',
        "bracketleft" => '[',
        "bracketright" => ']',
        "underscore" => '_',
        "ampersand" => '&',
        "numbersign" => '#',
        "asterisk" => '*',
        "question" => '?',
        "exclam" => '!',
        "at" => '@',
        "endash" => '–',
        "emdash" => '—',
        "quoteleft" => '‘',
        "quoteright" => '’',
        "quotedblleft" => '“',
        "quotedblright" => '”',
        "bullet" => '•',
        _ => return None,
    })
}
