//! The positioned text interpreter: runs a page's content stream (and the Form XObjects it
//! draws) through the graphics and text state, and gives every glyph's text, position and size.
use super::font::{Code, Font};
use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};
use std::collections::HashMap;
use std::rc::Rc;

/// One shown glyph (or one `/ActualText` replacement) in page space.
#[derive(Debug, Clone)]
pub struct Glyph {
    pub text: String,
    /// Origin on the baseline.
    pub x: f64,
    pub y: f64,
    /// Advance along the baseline.
    pub width: f64,
    /// Font size in page space.
    pub size: f64,
}

/// What one page gave.
#[derive(Debug, Default)]
pub struct PageGlyphs {
    pub glyphs: Vec<Glyph>,
    /// Codes that no font table could turn into text.
    pub undecodable: usize,
    pub decoded: usize,
}

type Matrix = [f64; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `a` then `b`.
fn mul(a: &Matrix, b: &Matrix) -> Matrix {
    [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
}

#[derive(Clone)]
struct State {
    ctm: Matrix,
    font: Option<Rc<Font>>,
    size: f64,
    char_spacing: f64,
    word_spacing: f64,
    scale: f64,
    leading: f64,
    rise: f64,
}

/// Marked content: what an open `BDC`/`BMC` does to the glyphs inside it.
enum Mark {
    Plain,
    /// `/Artifact`: page furniture, dropped.
    Artifact,
    /// `/ActualText`: the glyphs inside are replaced by this text (from this glyph index on).
    ActualText(String, usize),
}

pub struct Interpreter<'a> {
    doc: &'a Document,
    fonts: HashMap<ObjectId, Rc<Font>>,
    out: PageGlyphs,
    codes: Vec<Code>,
    /// Form XObjects being drawn (a form that draws itself stops).
    forms: Vec<ObjectId>,
    ops_left: usize,
}

/// An operand as a number; anything else counts as 0 (a lenient reader, as viewers are).
fn num(o: &Object) -> f64 {
    super::number(o).unwrap_or(0.0)
}

/// The last `N` operands, when they are all numbers.
fn nums<const N: usize>(ops: &[Object]) -> Option<[f64; N]> {
    if ops.len() < N {
        return None;
    }
    let mut a = [0.0; N];
    for (k, o) in ops[ops.len() - N..].iter().enumerate() {
        a[k] = super::number(o)?;
    }
    Some(a)
}

fn resource<'d>(
    doc: &'d Document,
    res: &'d Dictionary,
    kind: &[u8],
    name: &[u8],
) -> Option<(&'d Object, Option<ObjectId>)> {
    let group = res.get(kind).ok()?;
    let group = match doc.dereference(group).ok()?.1 {
        Object::Dictionary(d) => d,
        _ => return None,
    };
    let entry = group.get(name).ok()?;
    let id = entry.as_reference().ok();
    Some((doc.dereference(entry).ok()?.1, id))
}

/// The text of a PDF text string (UTF-16 with BOM, else PDFDocEncoding read as Latin-1).
fn text_string(bytes: &[u8]) -> String {
    if bytes.starts_with(&[0xFE, 0xFF]) {
        super::cmap::utf16be(&bytes[2..])
    } else if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        String::from_utf8_lossy(&bytes[3..]).into_owned()
    } else {
        bytes.iter().map(|&b| b as char).collect()
    }
}

impl<'a> Interpreter<'a> {
    pub fn new(doc: &'a Document) -> Self {
        Interpreter {
            doc,
            fonts: HashMap::new(),
            out: PageGlyphs::default(),
            codes: Vec::new(),
            forms: Vec::new(),
            ops_left: 0,
        }
    }

    /// Runs one page; `budget` caps the operators run (a hostile file cannot loop forever).
    pub fn page(&mut self, content: &[u8], resources: &Dictionary, budget: usize) -> PageGlyphs {
        self.out = PageGlyphs::default();
        self.ops_left = budget;
        let state = State {
            ctm: IDENTITY,
            font: None,
            size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            scale: 1.0,
            leading: 0.0,
            rise: 0.0,
        };
        self.run(content, resources, state);
        std::mem::take(&mut self.out)
    }

    fn font(&mut self, res: &Dictionary, name: &[u8]) -> Option<Rc<Font>> {
        let (obj, id) = resource(self.doc, res, b"Font", name)?;
        let dict = match obj {
            Object::Dictionary(d) => d,
            _ => return None,
        };
        if let Some(id) = id {
            if let Some(f) = self.fonts.get(&id) {
                return Some(f.clone());
            }
            let f = Rc::new(Font::load(self.doc, dict));
            self.fonts.insert(id, f.clone());
            return Some(f);
        }
        Some(Rc::new(Font::load(self.doc, dict)))
    }

    fn run(&mut self, content: &[u8], res: &Dictionary, start: State) {
        let Ok(content) = Content::decode(content) else {
            return;
        };
        let mut gs = start;
        let mut stack: Vec<State> = Vec::new();
        let mut tm = IDENTITY;
        let mut tlm = IDENTITY;
        let mut marks: Vec<Mark> = Vec::new();
        for op in &content.operations {
            if self.ops_left == 0 {
                return;
            }
            self.ops_left -= 1;
            let o = &op.operands;
            match op.operator.as_str() {
                "q" => {
                    if stack.len() < 64 {
                        stack.push(gs.clone());
                    }
                }
                "Q" => {
                    if let Some(s) = stack.pop() {
                        gs = s;
                    }
                }
                "cm" => {
                    if let Some(m) = nums::<6>(o) {
                        gs.ctm = mul(&m, &gs.ctm);
                    }
                }
                "BT" => {
                    tm = IDENTITY;
                    tlm = IDENTITY;
                }
                "Tf" => {
                    if o.len() >= 2 {
                        if let Object::Name(n) = &o[0] {
                            gs.font = self.font(res, n);
                        }
                        gs.size = num(&o[1]);
                    }
                }
                "Tc" => gs.char_spacing = o.first().map(num).unwrap_or(0.0),
                "Tw" => gs.word_spacing = o.first().map(num).unwrap_or(0.0),
                "Tz" => gs.scale = o.first().map(num).unwrap_or(100.0) / 100.0,
                "TL" => gs.leading = o.first().map(num).unwrap_or(0.0),
                "Ts" => gs.rise = o.first().map(num).unwrap_or(0.0),
                "Td" | "TD" => {
                    if let Some([x, y]) = nums::<2>(o) {
                        if op.operator == "TD" {
                            gs.leading = -y;
                        }
                        tlm = mul(&[1.0, 0.0, 0.0, 1.0, x, y], &tlm);
                        tm = tlm;
                    }
                }
                "Tm" => {
                    if let Some(m) = nums::<6>(o) {
                        tlm = m;
                        tm = m;
                    }
                }
                "T*" => {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                    tm = tlm;
                }
                "Tj" | "'" | "\"" => {
                    if op.operator != "Tj" {
                        if op.operator == "\"" && o.len() >= 3 {
                            gs.word_spacing = num(&o[0]);
                            gs.char_spacing = num(&o[1]);
                        }
                        tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                        tm = tlm;
                    }
                    if let Some(Object::String(s, _)) = o.last() {
                        self.show(s, &gs, &mut tm, &marks);
                    }
                }
                "TJ" => {
                    if let Some(Object::Array(items)) = o.first() {
                        for it in items {
                            match it {
                                Object::String(s, _) => self.show(s, &gs, &mut tm, &marks),
                                Object::Integer(_) | Object::Real(_) => {
                                    let tx = -num(it) / 1000.0 * gs.size * gs.scale;
                                    tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &tm);
                                }
                                _ => {}
                            }
                        }
                    }
                }
                "BMC" | "BDC" => {
                    let tag = match o.first() {
                        Some(Object::Name(n)) => n.as_slice(),
                        _ => b"",
                    };
                    let props = match o.get(1) {
                        Some(Object::Dictionary(d)) => Some(d),
                        Some(Object::Name(n)) => resource(self.doc, res, b"Properties", n)
                            .and_then(|(o, _)| o.as_dict().ok()),
                        _ => None,
                    };
                    let actual = props
                        .and_then(|d| d.get(b"ActualText").ok())
                        .and_then(|o| o.as_str().ok())
                        .map(text_string);
                    marks.push(if tag == b"Artifact" {
                        Mark::Artifact
                    } else if let Some(t) = actual {
                        Mark::ActualText(t, self.out.glyphs.len())
                    } else {
                        Mark::Plain
                    });
                }
                "EMC" => {
                    if let Some(Mark::ActualText(text, from)) = marks.pop() {
                        // The glyphs drawn inside stand for this text: keep the first one's place.
                        if from <= self.out.glyphs.len()
                            && !marks.iter().any(|m| matches!(m, Mark::Artifact))
                        {
                            let drawn: Vec<Glyph> = self.out.glyphs.drain(from..).collect();
                            if let Some(first) = drawn.first() {
                                let width = drawn.iter().map(|g| g.width).sum();
                                self.out.glyphs.push(Glyph {
                                    text,
                                    x: first.x,
                                    y: first.y,
                                    width,
                                    size: first.size,
                                });
                            }
                        }
                    }
                }
                "Do" => {
                    if let Some(Object::Name(n)) = o.first() {
                        self.form(res, n, &gs);
                    }
                }
                _ => {}
            }
        }
    }

    fn form(&mut self, res: &Dictionary, name: &[u8], gs: &State) {
        let Some((Object::Stream(s), id)) = resource(self.doc, res, b"XObject", name) else {
            return;
        };
        if s.dict.get(b"Subtype").ok().and_then(|o| o.as_name().ok()) != Some(b"Form".as_slice()) {
            return;
        }
        // a form drawing itself (directly or through others) is drawn once
        let Some(id) = id else { return };
        if self.forms.contains(&id) || self.forms.len() > 16 {
            return;
        }
        let Ok(content) = s.decompressed_content_with_limit(super::MAX_STREAM) else {
            return;
        };
        self.forms.push(id);
        let mut inner = gs.clone();
        if let Ok(Object::Array(m)) = s.dict.get(b"Matrix") {
            if m.len() == 6 {
                let m: Vec<f64> = m.iter().map(num).collect();
                inner.ctm = mul(&[m[0], m[1], m[2], m[3], m[4], m[5]], &gs.ctm);
            }
        }
        let own = s
            .dict
            .get(b"Resources")
            .ok()
            .and_then(|o| self.doc.dereference(o).ok())
            .and_then(|(_, o)| o.as_dict().ok());
        let res = own.unwrap_or(res);
        self.run(&content, res, inner);
        self.forms.pop();
    }

    fn show(&mut self, bytes: &[u8], gs: &State, tm: &mut Matrix, marks: &[Mark]) {
        let Some(font) = gs.font.clone() else { return };
        let artifact = marks.iter().any(|m| matches!(m, Mark::Artifact));
        let mut codes = std::mem::take(&mut self.codes);
        codes.clear();
        font.codes(bytes, &mut codes);
        for c in codes.drain(..) {
            let trm = mul(
                &[gs.size * gs.scale, 0.0, 0.0, gs.size, 0.0, gs.rise],
                &mul(tm, &gs.ctm),
            );
            let advance = (c.width / 1000.0 * gs.size
                + gs.char_spacing
                + if c.is_space { gs.word_spacing } else { 0.0 })
                * gs.scale;
            let size = (trm[2] * trm[2] + trm[3] * trm[3]).sqrt();
            // the advance in page space: along the text direction
            let dx = advance * tm[0] * gs.ctm[0] + advance * tm[1] * gs.ctm[2];
            let dy = advance * tm[0] * gs.ctm[1] + advance * tm[1] * gs.ctm[3];
            let width = (dx * dx + dy * dy).sqrt();
            if !artifact {
                match c.text {
                    Some(t) => {
                        self.out.decoded += 1;
                        if !t.chars().all(|ch| ch.is_control()) {
                            self.out.glyphs.push(Glyph {
                                text: t,
                                x: trm[4],
                                y: trm[5],
                                width,
                                size,
                            });
                        }
                    }
                    None => self.out.undecodable += 1,
                }
            }
            *tm = mul(&[1.0, 0.0, 0.0, 1.0, advance, 0.0], tm);
        }
        self.codes = codes;
    }
}
