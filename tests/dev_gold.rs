//! Our development gold beyond the seeds (`tests/gold/dev`: three provincial work reports' review
//! and targets, four news days, a policy notice, a budget PDF; the 湖南 report and one news day
//! annotated blind, `notes/BLIND-2.md`), cut from `../shared/corpus` by
//! `tests/gold/dev/sources.sh` and scored by `../shared/eval/score.py`. The floors are the
//! figures reached so far (issue #13 asks period, subject ≥ 0.85, role ≥ 0.95, date and ranking
//! F1 ≥ 0.90, numeric F1 ≥ 0.95; #14 org ≥ 0.80, project ≥ 0.75); a change that loses ground fails here.
mod common;
use std::path::PathBuf;
use std::process::Command;

/// Cuts a gold set's documents as its manifest says and scores tongbao on them.
fn score_set(set: &str) -> Option<serde_json::Value> {
    let shared = common::shared()?;
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/gold");
    let gold = root.join(set);
    let dir = std::env::temp_dir().join(format!("tongbao-{set}-sources-{}", std::process::id()));
    let cut = Command::new("bash")
        .arg(root.join("dev/sources.sh"))
        .arg(&dir)
        .arg(gold.join("manifest.tsv"))
        .env("TONGBAO_CORPUS", shared.join("corpus"))
        .output()
        .unwrap();
    assert!(
        cut.status.success(),
        "sources.sh failed: {}",
        String::from_utf8_lossy(&cut.stderr)
    );
    let s = common::score(&shared, &gold, &dir, set);
    let _ = std::fs::remove_dir_all(&dir);
    eprintln!("{set}: {s}");
    Some(s)
}

/// Fails with every figure of `set` below its floor.
fn holds(set: &str, f1_floors: &[(&str, f64)], attr_floors: &[(&str, f64)]) {
    let Some(s) = score_set(set) else { return };
    let failures = common::below(&s, f1_floors, attr_floors);
    assert!(
        failures.is_empty(),
        "{set} below its floors:\n{}",
        failures.join("\n")
    );
}

/// Org 0.82: `国家电网` stands only as the owner inside `国家电网陕北至安徽正负800千伏…工程`
/// since that name is read whole, and an owner's short name inside a project is no mention of its
/// own (the seeds' convention, which this gold reads otherwise).
#[test]
fn development_gold_holds_its_figures() {
    holds(
        "dev",
        &[
            ("money", 0.97),
            ("quantity", 0.97),
            ("percent", 0.96),
            ("growth", 0.96),
            ("ranking", 0.96),
            ("date", 0.95),
            ("org", 0.82),
            ("project", 0.80),
            ("region", 0.87),
        ],
        &[("period", 0.96), ("subject", 0.85), ("role", 0.95)],
    );
}

/// The third set annotated blind (`tests/gold/blind3`: the 2025 安徽 report's review and targets,
/// the news day 2023-11-15; `tests/gold/blind3/NOTES.md`), kept apart from the development gold
/// so that its first figures stay on record as an estimate of unseen text. Its floors are the
/// figures reached after the rules its reading led to.
#[test]
fn blind_third_set_holds_its_figures() {
    holds(
        "blind3",
        &[
            ("money", 0.96),
            ("quantity", 0.98),
            ("percent", 0.94),
            ("growth", 0.99),
            ("ranking", 0.99),
            ("date", 0.97),
            ("org", 0.92),
            ("project", 0.58),
            ("region", 0.91),
        ],
        &[("period", 0.98), ("subject", 0.87), ("role", 0.97)],
    );
}

/// The fourth set annotated blind (`tests/gold/blind4`: the 2025 江西 and 云南 reports' reviews
/// and targets, the news day 2022-12-05; `tests/gold/blind4/NOTES.md`); floors as for the third.
/// Subject 0.86 and role 0.98: the figures in units found since (`日均下调200万桶`, `3包`,
/// `0.5微米以下`) are matched now, with a subject or role the gold reads otherwise (the cut of
/// `将月度产量日均下调200万桶` is a target); no earlier figure's subject or role changed.
#[test]
fn blind_fourth_set_holds_its_figures() {
    holds(
        "blind4",
        &[
            ("money", 0.99),
            ("quantity", 0.96),
            ("percent", 0.95),
            ("growth", 0.97),
            ("ranking", 0.99),
            ("date", 0.95),
            ("org", 0.82),
            ("project", 0.78),
            ("region", 0.95),
        ],
        &[("period", 0.95), ("subject", 0.88), ("role", 0.98)],
    );
}

/// The fifth set annotated blind (`tests/gold/blind5`: parts of the 2025 浙江, 广西 and 贵州
/// reports, the news day 2023-04-12; `tests/gold/blind5/NOTES.md`); floors as for the third. Two
/// excerpts begin inside a section whose heading they leave out: their period comes from the
/// work report their file's name says they are (`report_guizhou_2025_projects.txt`).
/// Subject 0.85: the counts of people in 万 found since (`岗位数量过万`) are matched with subjects
/// that miss what they describe (the gold's `特大型招聘会岗位数量`); no earlier subject changed.
#[test]
fn blind_fifth_set_holds_its_figures() {
    holds(
        "blind5",
        &[
            ("money", 0.99),
            ("quantity", 0.96),
            ("percent", 0.99),
            ("growth", 0.98),
            ("date", 0.95),
            ("org", 0.89),
            ("project", 0.81),
            // (0.90 until parts of China spanning divisions became places: its news annotator
            // left `在大湾区创业` unmarked, where the report annotators mark 大湾区 and 京津冀)
            ("region", 0.89),
        ],
        &[("period", 0.97), ("subject", 0.86), ("role", 0.99)],
    );
}

/// The sixth set annotated blind (`tests/gold/blind6`: parts of the 2025 福建 and 陕西 reports,
/// the news day 2023-09-15; `tests/gold/blind6/NOTES.md`); floors as for the third, at its first
/// figures after this session's rules. Org and project stand low: bodies named after a country
/// (`中国全国人大`, `赞国民议会`) and works named without a kind word (`陕电送皖`, `秦创原`).
#[test]
fn blind_sixth_set_holds_its_figures() {
    holds(
        "blind6",
        &[
            ("money", 0.99),
            ("quantity", 0.96),
            ("percent", 0.94),
            ("growth", 0.99),
            ("ranking", 0.99),
            ("date", 0.98),
            ("org", 0.80),
            ("project", 0.72),
            ("region", 0.93),
        ],
        &[("period", 0.99), ("subject", 0.88), ("role", 0.99)],
    );
}

/// The seventh set annotated blind (`tests/gold/blind7`: parts of the 2025 北京 and 河北 reports,
/// the news day 2024-04-13; `tests/gold/blind7/NOTES.md`); floors at its figures after the rules
/// its role misses and then its name misses led to (project 0.64, org 0.87, region 0.81).
#[test]
fn blind_seventh_set_holds_its_figures() {
    holds(
        "blind7",
        &[
            ("money", 0.99),
            ("quantity", 0.96),
            ("percent", 0.57),
            ("growth", 0.97),
            ("ranking", 0.99),
            ("date", 0.90),
            ("org", 0.87),
            ("project", 0.63),
            ("region", 0.87),
        ],
        &[("period", 0.92), ("subject", 0.85), ("role", 0.96)],
    );
}

/// The eighth set annotated blind (`tests/gold/blind8`: parts of the 2025 重庆 and 山西 reports,
/// the news day 2023-11-02; `tests/gold/blind8/NOTES.md`); floors at its first score, names
/// and subjects raised where its misses were read (second session of 2026-12-05).
#[test]
fn blind_eighth_set_holds_its_figures() {
    holds(
        "blind8",
        &[
            ("money", 0.99),
            ("quantity", 0.95),
            // (0.99 until 2026-12-06: its gold leaves out the headline's `约半数医院`, a share of
            // 50% as blinds 10, 15 and 18 annotate such halves, while it lists the headline's
            // `81名`; tongbao now reads halves of things, so that one share counts as false)
            ("percent", 0.97),
            ("growth", 0.98),
            ("ranking", 0.99),
            ("date", 0.92),
            ("org", 0.87),
            ("project", 0.66),
            ("region", 0.88),
        ],
        &[("period", 0.89), ("subject", 0.84), ("role", 0.98)],
    );
}

/// The ninth set annotated blind (`tests/gold/blind9`: parts of the 2025 吉林 and 甘肃 reports,
/// the news day 2024-05-22; `tests/gold/blind9/NOTES_*.md`); floors at its first score, period,
/// role and project raised where its misses were read (third session of 2026-12-05).
#[test]
fn blind_ninth_set_holds_its_figures() {
    holds(
        "blind9",
        &[
            ("money", 0.91),
            ("quantity", 0.94),
            ("percent", 0.94),
            ("growth", 0.96),
            ("ranking", 0.85),
            ("date", 0.94),
            ("org", 0.84),
            ("project", 0.88),
            ("region", 0.91),
        ],
        &[("period", 0.96), ("subject", 0.86), ("role", 0.94)],
    );
}

/// The tenth set annotated blind (`tests/gold/blind10`: parts of the 2025 辽宁 and 黑龙江 reports,
/// the news day 2024-06-18; `tests/gold/blind10/NOTES.md`); floors at its first score, names,
/// subjects and periods raised where its misses were read (fourth session of 2026-12-05).
#[test]
fn blind_tenth_set_holds_its_figures() {
    holds(
        "blind10",
        &[
            ("money", 0.99),
            ("quantity", 0.97),
            ("percent", 0.91),
            ("growth", 0.99),
            ("ranking", 0.99),
            ("date", 0.98),
            ("org", 0.83),
            ("project", 0.77),
            ("region", 0.87),
        ],
        &[("period", 0.90), ("subject", 0.81), ("role", 0.98)],
    );
}

/// The eleventh set annotated blind (`tests/gold/blind11`: parts of the 2025 天津 and 新疆 reports,
/// the news day 2023-06-21; `tests/gold/blind11/NOTES.md`); floors at its figures when the
/// fourth session of 2026-12-05 closed, dates, periods and works raised where its misses were
/// read (fifth session).
#[test]
fn blind_eleventh_set_holds_its_figures() {
    holds(
        "blind11",
        &[
            ("money", 0.99),
            ("quantity", 0.92),
            ("percent", 0.86),
            ("growth", 0.94),
            ("ranking", 0.85),
            ("date", 0.92),
            ("org", 0.73),
            ("project", 0.65),
            ("region", 0.89),
        ],
        &[("period", 0.89), ("subject", 0.83), ("role", 0.94)],
    );
}

/// The twelfth set annotated blind (`tests/gold/blind12`: parts of the 2025 广东 and 宁夏 reports,
/// the news day 2023-12-20; `tests/gold/blind12/NOTES.md`); floors at its first score, names
/// raised where its misses were read (sixth session).
#[test]
fn blind_twelfth_set_holds_its_figures() {
    holds(
        "blind12",
        &[
            ("money", 0.99),
            ("quantity", 0.93),
            ("percent", 0.96),
            ("growth", 0.98),
            ("ranking", 0.99),
            ("date", 0.92),
            ("org", 0.77),
            ("project", 0.70),
            ("region", 0.80),
        ],
        &[("period", 0.99), ("subject", 0.85), ("role", 0.98)],
    );
}

/// The thirteenth set annotated blind (`tests/gold/blind13`: parts of the 2025 内蒙古 and 青海
/// reports, the news day 2024-09-06; `tests/gold/blind13/NOTES.md`); its misses were read in the
/// seventh session, and the floors raised to what the rules from them reached.
#[test]
fn blind_thirteenth_set_holds_its_figures() {
    holds(
        "blind13",
        &[
            ("money", 0.99),
            ("quantity", 0.95),
            ("percent", 0.99),
            ("growth", 0.98),
            ("ranking", 0.90),
            ("date", 0.90),
            ("org", 0.87),
            ("project", 0.75),
            ("region", 0.93),
        ],
        &[("period", 0.95), ("subject", 0.85), ("role", 0.95)],
    );
}

/// The fourteenth set annotated blind (`tests/gold/blind14`: parts of the 2025 上海 and 西藏
/// reports, the news day 2024-10-15; `tests/gold/blind14/NOTES.md`); its misses were read in the
/// eighth session, and the rules written from them hold it here.
#[test]
fn blind_fourteenth_set_holds_its_figures() {
    holds(
        "blind14",
        &[
            ("money", 0.99),
            ("quantity", 0.99),
            ("percent", 0.90),
            ("growth", 0.96),
            ("ranking", 0.99),
            ("date", 0.95),
            ("org", 0.87),
            ("project", 0.79),
            ("region", 0.86),
        ],
        &[("period", 0.93), ("subject", 0.80), ("role", 0.91)],
    );
}

/// The fifteenth set annotated blind (`tests/gold/blind15`: parts of the 2026 海南 report, which
/// reviews 2025 and the 十四五 period, and the news day 2024-01-17; `tests/gold/blind15/NOTES.md`);
/// floors at what reading its misses (the ninth session) gave.
#[test]
fn blind_fifteenth_set_holds_its_figures() {
    holds(
        "blind15",
        &[
            ("money", 0.99),
            ("quantity", 0.96),
            ("percent", 0.92),
            ("growth", 0.99),
            ("ranking", 0.85),
            ("date", 0.99),
            ("org", 0.94),
            ("project", 0.57),
            ("region", 0.91),
        ],
        &[("period", 0.87), ("subject", 0.80), ("role", 0.97)],
    );
}

/// The sixteenth set annotated blind (`tests/gold/blind16`: parts of the 2026 四川 report and the
/// news day 2024-02-28; `tests/gold/blind16/NOTES.md`). Its first score (e9340ad) was period
/// 0.532: the file's year and the five-year review read from blind 15 raised it to 0.911 with no
/// rule written for it. Its misses were read in the tenth session (areas, counted kinds,
/// sections of lines); floors at that session's figures.
#[test]
fn blind_sixteenth_set_holds_its_figures() {
    holds(
        "blind16",
        &[
            ("money", 0.99),
            ("quantity", 0.90),
            ("percent", 0.99),
            ("growth", 0.96),
            ("ranking", 0.90),
            ("date", 0.94),
            ("org", 0.84),
            ("project", 0.46),
            ("region", 0.92),
        ],
        &[("period", 0.91), ("subject", 0.82), ("role", 0.99)],
    );
}

/// The seventeenth set annotated blind (`tests/gold/blind17`: parts of the 2026 云南 report and
/// the news day 2023-05-25; `tests/gold/blind17/NOTES.md`). Its first score (054a993) was all
/// 0.871, org 0.680, project 0.500, period 0.565 (0.901 after a rule written knowing its excerpt
/// opens with `这五年，`). Its misses were read in the eleventh session (police units, provinces
/// before cities in bodies' names, `翻一番`, shared kinds of plants, an event's days); floors at
/// that session's figures.
#[test]
fn blind_seventeenth_set_holds_its_figures() {
    holds(
        "blind17",
        &[
            ("money", 0.96),
            ("quantity", 0.95),
            ("percent", 0.95),
            ("growth", 0.98),
            ("ranking", 0.94),
            ("date", 0.94),
            ("org", 0.82),
            ("project", 0.63),
            ("region", 0.95),
        ],
        &[("period", 0.97), ("subject", 0.87), ("role", 0.97)],
    );
}

/// The eighteenth set annotated blind (`tests/gold/blind18`: parts of the 2026 浙江 report and
/// the news day 2024-08-21; `tests/gold/blind18/NOTES.md`), its misses unread and the README's
/// estimate of unseen text until the twelfth session read its misses (2026-12-06); floors
/// raised to what that session's rules reach.
#[test]
fn blind_eighteenth_set_holds_its_figures() {
    holds(
        "blind18",
        &[
            ("money", 0.99),
            ("quantity", 0.96),
            ("percent", 0.95),
            ("growth", 0.99),
            ("ranking", 0.86),
            ("date", 0.99),
            ("org", 0.82),
            ("project", 0.73),
            ("region", 0.88),
        ],
        &[("period", 0.97), ("subject", 0.83), ("role", 0.97)],
    );
}

/// The nineteenth set, annotated blind (parts of 福建's 2026 report and a news day): its misses
/// were read in the thirteenth session, and it is held at the figures reached then.
#[test]
fn blind_nineteenth_set_holds_its_figures() {
    holds(
        "blind19",
        &[
            ("money", 0.99),
            ("quantity", 0.98),
            ("percent", 0.99),
            ("growth", 0.99),
            ("ranking", 0.85),
            ("date", 0.99),
            ("org", 0.91),
            ("project", 0.85),
            ("region", 0.91),
        ],
        &[("period", 0.99), ("subject", 0.85), ("role", 0.98)],
    );
}

/// The twentieth set, annotated blind (parts of 湖南's 2026 report and a news day): org, project
/// and region raised where its misses were read (fourteenth session, 2026-12-07).
#[test]
fn blind_twentieth_set_holds_its_figures() {
    holds(
        "blind20",
        &[
            ("money", 0.97),
            ("quantity", 0.95),
            ("percent", 0.99),
            ("growth", 0.98),
            ("ranking", 0.99),
            ("date", 0.97),
            ("org", 0.81),
            ("project", 0.77),
            ("region", 0.92),
        ],
        &[("period", 0.98), ("subject", 0.88), ("role", 0.97)],
    );
}

/// The twenty-first set, annotated blind (parts of 江西's 2026 report and a news day): its misses
/// were read in the fifteenth session (ratios as shares, fractions before 的, roads numbered in
/// Chinese, units of a body); held at the figures after it.
#[test]
fn blind_twenty_first_set_holds_its_figures() {
    holds(
        "blind21",
        &[
            ("money", 0.97),
            ("quantity", 0.96),
            ("percent", 0.99),
            ("growth", 0.96),
            ("ranking", 0.99),
            ("date", 0.99),
            ("org", 0.81),
            ("project", 0.60),
            ("region", 0.88),
        ],
        &[("period", 0.95), ("subject", 0.83), ("role", 0.97)],
    );
}

/// The twenty-second set, annotated blind (parts of 安徽's 2026 report and a news day): held at
/// the figures of the fifteenth session's rules, which were read off other sets (its misses are
/// unread).
#[test]
fn blind_twenty_second_set_holds_its_figures() {
    holds(
        "blind22",
        &[
            ("money", 0.99),
            ("quantity", 0.93),
            ("percent", 0.99),
            ("growth", 0.98),
            ("ranking", 0.99),
            ("date", 0.98),
            ("org", 0.88),
            ("project", 0.54),
            ("region", 0.85),
        ],
        // (period 0.96: the figures matched grew by the tonnages and distances now read, one of
        // them, `预计总航程约1.55万海里，9月下旬结束`, over a span the rules do not read)
        &[("period", 0.96), ("subject", 0.79), ("role", 0.97)],
    );
}

/// Blind 23 (the 2026 贵州 report's parts and the news day 2023-08-30): first scored unread
/// (all 0.898), its misses read in the seventeenth session; floors at the figures after it.
#[test]
fn blind_twenty_third_set_holds_its_figures() {
    holds(
        "blind23",
        &[
            ("money", 0.94),
            ("quantity", 0.95),
            ("percent", 0.97),
            ("growth", 0.98),
            ("date", 0.98),
            ("org", 0.84),
            ("project", 0.63),
            ("region", 0.90),
        ],
        // subject 0.79 → 0.78 with its misses read: `国合会` is now a body, the count of its
        // members takes it as entity, and the gold's subject named it
        &[("period", 0.83), ("subject", 0.78), ("role", 0.93)],
    );
}

/// The twenty-fourth set (four excerpts of 山西's 2026 report, a news day of 2024-05-08),
/// annotated blind by three helper sessions; its misses are not read. Floors at its figures.
#[test]
fn blind_twenty_fourth_set_holds_its_figures() {
    holds(
        "blind24",
        &[
            ("money", 0.99),
            ("quantity", 0.98),
            ("percent", 0.99),
            ("growth", 0.99),
            ("ranking", 0.66),
            ("date", 0.96),
            ("org", 0.71),
            ("project", 0.65),
            ("region", 0.82),
        ],
        // (subject 0.88 → 0.87: two gaps in points found since are compared too; 63 of 72 right
        // against 60 of 68 before)
        &[("period", 0.99), ("subject", 0.87), ("role", 0.94)],
    );
}

/// The twenty-fifth set (parts of the 2026 山东 report and the news day 2024-01-30), annotated
/// blind and scored first with the eighteenth session's starting binary. Its misses were read in
/// the nineteenth session (a review lead naming the plan's closing year first, fiscal years,
/// counts of years before a change); floors at its figures after that.
#[test]
fn blind_twenty_fifth_set_holds_its_figures() {
    holds(
        "blind25",
        &[
            ("money", 0.99),
            ("quantity", 0.98),
            ("percent", 0.95),
            ("growth", 0.99),
            ("ranking", 0.99),
            ("date", 0.99),
            ("org", 0.81),
            ("project", 0.5),
            ("region", 0.94),
        ],
        &[("period", 0.95), ("subject", 0.87), ("role", 0.99)],
    );
}

/// The twenty-sixth set (parts of the 2026 广东 report and the news day 2022-11-16), annotated
/// blind; its misses were read by the next session, whose rules raised percent, org, period and
/// subject: held at those figures.
#[test]
fn blind_twenty_sixth_set_holds_its_figures() {
    holds(
        "blind26",
        &[
            ("money", 0.99),
            ("quantity", 0.86),
            ("percent", 0.99),
            ("growth", 0.98),
            ("ranking", 0.99),
            ("date", 0.99),
            ("org", 0.80),
            ("project", 0.91),
            ("region", 0.94),
        ],
        &[("period", 0.99), ("subject", 0.93), ("role", 0.98)],
    );
}

/// The twenty-seventh set (parts of the 2026 河北 report and the news day 2023-10-08), annotated
/// blind; its misses were read in the twenty-first session, and it is held at its figures after
/// that session's rules (its first: all 0.886, ranking 0.333, period 0.868, subject 0.725).
#[test]
fn blind_twenty_seventh_set_holds_its_figures() {
    holds(
        "blind27",
        &[
            ("money", 0.99),
            ("quantity", 0.96),
            ("percent", 0.88),
            ("growth", 0.98),
            ("ranking", 0.99),
            ("date", 0.96),
            ("org", 0.80),
            ("project", 0.52),
            ("region", 0.84),
        ],
        &[("period", 0.96), ("subject", 0.74), ("role", 0.99)],
    );
}

/// The twenty-eighth set (parts of the 2026 陕西 report and the news day 2023-02-22), annotated
/// blind and scored first with the session's starting binary; held at those figures, and period
/// at its figure after the session's rules (0.950; first 0.488: see its NOTES on why that figure
/// is not blind).
#[test]
fn blind_twenty_eighth_set_holds_its_figures() {
    holds(
        "blind28",
        &[
            ("money", 0.99),
            ("quantity", 0.94),
            ("percent", 0.79),
            ("growth", 0.96),
            ("ranking", 0.99),
            ("date", 0.95),
            ("org", 0.73),
            ("project", 0.56),
            ("region", 0.90),
        ],
        &[("period", 0.95), ("subject", 0.85), ("role", 0.98)],
    );
}
