//! Character codes to Unicode: `/ToUnicode` CMaps, the predefined CJK CMaps that name an
//! encoding (UCS-2, UTF-16, GBK, Big5) and code-length splitting by codespace.
use std::collections::HashMap;

/// A codespace range: codes of `len` bytes whose bytes each lie between `low` and `high`.
#[derive(Debug, Clone)]
pub struct Codespace {
    pub len: usize,
    pub low: Vec<u8>,
    pub high: Vec<u8>,
}

/// A parsed `/ToUnicode` (or embedded encoding) CMap.
#[derive(Debug, Default, Clone)]
pub struct ToUnicode {
    pub codespaces: Vec<Codespace>,
    /// The distinct code lengths of `codespaces`, shortest first.
    lens: Vec<usize>,
    pub map: HashMap<u32, String>,
}

/// The tokens of a CMap program that matter here.
#[derive(Debug)]
enum Tok {
    Hex(Vec<u8>),
    Word(String),
    Open,
    Close,
}

fn tokens(data: &[u8]) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        match c {
            b'%' => {
                while i < data.len() && data[i] != b'\n' && data[i] != b'\r' {
                    i += 1;
                }
            }
            b'<' if data.get(i + 1) == Some(&b'<') => i += 2,
            b'>' if data.get(i + 1) == Some(&b'>') => i += 2,
            b'<' => {
                let mut digits = Vec::new();
                i += 1;
                while i < data.len() && data[i] != b'>' {
                    if data[i].is_ascii_hexdigit() {
                        digits.push(data[i]);
                    }
                    i += 1;
                }
                i += 1;
                if digits.len() % 2 == 1 {
                    digits.push(b'0');
                }
                let bytes = digits
                    .chunks(2)
                    .map(|p| (hex(p[0]) << 4) | hex(p[1]))
                    .collect();
                out.push(Tok::Hex(bytes));
            }
            b'[' => {
                out.push(Tok::Open);
                i += 1;
            }
            b']' => {
                out.push(Tok::Close);
                i += 1;
            }
            b'(' => {
                // a literal string (rare in CMaps): its bytes
                let mut depth = 1;
                let mut bytes = Vec::new();
                i += 1;
                while i < data.len() && depth > 0 {
                    match data[i] {
                        b'\\' => {
                            i += 1;
                            if let Some(&e) = data.get(i) {
                                bytes.push(match e {
                                    b'n' => b'\n',
                                    b'r' => b'\r',
                                    b't' => b'\t',
                                    other => other,
                                });
                            }
                        }
                        b'(' => {
                            depth += 1;
                            bytes.push(b'(');
                        }
                        b')' => {
                            depth -= 1;
                            if depth > 0 {
                                bytes.push(b')');
                            }
                        }
                        other => bytes.push(other),
                    }
                    i += 1;
                }
                out.push(Tok::Hex(bytes));
            }
            c if c.is_ascii_whitespace() => i += 1,
            _ => {
                let start = i;
                while i < data.len()
                    && !data[i].is_ascii_whitespace()
                    && !b"<>[]()%/".contains(&data[i])
                {
                    i += 1;
                }
                if i == start {
                    i += 1; // a lone `/` or stray byte
                    continue;
                }
                out.push(Tok::Word(
                    String::from_utf8_lossy(&data[start..i]).into_owned(),
                ));
            }
        }
    }
    out
}

fn hex(d: u8) -> u8 {
    match d {
        b'0'..=b'9' => d - b'0',
        b'a'..=b'f' => d - b'a' + 10,
        b'A'..=b'F' => d - b'A' + 10,
        _ => 0,
    }
}

/// A code's bytes as one number (big-endian, at most four bytes).
pub fn code_of(bytes: &[u8]) -> u32 {
    bytes.iter().take(4).fold(0u32, |a, &b| (a << 8) | b as u32)
}

/// UTF-16BE bytes of a CMap destination to text (lone surrogates dropped).
pub fn utf16be(bytes: &[u8]) -> String {
    let units: Vec<u16> = bytes
        .chunks(2)
        .map(|p| ((p[0] as u16) << 8) | *p.get(1).unwrap_or(&0) as u16)
        .collect();
    char::decode_utf16(units).filter_map(|r| r.ok()).collect()
}

/// Adds `n` to the last UTF-16 unit of a destination (a `bfrange` steps through destinations so).
fn step(dst: &[u8], n: u32) -> String {
    let mut units: Vec<u16> = dst
        .chunks(2)
        .map(|p| ((p[0] as u16) << 8) | *p.get(1).unwrap_or(&0) as u16)
        .collect();
    if let Some(last) = units.last_mut() {
        *last = last.wrapping_add(n as u16);
    }
    char::decode_utf16(units).filter_map(|r| r.ok()).collect()
}

impl ToUnicode {
    /// Parses a CMap program; what cannot be understood is skipped (a CMap is advisory).
    pub fn parse(data: &[u8]) -> ToUnicode {
        let toks = tokens(data);
        let mut cm = ToUnicode::default();
        let mut i = 0;
        // Ranges are capped: a corrupt `<0000> <FFFFFFFF>` must not fill memory.
        const MAX_RANGE: u32 = 0x10000;
        while i < toks.len() {
            match &toks[i] {
                Tok::Word(w) if w == "begincodespacerange" => {
                    i += 1;
                    while i + 1 < toks.len() {
                        match (&toks[i], &toks[i + 1]) {
                            (Tok::Hex(lo), Tok::Hex(hi))
                                if lo.len() == hi.len() && !lo.is_empty() =>
                            {
                                cm.codespaces.push(Codespace {
                                    len: lo.len(),
                                    low: lo.clone(),
                                    high: hi.clone(),
                                });
                                i += 2;
                            }
                            _ => break,
                        }
                    }
                }
                Tok::Word(w) if w == "beginbfchar" => {
                    i += 1;
                    while i + 1 < toks.len() {
                        match (&toks[i], &toks[i + 1]) {
                            (Tok::Hex(src), Tok::Hex(dst)) => {
                                cm.map.insert(code_of(src), utf16be(dst));
                                i += 2;
                            }
                            _ => break,
                        }
                    }
                }
                Tok::Word(w) if w == "beginbfrange" => {
                    i += 1;
                    while i + 2 < toks.len() {
                        let (Tok::Hex(lo), Tok::Hex(hi)) = (&toks[i], &toks[i + 1]) else {
                            break;
                        };
                        let (lo, hi) = (code_of(lo), code_of(hi));
                        match &toks[i + 2] {
                            Tok::Hex(dst) => {
                                if hi >= lo && hi - lo < MAX_RANGE {
                                    for n in 0..=(hi - lo) {
                                        cm.map.insert(lo + n, step(dst, n));
                                    }
                                }
                                i += 3;
                            }
                            Tok::Open => {
                                let mut k = i + 3;
                                let mut n = 0;
                                while let Some(Tok::Hex(dst)) = toks.get(k) {
                                    if lo + n <= hi {
                                        cm.map.insert(lo + n, utf16be(dst));
                                    }
                                    n += 1;
                                    k += 1;
                                }
                                i = k + 1; // past `]`
                            }
                            _ => break,
                        }
                    }
                }
                _ => i += 1,
            }
        }
        cm.lens = cm.codespaces.iter().map(|c| c.len).collect();
        cm.lens.sort_unstable();
        cm.lens.dedup();
        cm
    }

    /// The length of the code at the start of `bytes` by this CMap's codespaces, if it has any.
    pub fn code_len(&self, bytes: &[u8]) -> Option<usize> {
        if self.codespaces.is_empty() {
            return None;
        }
        let fits = |cs: &Codespace| {
            bytes.len() >= cs.len
                && (0..cs.len).all(|k| cs.low[k] <= bytes[k] && bytes[k] <= cs.high[k])
        };
        self.lens
            .iter()
            .copied()
            .find(|&len| self.codespaces.iter().any(|cs| cs.len == len && fits(cs)))
    }
}

/// The predefined CMaps whose codes are an encoding of Unicode or of a Chinese character set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Predefined {
    /// Identity-H/V: two-byte codes that are CIDs, no text of their own.
    Identity,
    /// Uni*-UCS2-*: the code is a UCS-2 value.
    Ucs2,
    /// Uni*-UTF16-*: UTF-16BE.
    Utf16,
    /// GB-EUC, GBK-EUC, GBpc-EUC, GBK2K: GB 2312 / GBK / GB 18030 bytes.
    Gbk,
    /// B5pc, ETen-B5, HKscs-B5, CNS-EUC: Big5 bytes.
    Big5,
}

impl Predefined {
    pub fn from_name(name: &str) -> Option<Predefined> {
        Some(match name {
            n if n.starts_with("Identity") => Predefined::Identity,
            n if n.starts_with("Uni") && n.contains("UCS2") => Predefined::Ucs2,
            n if n.starts_with("Uni") && n.contains("UTF16") => Predefined::Utf16,
            n if n.starts_with("GB") => Predefined::Gbk,
            n if n.contains("B5") || n.starts_with("CNS") => Predefined::Big5,
            _ => return None,
        })
    }

    /// The length of the code starting `bytes`.
    pub fn code_len(self, bytes: &[u8]) -> usize {
        let b0 = bytes[0];
        let n = match self {
            Predefined::Identity | Predefined::Ucs2 => 2,
            Predefined::Utf16 => {
                if (0xD8..0xDC).contains(&b0) {
                    4
                } else {
                    2
                }
            }
            Predefined::Gbk => {
                if b0 < 0x80 {
                    1
                } else if bytes.get(1).is_some_and(|b| (0x30..=0x39).contains(b)) {
                    4
                } else {
                    2
                }
            }
            Predefined::Big5 => {
                if b0 < 0x80 {
                    1
                } else {
                    2
                }
            }
        };
        n.min(bytes.len())
    }

    /// The text of one code, when the CMap itself says it.
    pub fn text(self, code: &[u8]) -> Option<String> {
        match self {
            Predefined::Identity => None,
            Predefined::Ucs2 | Predefined::Utf16 => Some(utf16be(code)).filter(|s| !s.is_empty()),
            Predefined::Gbk | Predefined::Big5 => {
                let enc = if self == Predefined::Gbk {
                    encoding_rs::GB18030
                } else {
                    encoding_rs::BIG5
                };
                let (text, had_errors) = enc.decode_without_bom_handling(code);
                (!had_errors).then(|| text.into_owned())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bfchar_and_both_bfrange_forms() {
        let cm = ToUnicode::parse(
            b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
              2 beginbfchar <0003> <0020> <0011> <5DE5> endbfchar\n\
              2 beginbfrange <0020> <0022> <4E00> <0030> <0031> [<8F66> <D840DC00>] endbfrange",
        );
        assert_eq!(cm.map[&0x11], "工");
        assert_eq!(cm.map[&0x21], "丁");
        assert_eq!(cm.map[&0x30], "车");
        assert_eq!(cm.map[&0x31], "\u{20000}");
        assert_eq!(cm.code_len(&[0, 0x11]), Some(2));
    }

    #[test]
    fn predefined_cmaps_decode_their_encodings() {
        assert_eq!(
            Predefined::from_name("UniGB-UCS2-H"),
            Some(Predefined::Ucs2)
        );
        assert_eq!(Predefined::Ucs2.text(&[0x5D, 0xE5]).as_deref(), Some("工"));
        let gbk = [0xB9u8, 0xA4, b'7'];
        assert_eq!(Predefined::Gbk.code_len(&gbk), 2);
        assert_eq!(Predefined::Gbk.text(&gbk[..2]).as_deref(), Some("工"));
        assert_eq!(Predefined::Gbk.code_len(&gbk[2..]), 1);
    }
}
