//! Places as a user meets them (issue #14): region facts placed in their hierarchy by the
//! gazetteer, every figure and document with its place, `--region` that finds a province's
//! cities and counties (from files and from the index alike), and claims that tell a place
//! inside the claimed one from the place itself.
mod common;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A fresh folder for one test (tests run in parallel).
fn folder(tag: &str) -> PathBuf {
    common::fresh_dir("places", tag)
}

fn run(args: &[&str]) -> (String, String) {
    let out = Command::new(common::bin()).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn lines(s: &str) -> Vec<Value> {
    s.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn extract(dir: &Path, name: &str, text: &str) -> Vec<Value> {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    lines(&run(&["extract", path.to_str().unwrap()]).0)
}

fn region<'a>(facts: &'a [Value], name: &str) -> Option<&'a Value> {
    facts
        .iter()
        .find(|f| f["kind"] == "region" && f["name"] == name)
}

#[test]
fn places_come_with_their_full_name_code_level_and_parents() {
    let dir = folder("facts");
    let got = extract(&dir, "a.txt", "湖北省十堰市丹江口市加快发展，寿光、襄樊和十堰经开区也在推进。记者在青海西宁看到，重庆路一带车流不断。\n");
    let shouguang = region(&got, "寿光").expect("a bare county name");
    assert_eq!(
        (
            shouguang["canonical"].as_str(),
            shouguang["code"].as_str(),
            shouguang["level"].as_str()
        ),
        (Some("寿光市"), Some("370783"), Some("county"))
    );
    assert_eq!(
        shouguang["parents"],
        serde_json::json!(["山东省", "潍坊市"])
    );
    assert_eq!(
        region(&got, "襄樊").unwrap()["canonical"],
        "襄阳市",
        "a former name is today's place"
    );
    let zone = region(&got, "十堰经开区").expect("a zone by its short form");
    assert_eq!(
        (zone["level"].as_str(), zone["parents"].clone()),
        (Some("zone"), serde_json::json!(["湖北省", "十堰市"]))
    );
    assert_eq!(
        region(&got, "丹江口市").unwrap()["parents"],
        serde_json::json!(["湖北省", "十堰市"])
    );
    assert!(
        region(&got, "西宁").is_some() && region(&got, "海西").is_none(),
        "nothing from inside 青海西宁"
    );
    assert!(
        region(&got, "重庆").is_none(),
        "a road named after a place is no place"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn places_named_one_after_another_are_each_a_place_under_the_one_before() {
    let dir = folder("runs");
    let got = extract(
        &dir,
        "a.txt",
        "地震造成青海海东市民和县中川乡群众失联。河北省涞水县三坡镇，在昆明西山区百草村，在法国巴黎，甘肃临夏州积石山县，四川省乐山市安谷镇，广东梅州梅县区白渡镇。\n",
    );
    let names: Vec<&str> = got
        .iter()
        .filter(|f| f["kind"] == "region")
        .filter_map(|f| f["name"].as_str())
        .collect();
    for want in [
        "海东市",
        "民和县",
        "中川乡",
        "涞水县",
        "三坡镇",
        "西山区",
        "百草村",
        "法国",
        "巴黎",
        "临夏州",
        "积石山县",
    ] {
        assert!(names.contains(&want), "{want} in {names:?}");
    }
    // an autonomous county said by its short name and 县
    let minhe = region(&got, "民和县").unwrap();
    assert_eq!(
        (minhe["canonical"].as_str(), minhe["code"].as_str()),
        (Some("民和回族土族自治县"), Some("630222"))
    );
    assert_eq!(
        region(&got, "三坡镇").unwrap()["parents"],
        serde_json::json!(["河北省", "保定市", "涞水县"]),
        "a town is placed under the county named before it"
    );
    assert_eq!(
        region(&got, "巴黎").unwrap()["parents"],
        serde_json::json!(["法国"])
    );
    // a town right after its city, its county skipped, is named with the city
    assert!(names.contains(&"乐山市安谷镇"), "{names:?}");
    assert!(!names.contains(&"和县"), "{names:?}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_short_name_after_its_province_and_a_village_after_its_city_are_places_of_their_own() {
    let dir = folder("pairs");
    let got = extract(
        &dir,
        "a.txt",
        "少先队员与载人航天面对面活动在海南文昌举行。位于黄河岸边的山西运城庄上村，工作人员正加紧三期光伏铺设。据日本石川县今天公布的数据，能登地区强震已造成232人死亡。华盛顿特区日前经历了大雪天气。\n",
    );
    let names: Vec<&str> = got
        .iter()
        .filter(|f| f["kind"] == "region")
        .filter_map(|f| f["name"].as_str())
        .collect();
    // `文昌` alone is a word jieba does not take for a place; after `海南` it is the city
    let wenchang = region(&got, "文昌").expect("文昌 after 海南");
    assert_eq!(wenchang["code"].as_str(), Some("469005"));
    // Japan's prefectures and the American capital's district are in the world list
    for want in [
        "海南",
        "山西",
        "运城",
        "庄上村",
        "石川县",
        "能登",
        "华盛顿特区",
    ] {
        assert!(names.contains(&want), "{want} in {names:?}");
    }
    assert!(!names.contains(&"运城庄上村"), "{names:?}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn ordinary_words_that_are_also_county_names_are_not_places() {
    let dir = folder("words");
    let got = extract(
        &dir,
        "a.txt",
        "企业成功申报项目，双方开展合作，推动资源整合和乡村振兴。\n",
    );
    let names: Vec<&str> = got
        .iter()
        .filter(|f| f["kind"] == "region")
        .filter_map(|f| f["name"].as_str())
        .collect();
    assert!(names.is_empty(), "{names:?}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_report_and_its_figures_are_placed_in_its_province_and_a_clause_names_a_nearer_place() {
    let dir = folder("report");
    let text = "2025年湖北省政府工作报告\n一、2024年工作回顾\n全省地区生产总值增长5.8%。十堰市工业投资增长12.5%。\n";
    let path = dir.join("report.txt");
    std::fs::write(&path, text).unwrap();
    let docs = lines(&run(&["extract", "--docs", path.to_str().unwrap()]).0);
    assert_eq!(
        (docs[0]["region"].as_str(), docs[0]["region_code"].as_str()),
        (Some("湖北省"), Some("420000"))
    );
    let got = lines(&run(&["extract", path.to_str().unwrap()]).0);
    let fig = |t: &str| {
        got.iter()
            .find(|f| f["text"] == t)
            .unwrap_or_else(|| panic!("{t}: {got:?}"))
    };
    assert_eq!(
        fig("增长5.8%")["region_code"],
        "420000",
        "全省 is the report's province"
    );
    assert_eq!(
        fig("增长12.5%")["region_code"],
        "420300",
        "a place in the clause wins"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn region_filters_follow_the_hierarchy_the_same_from_files_and_from_the_index() {
    let dir = folder("search");
    let docs = dir.join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    std::fs::write(
        docs.join("shiyan.txt"),
        "十堰市2024年经济运行情况\n十堰市张湾区完成工业投资8.6亿元。十堰经开区完成投资3.2亿元。\n",
    )
    .unwrap();
    std::fs::write(
        docs.join("guangdong.txt"),
        "2025年广东省政府工作报告\n一、2024年工作回顾\n全省完成固定资产投资4.1万亿元。\n",
    )
    .unwrap();
    let index = dir.join("ix");
    run(&[
        "index",
        docs.to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
    ]);
    let values = |args: &[&str]| -> Vec<String> {
        let mut v: Vec<String> = lines(&run(args).0)
            .iter()
            .filter_map(|f| f["value"].as_f64())
            .map(|v| v.to_string())
            .collect();
        v.sort();
        v
    };
    let ix = index.to_str().unwrap();
    let hubei = values(&[
        "search", "--index", ix, "--facts", "--json", "--kind", "money", "--region", "湖北",
    ]);
    assert_eq!(
        hubei,
        ["320000000", "860000000"],
        "a province finds its cities, districts and zones"
    );
    for q in ["湖北省", "鄂"] {
        assert_eq!(
            values(&[
                "search", "--index", ix, "--facts", "--json", "--kind", "money", "--region", q
            ]),
            hubei,
            "{q}"
        );
    }
    assert_eq!(
        values(&[
            "search", "--index", ix, "--facts", "--json", "--kind", "money", "--region", "粤"
        ]),
        ["4100000000000"]
    );
    assert_eq!(
        values(&[
            "search",
            "--index",
            ix,
            "--facts",
            "--json",
            "--kind",
            "money",
            "--region",
            "张湾区"
        ]),
        ["860000000"]
    );
    for q in ["湖北", "广东省", "十堰经开区"] {
        let from_index = values(&[
            "export", "--index", ix, "--format", "jsonl", "--kind", "money", "--region", q,
        ]);
        let from_files = values(&[
            "export",
            docs.to_str().unwrap(),
            "--format",
            "jsonl",
            "--kind",
            "money",
            "--region",
            q,
        ]);
        assert_eq!(from_index, from_files, "export --region {q}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_countys_figure_neither_supports_nor_contradicts_its_provinces() {
    let dir = folder("check");
    let docs = dir.join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    std::fs::write(
        docs.join("a.txt"),
        "2024年十堰市经济运行情况\n2024年，十堰市地区生产总值增长6.5%。\n",
    )
    .unwrap();
    let index = dir.join("ix");
    run(&[
        "index",
        docs.to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
    ]);
    let (out, _) = run(&[
        "check",
        "--index",
        index.to_str().unwrap(),
        "--json",
        "2024年湖北省地区生产总值增长6.5%",
    ]);
    let v: Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    let text = v.to_string();
    assert!(!text.contains("\"supported\""), "{text}");
    assert!(text.contains("a place inside 湖北省 (十堰市)"), "{text}");
    let (out, _) = run(&[
        "check",
        "--index",
        index.to_str().unwrap(),
        "--json",
        "2024年十堰地区生产总值增长6.5%",
    ]);
    assert!(out.contains("\"supported\""), "{out}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_broken_gazetteer_line_is_named_by_file_and_line() {
    let dir = folder("rules");
    let rules = dir.join("rules");
    common::copy_rules(&rules);
    let f = rules.join("places/divisions.tsv");
    let text = std::fs::read_to_string(&f).unwrap();
    std::fs::write(&f, text.replacen("\tprovince\t", "\tkingdom\t", 1)).unwrap();
    let input = dir.join("a.txt");
    std::fs::write(&input, "湖北省\n").unwrap();
    let out = Command::new(common::bin())
        .args(["extract", "--rules"])
        .arg(&rules)
        .arg(&input)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("places/divisions.tsv:2: unknown level `kingdom`"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_document_the_gazetteer_cannot_place_takes_its_title_or_issuers_place() {
    let dir = folder("docplace");
    let path = dir.join("n.txt");
    std::fs::write(&path, "关于2024年一季度重点项目的通报\n全县完成投资12亿元。\n青溪县人民政府办公室\n2024年4月10日\n").unwrap();
    let docs = lines(&run(&["extract", "--docs", path.to_str().unwrap()]).0);
    assert_eq!(
        docs[0]["region"], "青溪县",
        "the issuer's place: {:?}",
        docs[0]
    );
    let got = lines(&run(&["extract", path.to_str().unwrap()]).0);
    let money = got.iter().find(|f| f["kind"] == "money").unwrap();
    assert_eq!(money["region"], "青溪县", "全县 is the document's place");
    let path = dir.join("x.txt");
    std::fs::write(
        &path,
        "溪口镇召开春季招商推介会\n镇党委书记介绍了全镇项目情况。\n",
    )
    .unwrap();
    let docs = lines(&run(&["extract", "--docs", path.to_str().unwrap()]).0);
    assert_eq!(
        docs[0]["region"], "溪口镇",
        "a town the gazetteer lacks is not its namesake 溪口乡"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_provinces_one_character_name_before_a_year_is_the_province() {
    let dir = folder("abbr");
    let got = extract(
        &dir,
        "a.txt",
        "粤2025年进出口增长4.4%。新2025年款车型上市，京津冀协同发展。\n",
    );
    let yue = region(&got, "广东省").expect("粤 before a year");
    assert_eq!(
        (yue["text"].as_str(), yue["code"].as_str()),
        (Some("粤"), Some("440000"))
    );
    let fig = got
        .iter()
        .find(|f| f["text"] == "增长4.4%")
        .expect("the figure");
    assert_eq!(fig["region_code"], "440000", "{fig}");
    let names: Vec<&str> = got
        .iter()
        .filter(|f| f["kind"] == "region")
        .filter_map(|f| f["name"].as_str())
        .collect();
    assert!(
        !names
            .iter()
            .any(|n| n.starts_with("新疆") || *n == "北京市"),
        "only a clause's opening name before a year: {names:?}"
    );
    std::fs::remove_dir_all(&dir).ok();
}
