//! The fact contract (`../shared/spec/FACTS.md`): what one extracted fact and one document
//! record carry, and how they serialise. Every field is always present, `null` where unknown.
use crate::numerals::Decimal;
use serde_json::{json, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Money,
    Quantity,
    Percent,
    Growth,
    Date,
    Ranking,
    Project,
    Org,
    Region,
}

impl Kind {
    pub const ALL: [Kind; 9] = [
        Kind::Money,
        Kind::Quantity,
        Kind::Percent,
        Kind::Growth,
        Kind::Date,
        Kind::Ranking,
        Kind::Project,
        Kind::Org,
        Kind::Region,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Money => "money",
            Kind::Quantity => "quantity",
            Kind::Percent => "percent",
            Kind::Growth => "growth",
            Kind::Date => "date",
            Kind::Ranking => "ranking",
            Kind::Project => "project",
            Kind::Org => "org",
            Kind::Region => "region",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn is_numeric(self) -> bool {
        matches!(
            self,
            Kind::Money | Kind::Quantity | Kind::Percent | Kind::Growth | Kind::Ranking
        )
    }

    pub fn is_entity(self) -> bool {
        matches!(self, Kind::Project | Kind::Org | Kind::Region)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Actual,
    Target,
    Forecast,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Actual => "actual",
            Role::Target => "target",
            Role::Forecast => "forecast",
        }
    }
}

/// An inclusive span of days, `YYYY-MM-DD` both ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub start: String,
    pub end: String,
}

/// A place as the gazetteer knows it: full current name, division code (none for a foreign
/// place or one the gazetteer lacks), level, and parents' full names from the top down.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceRef {
    pub name: String,
    pub code: Option<String>,
    pub level: &'static str,
    pub parents: Vec<String>,
}

/// One extracted fact. Offsets `start`/`end` are characters of the normalised text;
/// `src_start`/`src_end` are bytes of the original file.
#[derive(Debug, Clone)]
pub struct Fact {
    pub kind: Kind,
    pub text: String,
    /// Byte range in the normalised text (internal; converted to characters for output).
    pub byte_start: usize,
    pub byte_end: usize,
    pub start: usize,
    pub end: usize,
    pub src_start: usize,
    pub src_end: usize,
    pub sentence: String,
    pub page: Option<u32>,
    pub value: Option<Decimal>,
    pub value_max: Option<Decimal>,
    pub currency: Option<String>,
    pub approx: Option<String>,
    pub unit: Option<String>,
    pub basis: Option<String>,
    pub scope: Option<String>,
    pub date: Option<Span>,
    pub grain: Option<&'static str>,
    pub name: Option<String>,
    pub subject: Option<String>,
    pub period: Option<Span>,
    /// Which context gave the period: `sentence`, `paragraph`, `section` or `document`.
    pub period_source: Option<&'static str>,
    pub entity: Option<String>,
    pub role: Option<Role>,
    /// A region fact: the place it names; a figure: the place it is about.
    pub place: Option<Box<PlaceRef>>,
}

impl Fact {
    pub fn new(kind: Kind, text: &str, byte_start: usize, byte_end: usize) -> Fact {
        Fact {
            kind,
            text: text.to_string(),
            byte_start,
            byte_end,
            start: 0,
            end: 0,
            src_start: 0,
            src_end: 0,
            sentence: String::new(),
            page: None,
            value: None,
            value_max: None,
            currency: None,
            approx: None,
            unit: None,
            basis: None,
            scope: None,
            date: None,
            grain: None,
            name: None,
            subject: None,
            period: None,
            period_source: None,
            entity: None,
            role: None,
            place: None,
        }
    }

    /// The JSON object of FACTS.md (every field present; keys sorted).
    pub fn to_json(&self, doc: &str) -> Value {
        serde_json::to_value(self.json_view(doc)).unwrap_or(Value::Null)
    }

    /// The same object as JSON text, written straight from the fields without building a map
    /// (the index stores one per fact, `extract` prints one per line).
    pub fn to_json_string(&self, doc: &str) -> String {
        serde_json::to_string(&self.json_view(doc)).unwrap_or_default()
    }

    /// The object of [`Self::to_json`] for any serde serializer (the Python module builds its
    /// dicts from it without going through JSON text).
    pub fn json_view<'a>(&'a self, doc: &'a str) -> impl serde::Serialize + 'a {
        let named = self.place.as_deref().filter(|_| self.kind == Kind::Region);
        let about = self.place.as_deref().filter(|_| self.kind != Kind::Region);
        FactJson {
            canonical: named.map(|p| p.name.as_str()),
            code: named.and_then(|p| p.code.as_deref()),
            level: named.map(|p| p.level),
            parents: named.map(|p| p.parents.as_slice()).unwrap_or(&[]),
            region: about.map(|p| p.name.as_str()),
            region_code: about.and_then(|p| p.code.as_deref()),
            approx: &self.approx,
            basis: &self.basis,
            currency: &self.currency,
            date_end: self.date.as_ref().map(|d| d.end.as_str()),
            date_start: self.date.as_ref().map(|d| d.start.as_str()),
            doc,
            end: self.end,
            entity: &self.entity,
            grain: self.grain,
            kind: self.kind.as_str(),
            name: &self.name,
            page: self.page,
            period: self.period.as_ref().map(|p| PeriodJson {
                date_end: &p.end,
                date_start: &p.start,
            }),
            period_source: self.period_source,
            role: self.role.map(Role::as_str),
            scope: &self.scope,
            sentence: &self.sentence,
            src_end: self.src_end,
            src_start: self.src_start,
            start: self.start,
            subject: &self.subject,
            text: &self.text,
            unit: &self.unit,
            value: self.value.map(Decimal::to_json).unwrap_or(Value::Null),
            value_max: self.value_max.map(Decimal::to_json).unwrap_or(Value::Null),
        }
    }
}

#[derive(serde::Serialize)]
struct PeriodJson<'a> {
    date_end: &'a str,
    date_start: &'a str,
}

/// A fact as FACTS.md spells it. Fields in alphabetical order, so the text comes out with
/// sorted keys like every other JSON object tongbao prints.
#[derive(serde::Serialize)]
struct FactJson<'a> {
    approx: &'a Option<String>,
    basis: &'a Option<String>,
    canonical: Option<&'a str>,
    code: Option<&'a str>,
    currency: &'a Option<String>,
    date_end: Option<&'a str>,
    date_start: Option<&'a str>,
    doc: &'a str,
    end: usize,
    entity: &'a Option<String>,
    grain: Option<&'static str>,
    kind: &'static str,
    level: Option<&'static str>,
    name: &'a Option<String>,
    page: Option<u32>,
    parents: &'a [String],
    period: Option<PeriodJson<'a>>,
    period_source: Option<&'static str>,
    region: Option<&'a str>,
    region_code: Option<&'a str>,
    role: Option<&'static str>,
    scope: &'a Option<String>,
    sentence: &'a str,
    src_end: usize,
    src_start: usize,
    start: usize,
    subject: &'a Option<String>,
    text: &'a str,
    unit: &'a Option<String>,
    value: Value,
    value_max: Value,
}

/// The document record of FACTS.md.
#[derive(Debug, Clone, Default)]
pub struct DocRecord {
    pub doc: String,
    pub path: String,
    pub title: Option<String>,
    pub issued: Option<String>,
    pub year: Option<i32>,
    pub year_source: &'static str,
    pub issuer: Option<String>,
    pub genre: &'static str,
    pub doc_number: Option<String>,
    pub encoding: &'static str,
    pub format: &'static str,
    pub chars: usize,
    pub bytes: usize,
    /// Pages of a paged source (PDF), and those that could not be decoded (left out of the text).
    pub pages: Option<usize>,
    pub undecodable_pages: Vec<usize>,
    /// Pages with no text at all (images, blank pages).
    pub empty_pages: Vec<usize>,
    /// The `来源：` a web page names.
    pub source: Option<String>,
    /// Page headers and footers of a Word document, kept out of the text.
    pub headers_footers: Vec<String>,
    /// The document's own place (its title's or its issuer's), as the extractor decided it.
    pub region: Option<PlaceRef>,
    /// Why the text may be less than the whole document (pages left out, clutter dropped).
    pub notes: Vec<String>,
}

impl DocRecord {
    pub fn to_json(&self, facts: usize, rules_version: &str) -> Value {
        json!({
            "doc": self.doc,
            "path": self.path,
            "title": self.title,
            "issued": self.issued,
            "year": self.year,
            "year_source": self.year_source,
            "issuer": self.issuer,
            "genre": self.genre,
            "region": self.region.as_ref().map(|p| p.name.as_str()),
            "region_code": self.region.as_ref().and_then(|p| p.code.as_deref()),
            "doc_number": self.doc_number,
            "encoding": self.encoding,
            "format": self.format,
            "pages": self.pages,
            "undecodable_pages": self.undecodable_pages,
            "empty_pages": self.empty_pages,
            "source": self.source,
            "headers_footers": self.headers_footers,
            "notes": self.notes,
            "chars": self.chars,
            "bytes": self.bytes,
            "facts": facts,
            "rules_version": rules_version,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fact_prints_every_field_with_sorted_keys() {
        let mut f = Fact::new(Kind::Money, "8414 万元", 3, 14);
        f.value = crate::numerals::parse_arabic("84140000");
        f.period = Some(Span {
            start: "2023-01-01".into(),
            end: "2023-03-31".into(),
        });
        f.role = Some(Role::Actual);
        f.subject = Some("投资".into());
        f.sentence = "完成投资 8414 万元。".into();
        assert_eq!(f.to_json_string("a.txt"), f.to_json("a.txt").to_string());
        let v = f.to_json("a.txt");
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted);
        assert_eq!(keys.len(), 31, "every field of FACTS.md");
        assert_eq!(v["value"], serde_json::json!(84140000));
        assert_eq!(
            v["period"],
            serde_json::json!({"date_start": "2023-01-01", "date_end": "2023-03-31"})
        );
        assert_eq!(v["role"], "actual");
        assert!(v["unit"].is_null() && v["page"].is_null());
        assert!(
            v["region"].is_null()
                && v["canonical"].is_null()
                && v["parents"] == serde_json::json!([])
        );
        f.place = Some(Box::new(PlaceRef {
            name: "十堰经济技术开发区".into(),
            code: Some("42101007".into()),
            level: "zone",
            parents: vec!["湖北省".into(), "十堰市".into()],
        }));
        let v = f.to_json("a.txt");
        assert_eq!(
            (v["region"].as_str(), v["region_code"].as_str()),
            (Some("十堰经济技术开发区"), Some("42101007")),
            "a figure says where it is"
        );
        f.kind = Kind::Region;
        let v = f.to_json("a.txt");
        assert_eq!(v["canonical"], "十堰经济技术开发区");
        assert_eq!(
            v["parents"],
            serde_json::json!(["湖北省", "十堰市"]),
            "a region fact says where its place lies"
        );
        assert!(v["region"].is_null());
    }
}
