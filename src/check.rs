//! Use stage: a claim against the archive. Each figure of the claim is extracted with the same
//! rules as the archive, the index is asked for facts of the same kind about a similar subject,
//! and every candidate is judged on subject, period, region, basis, role and value, so the
//! verdict comes with its evidence and with the reason each near match was turned down.
//!
//! Values compare within the rounding printed on either side: a claim of `147亿元` is supported
//! by an archive's `147.3亿元`, and `5.3%` is not supported by `5.4%`.
use crate::audit::printed_half_ulp;
use crate::fact::{Fact, Kind, Role};
use crate::index::search::{Filters, Searching};
use crate::index::tokenizer::fold;
use crate::pipeline::{Pipeline, Processed};
use crate::rules::SubjectCompare;
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value as _};
use tantivy::{DocAddress, TantivyDocument, Term};

/// The year a claim's year-less periods are resolved in, so that `一季度` becomes a span whose
/// months are known and whose year matches any year of the archive. A leap year, so `2月`
/// ends on the 29th and compares with either.
const ANY_YEAR: i32 = 1904;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Supported,
    Contradicted,
    TargetNotResult,
    #[serde(rename = "not found")]
    NotFound,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Contradicted => "contradicted",
            Verdict::TargetNotResult => "target-not-result",
            Verdict::NotFound => "not found",
        }
    }
}

/// A claim file that could not be read, or an index that could not be searched.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    #[error(transparent)]
    Read(#[from] crate::error::Error),
    #[error("index: {0}")]
    Index(#[from] tantivy::TantivyError),
}

/// A fact of the archive offered as evidence, with where it stands.
#[derive(Debug, Clone, Serialize)]
pub struct Evidence {
    pub doc: Option<String>,
    pub path: Option<String>,
    pub title: Option<String>,
    pub issued: Option<String>,
    pub text: String,
    pub value: Option<f64>,
    pub unit: Option<String>,
    pub subject: Option<String>,
    pub period: Option<(String, String)>,
    pub regions: Vec<String>,
    pub role: Option<String>,
    pub sentence: String,
    pub start: Option<u64>,
    pub end: Option<u64>,
    pub src_start: Option<u64>,
    pub src_end: Option<u64>,
    pub page: Option<u64>,
    /// How close the fact is to the claim (subject likeness, period, region, search score).
    pub score: f64,
    /// Why this fact does not decide the claim (`other period 2022-01-01..2022-03-31`…), or
    /// a remark on one that does (`the archive states no period`).
    pub reason: Option<String>,
}

/// The verdict on one figure of a claim.
#[derive(Debug, Clone, Serialize)]
pub struct Checked {
    pub claim: String,
    pub sentence: String,
    pub kind: &'static str,
    pub text: String,
    pub value: Option<f64>,
    pub unit: Option<String>,
    pub subject: Option<String>,
    pub period: Option<(String, String)>,
    /// The claim gave no year: its period matched the same months of any year.
    pub any_year: bool,
    pub region: Option<String>,
    pub role: Option<&'static str>,
    pub verdict: Verdict,
    /// The facts the verdict rests on, best first.
    pub evidence: Vec<Evidence>,
    /// Near matches turned down, best first, each with its reason.
    pub rejected: Vec<Evidence>,
    pub note: Option<String>,
}

/// One period as (year, month, day) at both ends.
type Ymd = (i32, u32, u32);

/// What a figure's qualifier makes of its value (`[qualifiers]` in numbers.toml).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Bound {
    Exact,
    Lower,
    Upper,
}

fn bound_of(rules: &crate::rules::Rules, approx: Option<&str>) -> Bound {
    match approx {
        Some(a) if rules.lower_bounds.iter().any(|w| w == a) => Bound::Lower,
        Some(a) if rules.upper_bounds.iter().any(|w| w == a) => Bound::Upper,
        _ => Bound::Exact,
    }
}

fn ymd(s: &str) -> Option<Ymd> {
    let mut it = s.splitn(3, '-');
    Some((
        it.next()?.parse().ok()?,
        it.next()?.parse().ok()?,
        it.next()?.parse().ok()?,
    ))
}

/// February's last day compares equal in any year.
fn month_day(d: Ymd) -> (u32, u32) {
    if d.1 == 2 && d.2 >= 28 {
        (2, 29)
    } else {
        (d.1, d.2)
    }
}

#[derive(Debug, PartialEq)]
enum PeriodFit {
    Same,
    /// The claim gives no period.
    ClaimOpen,
    /// The archive's fact states none.
    Unknown,
    Other,
}

fn period_fit(claim: Option<(Ymd, Ymd)>, any_year: bool, cand: Option<(Ymd, Ymd)>) -> PeriodFit {
    let Some((cs, ce)) = claim else {
        return PeriodFit::ClaimOpen;
    };
    let Some((fs, fe)) = cand else {
        return PeriodFit::Unknown;
    };
    let same = if any_year {
        month_day(cs) == month_day(fs)
            && month_day(ce) == month_day(fe)
            && ce.0 - cs.0 == fe.0 - fs.0
    } else {
        (cs.0, month_day(cs)) == (fs.0, month_day(fs))
            && (ce.0, month_day(ce)) == (fe.0, month_day(fe))
    };
    if same {
        PeriodFit::Same
    } else {
        PeriodFit::Other
    }
}

/// How the evidence's place (its own, then the places around it, as the index stores them)
/// fits the claim's: the same place, open (one side names none), or not, with the reason:
/// another place, a place inside the claimed one, or one around it.
fn region_fit(
    claim: Option<&crate::fact::PlaceRef>,
    evidence: &[String],
) -> (Option<bool>, Option<String>) {
    let Some(claim) = claim else {
        return (
            if evidence.is_empty() {
                Some(true)
            } else {
                None
            },
            None,
        );
    };
    let Some(own) = evidence.first() else {
        return (None, None);
    };
    let k = region_key(&claim.name);
    if region_key(own) == k {
        return (Some(true), None);
    }
    let reason = if evidence[1..].iter().any(|r| region_key(r) == k) {
        format!(
            "a place inside {} ({own}): its figure neither supports nor contradicts the claim",
            claim.name
        )
    } else if claim
        .parents
        .iter()
        .any(|p| region_key(p) == region_key(own))
    {
        format!(
            "a place around {} ({own}): its figure neither supports nor contradicts the claim",
            claim.name
        )
    } else {
        format!("other region ({own})")
    };
    (Some(false), Some(reason))
}

/// A region's name without its level (`北京市` → `北京`, `张湾区` → `张湾`), so the forms a
/// text uses for one place compare equal.
pub fn region_key(name: &str) -> String {
    const LEVELS: &[&str] = &[
        "维吾尔自治区",
        "壮族自治区",
        "回族自治区",
        "特别行政区",
        "自治区",
        "自治州",
        "自治县",
        "省",
        "市",
        "区",
        "县",
        "州",
        "盟",
        "旗",
        "镇",
        "乡",
    ];
    let n = name.trim();
    for l in LEVELS {
        if let Some(rest) = n.strip_suffix(l) {
            if rest.chars().count() >= 2 {
                return rest.to_string();
            }
        }
    }
    n.to_string()
}

/// The subject reduced to what it measures: aliases to one name, standing words dropped,
/// folded as the index folds; compared by character pairs.
struct SubjectKey {
    pairs: BTreeSet<(char, char)>,
    /// The reduced subject (shown when a test fails).
    #[allow(dead_code)]
    text: String,
}

fn subject_key(s: &str, cmp: &SubjectCompare, regions: &[String]) -> SubjectKey {
    let mut t: String = s.chars().map(fold).filter(|c| !c.is_whitespace()).collect();
    for (gi, group) in cmp.same.iter().enumerate() {
        let mark = char::from_u32(0xE000 + gi as u32).unwrap_or('\u{E000}');
        for name in group {
            let name: String = name.chars().map(fold).collect();
            if !name.is_empty() && t.contains(&name) {
                t = t.replace(&name, &mark.to_string());
            }
        }
    }
    for r in regions {
        if r.chars().count() >= 2 {
            t = t.replace(r.as_str(), "");
        }
    }
    for w in &cmp.ignore {
        if t.chars().count() > w.chars().count() {
            t = t.replace(w.as_str(), "");
        }
    }
    let chars: Vec<char> = t.chars().collect();
    let mut pairs: BTreeSet<(char, char)> = chars.windows(2).map(|w| (w[0], w[1])).collect();
    if chars.len() == 1 {
        pairs.insert((chars[0], chars[0]));
    }
    SubjectKey { pairs, text: t }
}

/// Jaccard likeness of two subjects' character pairs.
fn likeness(a: &SubjectKey, b: &SubjectKey) -> f64 {
    if a.pairs.is_empty() || b.pairs.is_empty() {
        return 0.0;
    }
    let shared = a.pairs.intersection(&b.pairs).count();
    let jaccard = shared as f64 / a.pairs.union(&b.pairs).count() as f64;
    // one subject wholly inside the other (`总投资金额` in `新签约项目总投资金额`) is the same
    // measure, said more or less precisely, when the shorter has some length
    let smaller = a.pairs.len().min(b.pairs.len());
    if shared == smaller && smaller >= 3 {
        jaccard.max(SAME_SUBJECT + 0.1)
    } else {
        jaccard
    }
}

/// Two subjects are one measure at this likeness or more.
const SAME_SUBJECT: f64 = 0.5;

fn span_of(v: &Value) -> Option<(Ymd, Ymd)> {
    let p = &v["period"];
    Some((
        ymd(p["date_start"].as_str()?)?,
        ymd(p["date_end"].as_str()?)?,
    ))
}

fn span_strings_of(v: &Value) -> Option<(String, String)> {
    let p = &v["period"];
    Some((
        p["date_start"].as_str()?.to_string(),
        p["date_end"].as_str()?.to_string(),
    ))
}

fn span_strings(s: &Option<crate::fact::Span>) -> Option<(String, String)> {
    s.as_ref().map(|s| (s.start.clone(), s.end.clone()))
}

fn fmt_span(s: &(String, String)) -> String {
    if s.0 == s.1 {
        s.0.clone()
    } else {
        format!("{}..{}", s.0, s.1)
    }
}

/// Checks claims against an open index.
pub struct Checker<'a> {
    pub pipeline: &'a Pipeline,
    pub searching: &'a Searching<'a>,
    /// How many candidates the index is asked for per figure.
    pub candidates: usize,
    records: std::cell::RefCell<HashMap<u64, Value>>,
}

/// A candidate fact read from the index.
struct Candidate {
    fact: Value,
    regions: Vec<String>,
    key_id: u64,
    bm25: f32,
}

impl<'a> Checker<'a> {
    pub fn new(pipeline: &'a Pipeline, searching: &'a Searching<'a>) -> Self {
        Checker {
            pipeline,
            searching,
            candidates: 300,
            records: Default::default(),
        }
    }

    /// The figures of a claim, extracted as `extract` would. A claim that names no year is
    /// read a second time with a stand-in year, so its periods still say which months.
    pub fn read_claim(&self, text: &str) -> (Processed, bool) {
        let p = self.pipeline.process_text("claim", text);
        if p.record.year.is_some() {
            return (p, false);
        }
        let stand_in = self.stand_in();
        (stand_in.process_text("claim", text), true)
    }

    fn stand_in(&self) -> Pipeline {
        Pipeline {
            rules: self.pipeline.rules.clone(),
            segmenter: self.pipeline.segmenter.clone(),
            reference_year: Some(ANY_YEAR),
            reference_day: None,
            kinds: None,
            keep_words: false,
        }
    }

    /// Every figure of a file (any format `extract` reads), checked.
    pub fn check_file(&self, file: &crate::read::InputFile) -> Result<Vec<Checked>, CheckError> {
        let mut p = self.pipeline.process_file(file)?;
        let year_unknown = p.record.year.is_none();
        if year_unknown {
            p = self.stand_in().process_file(file)?;
        }
        Ok(self.check_processed(&p, year_unknown)?)
    }

    /// Every figure of a claim (or of a whole text), checked.
    pub fn check_text(&self, text: &str) -> tantivy::Result<Vec<Checked>> {
        let (p, year_unknown) = self.read_claim(text);
        self.check_processed(&p, year_unknown)
    }

    pub fn check_processed(
        &self,
        p: &Processed,
        year_unknown: bool,
    ) -> tantivy::Result<Vec<Checked>> {
        let mut out = Vec::new();
        for f in p
            .facts
            .iter()
            .filter(|f| f.kind.is_numeric() && f.value.is_some())
        {
            out.push(self.check_figure(f, &p.facts, year_unknown)?);
        }
        Ok(out)
    }

    /// The stored document record (not a fact) of a `key_id`.
    fn document(&self, key_id: u64) -> tantivy::Result<Option<TantivyDocument>> {
        let f = self.searching.archive.fields;
        let term =
            |t: Term| Box::new(TermQuery::new(t, IndexRecordOption::Basic)) as Box<dyn Query>;
        let q = BooleanQuery::new(vec![
            (Occur::Must, term(Term::from_field_text(f.record, "doc"))),
            (Occur::Must, term(Term::from_field_u64(f.key_id, key_id))),
        ]);
        let found = self
            .searching
            .searcher
            .search(&q, &TopDocs::with_limit(1).order_by_score())?;
        found
            .first()
            .map(|(_, a)| self.searching.searcher.doc(*a))
            .transpose()
    }

    fn record(&self, key_id: u64) -> tantivy::Result<Value> {
        if let Some(v) = self.records.borrow().get(&key_id) {
            return Ok(v.clone());
        }
        let f = self.searching.archive.fields;
        let mut rec = Value::Null;
        if let Some(d) = self.document(key_id)? {
            rec = d
                .get_first(f.json)
                .and_then(|v| v.as_str())
                .and_then(|s| serde_json::from_str(s).ok())
                .unwrap_or(Value::Null);
        }
        self.records.borrow_mut().insert(key_id, rec.clone());
        Ok(rec)
    }

    fn read_candidate(&self, addr: DocAddress, bm25: f32) -> tantivy::Result<Candidate> {
        let f = self.searching.archive.fields;
        let d: TantivyDocument = self.searching.searcher.doc(addr)?;
        let fact = d
            .get_first(f.json)
            .and_then(|v| v.as_str())
            .and_then(|s| serde_json::from_str(s).ok())
            .unwrap_or(Value::Null);
        let regions = d
            .get_all(f.region)
            .filter_map(|v| v.as_str().map(String::from))
            .collect();
        let seg = self.searching.searcher.segment_reader(addr.segment_ord);
        let key_id = seg
            .fast_fields()
            .u64("key_id")?
            .first(addr.doc_id)
            .unwrap_or(0);
        Ok(Candidate {
            fact,
            regions,
            key_id,
            bm25,
        })
    }

    /// Facts of the kind about a subject sharing character pairs with the claim's, best first;
    /// then facts of the kind holding the claim's value whatever their subject.
    fn candidates(
        &self,
        kind: Kind,
        subject: &str,
        value: f64,
        tol: f64,
    ) -> tantivy::Result<Vec<Candidate>> {
        let f = self.searching.archive.fields;
        let term = |field, s: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(field, s),
                IndexRecordOption::Basic,
            ))
        };
        let pairs: BTreeSet<String> = {
            let c: Vec<char> = subject
                .chars()
                .map(fold)
                .filter(|c| !c.is_whitespace())
                .collect();
            c.windows(2).map(|w| w.iter().collect()).collect()
        };
        let mut out = Vec::new();
        let mut seen = std::collections::HashSet::new();
        if !pairs.is_empty() {
            let any: Vec<(Occur, Box<dyn Query>)> = pairs
                .iter()
                .map(|p| {
                    (
                        Occur::Should,
                        Box::new(TermQuery::new(
                            Term::from_field_text(f.text_pairs, p),
                            IndexRecordOption::WithFreqs,
                        )) as Box<dyn Query>,
                    )
                })
                .collect();
            let mut clauses = vec![
                (Occur::Must, term(f.record, "fact")),
                (
                    Occur::Must,
                    Box::new(BooleanQuery::new(any)) as Box<dyn Query>,
                ),
            ];
            clauses.extend(self.searching.builder().filters(&Filters {
                kinds: vec![kind.as_str().into()],
                ..Filters::default()
            }));
            let q = BooleanQuery::new(clauses);
            for (score, addr) in self
                .searching
                .searcher
                .search(&q, &TopDocs::with_limit(self.candidates).order_by_score())?
            {
                seen.insert(addr);
                out.push(self.read_candidate(addr, score)?);
            }
        }
        let slack = tol.max(value.abs() * 1e-9);
        // the facts holding the value, chosen by the same filters as `search` and `export`
        let holding = Filters {
            kinds: vec![kind.as_str().into()],
            min: Some(value - slack),
            max: Some(value + slack),
            ..Filters::default()
        };
        let mut clauses = vec![(Occur::Must, term(f.record, "fact"))];
        clauses.extend(self.searching.builder().filters(&holding));
        let q = BooleanQuery::new(clauses);
        for (_, addr) in self
            .searching
            .searcher
            .search(&q, &TopDocs::with_limit(50).order_by_score())?
        {
            if seen.insert(addr) {
                out.push(self.read_candidate(addr, 0.0)?);
            }
        }
        Ok(out)
    }

    fn evidence(
        &self,
        c: &Candidate,
        score: f64,
        reason: Option<String>,
    ) -> tantivy::Result<Evidence> {
        let rec = self.record(c.key_id)?;
        let s = |v: &Value| v.as_str().map(String::from);
        let fact = &c.fact;
        Ok(Evidence {
            doc: s(&fact["doc"]),
            path: s(&rec["path"]),
            title: s(&rec["title"]),
            issued: s(&rec["issued"]),
            text: fact["text"].as_str().unwrap_or("").to_string(),
            value: fact["value"].as_f64(),
            unit: s(&fact["unit"]),
            subject: s(&fact["subject"]),
            period: fact["period"]["date_start"]
                .as_str()
                .zip(fact["period"]["date_end"].as_str())
                .map(|(a, b)| (a.to_string(), b.to_string())),
            regions: c.regions.clone(),
            role: s(&fact["role"]),
            sentence: fact["sentence"].as_str().unwrap_or("").to_string(),
            start: fact["start"].as_u64(),
            end: fact["end"].as_u64(),
            src_start: fact["src_start"].as_u64(),
            src_end: fact["src_end"].as_u64(),
            page: fact["page"].as_u64(),
            score,
            reason,
        })
    }

    fn check_figure(
        &self,
        f: &Fact,
        facts: &[Fact],
        year_unknown: bool,
    ) -> tantivy::Result<Checked> {
        let cmp = &self.pipeline.rules.subject_compare;
        let value = f.value.map(|v| v.to_f64()).unwrap_or(f64::NAN);
        let tol = printed_half_ulp(&f.text, value);
        // the claim's place is the extractor's (its clause, its entity, else none)
        let claim_place = f.place.as_deref();
        let region = claim_place.map(|p| p.name.clone());
        let mut region_names: Vec<String> = facts
            .iter()
            .filter(|r| r.kind == Kind::Region && r.sentence == f.sentence)
            .filter_map(|r| r.name.clone())
            .collect();
        // a place's name standing in the subject (`四川社会消费品零售总额`) is not what is measured
        if let Some(subj) = &f.subject {
            if let Some(m) = self
                .pipeline
                .rules
                .places
                .mentions(subj)
                .next()
                .filter(|m| m.start == 0 && m.end < subj.len())
            {
                region_names.push(subj[..m.end].to_string());
            }
        }
        let period = span_strings(&f.period);
        let any_year = year_unknown
            && period
                .as_ref()
                .and_then(|p| p.0.get(..4)?.parse::<i32>().ok())
                .is_some_and(|y| y <= ANY_YEAR);
        let claim_span = period.as_ref().and_then(|(a, b)| Some((ymd(a)?, ymd(b)?)));
        let subject_text = f
            .subject
            .clone()
            .or_else(|| f.entity.clone())
            .unwrap_or_default();
        let key = subject_key(&subject_text, cmp, &region_names);
        let role = f.role.unwrap_or(Role::Actual);
        let mut checked = Checked {
            claim: f.text.clone(),
            sentence: f.sentence.clone(),
            kind: f.kind.as_str(),
            text: f.text.clone(),
            value: Some(value),
            unit: f.unit.clone(),
            subject: f.subject.clone(),
            period: if any_year {
                period.as_ref().map(|(a, b)| {
                    (
                        a.replacen(&ANY_YEAR.to_string(), "????", 1),
                        b.replacen(&ANY_YEAR.to_string(), "????", 1),
                    )
                })
            } else {
                period.clone()
            },
            any_year,
            region: region.clone(),
            role: f.role.map(Role::as_str),
            verdict: Verdict::NotFound,
            evidence: vec![],
            rejected: vec![],
            note: None,
        };
        if key.pairs.is_empty() {
            checked.note = Some("no subject was found for this figure, so nothing in the archive can be said to measure the same thing".into());
            return Ok(checked);
        }

        // Judge every candidate.
        struct Judged {
            idx: usize,
            score: f64,
            equal: bool,
            role: Role,
            period: PeriodFit,
            reason: Option<String>,
            region_open: bool,
        }
        // `GDP增速5.8%` is a growth rate said without a growth verb: look among growth facts
        let kind = if f.kind == Kind::Percent
            && ["增速", "增幅", "增长率", "增长"]
                .iter()
                .any(|w| subject_text.ends_with(w))
        {
            Kind::Growth
        } else {
            f.kind
        };
        // the index is asked with every name of the measure (`GDP` also finds `地区生产总值`)
        let mut asked = subject_text.clone();
        for group in cmp
            .same
            .iter()
            .filter(|g| g.iter().any(|n| subject_text.contains(n.as_str())))
        {
            for n in group {
                asked.push(' ');
                asked.push_str(n);
            }
        }
        let cands = self.candidates(kind, &asked, value, tol)?;
        let claim_bound = bound_of(&self.pipeline.rules, f.approx.as_deref());
        let claim_region_key = region.as_deref().map(region_key);
        let mut judged: Vec<Judged> = Vec::new();
        for (idx, c) in cands.iter().enumerate() {
            let cf = &c.fact;
            let Some(cv) = cf["value"].as_f64() else {
                continue;
            };
            let ckey = subject_key(
                cf["subject"]
                    .as_str()
                    .or(cf["entity"].as_str())
                    .unwrap_or(""),
                cmp,
                &c.regions,
            );
            let like = likeness(&key, &ckey);
            let ctol = printed_half_ulp(cf["text"].as_str().unwrap_or(""), cv);
            let slack = tol.max(ctol) + value.abs().max(1.0) * 1e-9;
            let range_equal = match (f.value_max.map(|v| v.to_f64()), cf["value_max"].as_f64()) {
                (Some(a), Some(b)) => (a - b).abs() <= slack,
                (None, None) => true,
                _ => false,
            };
            // a bound (`突破3万亿元`) says no value; a value inside a claimed bound fits it; a target
            // is most often a bound (`880亿斤以上`) and stated as done it is what the claim took
            let cbound = if cf["role"].as_str().is_some_and(|r| r != "actual") {
                claim_bound
            } else {
                bound_of(&self.pipeline.rules, cf["approx"].as_str())
            };
            let (equal, bound_reason) = match (claim_bound, cbound) {
                (a, b) if a == b => ((cv - value).abs() <= slack && range_equal, None),
                (Bound::Lower, Bound::Exact) => (cv >= value - slack, None),
                (Bound::Upper, Bound::Exact) => (cv <= value + slack, None),
                _ => (
                    false,
                    Some(format!(
                        "only a bound ({})",
                        cf["approx"].as_str().unwrap_or_default()
                    )),
                ),
            };
            let crole = match cf["role"].as_str() {
                Some("target") => Role::Target,
                Some("forecast") => Role::Forecast,
                _ => Role::Actual,
            };
            // the fact's period is the extractor's to say (its sentence, section or document)
            let mut pfit = period_fit(claim_span, any_year, span_of(cf));
            // a level stated in a review of several years (`“十四五”时期…回顾`: 生产总值6.66万亿元)
            // is the level its last year reached
            let from_context = matches!(cf["period_source"].as_str(), Some("section" | "document"));
            if pfit == PeriodFit::Other && from_context && cf["kind"].as_str() != Some("growth") {
                if let (Some(((fy, ..), (ly, 12, 31))), Some(((cy, 1, 1), (cy2, 12, 31)))) =
                    (span_of(cf), claim_span)
                {
                    if cy == cy2 && cy == ly && ly > fy {
                        pfit = PeriodFit::Same;
                    }
                }
            }
            let mut period_reason: Option<String> = match (&pfit, cf["period_source"].as_str()) {
                (PeriodFit::Other, Some(src @ ("section" | "document"))) => Some(format!(
                    "other period ({} of its {src})",
                    fmt_span(&span_strings_of(cf).unwrap_or_default())
                )),
                _ => None,
            };
            if pfit == PeriodFit::Unknown && !any_year {
                // A fact without a period of its own speaks of its document's time: the year
                // the document is of or the one before (a report reviews the past year).
                let rec = self.record(c.key_id)?;
                if let (Some(doc_year), Some((_, ce))) = (rec["year"].as_i64(), claim_span) {
                    let y = ce.0 as i64;
                    if y < doc_year - 1 || y > doc_year {
                        pfit = PeriodFit::Other;
                        period_reason = Some(format!(
                            "other period (a document of {doc_year} that states no period for it)"
                        ));
                    }
                }
            }
            // A claim that names no place fits a fact of no place; a fact of some place can
            // support it (the evidence says which) but never contradict it. A place inside or
            // around the claimed one (a county's figure for its province's) is its own case.
            let (region_fit, region_reason) = region_fit(claim_place, &c.regions);
            let mut reason = None;
            if like < SAME_SUBJECT {
                reason = Some(format!(
                    "other subject ({})",
                    cf["subject"].as_str().unwrap_or("none")
                ));
            } else if kind == Kind::Growth
                && f.basis.as_deref() != cf["basis"].as_str()
                // both name a basis (同比 against 环比), or one is a yearly average
                && ((f.basis.is_some() && cf["basis"].as_str().is_some())
                    || f.basis.as_deref() == Some("年均")
                    || cf["basis"].as_str() == Some("年均"))
            {
                reason = Some(format!(
                    "other basis ({})",
                    cf["basis"].as_str().unwrap_or("")
                ));
            } else if matches!(kind, Kind::Quantity | Kind::Percent | Kind::Growth)
                && (if kind != f.kind {
                    Some("%")
                } else {
                    f.unit.as_deref()
                }) != cf["unit"].as_str()
            {
                reason = Some(format!(
                    "other unit ({})",
                    cf["unit"].as_str().unwrap_or("none")
                ));
            } else if f.kind == Kind::Money && f.currency.as_deref() != cf["currency"].as_str() {
                reason = Some(format!(
                    "other currency ({})",
                    cf["currency"].as_str().unwrap_or("none")
                ));
            } else if let Some(r) = bound_reason {
                reason = Some(r);
            } else if let Some(r) = period_reason {
                reason = Some(r);
            } else if pfit == PeriodFit::Other {
                reason = Some(format!(
                    "other period ({})",
                    span_of(cf)
                        .map(|(a, b)| fmt_span(&(
                            format!("{}-{:02}-{:02}", a.0, a.1, a.2),
                            format!("{}-{:02}-{:02}", b.0, b.1, b.2)
                        )))
                        .unwrap_or_default()
                ));
            } else if region_fit == Some(false) {
                reason = region_reason;
            }
            let mut score = like * 4.0 + (c.bm25 as f64).min(20.0) / 20.0;
            score += match pfit {
                PeriodFit::Same => 2.0,
                PeriodFit::ClaimOpen => 1.0,
                PeriodFit::Unknown => 0.5,
                PeriodFit::Other => 0.0,
            };
            score += match region_fit {
                Some(true) => 1.5,
                None => 0.5,
                Some(false) => 0.0,
            };
            if equal {
                score += 1.0;
            }
            // only the region is open (one side names none)
            let region_open = reason.is_none() && region_fit.is_none();
            if region_open {
                reason = Some(if claim_region_key.is_none() {
                    format!(
                        "the claim names no region; this is {}",
                        c.regions.join("、")
                    )
                } else {
                    "the archive names no region for it".into()
                });
            }
            judged.push(Judged {
                idx,
                score,
                equal,
                role: crole,
                period: pfit,
                reason,
                region_open,
            });
        }
        judged.sort_by(|a, b| {
            b.score
                .partial_cmp(&a.score)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(a.idx.cmp(&b.idx))
        });
        let is_match = |j: &Judged| j.reason.is_none() || j.region_open;
        let role_fits = |j: &Judged| (j.role == Role::Actual) == (role == Role::Actual);
        let firm = |j: &Judged| matches!(j.period, PeriodFit::Same | PeriodFit::ClaimOpen);

        let pick = |pred: &dyn Fn(&Judged) -> bool| -> Vec<usize> {
            judged
                .iter()
                .enumerate()
                .filter(|(_, j)| is_match(j) && pred(j))
                .map(|(i, _)| i)
                .collect()
        };
        let supported_firm = pick(&|j| role_fits(j) && j.equal && firm(j));
        let supported_loose = pick(&|j| role_fits(j) && j.equal && j.period == PeriodFit::Unknown);
        // A claim that names no place is contradicted by facts of a place only when the archive
        // has the measure for that period in one place alone (a bulletin's `全区`).
        let places = |pred: &dyn Fn(&Judged) -> bool| -> BTreeSet<Vec<String>> {
            judged
                .iter()
                .filter(|j| is_match(j) && pred(j))
                .map(|j| cands[j.idx].regions.clone())
                .collect()
        };
        let one_place = claim_region_key.is_none()
            && places(&|j| role_fits(j) && j.period == PeriodFit::Same).len() == 1;
        let contradicting = pick(&|j| {
            role_fits(j) && !j.equal && j.period == PeriodFit::Same && (!j.region_open || one_place)
        });
        let open_values = pick(&|j| {
            role_fits(j) && !j.equal && j.period == PeriodFit::ClaimOpen && !j.region_open
        });
        let as_target = pick(&|j| {
            role == Role::Actual
                && j.role != Role::Actual
                && j.equal
                && j.period != PeriodFit::Other
        });

        let (verdict, chosen, note): (Verdict, Vec<usize>, Option<String>) =
            if !supported_firm.is_empty() {
                (Verdict::Supported, supported_firm, None)
            } else if !supported_loose.is_empty() {
                (
                    Verdict::Supported,
                    supported_loose,
                    Some("the archive states the same value but no period for it".into()),
                )
            } else if !contradicting.is_empty() {
                // the claimed value may be what was aimed at: say so
                let aimed = as_target.first().map(|&i| {
                    let c = &cands[judged[i].idx].fact;
                    format!(
                        "the value claimed is the archive's {} ({})",
                        c["role"].as_str().unwrap_or("target"),
                        c["text"].as_str().unwrap_or("")
                    )
                });
                (Verdict::Contradicted, contradicting, aimed)
            } else if !as_target.is_empty() {
                (
                    Verdict::TargetNotResult,
                    as_target,
                    Some(
                        "the archive has this value only as a target or forecast, not as a result"
                            .into(),
                    ),
                )
            } else if !open_values.is_empty() && {
                // a claim without a period is contradicted only when the archive gives one value
                let vals: BTreeSet<String> = open_values
                    .iter()
                    .map(|&i| format!("{:?}", cands[judged[i].idx].fact["value"]))
                    .collect();
                vals.len() == 1
            } {
                (
                    Verdict::Contradicted,
                    open_values,
                    Some("the claim names no period; the archive gives this value".into()),
                )
            } else {
                (Verdict::NotFound, vec![], None)
            };
        checked.verdict = verdict;
        checked.note = note;
        for &i in chosen.iter().take(5) {
            let j = &judged[i];
            let why = j.reason.clone();
            checked
                .evidence
                .push(self.evidence(&cands[j.idx], j.score, why)?);
        }
        // Near matches turned down: the best of those with a reason, and matches with another role.
        let chosen: BTreeSet<usize> = chosen.into_iter().collect();
        let mut rejected = 0;
        for (i, j) in judged.iter().enumerate() {
            if rejected >= 5 || chosen.contains(&i) {
                continue;
            }
            let reason = if is_match(j) {
                if !role_fits(j) {
                    format!("other role ({})", j.role.as_str())
                } else if j.period == PeriodFit::Unknown && !j.equal {
                    "the archive states no period for it, and another value".into()
                } else if !j.equal && j.period == PeriodFit::ClaimOpen {
                    "another value, and the claim names no period".into()
                } else {
                    continue;
                }
            } else {
                j.reason.clone().unwrap_or_default()
            };
            // a rejected fact of another subject is shown only when it holds the claim's value
            if reason.starts_with("other subject") && !j.equal {
                continue;
            }
            checked
                .rejected
                .push(self.evidence(&cands[j.idx], j.score, Some(reason))?);
            rejected += 1;
        }
        Ok(checked)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_fit_by_month_when_the_claim_names_no_year() {
        let q1 = Some(((1904, 1, 1), (1904, 3, 31)));
        assert_eq!(
            period_fit(q1, true, Some(((2023, 1, 1), (2023, 3, 31)))),
            PeriodFit::Same
        );
        assert_eq!(
            period_fit(q1, true, Some(((2023, 1, 1), (2023, 6, 30)))),
            PeriodFit::Other
        );
        assert_eq!(
            period_fit(q1, false, Some(((2023, 1, 1), (2023, 3, 31)))),
            PeriodFit::Other
        );
        let feb = Some(((1904, 1, 1), (1904, 2, 29)));
        assert_eq!(
            period_fit(feb, true, Some(((2023, 1, 1), (2023, 2, 28)))),
            PeriodFit::Same
        );
        assert_eq!(period_fit(None, false, None), PeriodFit::ClaimOpen);
        assert_eq!(period_fit(q1, true, None), PeriodFit::Unknown);
    }

    #[test]
    fn regions_compare_without_their_level() {
        assert_eq!(region_key("北京市"), "北京");
        assert_eq!(region_key("张湾区"), "张湾");
        assert_eq!(region_key("新疆维吾尔自治区"), "新疆");
        assert_eq!(region_key("东区"), "东区");
    }

    #[test]
    fn subjects_compare_through_aliases_and_standing_words() {
        let cmp = SubjectCompare {
            ignore: vec!["全市".into(), "增速".into()],
            same: vec![vec!["地区生产总值".into(), "生产总值".into(), "GDP".into()]],
        };
        let a = subject_key("全市地区生产总值", &cmp, &[]);
        let b = subject_key("GDP增速", &cmp, &[]);
        assert!(likeness(&a, &b) >= SAME_SUBJECT, "{} / {}", a.text, b.text);
        let c = subject_key("工业增加值", &cmp, &[]);
        assert!(likeness(&a, &c) < SAME_SUBJECT);
    }
}
