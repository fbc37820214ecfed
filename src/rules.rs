//! Rules are data: the TOML files under `rules/` (embedded into the binary at build time, or
//! loaded from `--rules DIR`). Loading parses every file, rejects unknown keys, and reports
//! every problem as `file:line: message` before anything runs. The result is immutable and
//! shared by all threads.
use crate::error::{Error, Result};
use regex::Regex;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// The rule files, in load order, with their embedded default contents.
pub const RULE_FILES: &[(&str, &str)] = &[
    ("normalize.toml", include_str!("../rules/normalize.toml")),
    ("numbers.toml", include_str!("../rules/numbers.toml")),
    ("growth.toml", include_str!("../rules/growth.toml")),
    ("dates.toml", include_str!("../rules/dates.toml")),
    ("roles.toml", include_str!("../rules/roles.toml")),
    ("entities.toml", include_str!("../rules/entities.toml")),
    ("subjects.toml", include_str!("../rules/subjects.toml")),
    ("document.toml", include_str!("../rules/document.toml")),
    (
        "places/divisions.tsv",
        include_str!("../rules/places/divisions.tsv"),
    ),
    (
        "places/former.tsv",
        include_str!("../rules/places/former.tsv"),
    ),
    (
        "places/zones.tsv",
        include_str!("../rules/places/zones.tsv"),
    ),
    (
        "places/world.tsv",
        include_str!("../rules/places/world.tsv"),
    ),
    ("orgs.txt", include_str!("../rules/orgs.txt")),
    ("works.txt", include_str!("../rules/works.txt")),
];
pub const USER_DICT: (&str, &str) = ("userdict.txt", include_str!("../rules/userdict.txt"));

/// An example a rule file carries: a text and a fact the extractor must find in it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub text: String,
    pub kind: String,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub unit: Option<String>,
    pub approx: Option<String>,
    pub basis: Option<String>,
    pub subject: Option<String>,
    pub role: Option<String>,
    pub name: Option<String>,
    pub date_start: Option<String>,
    pub date_end: Option<String>,
    pub scope: Option<String>,
    /// The period a figure is given (`period.date_start`, `period.date_end`).
    pub period_start: Option<String>,
    pub period_end: Option<String>,
    pub reference_date: Option<String>,
    /// `absent = true`: the text must give no such fact (a phrase the rule must not take).
    #[serde(default)]
    pub absent: bool,
    #[serde(skip)]
    pub file: String,
}

fn lower(v: Vec<String>) -> Vec<String> {
    v.into_iter().map(|s| s.to_ascii_lowercase()).collect()
}

// ---- file schemas -------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NormalizeFile {
    furniture: Vec<String>,
    navigation_words: Vec<String>,
    navigation_min_words: usize,
    list_item: String,
    radicals: BTreeMap<String, String>,
    html: HtmlSection,
    markup: MarkupSection,
    #[serde(default)]
    examples: Vec<Example>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MarkupSection {
    block_tags: Vec<String>,
    inline_tags: Vec<String>,
    cell_tags: Vec<String>,
    min_marks: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HtmlSection {
    boilerplate_tags: Vec<String>,
    boilerplate_words: Vec<String>,
    content_words: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NumbersFile {
    money: MoneySection,
    quantity: QuantitySection,
    qualifiers: QualifierSection,
    percent: PercentSection,
    ranking: RankingSection,
    tables: TablesSection,
    #[serde(default)]
    examples: Vec<Example>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TablesSection {
    units: BTreeMap<String, u32>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MoneySection {
    units: BTreeMap<String, String>,
    context: Vec<String>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuantitySection {
    units: Vec<String>,
    index_units: Vec<String>,
    index_words: Vec<String>,
    not_before: Vec<String>,
    #[serde(default)]
    unit_not_before: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    unit_not_after: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    labels: Vec<String>,
    arabic_only: Vec<String>,
    #[serde(default)]
    clock_units: BTreeMap<String, Vec<String>>,
    headcount_nouns: Vec<String>,
    headcount_reach: usize,
    headcount_measures: Vec<String>,
    headcount_verbs: Vec<String>,
    headcount_not_after: Vec<String>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QualifierSection {
    before: Vec<String>,
    after: Vec<String>,
    kept: Vec<String>,
    not_in: Vec<String>,
    lower_bounds: Vec<String>,
    upper_bounds: Vec<String>,
    #[serde(default)]
    magnitude_reached: Vec<String>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PercentSection {
    fraction_cues: Vec<String>,
    #[serde(default)]
    fraction_cues_after: Vec<String>,
    #[serde(default)]
    ratio_cues: Vec<String>,
    #[serde(default)]
    tenths_not_before: String,
    #[serde(default)]
    half_cues: Vec<String>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RankingSection {
    scopes: Vec<String>,
    scope_ends: Vec<String>,
    verbs: Vec<String>,
    not_before: Vec<String>,
    not_after: Vec<String>,
    titles: Vec<String>,
    #[serde(default)]
    size_words: Vec<String>,
    #[serde(default)]
    won_verbs: Vec<String>,
    #[serde(default)]
    places_won: BTreeMap<String, u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GrowthFile {
    up: Vec<String>,
    rates: Vec<String>,
    #[serde(default)]
    rates_down: Vec<String>,
    #[serde(default)]
    after: Vec<String>,
    joiners: Vec<String>,
    /// Words holding a rate at a level (`控制在`): a rate before one still governs the figure.
    #[serde(default)]
    held_at: Vec<String>,
    /// Comparatives before a gap in points (`高于全国0.7个百分点`, `快于2024年1.8个百分点`).
    #[serde(default)]
    gaps_above: Vec<String>,
    /// Their lower counterparts (`低于`, `慢于`): the gap is negative.
    #[serde(default)]
    gaps_below: Vec<String>,
    down: Vec<String>,
    basis: BTreeMap<String, String>,
    between: Vec<String>,
    #[serde(default)]
    aims: Vec<String>,
    approx: Vec<String>,
    #[serde(default)]
    doublings: BTreeMap<String, i32>,
    #[serde(default)]
    examples: Vec<Example>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DatesFile {
    relative_years: BTreeMap<String, i32>,
    standalone_years: Vec<String>,
    spring_festival: BTreeMap<String, String>,
    festivals: BTreeMap<String, String>,
    #[serde(default)]
    holiday_words: Vec<String>,
    #[serde(default)]
    holiday_names: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    holiday_spans: Vec<[String; 3]>,
    #[serde(default)]
    holiday_parts: Vec<String>,
    approx_after: Vec<String>,
    target_year_cues: Vec<String>,
    review_heading_words: Vec<String>,
    past_years: BTreeMap<String, i32>,
    years_up_to_now: Vec<String>,
    years_up_to_now_not_before: Vec<String>,
    /// Words after a year that make it a fiscal year (`财年`).
    #[serde(default)]
    fiscal_year_words: Vec<String>,
    /// Countries whose fiscal year is named by the calendar year it ends in, with the month it
    /// opens in (`美国` = 10).
    #[serde(default)]
    fiscal_years_named_by_end: BTreeMap<String, u32>,
    /// Countries whose fiscal year is named by the calendar year it opens in (`日本` = 4).
    #[serde(default)]
    fiscal_years_named_by_start: BTreeMap<String, u32>,
    years_up_to_now_vague: Vec<String>,
    #[serde(default)]
    events_since: BTreeMap<String, String>,
    from_on_then: Vec<String>,
    framed_range_not: Vec<String>,
    #[serde(default)]
    frame_openers: Vec<String>,
    relative_days: BTreeMap<String, i32>,
    relative_day_not_after: Vec<String>,
    relative_day_not_before: Vec<String>,
    relative_months: BTreeMap<String, i32>,
    relative_weeks: BTreeMap<String, i32>,
    relative_week_not_before: Vec<String>,
    comparison_before: Vec<String>,
    year_ends: BTreeMap<String, String>,
    year_end_not_before: Vec<String>,
    seasons: BTreeMap<String, [u32; 2]>,
    numbered_names: Vec<String>,
    #[serde(default)]
    bare_day_not_after: Vec<String>,
    #[serde(default)]
    bare_day_not_before: Vec<String>,
    plan_campaigns: Vec<String>,
    plan_as_year: Vec<String>,
    plan_drafting: Vec<String>,
    #[serde(default)]
    examples: Vec<Example>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RolesFile {
    target: Vec<String>,
    clause_only: Vec<String>,
    target_patterns: Vec<String>,
    target_genres: Vec<String>,
    forecast: Vec<String>,
    cancel_before: Vec<String>,
    #[serde(default)]
    cancel_after: Vec<String>,
    #[serde(default)]
    range_before: Vec<String>,
    #[serde(default)]
    glued_after: Vec<String>,
    actual_after: Vec<String>,
    sections: SectionsSection,
    #[serde(default)]
    examples: Vec<Example>,
}

/// How the document's structure sets roles and periods (`[sections]` of roles.toml).
#[derive(Deserialize, Debug, Clone, Default)]
#[serde(deny_unknown_fields)]
pub struct SectionsSection {
    /// Heading words of a section of plans: its figures are targets unless a sentence says otherwise.
    pub target_headings: Vec<String>,
    /// Heading words of a section of plans: a section, whose sentences keep their own cues.
    pub plan_headings: Vec<String>,
    /// Heading words of a section that reviews what was done.
    pub actual_headings: Vec<String>,
    /// Heading words of a digest of the stories below it (its figures repeat theirs).
    pub summary_headings: Vec<String>,
    /// Titles of documents that review the year before they were delivered (a work report).
    pub review_titles: Vec<String>,
    /// Words just before a date that make it a comparison, not a period (`与2023年相比`).
    pub comparison_before: Vec<String>,
    /// Words just after a date that make it a comparison (`2023年同期`).
    pub comparison_after: Vec<String>,
    /// Words after a date that make it part of a name (`“十四五”规划`), never a period.
    pub name_after: Vec<String>,
    /// Frames `在` + date + a short noun + one of these that make the date a base
    /// (`在8月产量的基础上将月度产量日均下调200万桶`).
    #[serde(default)]
    pub base_frames: Vec<String>,
    /// Words that date a news sentence's figures on the day of the broadcast.
    pub now_words: Vec<String>,
    /// Bases that make a figure a whole year's (`比上年`).
    #[serde(default)]
    pub yearly_bases: Vec<String>,
    /// Bases that make a change one since the year's start (`较年初增加`): stated as of a day,
    /// it runs from the first of January to that day.
    #[serde(default)]
    pub year_start_bases: Vec<String>,
    /// Words before a date of a story's first sentence that make it when something began.
    pub story_lead_not_after: Vec<String>,
    /// Words opening a sentence that counts a part of the figure before it (`其中，…`): with no
    /// date of its own, it takes that figure's time.
    #[serde(default)]
    pub part_openers: Vec<String>,
    /// Words in a sentence of a target section that report what was done (`去年`).
    pub done_in_sentence: Vec<String>,
    /// Words a speaker opens a paragraph with before its lead (`各位代表！`): a paragraph that
    /// then opens with a span of past years (`五年来，`, `“十四五”时期是…`) reviews those years.
    #[serde(default)]
    pub address_openers: Vec<String>,
    /// Words before a count of years that point at the years just reviewed (`这五年，` in a
    /// report of 2026: 2021–2025), opening a paragraph as `五年来，` does.
    #[serde(default)]
    pub these_years: Vec<String>,
    /// Ends of a first sentence that says a plan period has closed (`我省“十四五”顺利收官。`):
    /// a review's span of past years may open the sentence after it.
    #[serde(default)]
    pub plan_closed: Vec<String>,
    /// Qualifiers that make a figure of a section of plans a target (`不少于`, `左右`).
    #[serde(default)]
    pub plan_bounds: Vec<String>,
    /// Nouns after which a count in 条 names a package of policies that exists (`接续政策30条`).
    #[serde(default)]
    pub policy_packages: Vec<String>,
    /// Target cues that, in a section reviewing results, report what was won (`争取中央投资超2000亿元`).
    #[serde(default)]
    pub secured_in_review: Vec<String>,
    /// Target cues that, after a forecast cue of their sentence, say what is expected (`预计…有望达到`).
    #[serde(default)]
    pub under_forecast: Vec<String>,
    /// Forecast cues that state a condition (`建成后`): a target cue after one is still a target
    /// (`建成后，…将年产1000万套`).
    #[serde(default)]
    pub conditions: Vec<String>,
    /// Words of plans and words of results, weighed against each other per 100 characters in a
    /// report's paragraph that no heading governs (an excerpt): see `[sections.tone]`.
    #[serde(default)]
    pub tone: Tone,
}

/// How a paragraph with no heading is read as plans (`加快建设…，力争…`) rather than results.
#[derive(Deserialize, Debug, Clone, Default)]
#[serde(deny_unknown_fields)]
pub struct Tone {
    pub plan_words: Vec<String>,
    pub done_words: Vec<String>,
    /// Plan words less done words, per 100 characters, above which the paragraph is plans.
    pub threshold: f64,
    /// The same for the whole body of a section whose heading tells neither year nor role: more
    /// words weigh more surely than one paragraph's.
    #[serde(default = "default_section_threshold")]
    pub section_threshold: f64,
    /// Characters a paragraph needs before its words are weighed.
    pub min_chars: usize,
    /// Verbs of work to be done opening a clause (`加快…`, `推进…`): a paragraph whose clauses
    /// open with one at least `clause_share` of the time, with done words under `done_density`
    /// per 100 characters, is plans too.
    #[serde(default)]
    pub clause_openers: Vec<String>,
    #[serde(default)]
    pub clause_share: f64,
    #[serde(default)]
    pub done_density: f64,
}

fn default_section_threshold() -> f64 {
    1.0
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntityKindSection {
    suffixes: Vec<String>,
    #[serde(default)]
    known: Vec<String>,
    generic: Vec<String>,
    #[serde(default)]
    relative: Vec<String>,
    #[serde(default)]
    generic_modifiers: Vec<String>,
    #[serde(default)]
    roles_of_places: Vec<String>,
    #[serde(default)]
    halls_of_places: Vec<String>,
    #[serde(default)]
    quantifiers: Vec<String>,
    #[serde(default)]
    hall_words: Vec<String>,
    #[serde(default)]
    office_heads: Vec<String>,
    #[serde(default)]
    office_verbs: Vec<String>,
    #[serde(default)]
    list_heads: Vec<String>,
    #[serde(default)]
    list_measures: Vec<String>,
    #[serde(default)]
    person_titles: Vec<String>,
    #[serde(default)]
    stationed_in: Vec<String>,
    #[serde(default)]
    joint_levels: Vec<String>,
    #[serde(default)]
    branches: Vec<String>,
    #[serde(default)]
    service_bodies: Vec<String>,
    #[serde(default)]
    service_units: Vec<String>,
    #[serde(default)]
    glued_after: Vec<String>,
    #[serde(default)]
    glued_before: Vec<String>,
    #[serde(default)]
    session_marks: Vec<String>,
    #[serde(default)]
    counted_marks: Vec<String>,
    #[serde(default)]
    title_after: Vec<String>,
    #[serde(default)]
    describes_after: Vec<String>,
    #[serde(default)]
    day_after: Vec<String>,
    #[serde(default)]
    venues: Vec<String>,
    #[serde(default)]
    legal_forms: Vec<String>,
    #[serde(default)]
    pair_dashes: Vec<String>,
    #[serde(default)]
    pair_kinds: Vec<String>,
    #[serde(default)]
    unit_parents: Vec<String>,
    #[serde(default)]
    agency_parents: Vec<String>,
    #[serde(default)]
    forces: Vec<String>,
    #[serde(default)]
    named_by_function: Vec<String>,
    #[serde(default)]
    unit_suffixes: Vec<String>,
    #[serde(default)]
    unit_suffix_parents: Vec<String>,
    #[serde(default)]
    joined_fields_ends: Vec<String>,
    #[serde(default)]
    bodies: Vec<String>,
    #[serde(default)]
    units: Vec<String>,
    #[serde(default)]
    schools: Vec<String>,
    #[serde(default)]
    school_units: Vec<String>,
    #[serde(default)]
    units_of_listed: Vec<String>,
    #[serde(default)]
    titled_media: Vec<String>,
    #[serde(default)]
    country_named_groups: Vec<String>,
    #[serde(default)]
    government_heads: Vec<String>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntitiesFile {
    org: EntityKindSection,
    project: EntityKindSection,
    region: EntityKindSection,
    project_status: Vec<String>,
    left_stop: Vec<String>,
    own_words: Vec<String>,
    max_chars: BTreeMap<String, usize>,
    #[serde(default)]
    glued_after: Vec<String>,
    #[serde(default)]
    glued_before: Vec<String>,
    #[serde(default)]
    place_centres: Vec<String>,
    #[serde(default)]
    market_kinds: Vec<String>,
    #[serde(default)]
    project_not_endings: Vec<String>,
    places: PlacesSection,
    works: WorksRules,
    #[serde(default)]
    examples: Vec<Example>,
}

/// How the phrase around a figure is read (`[phrase]` in subjects.toml), read as written.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct SubjectPhraseRules {
    /// Subjects that are only a scope (`全区`): the figure takes the subject before it.
    pub scope_only: Vec<String>,
    /// Units that name what they count (`四部门` counts 部门): the unit is the subject.
    #[serde(default)]
    pub self_naming_units: Vec<String>,
    /// Nouns of money that name what a sum is when they follow it (`万元工业专项资金`).
    pub fund_words: Vec<String>,
    /// Measures a threshold sum is the size of (`投资过5亿元的项目`).
    pub threshold_measures: Vec<String>,
    /// Words that end the noun phrase after a count.
    pub after_stops: Vec<String>,
    /// Verbs by which counted bodies reach a status (`成功申报`).
    pub status_verbs: Vec<String>,
    /// Nouns after a count that mark a level passed (`1600亿斤大关`), no thing counted.
    pub milestones: Vec<String>,
    /// Ends of a noun phrase that name a measure (`总产量`, `经费`).
    pub measure_ends: Vec<String>,
    /// Heads after a count that say less than what follows them (`企业`).
    pub generic_heads: Vec<String>,
    /// Bodies and places counted that a predicate closing their clause says which of are counted
    /// (`12个省份开展巡回报告` → 省份开展巡回报告).
    #[serde(default)]
    pub counted_heads: Vec<String>,
    /// Level words in lists (`国家级`, `省级`).
    pub levels: Vec<String>,
    /// Conjunctions that join two nouns into one counted thing (`国家和地区`).
    pub noun_joiners: Vec<String>,
    /// Words before a stop verb after a count that make it describe the noun after it (`新`).
    #[serde(default)]
    pub attributive_openers: Vec<String>,
    /// jieba tags of words that end the noun phrase after a count.
    pub after_stop_tags: Vec<String>,
    /// Class marks of a budget's account names (`（类）`, `（项）`): a quoted name made of them
    /// at a paragraph's start is the paragraph's topic.
    pub topic_classes: Vec<String>,
    /// Verbs of a share (`占`): the object after them is the whole, not what is measured.
    pub share_verbs: Vec<String>,
    /// Measures of a topic (`预算执行数`): a figure's subject that is only one of them is the topic's.
    pub topic_measures: Vec<String>,
    /// Ends of a lead that name a rate or share (`含油量`, `覆盖率`): a percent after them is
    /// their value, not a share of what follows it.
    pub rate_ends: Vec<String>,
    /// Nouns after `N%的` that are a measure of the figure (`5%左右的较低水平`, `16%的税率`),
    /// not the things of which it is a share.
    pub share_not_of: Vec<String>,
    /// Verbs before a rank that are not what is ranked (`地区生产总值保持全国第5位`).
    pub ranking_lead_verbs: Vec<String>,
    /// Words opening a clause that goes on about the figure before it (`连续12年稳定在…`).
    #[serde(default)]
    pub carry_over_openers: Vec<String>,
    /// The words that open and close a frame of comparison (`与…相比`), which says against what,
    /// not what changed.
    #[serde(default)]
    pub comparison_opens: Vec<String>,
    #[serde(default)]
    pub comparison_closes: Vec<String>,
    /// Prepositions that make the name after them a partner of what is measured, kept in the
    /// subject (`对东盟出口`), not the body the figure belongs to.
    pub partner_words: Vec<String>,
    /// Locatives closing `在…中` around a count (`在120种主要产品中`): not part of what is counted.
    pub frame_ends: Vec<String>,
    /// Words closing a span of time before what is measured (`“三夏”期间各地共计投入联合收割机`):
    /// the span says when (the period's to give), and the subject starts after it.
    #[serde(default)]
    pub time_frame_ends: Vec<String>,
    /// Verbs of change after a base (`比2023年预算增加0.46万元`): the sum is the change of the
    /// figure before it.
    pub base_changes: Vec<String>,
}

/// How projects and works are named (`[works]` in entities.toml), read as written.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct WorksRules {
    /// Kinds of works after `等` that make the items of a list before it works of that kind
    /// (`雄商、津潍等6个高铁项目`), when the items are names.
    pub list_heads: Vec<String>,
    /// Of those, the ones a programme in quotes may name (`等“十大产业项目”`; not `等“三大工程”`,
    /// whose items are campaigns).
    #[serde(default)]
    pub quoted_list_heads: Vec<String>,
    /// Words joining two items of such a list in one (`通苏嘉甬高铁和宁淮城际铁路`).
    pub list_joins: Vec<String>,
    /// Verbs of being selected into a designation (`入选…示范区`): what follows in the clause
    /// is the designation, no works.
    pub designation_verbs: Vec<String>,
    /// Kinds of works that run from place to place and are built in sections (`渝昆高铁渝宜段`).
    pub sectioned: Vec<String>,
    /// Words ending in 段 that are no section of a line (`路段`, `阶段`).
    pub section_not: Vec<String>,
    /// What is done to a section, kept in its name (`隆叙段扩能改造`).
    pub section_works: Vec<String>,
    /// Words after what is done to a works that still close its name (`庆阳机场改扩建前期工作`).
    #[serde(default)]
    pub works_done_then: Vec<String>,
    /// Words joining the two ends of a line (`巴中至南充高铁`, `虎林—长春天然气管道`).
    pub line_joiners: Vec<String>,
    /// Kinds of place whose names are particular even without a proper word (`大熊猫国家公园`).
    pub named_kinds: Vec<String>,
    /// Phases that make a name particular wherever they stand in it (`董酒扩建一期工程`).
    #[serde(default)]
    pub named_phases: Vec<String>,
    /// Counter words after a numeral: `十大工程`, `六个工程` count works instead of naming one.
    pub counters: Vec<String>,
    /// Words jieba tags as nouns that close a counted name's phrase (`39个铁路物流中心全部成立`):
    /// the count is of the name, not of a noun after it.
    #[serde(default)]
    pub count_closers: Vec<String>,
    /// Words that, after a project name at the start of a clause, report its state
    /// (`关于X项目，已签订`, `X项目正在采购设备`): the whole clause head is then the name.
    pub status_after: Vec<String>,
    /// Verbs that take a project as their object: a name never runs back over them.
    pub clause_verbs: Vec<String>,
    /// Complements jieba joins to a clause verb (`打造出`): the word is still the verb.
    pub verb_complements: Vec<String>,
    /// Words comparing a works with others (`全球最大…基地`): a clause head's name starts after them.
    #[serde(default)]
    pub superlatives: Vec<String>,
    /// One-character words that end a clause head (others, such as `中`, occur inside names).
    pub head_stops: Vec<String>,
    /// Ends of words that name a park or town a project can stand in.
    pub place_suffixes: Vec<String>,
    /// Region type words that need a place name before them (`襄阳` + `高新区`).
    pub region_types: Vec<String>,
    /// Verbs that put a particular works in hand (`先行启动光明小区燃气管网改造项目`), and words that
    /// single one out (`除…`, `把…落地`, `A区为…`).
    pub works_before: Vec<String>,
    /// What is done to the object of a works, right before its suffix word (`厂房扩建项目`).
    pub works_verbs: Vec<String>,
    /// Words that grade a kind of place rather than name one (`市级创业示范基地`).
    pub level_words: Vec<String>,
    /// Kinds of facility described at length as often as named (`科技创新公共服务平台`,
    /// `托育综合服务中心`): a name of these needs a proper word, a place, a quote or a code.
    pub facilities: Vec<String>,
    /// Units of a capacity that stands inside a works' name (`500兆瓦`, `±800千伏`).
    pub capacities: Vec<String>,
    /// Last characters of a type in brackets right after a works' name, which belongs to the
    /// name (`内江保税物流中心（B型）`).
    pub type_marks: Vec<String>,
    /// Works named by what they are (`济青高铁`, `金塘冲水库`, `拱北口岸`): project suffixes too, but
    /// a clause head before one is no part of its name (`调度三峡水库`), as it may be before
    /// `项目` (`关于…项目，已…`).
    pub infrastructure: Vec<String>,
    /// Words of carriage right after a line's kind (`铁路试运`, `公路运输`): the kind is how goods go,
    /// not the works' name.
    pub carriage_after: Vec<String>,
    /// A mission is named by its craft's designation (`嫦娥六号`: a name, a numeral and one of
    /// `designation_marks`), what the craft is (`craft_kinds`), what it does (`mission_acts`) and
    /// one of `mission_ends` (`天舟五号货运飞船任务`).
    pub designation_marks: Vec<String>,
    pub craft_kinds: Vec<String>,
    pub mission_acts: Vec<String>,
    pub mission_ends: Vec<String>,
    /// A water transfer's name (`引江济淮`): an opener, a character, a join, a character, more
    /// joins and characters (`引黄入冀补淀`), then a phase and one of `diversion_ends`.
    pub diversion_opens: Vec<String>,
    pub diversion_joins: Vec<String>,
    pub diversion_ends: Vec<String>,
    /// Roads named by their code (`G318`): the code's letters, the digits a code needs to name a
    /// road alone, what after a code makes it something else (`G6701次`: a train), and the kinds
    /// of road that close a name after a code (`G331公路`, `G217线`).
    /// Marks after a number that name a line by it (`12号线`): such an item of a list is a name.
    pub numbered_lines: Vec<String>,
    /// Of the joins inside a list's item, those that end the item before them when what follows
    /// names nothing (`…工程以及重点市政道路基础设施`).
    pub list_joins_closing: Vec<String>,
    /// Railway stations named by a place (`杭州西站`, `西宁站`): the station words after the place
    /// (longest first), what after one makes it another word (`站台`), and the words of trains
    /// in the sentence that make it a station rather than a leg of an event (`世界杯北京站`).
    pub station_marks: Vec<String>,
    pub station_not_before: Vec<String>,
    pub station_context: Vec<String>,
    pub road_letters: Vec<String>,
    /// Words that name a road by its number in Chinese (`国道212线`, `省道104线`): the number and a
    /// road kind or section after them make the name.
    #[serde(default)]
    pub road_names: Vec<String>,
    pub road_alone_digits: usize,
    pub road_not_before: Vec<String>,
    pub road_kinds: Vec<String>,
    /// A plant's unit after its name (`徐大堡核电站` + `1号机组`), with a part and a works word
    /// (`核岛工程`), names one works: the plant kinds, the unit mark and the works words.
    pub unit_plants: Vec<String>,
    /// Works whose numbered parts are works named after them (`机场` + `二跑道`), the marks that
    /// may stand around the number (`第`, `条`) and the parts.
    pub part_owners: Vec<String>,
    pub part_marks: Vec<String>,
    pub parts: Vec<String>,
    /// A phase after a works' name is part of it (`…工程` + `一期`): the phase word and what
    /// after it makes another word (`一期间`).
    pub phase_word: String,
    pub phase_not_before: Vec<String>,
    /// What closes the part a phase names when a few words follow it (`滇中引水二期` + `骨干工程`,
    /// `…机场二期` + `扩建航站区`): the phase, those words and the closing word join the name.
    #[serde(default)]
    pub phase_tails: Vec<String>,
    /// Words for a port (`港`), named by the places before them (`宁波舟山港`, `天津港`).
    pub ports: Vec<String>,
    /// What after a port word makes it part of another word (`港口`, `港区`, `港澳`).
    pub port_not_before: Vec<String>,
    /// Venues (`国家速滑馆`), project suffixes; one opened by an owner's level is a name.
    pub venues: Vec<String>,
    pub venue_owners: Vec<String>,
    /// Kinds of works a programme is named like (`工程`), and the ends of a programme's name
    /// before it (`强基`, `铸魂`).
    pub programme_kinds: Vec<String>,
    pub programme_marks: Vec<String>,
    /// Words of physical works that keep a name a works (`特高压`), and the flows a slogan of a
    /// line or canal names (`“宁电入湘”`).
    pub programme_not: Vec<String>,
    pub slogan_flows: Vec<String>,
    /// Sectors and qualities jieba tags as abbreviations or places (`煤电/j`, `宜居/ns`): no
    /// proper word of a project's name.
    pub sector_words: Vec<String>,
    /// Kinds of works said of a name in apposition (`水利工程/引汉济渭工程`, `核电站/徐大堡核电站`).
    pub appositive_kinds: Vec<String>,
    pub unit_marks: Vec<String>,
    pub unit_works: Vec<String>,
    /// Verbs jieba may tag as anything (`建成投产/j`, `建立健全/nr`, `新建/ns`) that open a clause
    /// and never a works' name (`确保…`, `投运…`): sorted longest first at load.
    pub opening_verbs: Vec<String>,
}

/// How the gazetteer's names are used (`[places]` in entities.toml).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlacesSection {
    zone_short: Vec<(String, String)>,
    abbreviations: Vec<(String, String)>,
    not_before: Vec<String>,
    country_not_before: Vec<String>,
    not_after: Vec<String>,
    name_ends: Vec<String>,
    #[serde(default)]
    parts_after: Vec<String>,
    level_words: Vec<String>,
    party_prefixes: Vec<String>,
    not_places: Vec<String>,
    #[serde(default)]
    pair_names: Vec<String>,
    ordinary_word_frequency: usize,
    full_names_only_under: Vec<String>,
    transliteration_chars: String,
    zone_ends: Vec<String>,
    town_ends: Vec<String>,
    #[serde(default)]
    small_area_ends: Vec<String>,
    #[serde(default)]
    small_area_stop_tags: Vec<String>,
    #[serde(default)]
    small_area_not_first: Vec<String>,
    #[serde(default)]
    small_area_not_ends: Vec<String>,
    #[serde(default)]
    small_area_larger_levels: Vec<String>,
}

/// How place names are told from the words around them.
#[derive(Debug)]
pub struct PlaceRules {
    /// Words after which a place name names a street or a thing (`重庆路`, `北京站`).
    pub not_before: Vec<String>,
    /// Words after which a country's name is part of a national slogan (`中国特色`, `中国方案`).
    pub country_not_before: Vec<String>,
    /// Words before a place name that make it part of a title (`第六届中国…`).
    pub not_after: Vec<String>,
    /// Ends of the names a place can open (`…奥运会`, `…工程`): the place is then part of them.
    pub name_ends: Vec<String>,
    /// Words after a place for a part of it (`市中心`): though they end like a name, the place stands.
    pub parts_after: Vec<String>,
    /// Words of a division's level: after a short name they make another place's name.
    pub level_words: Vec<String>,
    /// What a party committee's name puts before its place (`中共湖南省委`).
    pub party_prefixes: Vec<String>,
    /// Short names that are ordinary words in running text (`和平`, `城关`).
    pub not_places: crate::segment::FastSet<String>,
    /// A city's short name that opening a longer phrase more often pairs two countries
    /// (`巴中两国`: Pakistan and China) than names the city.
    pub pair_names: Vec<String>,
    /// A county's short name that jieba's dictionary counts this often or more, and not as a
    /// place, is an ordinary word (`成功`, `合作`, `振兴`).
    pub ordinary_word_frequency: usize,
    /// Division codes (their leading digits) whose places count only by their full names.
    pub full_names_only_under: Vec<String>,
    /// Characters of foreign names: one glued to a short name as a word of its own makes the
    /// name part of a foreign name (`斯/凯里/特`).
    pub transliteration_chars: Vec<char>,
    /// Ends of a zone's name (`高新区`, `自由贸易港`) and of a town's (`镇`, `街道`): the level
    /// of a place the gazetteer does not hold.
    pub zone_ends: Vec<String>,
    pub town_ends: Vec<String>,
    /// Ends of a town's, village's or community's name that the gazetteer does not list, found
    /// by its characters right after its county or city (`青秀区凤岭北社区`), longest first.
    pub small_area_ends: Vec<String>,
    /// jieba's tags of words never inside such a name (verbs, particles, measure words).
    pub small_area_stop_tags: Vec<String>,
    /// Characters that open no such name (`各乡镇`, `全村`).
    pub small_area_not_first: Vec<String>,
    /// Ends of names that are sights, not divisions (`古镇`, `小镇`).
    pub small_area_not_ends: Vec<String>,
    /// Level words of larger places that never stand inside such a name (`省`, `县`).
    pub small_area_larger_levels: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SubjectsFile {
    strip_leading: Vec<String>,
    strip_trailing: Vec<String>,
    /// Words that only say "the total" (`总量`): the figure measures what the figure before it does.
    #[serde(default)]
    generic: Vec<String>,
    /// Nouns that name what is measured, shared by the items of a `分别` list (`零售额`).
    #[serde(default)]
    measure_heads: Vec<String>,
    /// Verbs after a counted noun that say which of them are counted (`35项成果获得国家科学技术奖`).
    #[serde(default)]
    predicate_verbs: Vec<String>,
    /// Words that may open a clause before the name that is its topic (`关于…项目，`).
    #[serde(default)]
    topic_openers: Vec<String>,
    /// Verbs of a body reporting figures (`通报`, `发布`): such a topic is the figures' source.
    #[serde(default)]
    source_verbs: Vec<String>,
    /// Words between `分别` and its first figure that say how it changes, not what is measured.
    #[serde(default)]
    change_words: Vec<String>,
    /// Words opening a total's subject that its parts after `其中` do not take with its noun.
    #[serde(default)]
    total_openers: Vec<String>,
    /// Labels of a part after `其中` that only set it apart (`境外输入`, `本土`).
    #[serde(default)]
    part_modifiers: Vec<String>,
    /// Words that always part the items of a `分别` list (`、`, `，以及`).
    #[serde(default)]
    list_breaks: Vec<String>,
    /// Words that part its items only when the list then holds as many items as figures
    /// (`和` in `家电、汽车零售额和…`, not in `家用电器和音像器材类`).
    #[serde(default)]
    list_joins: Vec<String>,
    /// Words converting a sum into another currency (`约合`), between the two sums.
    #[serde(default)]
    conversion_words: Vec<String>,
    /// What after a count opening a subject makes it qualify the subject (`及以上`, `的`).
    #[serde(default)]
    count_not_before: Vec<String>,
    /// Words after a count that make it a span of time (`5年`, `三个月`): alone, no subject.
    #[serde(default)]
    durations: Vec<String>,
    /// Words before a duration that make it a streak (`连续37年`), no part of a subject.
    #[serde(default)]
    streak_openers: Vec<String>,
    /// Units that measure a property of what they stand before, with the property's name.
    #[serde(default)]
    unit_measures: std::collections::BTreeMap<String, String>,
    /// Units that are themselves what a count counts, whatever follows (`8车道`).
    #[serde(default)]
    unit_nouns: Vec<String>,
    #[serde(default)]
    people_events: Vec<String>,
    #[serde(default)]
    people_events_measure: String,
    /// Words naming two measures at once (`城乡` = 城镇, 农村), each with the two in order.
    #[serde(default)]
    paired_words: Vec<Vec<String>>,
    /// Words opening a way of counting (`以修正总吨计`), not a measure.
    #[serde(default)]
    manner_openers: Vec<String>,
    /// How the phrase around a figure is read.
    phrase: SubjectPhraseRules,
    /// For comparing subjects across documents (`tongbao check`).
    #[serde(default)]
    compare: SubjectCompare,
    #[serde(default)]
    examples: Vec<Example>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentFile {
    genre: GenreSection,
    title: TitleSection,
    file_name: FileNameSection,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileNameSection {
    words: Vec<(String, String)>,
    places: Vec<(String, String)>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GenreSection {
    bulletin: Vec<String>,
    notice: Vec<String>,
    report: Vec<String>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TitleSection {
    not: Vec<String>,
    endings: Vec<String>,
    trailing: Vec<String>,
}

/// How `tongbao check` decides that two subjects measure the same thing.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubjectCompare {
    /// Words removed before comparing (they say how or where, not what).
    #[serde(default)]
    pub ignore: Vec<String>,
    /// Groups of names for one measure; the first of a group stands for all of them.
    #[serde(default)]
    pub same: Vec<Vec<String>>,
}

// ---- compiled rules -----------------------------------------------------------------------

#[derive(Debug)]
pub struct NormalizeRules {
    furniture: regex::RegexSet,
    navigation_words: Vec<String>,
    navigation_min_words: usize,
    list_item: Regex,
    pub radicals: HashMap<char, char>,
    /// What marks navigation and the article body in HTML pages.
    pub html: crate::read::html::HtmlRules,
    /// Which tags of HTML written inside a text file are known markup.
    pub markup: crate::read::markup::MarkupRules,
}

impl NormalizeRules {
    pub fn is_furniture(&self, line: &str) -> bool {
        // Furniture is short (page numbers, navigation, tool bars); long lines are text.
        if line.len() > 240 {
            return false;
        }
        if self.furniture.is_match(line) {
            return true;
        }
        let (mut words, mut short) = (0, true);
        for w in line.split_whitespace() {
            words += 1;
            short &= w.chars().count() <= 8;
        }
        if words >= 3 && short {
            let nav = self
                .navigation_words
                .iter()
                .filter(|n| line.contains(n.as_str()))
                .count();
            return nav >= self.navigation_min_words;
        }
        false
    }
    pub fn starts_list_item(&self, line: &str) -> bool {
        self.list_item.is_match(line)
    }
}

#[derive(Debug)]
pub struct EntityKindRules {
    pub suffixes: Vec<String>,
    /// Each suffix with its place in `suffixes`: the first suffix a word ends with is then found
    /// by looking up the word's tails, not by comparing the word with every suffix.
    pub suffix_rank: crate::segment::FastMap<String, usize>,
    pub known: Vec<String>,
    pub known_set: crate::segment::FastSet<String>,
    /// Last characters of the suffixes, to reject most words with one cheap scan.
    pub suffix_last: Vec<char>,
    /// First characters of the known names (sorted).
    pub known_first: Vec<char>,
    pub generic: crate::segment::FastSet<String>,
    pub relative: Vec<String>,
    pub generic_modifiers: crate::segment::FastSet<String>,
    /// The length in bytes of the longest of `generic_modifiers`.
    pub generic_modifier_max: usize,
    /// Body words that after a place and describing words name a role the place plays
    /// (`武汉国际消费中心`, `南阳省域副中心`), not a body.
    pub roles_of_places: Vec<String>,
    /// Body words that right after a place alone name a hall (`北京厅`), not a body.
    pub halls_of_places: Vec<String>,
    /// Words that before a street, town or village word say which or how many (`部分街道`).
    pub quantifiers: Vec<String>,
    /// Halls by what is done in them (`新闻发布厅`): rooms, not bodies.
    pub hall_words: Vec<String>,
    /// What an office named by its short word (`办`) stands after: a body or level that has
    /// offices (`国务院台办`, `中央网信办`, `市防汛办`).
    pub office_heads: Vec<String>,
    /// Verbs of running things ending in 办 (`筹办`, `申办`, `通办`): a name ending in one is no office.
    pub office_verbs: Vec<String>,
    /// Kinds of bodies after 等 that make the items of a list before it bodies (`美团、小红书等
    /// 企业`), when most items hold a name.
    pub list_heads: Vec<String>,
    /// Measure words counting bodies between 等 and such a kind (`等10家企业`).
    pub list_measures: Vec<String>,
    /// Titles of people: a name grown back to one is the person's (`省长周乃翔作政府`), no body.
    pub person_titles: Vec<String>,
    /// Words of a mission stationed abroad (`驻`): the state before it sends the mission and
    /// ends its name (`中国驻美国大使馆`).
    pub stationed_in: Vec<String>,
    /// Level characters that, two or more as one word opening a name (`省区市人民政府`,
    /// `市县党委`, `乡镇卫生院`), name bodies at several levels at once: none of them.
    pub joint_levels: Vec<String>,
    /// Branch words (`分局`, `支行`): a place and one after a body's name join it.
    pub branches: Vec<String>,
    /// Ends of the bodies of a disciplined service whose units are named inside them
    /// (`公安局`, `支队`), and the ends of those units (`分局`, `大队`, `派出所`, `九队`): a unit
    /// named right after such a body is the body's, one name (`…公安局浦东分局刑侦支队九队`).
    pub service_bodies: Vec<String>,
    pub service_units: Vec<String>,
    /// What jieba glues to the end of a listed name (`委等`, `政治局常委`): a listed name may end
    /// inside a word when the rest of the word is one of these.
    pub glued_after: Vec<String>,
    /// What jieba glues to the start of a listed name (`同上合组织`: `同上合`): a listed name may
    /// start inside a word when the word's start is one of these.
    pub glued_before: Vec<String>,
    /// Marks of a body's numbered session (`届`): a name that opens with the number and the mark
    /// (`十届全国委员会`, `第七届中央委员会`) names no body, its owner being elsewhere.
    pub session_marks: Vec<String>,
    /// What after a numeral makes a count of a kind (`三大`): a body's name opening with it,
    /// after its place or not (`日本三大航运公司`), names a kind counted, not one body.
    pub counted_marks: Vec<String>,
    /// Words that make a body's name right before them part of a document's title
    /// (`湖南省政府` + `工作报告`): no mention of the body.
    pub title_after: Vec<String>,
    /// Words after a body's word that make it describe something else (`政府` + `间`): no body.
    pub describes_after: Vec<String>,
    /// A word of its own after a body's name that makes the name a day's (`国际博物馆` + `日`).
    pub day_after: Vec<String>,
    /// Bodies that are also places built (`博物馆`): where the works rules find the same words
    /// as a works, the works stands.
    pub venues: Vec<String>,
    /// A company's legal forms (`集团`, `有限公司`): after a listed name they are part of it.
    pub legal_forms: Vec<String>,
    /// Dashes joining the two sides a body is of (`澳大利亚－中国友好交流协会`).
    pub pair_dashes: Vec<String>,
    /// The kinds of body named by both its sides (`协会`, `委员会`).
    pub pair_kinds: Vec<String>,
    /// Ends of bodies whose units are named right after them (`乌国防部/情报总局`,
    /// `联合国/近东救济工程处`, `水利部/黄河水利委员会`): such a unit, on no list of its own, is
    /// named with its parent.
    pub unit_parents: Vec<String>,
    /// Bodies whose agencies, listed bodies though they are, are named right after them as theirs
    /// (`联合国/世界粮食计划署`).
    pub agency_parents: Vec<String>,
    /// Services of armed forces (`军队`, `海军`): suffixes too, named only by the country or
    /// command right before them.
    pub forces: Vec<String>,
    /// Ends of bodies named by what they do (`审批局`): a verb may stand inside their names.
    pub named_by_function: Vec<String>,
    /// Suffixes that name a body only as a unit of a body named in the same name
    /// (`商务部外资司`; not `每盎司`, `航司`): the name holds one of `unit_suffix_parents` inside.
    pub unit_suffixes: Vec<String>,
    pub unit_suffix_parents: Vec<String>,
    /// Ends of bodies whose names may join two fields (`厅`, `委员会`, `研究院`:
    /// `自然资源和规划厅`).
    pub joined_fields_ends: Vec<String>,
    /// Words that end a body's name (`部`, `公司`): one before a name is another body.
    pub bodies: Vec<String>,
    /// Units of a body (`办公室`, `党支部`): such a name takes in the body before it.
    pub units: Vec<String>,
    /// Bodies of learning (`大学`) and their schools and institutes (`研究院`, `学院`): such a
    /// name after one takes it in (`山东大学儒学高等研究院`).
    pub schools: Vec<String>,
    pub school_units: Vec<String>,
    /// Organs named by a listed body right before them (`西非国家经济共同体/委员会`), besides
    /// its units and services.
    pub units_of_listed: Vec<String>,
    /// Kinds of publication after a title in 《》 that make the two one body's name
    /// (`《求是》杂志`), longest first.
    pub titled_media: Vec<String>,
    /// Groups of `orgs.txt` whose bodies belong to a state: a country right before one names it
    /// with it (`中国全国人大`), not before an international body (`美国/北约`).
    pub country_named_groups: Vec<String>,
    /// How a government's own bodies begin (`人民政府`, `人大`): they take the place before them.
    pub government_heads: Vec<String>,
    pub max_chars: usize,
}

/// The day a festival falls on in its year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FestivalDay {
    /// Month and day (`元旦`: 1, 1).
    Solar(u32, u32),
    /// Day of the first lunar month (`春节`: 1, `元宵节`: 15).
    Lunar(u32),
}

/// All rules, compiled once.
#[derive(Debug)]
pub struct Rules {
    pub normalize: NormalizeRules,
    pub money_units: Vec<(String, String)>,
    pub money_context: Vec<String>,
    /// A table's unit line (`单位：万元`): the unit and the power of ten it makes a bare cell, longest first.
    pub table_units: Vec<(String, u32)>,
    pub quantity_units: Vec<String>,
    /// First characters of every money and quantity unit, sorted, for a quick rejection.
    pub unit_first_chars: Vec<char>,
    pub quantity_not_before: Vec<String>,
    /// What after one unit makes it a word (`首` of `20首次`), unit by unit.
    pub quantity_unit_not_before: BTreeMap<String, Vec<String>>,
    /// What before a count in one unit makes it no count (`前三名`, a group of ranks), unit by unit.
    pub quantity_unit_not_after: BTreeMap<String, Vec<String>>,
    /// Fixed phrases that open with a count and name one thing (`八项规定`, `两个大局`): labels.
    pub quantity_labels: Vec<String>,
    /// Units that after an hour are a clock time's minutes (`10时20分`), with the hour words.
    pub quantity_clock_units: BTreeMap<String, Vec<String>>,
    /// A count of people in 万/亿 with no measure word (`7100万江淮儿女`, `旅居人数达389.75万`).
    pub headcount: Headcount,
    pub quantity_arabic_only: Vec<String>,
    /// Units of an index (`182.7点`), read only after an index word in the clause (`指数`).
    pub quantity_index_units: Vec<String>,
    pub quantity_index_words: Vec<String>,
    pub approx_before: Vec<String>,
    /// Words that tell where a project stands (`签约`, `开工`, `投产`…), for the projects table.
    pub project_status: Vec<String>,
    /// Words that end in a qualifier without being one (`签约`, `通过`).
    pub approx_not_in: Vec<String>,
    pub approx_after: Vec<String>,
    pub approx_kept: Vec<String>,
    /// Verbs of reaching a level before a bare magnitude of money (`达到万亿元`, `重回万亿元规模`).
    pub magnitude_reached: Vec<String>,
    /// Qualifiers that make a figure a bound, not a value (`突破3万亿元`, `40万人以上`; `不足`,
    /// `以内`): `check` never takes a bound for the value it bounds.
    pub lower_bounds: Vec<String>,
    pub upper_bounds: Vec<String>,
    pub fraction_cues: Vec<String>,
    /// What after a fraction makes it a share (`创造了全国1/9的经济总量`).
    pub fraction_cues_after: Vec<String>,
    /// Names of a ratio before `A∶1` that make it a percent (`城乡居民收入比缩小至2.34∶1` → 234).
    pub ratio_cues: Vec<String>,
    /// Words before a half (`约一半`, `近半数`) that make it a share.
    pub half_cues: Vec<String>,
    /// Characters after `N成` that make it a word, not tenths (`8成功`, `九成为`).
    pub tenths_not_before: String,
    /// A ranking verb of `[ranking] verbs`, a scope of up to ten characters and `第N`
    /// (`稳居全国第4位`, `跃升至第7位`).
    pub ranking: Regex,
    /// A scope word (`全省`, `西部`) followed by `第N` or `首位`: a rank without a ranking verb.
    pub ranking_scoped: Regex,
    /// Verbs before a rank (`居`, `位居`), longest first: kept in the rank's text.
    pub ranking_verbs: Vec<String>,
    /// Endings of a scope between a ranking verb and `第N` (`居工业大省第1位`).
    pub ranking_scope_ends: Vec<String>,
    /// Words before a verbless rank that make it a count or a wish (`十个全国第一`).
    pub ranking_not_before: Vec<String>,
    /// What after `第N` makes it an ordinal (`第三批`, `第4次`), not a rank.
    pub ranking_not_after: Vec<String>,
    /// Places won that are a rank on their own (`亚军`, `季军`).
    pub ranking_titles: Vec<String>,
    /// `第N` and a word of size (`[ranking] size_words`: `第二大`), then what is ranked.
    pub ranking_by_size: Regex,
    /// A verb of winning or holding (`夺得`, `卫冕`, `稳居`), up to eight Han characters of the
    /// event (group `between`), and a place won (`冠军`, `榜首`): group `t` is the place.
    pub ranking_won: Regex,
    /// Each place won and the rank it is (`冠军` 1, `亚军` 2, `季军` 3, `榜首` 1).
    pub ranking_places_won: Vec<(String, u32)>,
    /// The scopes of `[ranking] scopes`, longest first.
    pub ranking_scopes: Vec<String>,
    pub growth_up: Vec<String>,
    /// Nouns that name a rate of change (`增速`, `增幅`): the percentage after one is growth; the
    /// first names the rate in a subject (`…收入增速`).
    pub growth_rates: Vec<String>,
    /// Nouns that name a rate of fall (`降幅`): the percentage after one is a negative growth.
    pub growth_rates_down: Vec<String>,
    /// Words after a percentage that make it the size of a growth (`保持40%以上增长`).
    pub growth_after: Vec<String>,
    /// Words that join figures sharing a verb or a unit (`分别增长36.3%和12.5%`).
    pub growth_joiners: Vec<String>,
    /// Words holding a rate at a level (`涨幅分别控制在5%和3%以内`): the rate governs the figures.
    pub growth_held_at: Vec<String>,
    /// Comparatives before a gap between rates in points, each with whether it is lower
    /// (`高于全国0.7个百分点`, `低于`, `快于`, `慢于`).
    pub growth_gaps: Vec<(String, bool)>,
    pub growth_down: Vec<String>,
    pub growth_basis: Vec<(String, String)>,
    pub growth_between: Vec<String>,
    /// Of `growth_between`, the words opening a higher aim after a growth (`、力争达到20%`).
    pub growth_aims: Vec<String>,
    pub growth_approx: Vec<String>,
    /// Doubling said in words (`翻一番`: 1倍 more, `翻两番`: 3倍), longest first.
    pub growth_doublings: Vec<(String, i32)>,
    /// Relative year words, longest first.
    pub relative_years: Vec<(String, i32)>,
    pub standalone_years: Vec<String>,
    pub spring_festival: HashMap<i32, (u32, u32)>,
    /// Festivals by name, longest first, with their day (`元旦`: 1 January; `春节`: day 1 of the
    /// first lunar month).
    pub festivals: Vec<(String, FestivalDay)>,
    /// Holidays named with a word of their span (`端午假期`): each written form with its holiday,
    /// longest first, the words, and each holiday's days off by the year of its last day.
    pub holiday_names: Vec<(String, String)>,
    /// `festivals` and `holiday_names` found in one pass each.
    pub festival_scan: crate::namelist::WordScan,
    pub holiday_scan: crate::namelist::WordScan,
    pub holiday_words: Vec<String>,
    /// Words after a holiday's name that take part of its span (`首日`): no date then.
    pub holiday_parts: Vec<String>,
    pub holiday_spans: HashMap<(String, i32), (String, String)>,
    pub date_approx_after: Vec<String>,
    pub target_year_cues: Vec<String>,
    /// Words of a heading over a review of a past year (`2024年工作回顾`): its year, or the year
    /// that opens the section under it, is the year before the document's.
    pub review_heading_words: Vec<String>,
    /// Words before a count of years, with the last year's offset from the document year
    /// (`过去五年` ends the year before it), longest first.
    pub past_years: Vec<(String, i32)>,
    /// First characters of `past_years` and `relative_days`, where the date matcher must look.
    pub date_word_first: Vec<char>,
    /// Ends of a count of years up to now (`五年来`), longest first: a news figure's period.
    pub years_up_to_now: Vec<String>,
    /// Words after a year that make it a fiscal year (`2023财年`).
    pub fiscal_year_words: Vec<String>,
    /// Countries with a fiscal year not the calendar's: (name, month it opens in, named by the
    /// calendar year it ends in), longest names first.
    pub fiscal_years: Vec<(String, u32, bool)>,
    pub years_up_to_now_not_before: Vec<String>,
    /// What before such a count makes it vague (`几十年来`).
    pub years_up_to_now_vague: Vec<String>,
    /// Events a figure's period runs from when `以来` follows (`党的十八大以来`), with the day
    /// each opened (`YYYY-MM-DD`), longest name first.
    pub events_since: Vec<(String, String)>,
    /// What may follow the 起 of `自今年11月起` (`施行`, `生效`).
    pub from_on_then: Vec<String>,
    /// Words between `自…` and `至…` that make the two dates a move, not a span (`推迟`, `延`).
    pub framed_range_not: Vec<String>,
    /// Words that open a span of time right before its first date (`自`, `从`).
    pub frame_openers: Vec<String>,
    /// Day words relative to the document's day (`昨天` -1), longest first.
    pub relative_days: Vec<(String, i32)>,
    pub relative_day_not_after: Vec<String>,
    pub relative_day_not_before: Vec<String>,
    /// Month and week words relative to the document's day (`下月` 1, `上周` -1), longest first.
    pub relative_months: Vec<(String, i32)>,
    pub relative_weeks: Vec<(String, i32)>,
    /// What after a week word makes it part of another word (`上周期`).
    pub relative_week_not_before: Vec<String>,
    /// Words before a relative date that make it the basis of a comparison (`比上月`).
    pub comparison_before: Vec<String>,
    /// Words after a year naming its last (true) or first day (`年底`, `年初`), longest first.
    pub year_ends: Vec<(String, bool)>,
    pub year_end_not_before: Vec<String>,
    /// Seasons with their first and last month (`秋季` 9, 11), longest first.
    pub seasons: Vec<(String, (u32, u32))>,
    /// Words after `N号` that make it a numbered thing (`1号机组`), not a day.
    pub numbered_names: Vec<String>,
    /// Words around a bare day (`22日`) that make it a count or part of a name (`连续3日`, `7日内`).
    pub bare_day_not_after: Vec<String>,
    pub bare_day_not_before: Vec<String>,
    /// Words after a plan's number that make it a campaign, not a span (`“八五”普法`).
    pub plan_campaigns: Vec<String>,
    /// Endings that name one year of a plan (`收官之年`): the plan then gives no date.
    pub plan_as_year: Vec<String>,
    /// Words that put a plan's year before the plan (`谋篇之年`): the plan is then a date.
    pub plan_drafting: Vec<String>,
    /// Every target and forecast cue in one automaton, longest first.
    pub role_cues: Regex,
    pub role_target: Vec<String>,
    pub role_clause_only: Vec<String>,
    pub role_target_genres: Vec<String>,
    pub role_forecast: Vec<String>,
    pub role_cancel_before: Vec<String>,
    /// What after a role cue makes it a word of another sense (`规划的40个`, `口岸规划与建设`).
    pub role_cancel_after: Vec<String>,
    /// What before `到/至` + a year makes it a range's end (`2024年4月至2025年7月`), no aim.
    pub role_range_before: Vec<String>,
    /// Last characters of a body's name that jieba joins with a one-character cue after it
    /// (`住房城乡建设部将` cut `部将`): the cue is still a word of its own.
    pub role_glued_after: Vec<String>,
    pub role_actual_after: Vec<String>,
    pub sections: SectionsSection,
    pub org: EntityKindRules,
    pub project: EntityKindRules,
    pub region: EntityKindRules,
    /// China's divisions, zones and foreign places (`rules/places/`).
    pub places: crate::places::Gazetteer,
    /// Organisations named without a legal suffix (`rules/orgs.txt`).
    pub org_list: crate::namelist::NameList,
    /// Works of national standing named without a kind word (`rules/works.txt`).
    pub works_list: crate::namelist::NameList,
    pub place_rules: PlaceRules,
    pub works: WorksRules,
    pub left_stop: crate::segment::FastSet<String>,
    /// Words a name may open with that say whose it is, not what (`全市`, `我区`, `该`): trimmed.
    pub own_words: Vec<String>,
    /// One-character function words jieba's HMM glues to the end (`区为`) or the front (`以小`)
    /// of a piece before a project's name: the name starts after them.
    pub glued_after: crate::segment::FastSet<String>,
    pub glued_before: crate::segment::FastSet<String>,
    /// What a 中心 is for when it is a place built rather than a body (`物流`, `会展`).
    pub place_centres: Vec<String>,
    /// What a market sells or does when it is a place (`交易`, `批发`): a `…市场` without one is
    /// an economy's market (`中国市场`, `房地产市场`), not a project.
    pub market_kinds: Vec<String>,
    /// Ends of names that are never projects (`空军基地`).
    pub project_not_endings: Vec<String>,
    pub subject_strip_leading: Vec<String>,
    pub subject_strip_trailing: Vec<String>,
    /// `subject_strip_leading`, `subject_strip_trailing`, and `role_target` then `role_forecast`,
    /// looked up by a subject's first or last characters (see `attributes::clean_subject`).
    pub subject_leading_ranks: crate::namelist::WordRanks,
    pub subject_trailing_ranks: crate::namelist::WordRanks,
    pub role_cue_ranks: crate::namelist::WordRanks,
    pub subject_compare: SubjectCompare,
    pub subject_generic: Vec<String>,
    /// Measure nouns, longest first.
    pub subject_measure_heads: Vec<String>,
    pub subject_predicate_verbs: Vec<String>,
    /// Words that may open a clause before the name that is its topic (`关于…项目，`): the
    /// sentence's topic is a figure's entity when its own clause names none.
    pub topic_openers: Vec<String>,
    /// Verbs of a body reporting figures (`通报`, `发布`): such a topic is their source.
    pub source_verbs: Vec<String>,
    /// How the phrase around a figure is read (`[phrase]` in subjects.toml).
    pub subject_phrase: SubjectPhraseRules,
    pub subject_change_words: Vec<String>,
    /// Words opening a total's subject (`新增`) left off when a part after `其中` takes its noun
    /// (`新增无症状感染者18576例，其中境外输入85例` → 境外输入无症状感染者).
    pub subject_total_openers: Vec<String>,
    /// Labels of a part after `其中` that name no thing of their own (`境外输入`, `本土`, `城镇`).
    pub subject_part_modifiers: Vec<String>,
    /// What parts the items of a `分别` list: always, and only when the count then fits.
    pub subject_list_breaks: Vec<String>,
    pub subject_list_joins: Vec<String>,
    /// A sum after one of these, right after another sum, is the same sum in another currency
    /// (`175亿美元左右、约合1243亿元人民币`) and measures what it does.
    pub subject_conversion_words: Vec<String>,
    /// What after a count at a subject's front makes the count part of it (`220千伏及以上…`).
    pub subject_count_not_before: Vec<String>,
    /// Words after a count that make it a span of time (`5年`): such a lead names nothing.
    pub subject_durations: Vec<String>,
    /// Words before a duration closing a subject that make it a streak the figure holds
    /// (`总量连续37年居全国首位`): left off, as they say for how long, not what.
    pub subject_streak_openers: Vec<String>,
    /// A measure in one of these units inside a works' name is the works' property of that
    /// name (`500千伏主网架工程` → `主网架工程电压等级`).
    pub subject_unit_measures: Vec<(String, String)>,
    /// A count in one of these units counts the unit itself (`双向8车道洋浦疏港高速公路` → `车道`).
    pub subject_unit_nouns: Vec<String>,
    /// What befalls the people a count before it counts (`2053人死亡`), and the word that makes
    /// it a measure (`死亡人数`).
    pub subject_people_events: Vec<String>,
    pub subject_people_events_measure: String,
    /// A word naming two measures at once and the two it names, in order (`城乡` → 城镇, 农村):
    /// one subject of a `分别` list of two figures is split by it.
    pub subject_paired_words: Vec<(String, [String; 2])>,
    /// Words opening a way of counting (`以修正总吨计`, `按可比价格计算`), never a measure.
    pub subject_manner_openers: Vec<String>,
    /// Title words that make a document a bulletin, a notice or a report, in that order.
    pub genre_bulletin: Vec<String>,
    pub genre_notice: Vec<String>,
    pub genre_report: Vec<String>,
    /// Marks of a citation or link line, never a title.
    pub title_not: Vec<String>,
    /// Ends of a title, for joining one broken over lines; and what may trail it on its last line.
    pub title_endings: Vec<String>,
    pub title_trailing: Vec<String>,
    /// How a file's name in Latin letters is read as a title: words naming what the document
    /// is and provinces' pinyin, each with the Chinese it stands for (`[file_name]`).
    pub name_words: Vec<(String, String)>,
    pub name_places: Vec<(String, String)>,
    pub user_dict: String,
    entity_triggers: std::collections::HashSet<char>,
    /// For every BMP character, bits: 1 org suffix end, 2 project suffix end, 4 region suffix end,
    /// 8 first character of a known org, 16 of a known region. One lookup per word.
    pub entity_char_class: Vec<u8>,
    pub examples: Vec<Example>,
    /// A short hash of every rule file's text; recorded with results so they can be traced.
    pub version: String,
}

/// Words with a value, the longest word first (so that `上个月` is tried before `上月`).
fn longest_first_pairs<T>(map: BTreeMap<String, T>) -> Vec<(String, T)> {
    let mut v: Vec<(String, T)> = map.into_iter().collect();
    v.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
    v
}

/// What makes a count in 万/亿 a count of people without a measure word (`rules/numbers.toml`
/// `headcount_*`).
#[derive(Debug, Default)]
pub struct Headcount {
    /// Nouns for people that may follow the count (`群众`, `居民`).
    pub nouns: Vec<String>,
    /// How many characters after the count such a noun may end.
    pub reach: usize,
    /// Measures of a number of people or things that may stand before a count closing its clause.
    pub measures: Vec<String>,
    /// Verbs between such a measure and the count, longest first.
    pub verbs: Vec<String>,
    /// What before a magnitude makes it an idiom (`成千上万`).
    pub not_after: Vec<String>,
}

/// Whether `d` reads `YYYY-MM-DD` with a month and day in range.
fn is_iso_day(d: &str) -> bool {
    let parts: Vec<&str> = d.split('-').collect();
    let num = |s: &str, len: usize, max: u32| {
        s.len() == len && s.parse::<u32>().is_ok_and(|n| (1..=max).contains(&n))
    };
    parts.len() == 3 && num(parts[0], 4, 9999) && num(parts[1], 2, 12) && num(parts[2], 2, 31)
}

/// Each word of `v` with the index of its first occurrence.
fn first_index(v: &[String]) -> crate::segment::FastMap<String, usize> {
    let mut out = crate::segment::FastMap::default();
    for (i, w) in v.iter().enumerate() {
        out.entry(w.clone()).or_insert(i);
    }
    out
}

fn longest_first(mut v: Vec<String>) -> Vec<String> {
    v.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
    v.dedup();
    v
}

/// Line number (1-based) of byte offset `pos` in `src`.
fn line_of(src: &str, pos: usize) -> usize {
    src[..pos.min(src.len())].matches('\n').count() + 1
}

/// Line of the first occurrence of `needle` in `src`, for errors about a value.
fn line_of_text(src: &str, needle: &str) -> usize {
    src.find(needle).map(|p| line_of(src, p)).unwrap_or(1)
}

struct Loader<'a> {
    errors: Vec<String>,
    sources: &'a [(String, String)],
}

impl Loader<'_> {
    fn parse<T: serde::de::DeserializeOwned>(&mut self, name: &str) -> Option<T> {
        let Some((_, src)) = self.sources.iter().find(|(n, _)| n == name) else {
            self.errors.push(format!("{name}:1: rule file is missing"));
            return None;
        };
        match toml::from_str::<T>(src) {
            Ok(v) => Some(v),
            Err(e) => {
                let line = e.span().map(|s| line_of(src, s.start)).unwrap_or(1);
                let msg = e.message().replace('\n', " ");
                self.errors.push(format!("{name}:{line}: {msg}"));
                None
            }
        }
    }

    fn regex(&mut self, name: &str, pattern: &str) -> Option<Regex> {
        match Regex::new(pattern) {
            Ok(r) => Some(r),
            Err(e) => {
                let src = self
                    .sources
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, s)| s.as_str())
                    .unwrap_or("");
                let line =
                    line_of_text(src, pattern.get(..pattern.len().min(12)).unwrap_or(pattern));
                let msg = e
                    .to_string()
                    .lines()
                    .last()
                    .unwrap_or("invalid regular expression")
                    .to_string();
                self.errors.push(format!(
                    "{name}:{line}: bad regular expression `{pattern}`: {msg}"
                ));
                None
            }
        }
    }

    fn nonempty(&mut self, name: &str, list: &[String], what: &str) {
        if list.iter().any(|w| w.trim().is_empty()) {
            let src = self
                .sources
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, s)| s.as_str())
                .unwrap_or("");
            self.errors.push(format!(
                "{name}:{}: empty word in `{what}`",
                line_of_text(src, what)
            ));
        }
    }
}

impl Rules {
    /// True when `s` begins with a unit or multiplier that follows a number.
    pub fn starts_with_unit(&self, s: &str) -> bool {
        ["%", "万", "亿", "千", "个百分点", "倍"]
            .iter()
            .any(|u| s.starts_with(u))
            || self
                .money_units
                .iter()
                .any(|(u, _)| s.starts_with(u.as_str()))
            || self
                .quantity_units
                .iter()
                .any(|u| s.starts_with(u.as_str()))
    }

    /// Characters whose presence in a clause means it may hold a name: the last characters of
    /// the entity suffixes and the first characters of the known names.
    pub fn entity_trigger_chars(&self) -> &std::collections::HashSet<char> {
        &self.entity_triggers
    }

    /// The rules compiled into the binary. They are tested, so this cannot fail.
    pub fn embedded() -> Rules {
        let sources: Vec<(String, String)> = RULE_FILES
            .iter()
            .chain(std::iter::once(&USER_DICT))
            .map(|(n, s)| (n.to_string(), s.to_string()))
            .collect();
        Rules::from_sources(&sources).expect("embedded rules are valid")
    }

    /// Loads every rule file from a directory.
    pub fn load_dir(dir: &Path) -> Result<Rules> {
        let mut sources = Vec::new();
        let mut errors = Vec::new();
        for (name, _) in RULE_FILES.iter().chain(std::iter::once(&USER_DICT)) {
            let path = dir.join(name);
            match std::fs::read_to_string(&path) {
                Ok(s) => sources.push((name.to_string(), s)),
                Err(e) => errors.push(format!("{}:1: cannot read: {e}", path.display())),
            }
        }
        if !errors.is_empty() {
            return Err(Error::Rules(errors));
        }
        Rules::from_sources(&sources).map_err(|e| match e {
            Error::Rules(list) => Error::Rules(
                list.into_iter()
                    .map(|l| format!("{}/{l}", dir.display()))
                    .collect(),
            ),
            other => other,
        })
    }

    /// Compiles rules from (file name, contents) pairs.
    pub fn from_sources(sources: &[(String, String)]) -> Result<Rules> {
        let mut ld = Loader {
            errors: Vec::new(),
            sources,
        };
        let norm: Option<NormalizeFile> = ld.parse("normalize.toml");
        let nums: Option<NumbersFile> = ld.parse("numbers.toml");
        let growth: Option<GrowthFile> = ld.parse("growth.toml");
        let dates: Option<DatesFile> = ld.parse("dates.toml");
        let roles: Option<RolesFile> = ld.parse("roles.toml");
        let ents: Option<EntitiesFile> = ld.parse("entities.toml");
        let subj: Option<SubjectsFile> = ld.parse("subjects.toml");
        let docf: Option<DocumentFile> = ld.parse("document.toml");
        let user_dict = sources
            .iter()
            .find(|(n, _)| n == "userdict.txt")
            .map(|(_, s)| s.clone())
            .unwrap_or_default();
        for (i, line) in user_dict.lines().enumerate() {
            let t = line.trim();
            if t.is_empty() || t.starts_with('#') {
                continue;
            }
            let parts: Vec<&str> = t.split_whitespace().collect();
            if parts.len() < 2 || parts.len() > 3 || parts[1].parse::<usize>().is_err() {
                ld.errors.push(format!(
                    "userdict.txt:{}: expected `word frequency [tag]`, got `{t}`",
                    i + 1
                ));
            }
        }
        let (
            Some(norm),
            Some(nums),
            Some(growth),
            Some(dates),
            Some(roles),
            Some(ents),
            Some(subj),
            Some(docf),
        ) = (norm, nums, growth, dates, roles, ents, subj, docf)
        else {
            return Err(Error::Rules(ld.errors));
        };

        let furniture_ok: Vec<Regex> = norm
            .furniture
            .iter()
            .filter_map(|p| ld.regex("normalize.toml", p))
            .collect();
        let furniture = regex::RegexSet::new(furniture_ok.iter().map(|r| r.as_str()))
            .unwrap_or_else(|_| regex::RegexSet::empty());
        let list_item = ld.regex("normalize.toml", &norm.list_item);
        let mut radicals = HashMap::new();
        let norm_src = sources
            .iter()
            .find(|(n, _)| n == "normalize.toml")
            .map(|(_, s)| s.as_str())
            .unwrap_or("");
        for (k, v) in &norm.radicals {
            let (mut kc, mut vc) = (k.chars(), v.chars());
            match (kc.next(), kc.next(), vc.next(), vc.next()) {
                (Some(a), None, Some(b), None) => {
                    radicals.insert(a, b);
                }
                _ => ld.errors.push(format!(
                    "normalize.toml:{}: radical `{k}` = `{v}` must map one character to one",
                    line_of_text(norm_src, k)
                )),
            }
        }
        for (name, list, what) in [
            ("numbers.toml", &nums.quantity.units, "units"),
            ("numbers.toml", &nums.qualifiers.before, "before"),
            ("numbers.toml", &nums.ranking.scopes, "scopes"),
            ("numbers.toml", &nums.ranking.not_after, "not_after"),
            ("growth.toml", &growth.up, "up"),
            ("growth.toml", &growth.down, "down"),
            ("roles.toml", &roles.target, "target"),
            ("entities.toml", &ents.org.suffixes, "suffixes"),
            ("entities.toml", &ents.left_stop, "left_stop"),
            ("document.toml", &docf.title.not, "not"),
            ("document.toml", &docf.title.endings, "endings"),
        ] {
            ld.nonempty(name, list, what);
        }
        let subj_src = sources
            .iter()
            .find(|(n, _)| n == "subjects.toml")
            .map(|(_, s)| s.as_str())
            .unwrap_or("");
        let mut paired = Vec::new();
        for group in &subj.paired_words {
            match group.as_slice() {
                [word, first, second] if !word.is_empty() && !first.is_empty() && !second.is_empty() => paired.push((word.clone(), [first.clone(), second.clone()])),
                _ => ld.errors.push(format!("subjects.toml:{}: paired_words `{group:?}` must be a word and the two words it names", line_of_text(subj_src, "paired_words ="))),
            }
        }
        paired.sort_by(|a: &(String, [String; 2]), b| b.0.len().cmp(&a.0.len()));
        let mut spring_festival = HashMap::new();
        let dates_src = sources
            .iter()
            .find(|(n, _)| n == "dates.toml")
            .map(|(_, s)| s.as_str())
            .unwrap_or("");
        for (y, md) in &dates.spring_festival {
            let parsed = y.parse::<i32>().ok().zip(
                md.split_once('-')
                    .and_then(|(m, d)| m.parse::<u32>().ok().zip(d.parse::<u32>().ok())),
            );
            match parsed {
                Some((y, (m, d))) if (1..=2).contains(&m) && (1..=31).contains(&d) => {
                    spring_festival.insert(y, (m, d));
                }
                _ => ld.errors.push(format!("dates.toml:{}: spring_festival `{y} = \"{md}\"` must be a year and \"MM-DD\" in January or February", line_of_text(dates_src, md))),
            }
        }
        let mut festivals = Vec::new();
        for (name, day) in &dates.festivals {
            let lunar = day
                .strip_prefix("lunar ")
                .and_then(|n| n.parse::<u32>().ok())
                .filter(|n| (1..=30).contains(n));
            let solar = day
                .split_once('-')
                .and_then(|(m, d)| m.parse::<u32>().ok().zip(d.parse::<u32>().ok()))
                .filter(|&(m, d)| (1..=12).contains(&m) && (1..=31).contains(&d));
            match (lunar, solar) {
                (Some(n), _) => festivals.push((name.clone(), FestivalDay::Lunar(n))),
                (_, Some((m, d))) => festivals.push((name.clone(), FestivalDay::Solar(m, d))),
                _ => ld.errors.push(format!("dates.toml:{}: festivals `{name} = \"{day}\"` must be \"MM-DD\" or \"lunar N\" (N from 1 to 30)", line_of_text(dates_src, day))),
            }
        }
        festivals.sort_by(|a: &(String, FestivalDay), b| b.0.len().cmp(&a.0.len()));
        let mut holiday_names: Vec<(String, String)> = dates
            .holiday_names
            .iter()
            .flat_map(|(h, forms)| forms.iter().map(move |f| (f.clone(), h.clone())))
            .collect();
        holiday_names.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        let mut holiday_words = dates.holiday_words.clone();
        holiday_words.sort_by(|a, b| b.len().cmp(&a.len()));
        let mut holiday_spans = HashMap::new();
        for [h, from, to] in &dates.holiday_spans {
            let day = |t: &str| t.len() == 10 && crate::extract::dates::parse_iso_day(t).is_some();
            if !dates.holiday_names.contains_key(h) || !day(from) || !day(to) || from > to {
                ld.errors.push(format!("dates.toml:{}: holiday_spans `[\"{h}\", \"{from}\", \"{to}\"]` must name a holiday of holiday_names and two days YYYY-MM-DD in order", line_of_text(dates_src, from)));
                continue;
            }
            let year: i32 = to[..4].parse().unwrap_or(0);
            holiday_spans.insert((h.clone(), year), (from.clone(), to.clone()));
        }
        let max_chars = |k: &str| ents.max_chars.get(k).copied().unwrap_or(24);
        let kind_rules = |mut s: EntityKindSection, max: usize| EntityKindRules {
            suffix_last: {
                s.suffixes.extend(s.forces.iter().cloned());
                let mut v: Vec<char> = s.suffixes.iter().filter_map(|x| x.chars().last()).collect();
                v.sort();
                v.dedup();
                v
            },
            // (the same order as `suffixes` below)
            suffix_rank: first_index(&longest_first(s.suffixes.clone())),
            suffixes: longest_first(std::mem::take(&mut s.suffixes)),
            known_first: {
                let mut v: Vec<char> = s.known.iter().filter_map(|x| x.chars().next()).collect();
                v.sort();
                v.dedup();
                v
            },
            known_set: s.known.iter().cloned().collect(),
            known: longest_first(s.known),
            generic: s.generic.into_iter().collect(),
            relative: s.relative,
            generic_modifier_max: s
                .generic_modifiers
                .iter()
                .map(String::len)
                .max()
                .unwrap_or(0),
            generic_modifiers: s.generic_modifiers.into_iter().collect(),
            roles_of_places: s.roles_of_places,
            halls_of_places: s.halls_of_places,
            quantifiers: s.quantifiers,
            hall_words: s.hall_words,
            office_heads: s.office_heads,
            office_verbs: s.office_verbs,
            list_heads: s.list_heads,
            list_measures: s.list_measures,
            person_titles: s.person_titles,
            stationed_in: s.stationed_in,
            joint_levels: s.joint_levels,
            branches: s.branches,
            service_bodies: s.service_bodies,
            service_units: s.service_units,
            glued_after: s.glued_after,
            glued_before: s.glued_before,
            session_marks: s.session_marks,
            counted_marks: s.counted_marks,
            title_after: s.title_after,
            describes_after: s.describes_after,
            day_after: s.day_after,
            venues: s.venues,
            legal_forms: s.legal_forms,
            pair_dashes: s.pair_dashes,
            pair_kinds: s.pair_kinds,
            unit_parents: s.unit_parents,
            agency_parents: s.agency_parents,
            forces: s.forces,
            named_by_function: s.named_by_function,
            unit_suffixes: s.unit_suffixes,
            unit_suffix_parents: s.unit_suffix_parents,
            joined_fields_ends: s.joined_fields_ends,
            bodies: s.bodies,
            units: s.units,
            schools: s.schools,
            school_units: s.school_units,
            units_of_listed: s.units_of_listed,
            titled_media: longest_first(s.titled_media),
            country_named_groups: s.country_named_groups,
            government_heads: s.government_heads,
            max_chars: max,
        };
        let ranking = {
            let verbs: Vec<String> = longest_first(nums.ranking.verbs.clone())
                .iter()
                .map(|w| regex::escape(w))
                .collect();
            // `[ \t]`, not `\s`: a line break left after normalisation ends a paragraph, and a
            // rank never reaches across one
            let pattern = format!(
                r"(?:{})[ \t]*(?P<scope>[\p{{Han}}]{{0,10}}?)[ \t]*第[ \t]*(?P<n>[一二三四五六七八九十]+|\d+)[ \t]*(?P<tail>名|位)?",
                verbs.join("|")
            );
            ld.regex("numbers.toml", &pattern)
        };
        let ranking_scoped = {
            let scopes: Vec<String> = longest_first(nums.ranking.scopes.clone())
                .iter()
                .map(|w| regex::escape(w))
                .collect();
            let pattern = format!(
                r"(?P<scope>{})[ \t]*(?:第[ \t]*(?P<n>[一二三四五六七八九十]+|\d+)[ \t]*(?P<tail>名|位)?|(?P<first>首位))",
                scopes.join("|")
            );
            ld.regex("numbers.toml", &pattern)
        };
        let ranking_by_size = {
            let sizes: Vec<String> = longest_first(nums.ranking.size_words.clone())
                .iter()
                .map(|w| regex::escape(w))
                .collect();
            // (no size word: a pattern that never matches)
            let sizes = match sizes.is_empty() {
                true => r"[^\s\S]".to_string(),
                false => sizes.join("|"),
            };
            let pattern = format!(
                r"第[ \t]*(?P<n>[一二三四五六七八九十]+|\d+)(?:{sizes})(?P<what>\p{{Han}})"
            );
            ld.regex("numbers.toml", &pattern)
        };
        let ranking_won = {
            let verbs: Vec<String> = longest_first(nums.ranking.won_verbs.clone())
                .iter()
                .map(|w| regex::escape(w))
                .collect();
            let places: Vec<String> =
                longest_first(nums.ranking.places_won.keys().cloned().collect())
                    .iter()
                    .map(|w| regex::escape(w))
                    .collect();
            let pattern = format!(
                r"(?:{})(?P<between>\p{{Han}}{{0,8}}?)(?P<t>{})",
                verbs.join("|"),
                places.join("|")
            );
            ld.regex("numbers.toml", &pattern)
        };
        let mut examples = Vec::new();
        for (file, ex) in [
            ("normalize.toml", norm.examples),
            ("numbers.toml", nums.examples),
            ("growth.toml", growth.examples),
            ("dates.toml", dates.examples),
            ("roles.toml", roles.examples),
            ("entities.toml", ents.examples),
            ("subjects.toml", subj.examples),
        ] {
            for mut e in ex {
                e.file = file.to_string();
                examples.push(e);
            }
        }
        if !ld.errors.is_empty() {
            return Err(Error::Rules(ld.errors));
        }
        let version = {
            // FNV-1a over every file, so results name the exact rules that produced them.
            let mut h: u64 = 0xcbf29ce484222325;
            for (n, s) in sources {
                for b in n.bytes().chain(s.bytes()) {
                    h ^= b as u64;
                    h = h.wrapping_mul(0x100000001b3);
                }
            }
            format!("{:016x}", h)
        };
        let unit_first_chars = {
            let mut v: Vec<char> = nums
                .quantity
                .units
                .iter()
                .chain(&nums.quantity.index_units)
                .chain(nums.money.units.keys())
                .filter_map(|u| u.chars().next())
                .collect();
            v.sort();
            v.dedup();
            v
        };
        let (mx_org, mx_proj, mx_reg) =
            (max_chars("org"), max_chars("project"), max_chars("region"));
        let mut projects = ents.project;
        projects
            .suffixes
            .extend(ents.works.infrastructure.iter().cloned());
        projects.suffixes.extend(ents.works.venues.iter().cloned());
        let (org, project, region) = (
            kind_rules(ents.org, mx_org),
            kind_rules(projects, mx_proj),
            kind_rules(ents.region, mx_reg),
        );
        let mut entity_char_class = vec![0u8; 0x10000];
        for (bit, chars) in [
            (1u8, &org.suffix_last),
            (2, &project.suffix_last),
            (4, &region.suffix_last),
            (8, &org.known_first),
            (16, &region.known_first),
        ] {
            for c in chars.iter() {
                if let Some(slot) = entity_char_class.get_mut(*c as usize) {
                    *slot |= bit;
                }
            }
        }
        let source = |n: &str| {
            sources
                .iter()
                .find(|(k, _)| k == n)
                .map(|(_, s)| s.as_str())
                .unwrap_or("")
        };
        let places = crate::places::Gazetteer::parse(&crate::places::Sources {
            divisions: source("places/divisions.tsv"),
            former: source("places/former.tsv"),
            zones: source("places/zones.tsv"),
            world: source("places/world.tsv"),
            zone_short: &ents.places.zone_short,
            abbreviations: &ents.places.abbreviations,
        });
        let places = match places {
            Ok(g) => g,
            Err(list) => {
                ld.errors.extend(list);
                return Err(Error::Rules(ld.errors));
            }
        };
        let (org_list, works_list) = match (
            crate::namelist::NameList::parse("orgs.txt", source("orgs.txt")),
            crate::namelist::NameList::parse("works.txt", source("works.txt")),
        ) {
            (Ok(o), Ok(w)) => (o, w),
            (o, w) => {
                ld.errors
                    .extend(o.err().into_iter().chain(w.err()).flatten());
                return Err(Error::Rules(ld.errors));
            }
        };
        let place_rules = PlaceRules {
            not_before: ents.places.not_before.clone(),
            country_not_before: ents.places.country_not_before.clone(),
            not_after: ents.places.not_after.clone(),
            name_ends: ents.places.name_ends.clone(),
            parts_after: ents.places.parts_after.clone(),
            level_words: ents.places.level_words.clone(),
            party_prefixes: ents.places.party_prefixes.clone(),
            not_places: ents.places.not_places.iter().cloned().collect(),
            pair_names: ents.places.pair_names.clone(),
            ordinary_word_frequency: ents.places.ordinary_word_frequency,
            full_names_only_under: ents.places.full_names_only_under.clone(),
            transliteration_chars: ents.places.transliteration_chars.chars().collect(),
            zone_ends: ents.places.zone_ends.clone(),
            town_ends: ents.places.town_ends.clone(),
            small_area_ends: longest_first(ents.places.small_area_ends.clone()),
            small_area_stop_tags: ents.places.small_area_stop_tags.clone(),
            small_area_not_first: ents.places.small_area_not_first.clone(),
            small_area_not_ends: ents.places.small_area_not_ends.clone(),
            small_area_larger_levels: ents.places.small_area_larger_levels.clone(),
        };
        let entity_triggers = [&org, &project, &region]
            .iter()
            .flat_map(|k| {
                k.suffix_last
                    .iter()
                    .copied()
                    .chain(k.known.iter().filter_map(|n| n.chars().next()))
            })
            .collect();
        // a superlative stops a name grown leftwards as any stop word does
        let left_stop = ents
            .left_stop
            .iter()
            .chain(&ents.works.superlatives)
            .cloned()
            .collect();
        Ok(Rules {
            normalize: NormalizeRules {
                furniture,
                navigation_words: norm.navigation_words,
                navigation_min_words: norm.navigation_min_words,
                list_item: list_item.expect("checked above"),
                radicals,
                html: crate::read::html::HtmlRules {
                    boilerplate_tags: lower(norm.html.boilerplate_tags),
                    boilerplate_words: lower(norm.html.boilerplate_words),
                    content_words: lower(norm.html.content_words),
                },
                markup: crate::read::markup::MarkupRules {
                    block_tags: lower(norm.markup.block_tags),
                    inline_tags: lower(norm.markup.inline_tags),
                    cell_tags: lower(norm.markup.cell_tags),
                    min_marks: norm.markup.min_marks,
                },
            },
            money_units: {
                let mut v: Vec<(String, String)> = nums.money.units.into_iter().collect();
                v.sort_by(|a, b| b.0.chars().count().cmp(&a.0.chars().count()));
                v
            },
            money_context: nums.money.context,
            table_units: {
                let mut v: Vec<(String, u32)> = nums.tables.units.into_iter().collect();
                v.sort_by(|a, b| b.0.chars().count().cmp(&a.0.chars().count()));
                v
            },
            unit_first_chars,
            quantity_units: longest_first(
                nums.quantity
                    .units
                    .iter()
                    .chain(&nums.quantity.index_units)
                    .cloned()
                    .collect(),
            ),
            quantity_index_units: nums.quantity.index_units,
            quantity_index_words: nums.quantity.index_words,
            quantity_not_before: nums.quantity.not_before,
            quantity_unit_not_before: nums.quantity.unit_not_before,
            quantity_unit_not_after: nums.quantity.unit_not_after,
            quantity_labels: nums.quantity.labels,
            quantity_clock_units: nums.quantity.clock_units,
            headcount: Headcount {
                nouns: nums.quantity.headcount_nouns,
                reach: nums.quantity.headcount_reach,
                measures: nums.quantity.headcount_measures,
                verbs: longest_first(nums.quantity.headcount_verbs),
                not_after: nums.quantity.headcount_not_after,
            },
            quantity_arabic_only: nums.quantity.arabic_only,
            approx_before: longest_first(nums.qualifiers.before),
            project_status: ents.project_status.clone(),
            approx_not_in: nums.qualifiers.not_in,
            approx_after: longest_first(nums.qualifiers.after),
            approx_kept: nums.qualifiers.kept,
            magnitude_reached: nums.qualifiers.magnitude_reached,
            lower_bounds: nums.qualifiers.lower_bounds,
            upper_bounds: nums.qualifiers.upper_bounds,
            fraction_cues: nums.percent.fraction_cues,
            fraction_cues_after: nums.percent.fraction_cues_after,
            ratio_cues: nums.percent.ratio_cues,
            half_cues: nums.percent.half_cues,
            tenths_not_before: nums.percent.tenths_not_before,
            ranking: ranking.expect("checked above"),
            ranking_scoped: ranking_scoped.expect("checked above"),
            ranking_verbs: longest_first(nums.ranking.verbs),
            ranking_scope_ends: nums.ranking.scope_ends,
            ranking_not_before: longest_first(nums.ranking.not_before),
            ranking_not_after: longest_first(nums.ranking.not_after),
            ranking_titles: nums.ranking.titles,
            ranking_by_size: ranking_by_size.expect("checked above"),
            ranking_won: ranking_won.expect("checked above"),
            ranking_places_won: nums.ranking.places_won.clone().into_iter().collect(),
            ranking_scopes: longest_first(nums.ranking.scopes.clone()),
            growth_up: longest_first(growth.up),
            growth_rates: growth.rates,
            growth_joiners: growth.joiners,
            growth_held_at: growth.held_at,
            growth_gaps: (growth.gaps_above.into_iter().map(|w| (w, false)))
                .chain(growth.gaps_below.into_iter().map(|w| (w, true)))
                .collect(),
            growth_rates_down: longest_first(growth.rates_down),
            growth_after: longest_first(growth.after),
            growth_down: longest_first(growth.down),
            growth_basis: {
                let mut v: Vec<(String, String)> = growth.basis.into_iter().collect();
                v.sort_by(|a, b| b.0.chars().count().cmp(&a.0.chars().count()));
                v
            },
            growth_between: longest_first(growth.between),
            growth_aims: growth.aims,
            growth_approx: growth.approx,
            growth_doublings: {
                let mut v: Vec<(String, i32)> = growth.doublings.into_iter().collect();
                v.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
                v
            },
            relative_years: {
                let mut v: Vec<(String, i32)> = dates.relative_years.into_iter().collect();
                v.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
                v
            },
            standalone_years: dates.standalone_years,
            spring_festival,
            festival_scan: crate::namelist::WordScan::new(festivals.iter().map(|f| f.0.as_str())),
            holiday_scan: crate::namelist::WordScan::new(
                holiday_names.iter().map(|h| h.0.as_str()),
            ),
            festivals,
            holiday_names,
            holiday_words,
            holiday_spans,
            holiday_parts: dates.holiday_parts.clone(),
            date_approx_after: longest_first(dates.approx_after),
            target_year_cues: dates.target_year_cues,
            review_heading_words: dates.review_heading_words,
            date_word_first: {
                let words = dates
                    .past_years
                    .keys()
                    .chain(dates.relative_days.keys())
                    .chain(dates.relative_months.keys())
                    .chain(dates.relative_weeks.keys());
                let mut v: Vec<char> = words.filter_map(|w| w.chars().next()).collect();
                v.sort();
                v.dedup();
                v
            },
            past_years: {
                let mut v: Vec<(String, i32)> = dates.past_years.into_iter().collect();
                v.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
                v
            },
            relative_days: {
                let mut v: Vec<(String, i32)> = dates.relative_days.into_iter().collect();
                v.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
                v
            },
            years_up_to_now: longest_first(dates.years_up_to_now),
            fiscal_year_words: longest_first(dates.fiscal_year_words),
            fiscal_years: {
                let by_end = dates
                    .fiscal_years_named_by_end
                    .into_iter()
                    .map(|(c, m)| (c, m, true));
                let by_start =
                    (dates.fiscal_years_named_by_start.into_iter()).map(|(c, m)| (c, m, false));
                let mut all: Vec<_> = by_end.chain(by_start).collect();
                all.sort_by_key(|(c, _, _)| std::cmp::Reverse(c.len()));
                all
            },
            years_up_to_now_not_before: dates.years_up_to_now_not_before,
            years_up_to_now_vague: dates.years_up_to_now_vague,
            events_since: {
                let bad: Vec<String> = dates
                    .events_since
                    .iter()
                    .filter(|(_, d)| !is_iso_day(d))
                    .map(|(e, d)| {
                        format!("dates.toml: events_since: {e} = {d:?} is no day (YYYY-MM-DD)")
                    })
                    .collect();
                if !bad.is_empty() {
                    return Err(Error::Rules(bad));
                }
                longest_first_pairs(dates.events_since)
            },
            from_on_then: dates.from_on_then,
            framed_range_not: dates.framed_range_not,
            frame_openers: dates.frame_openers,
            relative_day_not_after: dates.relative_day_not_after,
            relative_day_not_before: dates.relative_day_not_before,
            relative_months: longest_first_pairs(dates.relative_months),
            relative_weeks: longest_first_pairs(dates.relative_weeks),
            relative_week_not_before: dates.relative_week_not_before,
            comparison_before: dates.comparison_before,
            year_ends: {
                let mut v = Vec::new();
                for (w, which) in dates.year_ends {
                    match which.as_str() {
                        "last" => v.push((w, true)),
                        "first" => v.push((w, false)),
                        _ => return Err(Error::Rules(vec![format!("dates.toml: year_ends: `{w}` must be \"first\" or \"last\", not \"{which}\"")])),
                    }
                }
                v.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
                v
            },
            year_end_not_before: dates.year_end_not_before,
            seasons: {
                let mut v: Vec<(String, (u32, u32))> = dates
                    .seasons
                    .into_iter()
                    .map(|(w, [a, b])| (w, (a, b)))
                    .collect();
                if let Some((w, _)) = v
                    .iter()
                    .find(|(_, (a, b))| !(1..=12).contains(a) || !(*a..=12).contains(b))
                {
                    return Err(Error::Rules(vec![format!(
                        "dates.toml: seasons: `{w}` needs two months in order, 1 to 12"
                    )]));
                }
                v.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
                v
            },
            numbered_names: dates.numbered_names,
            bare_day_not_after: dates.bare_day_not_after,
            bare_day_not_before: dates.bare_day_not_before,
            plan_campaigns: longest_first(dates.plan_campaigns),
            plan_as_year: longest_first(dates.plan_as_year),
            plan_drafting: dates.plan_drafting,
            role_cues: {
                let all = longest_first(
                    roles
                        .target
                        .iter()
                        .chain(roles.forecast.iter())
                        .cloned()
                        .collect(),
                );
                let mut alts: Vec<String> = roles
                    .target_patterns
                    .iter()
                    .map(|p| format!("(?:{p})"))
                    .collect();
                alts.extend(all.iter().map(|w| regex::escape(w)));
                match Regex::new(&alts.join("|")) {
                    Ok(r) => r,
                    Err(e) => {
                        return Err(Error::Rules(vec![format!(
                            "roles.toml:1: bad target_patterns: {}",
                            e.to_string().lines().last().unwrap_or("")
                        )]))
                    }
                }
            },
            role_clause_only: roles.clause_only,
            role_target_genres: roles.target_genres,
            role_cue_ranks: crate::namelist::WordRanks::new(
                (longest_first(roles.target.clone()).iter())
                    .chain(longest_first(roles.forecast.clone()).iter())
                    .map(String::as_str),
            ),
            role_target: longest_first(roles.target),
            role_forecast: longest_first(roles.forecast),
            role_cancel_before: roles.cancel_before,
            role_cancel_after: roles.cancel_after,
            role_range_before: roles.range_before,
            role_glued_after: roles.glued_after,
            role_actual_after: roles.actual_after,
            sections: roles.sections,
            org,
            project,
            region,
            entity_triggers,
            entity_char_class,
            places,
            org_list,
            works_list,
            place_rules,
            works: WorksRules {
                craft_kinds: longest_first(ents.works.craft_kinds),
                mission_acts: longest_first(ents.works.mission_acts),
                mission_ends: longest_first(ents.works.mission_ends),
                unit_marks: longest_first(ents.works.unit_marks),
                unit_works: longest_first(ents.works.unit_works),
                opening_verbs: longest_first(ents.works.opening_verbs),
                ..ents.works
            },
            left_stop,
            own_words: ents.own_words,
            glued_after: ents.glued_after.into_iter().collect(),
            glued_before: ents.glued_before.into_iter().collect(),
            place_centres: ents.place_centres,
            market_kinds: ents.market_kinds,
            project_not_endings: ents.project_not_endings,
            subject_leading_ranks: crate::namelist::WordRanks::new(
                longest_first(subj.strip_leading.clone())
                    .iter()
                    .map(String::as_str),
            ),
            subject_trailing_ranks: crate::namelist::WordRanks::new(
                longest_first(subj.strip_trailing.clone())
                    .iter()
                    .map(String::as_str),
            ),
            subject_strip_leading: longest_first(subj.strip_leading),
            subject_strip_trailing: longest_first(subj.strip_trailing),
            subject_generic: subj.generic,
            subject_measure_heads: longest_first(subj.measure_heads),
            subject_predicate_verbs: longest_first(subj.predicate_verbs),
            topic_openers: subj.topic_openers,
            source_verbs: subj.source_verbs,
            subject_change_words: longest_first(subj.change_words),
            subject_total_openers: longest_first(subj.total_openers),
            subject_part_modifiers: subj.part_modifiers,
            subject_list_breaks: longest_first(subj.list_breaks),
            subject_list_joins: longest_first(subj.list_joins),
            subject_conversion_words: subj.conversion_words,
            subject_unit_measures: subj.unit_measures.into_iter().collect(),
            subject_unit_nouns: subj.unit_nouns,
            subject_people_events: subj.people_events,
            subject_people_events_measure: subj.people_events_measure,
            subject_count_not_before: subj.count_not_before,
            subject_durations: longest_first(subj.durations),
            subject_streak_openers: subj.streak_openers,
            subject_paired_words: paired,
            subject_manner_openers: subj.manner_openers,
            subject_phrase: subj.phrase,
            genre_bulletin: docf.genre.bulletin,
            genre_notice: docf.genre.notice,
            genre_report: docf.genre.report,
            title_not: docf.title.not,
            title_endings: longest_first(docf.title.endings),
            title_trailing: longest_first(docf.title.trailing),
            name_words: docf.file_name.words,
            name_places: docf.file_name.places,
            subject_compare: SubjectCompare {
                ignore: longest_first(subj.compare.ignore),
                same: subj.compare.same.into_iter().map(longest_first).collect(),
            },
            user_dict,
            examples,
            version,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sources_with(name: &str, text: &str) -> Vec<(String, String)> {
        RULE_FILES
            .iter()
            .chain(std::iter::once(&USER_DICT))
            .map(|(n, s)| {
                (
                    n.to_string(),
                    if *n == name {
                        text.to_string()
                    } else {
                        s.to_string()
                    },
                )
            })
            .collect()
    }

    #[test]
    fn embedded_rules_load() {
        let r = Rules::embedded();
        assert!(!r.examples.is_empty());
        assert_eq!(r.normalize.radicals.get(&'⻋'), Some(&'车'));
    }

    #[test]
    fn broken_rule_file_reports_file_and_line() {
        let bad = RULE_FILES[2].1.replacen("up = [", "upp = [", 1);
        let err = Rules::from_sources(&sources_with("growth.toml", &bad))
            .unwrap_err()
            .to_string();
        assert!(err.contains("growth.toml:"), "{err}");
        assert!(err.contains("upp"), "{err}");
    }

    #[test]
    fn a_broken_works_list_is_reported_with_its_file_and_line() {
        let err = Rules::from_sources(&sources_with(
            "works.txt",
            "深中通道\ttransport\n西部陆海新通道\n",
        ))
        .unwrap_err()
        .to_string();
        assert!(err.contains("works.txt:2:"), "{err}");
    }

    #[test]
    fn an_event_with_no_day_is_reported_with_its_file() {
        let dates = RULE_FILES
            .iter()
            .find(|(n, _)| *n == "dates.toml")
            .unwrap()
            .1;
        let bad = dates.replacen(
            r#""党的十八大" = "2012-11-08""#,
            r#""党的十八大" = "2012-11""#,
            1,
        );
        assert_ne!(bad, dates);
        let err = Rules::from_sources(&sources_with("dates.toml", &bad))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("dates.toml") && err.contains("党的十八大"),
            "{err}"
        );
    }

    #[test]
    fn a_paired_word_without_its_two_halves_is_reported_with_its_line() {
        let subjects = RULE_FILES
            .iter()
            .find(|(n, _)| *n == "subjects.toml")
            .unwrap()
            .1;
        let bad = subjects.replacen(r#"["城乡", "城镇", "农村"]"#, r#"["城乡", "城镇"]"#, 1);
        assert_ne!(bad, subjects);
        let err = Rules::from_sources(&sources_with("subjects.toml", &bad))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("subjects.toml:") && err.contains("paired_words"),
            "{err}"
        );
    }

    #[test]
    fn bad_regex_and_bad_dict_line_are_both_reported() {
        let bad = RULE_FILES[0]
            .1
            .replacen("list_item = '^(", "list_item = '^((", 1);
        let mut src = sources_with("normalize.toml", &bad);
        src.last_mut().unwrap().1.push_str("东创紫联 nz\n");
        let err = Rules::from_sources(&src).unwrap_err().to_string();
        assert!(err.contains("normalize.toml:"), "{err}");
        assert!(err.contains("userdict.txt:"), "{err}");
    }
}
