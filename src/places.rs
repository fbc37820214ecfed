//! The gazetteer: China's divisions (province, prefecture, county), their former names, the
//! development zones and the foreign places news names, read from `rules/places/`. It finds
//! place names in text with one automaton and knows each place's parents, so that the
//! extractor can say where a figure is, and search and check can tell a place inside another.
use crate::segment::FastMap;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::HashMap;

/// A place's level, as FACTS.md names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Country,
    Province,
    Prefecture,
    County,
    Zone,
    Town,
    Other,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Country => "country",
            Level::Province => "province",
            Level::Prefecture => "prefecture",
            Level::County => "county",
            Level::Zone => "zone",
            Level::Town => "town",
            Level::Other => "other",
        }
    }

    fn parse(s: &str) -> Option<Level> {
        [
            Level::Country,
            Level::Province,
            Level::Prefecture,
            Level::County,
            Level::Zone,
            Level::Town,
            Level::Other,
        ]
        .into_iter()
        .find(|l| l.as_str() == s)
    }
}

/// One place: its full current name, code (none for a foreign place) and parent.
#[derive(Debug, Clone)]
pub struct Place {
    pub name: String,
    pub code: Option<String>,
    pub level: Level,
    pub parent: Option<usize>,
}

/// How a name names its places: in full (`寿光市`), short (`寿光`), by a former name
/// (`襄樊`), or as a foreign name. A bare short county name is a weaker cue than a full one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Full,
    Short,
    Former,
}

#[derive(Debug, Clone)]
pub struct Name {
    pub text: String,
    pub places: Vec<usize>,
    pub form: Form,
}

/// A name found in text: byte range and the name's index.
#[derive(Debug, Clone, Copy)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub name: usize,
}

#[derive(Debug)]
pub struct Gazetteer {
    places: Vec<Place>,
    by_code: FastMap<String, usize>,
    names: Vec<Name>,
    by_name: FastMap<String, usize>,
    /// One-character names of provinces (`鄂`, `粤`), for queries only: in text they are too
    /// often something else.
    abbreviations: HashMap<String, usize>,
    matcher: Option<AhoCorasick>,
}

/// A place and every place around it, by full name (`十堰经开区`, `十堰市`, `湖北省`): the names
/// under which `--region` finds a fact, in the index and in files alike.
pub fn lineage(p: &crate::fact::PlaceRef) -> impl Iterator<Item = &str> {
    std::iter::once(p.name.as_str()).chain(p.parents.iter().map(String::as_str))
}

/// The source files of the gazetteer (contents), as `rules/places/` holds them.
pub struct Sources<'a> {
    pub divisions: &'a str,
    pub former: &'a str,
    pub zones: &'a str,
    pub world: &'a str,
    /// One-character province names and the code they stand for.
    pub abbreviations: &'a [(String, String)],
    /// Long zone kinds and the short forms text uses (`经济技术开发区` → `经开区`).
    pub zone_short: &'a [(String, String)],
}

/// Tab-separated rows of a file, skipping comments and blank lines, with 1-based line numbers.
fn rows(src: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    src.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').collect()))
}

impl Gazetteer {
    /// Builds the gazetteer; errors name the file and line.
    pub fn parse(src: &Sources) -> Result<Gazetteer, Vec<String>> {
        let mut g = Gazetteer {
            places: Vec::new(),
            by_code: FastMap::default(),
            names: Vec::new(),
            by_name: FastMap::default(),
            abbreviations: HashMap::new(),
            matcher: None,
        };
        let mut errors = Vec::new();
        g.read_divisions(src.divisions, &mut errors);
        g.read_former(src.former, &mut errors);
        g.read_zones(src.zones, src.zone_short, &mut errors);
        g.read_world(src.world, &mut errors);
        for (abbr, code) in src.abbreviations {
            match g.by_code.get(code) {
                Some(&id) => {
                    g.abbreviations.insert(abbr.clone(), id);
                }
                None => errors.push(format!(
                    "entities.toml: [places] abbreviations: no division has code {code}"
                )),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let patterns: Vec<&str> = g.names.iter().map(|n| n.text.as_str()).collect();
        g.matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
            .build(patterns)
            .ok();
        Ok(g)
    }

    fn add_place(&mut self, p: Place) -> usize {
        let id = self.places.len();
        if let Some(c) = &p.code {
            self.by_code.insert(c.clone(), id);
        }
        self.places.push(p);
        id
    }

    fn add_name(&mut self, text: &str, place: usize, form: Form) {
        if text.chars().count() < 2 {
            return;
        }
        match self.by_name.get(text) {
            Some(&i) => {
                // a full name outranks a short one spelled the same, and a current name a former one
                let rank = |f: Form| match f {
                    Form::Full => 0,
                    Form::Short => 1,
                    Form::Former => 2,
                };
                let n = &mut self.names[i];
                if rank(form) < rank(n.form) {
                    n.form = form;
                    n.places.clear();
                }
                if n.form == form && !n.places.contains(&place) {
                    n.places.push(place);
                }
            }
            None => {
                self.by_name.insert(text.to_string(), self.names.len());
                self.names.push(Name {
                    text: text.to_string(),
                    places: vec![place],
                    form,
                });
            }
        }
    }

    fn read_divisions(&mut self, src: &str, errors: &mut Vec<String>) {
        let mut parents = Vec::new();
        for (line, r) in rows(src) {
            let (Some(code), Some(level), Some(name), Some(short), Some(parent)) =
                (r.first(), r.get(1), r.get(2), r.get(3), r.get(4))
            else {
                errors.push(format!(
                    "places/divisions.tsv:{line}: expected code, level, name, short, parent"
                ));
                continue;
            };
            let Some(level) = Level::parse(level) else {
                errors.push(format!(
                    "places/divisions.tsv:{line}: unknown level `{level}`"
                ));
                continue;
            };
            let id = self.add_place(Place {
                name: name.to_string(),
                code: Some(code.to_string()),
                level,
                parent: None,
            });
            parents.push((id, parent.to_string()));
            self.add_name(name, id, Form::Full);
            self.add_name(short, id, Form::Short);
            // an autonomous prefecture is said by its short name and 州 (`恩施州`, `黔东南州`)
            if name.ends_with("自治州") && !short.is_empty() && !short.ends_with('州') {
                self.add_name(&format!("{short}州"), id, Form::Full);
            }
            // and an autonomous county or banner by its short name and 县 or 旗 (`民和县`,
            // `积石山县`, `鄂伦春旗`)
            for (long, level_word) in [("自治县", '县'), ("自治旗", '旗')] {
                if name.ends_with(long)
                    && short.chars().count() >= 2
                    && !short.ends_with(level_word)
                {
                    self.add_name(&format!("{short}{level_word}"), id, Form::Full);
                }
            }
        }
        for (id, parent) in parents {
            self.places[id].parent = self.by_code.get(&parent).copied();
        }
    }

    fn read_former(&mut self, src: &str, errors: &mut Vec<String>) {
        for (line, r) in rows(src) {
            let (Some(name), Some(code)) = (r.first(), r.get(1)) else {
                errors.push(format!(
                    "places/former.tsv:{line}: expected former name, code"
                ));
                continue;
            };
            let Some(&id) = self.by_code.get(*code) else {
                errors.push(format!(
                    "places/former.tsv:{line}: no division has code {code}"
                ));
                continue;
            };
            self.add_name(name, id, Form::Former);
            // `襄樊市` is also said `襄樊`
            if let Some(short) = name.strip_suffix('市').or_else(|| name.strip_suffix('县')) {
                if short.chars().count() >= 2 {
                    self.add_name(short, id, Form::Former);
                }
            }
        }
    }

    fn read_zones(&mut self, src: &str, zone_short: &[(String, String)], errors: &mut Vec<String>) {
        for (line, r) in rows(src) {
            let (Some(code), Some(name), Some(short), Some(parent)) =
                (r.first(), r.get(1), r.get(2), r.get(3))
            else {
                errors.push(format!(
                    "places/zones.tsv:{line}: expected code, name, short, division"
                ));
                continue;
            };
            let parent = self.by_code.get(*parent).copied();
            let id = self.add_place(Place {
                name: name.to_string(),
                code: Some(code.to_string()),
                level: Level::Zone,
                parent,
            });
            self.add_name(name, id, Form::Full);
            // `十堰经济技术开发区` is said `十堰经开区`; a short form of a kind alone (`高新区`) is no name
            for (long, abbr) in zone_short {
                if let Some(head) = name
                    .strip_suffix(long.as_str())
                    .filter(|h| h.chars().count() >= 2)
                {
                    self.add_name(&format!("{head}{abbr}"), id, Form::Short);
                }
            }
            let _ = short;
        }
    }

    fn read_world(&mut self, src: &str, errors: &mut Vec<String>) {
        let mut countries: HashMap<String, usize> = HashMap::new();
        let mut areas: HashMap<String, usize> = HashMap::new();
        let mut later = Vec::new();
        for (line, r) in rows(src) {
            let (Some(name), Some(kind), Some(country)) = (r.first(), r.get(1), r.get(2)) else {
                errors.push(format!(
                    "places/world.tsv:{line}: expected name, kind, country, canonical"
                ));
                continue;
            };
            let canonical = r.get(3).filter(|c| !c.is_empty()).unwrap_or(name);
            if *kind == "area" {
                self.add_area(name, canonical, &mut areas);
            } else if *kind == "country" {
                let id = *countries.entry(canonical.to_string()).or_insert_with(|| {
                    let p = Place {
                        name: canonical.to_string(),
                        code: None,
                        level: Level::Country,
                        parent: None,
                    };
                    let id = self.places.len();
                    self.places.push(p);
                    id
                });
                self.add_name(name, id, Form::Full);
            } else {
                later.push((
                    line,
                    name.to_string(),
                    country.to_string(),
                    canonical.to_string(),
                ));
            }
        }
        let mut cities: HashMap<String, usize> = HashMap::new();
        for (line, name, country, canonical) in later {
            let Some(&c) = countries.get(&country) else {
                errors.push(format!(
                    "places/world.tsv:{line}: country `{country}` is not listed as a country"
                ));
                continue;
            };
            let id = *cities.entry(canonical.clone()).or_insert_with(|| {
                let id = self.places.len();
                self.places.push(Place {
                    name: canonical,
                    code: None,
                    level: Level::Other,
                    parent: Some(c),
                });
                id
            });
            self.add_name(&name, id, Form::Full);
        }
    }

    /// A named part of China that spans divisions (`京津冀`, `成渝地区双城经济圈`): a place of its
    /// own, with no code and under no country, so that it is neither a division nor abroad.
    fn add_area(&mut self, name: &str, canonical: &str, areas: &mut HashMap<String, usize>) {
        let id = *areas.entry(canonical.to_string()).or_insert_with(|| {
            self.places.push(Place {
                name: canonical.to_string(),
                code: None,
                level: Level::Other,
                parent: None,
            });
            self.places.len() - 1
        });
        self.add_name(name, id, Form::Full);
    }

    /// Every name in `text`, leftmost-longest, not overlapping.
    pub fn mentions<'a>(&'a self, text: &'a str) -> impl Iterator<Item = Mention> + 'a {
        self.matcher
            .iter()
            .flat_map(move |m| m.find_iter(text))
            .map(|m| Mention {
                start: m.start(),
                end: m.end(),
                name: m.pattern().as_usize(),
            })
    }

    pub fn name(&self, i: usize) -> &Name {
        &self.names[i]
    }

    pub fn names(&self) -> impl Iterator<Item = &Name> {
        self.names.iter()
    }

    pub fn place(&self, id: usize) -> &Place {
        &self.places[id]
    }

    pub fn by_code(&self, code: &str) -> Option<usize> {
        self.by_code.get(code).copied()
    }

    /// The places a name can mean (full, short or former), none when it is no place.
    pub fn lookup(&self, name: &str) -> &[usize] {
        self.by_name
            .get(name)
            .map(|&i| self.names[i].places.as_slice())
            .unwrap_or(&[])
    }

    /// The province a one-character name stands for (`粤` → 广东省).
    pub fn abbreviated(&self, c: &str) -> Option<usize> {
        self.abbreviations.get(c).copied()
    }

    /// The place's ancestors, nearest first.
    pub fn ancestors(&self, id: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.places[id].parent, move |&p| self.places[p].parent).take(8)
    }

    /// True for a province or a prefecture: a county's short name is too often a word of another
    /// name (`青山咨询`, `红旗汽车`) for some rules to take it.
    pub fn is_wide(&self, id: usize) -> bool {
        matches!(self.places[id].level, Level::Province | Level::Prefecture)
    }

    /// The province the place is or lies in.
    pub fn province_of(&self, id: usize) -> Option<usize> {
        std::iter::once(id)
            .chain(self.ancestors(id))
            .find(|&a| self.places[a].level == Level::Province)
    }

    /// Full names of the place's parents from the top down (`["湖北省", "十堰市"]`).
    pub fn parents(&self, id: usize) -> Vec<String> {
        let mut v: Vec<String> = self
            .ancestors(id)
            .map(|p| self.places[p].name.clone())
            .collect();
        v.reverse();
        v
    }

    /// True when the place is a country or lies in one (`印第安纳州`, `英格兰`): the world's
    /// places hang under their countries, China's divisions under no country.
    pub fn abroad(&self, id: usize) -> bool {
        std::iter::once(id)
            .chain(self.ancestors(id))
            .any(|a| self.places[a].level == Level::Country)
    }

    /// True when `id` is `within` or lies inside it.
    pub fn is_within(&self, id: usize, within: usize) -> bool {
        id == within || self.ancestors(id).any(|a| a == within)
    }

    /// The full names of every place a user's `--region` can mean (`湖北`, `湖北省` and `鄂` all
    /// give 湖北省), and what was typed, for places the gazetteer does not hold.
    pub fn query_names(&self, q: &str) -> Vec<String> {
        let q = q.trim();
        let mut out: Vec<String> = self
            .lookup(q)
            .iter()
            .chain(self.abbreviations.get(q))
            .map(|&id| self.places[id].name.clone())
            .collect();
        out.push(q.to_string());
        out.sort();
        out.dedup();
        out
    }

    /// Picks the place an ambiguous name means: one inside or around a place already named
    /// (`context`, nearest first), else the one of the highest level when it is alone there.
    pub fn choose(&self, candidates: &[usize], context: &[usize]) -> Option<usize> {
        match candidates {
            [] => None,
            [one] => Some(*one),
            _ => {
                for &c in context {
                    let fits: Vec<usize> = candidates
                        .iter()
                        .copied()
                        .filter(|&k| self.is_within(k, c) || self.is_within(c, k))
                        .collect();
                    if let [one] = fits.as_slice() {
                        return Some(*one);
                    }
                }
                let top = candidates.iter().map(|&k| self.places[k].level).min()?;
                let at_top: Vec<usize> = candidates
                    .iter()
                    .copied()
                    .filter(|&k| self.places[k].level == top)
                    .collect();
                (at_top.len() == 1).then(|| at_top[0])
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> Gazetteer {
        let divisions = "# code\tlevel\tname\tshort\tparent\n420000\tprovince\t湖北省\t湖北\t\n420300\tprefecture\t十堰市\t十堰\t420000\n420302\tcounty\t茅箭区\t茅箭\t420300\n420600\tprefecture\t襄阳市\t襄阳\t420000\n320000\tprovince\t江苏省\t江苏\t\n320100\tprefecture\t南京市\t南京\t320000\n320106\tcounty\t鼓楼区\t鼓楼\t320100\n350000\tprovince\t福建省\t福建\t\n350100\tprefecture\t福州市\t福州\t350000\n350102\tcounty\t鼓楼区\t鼓楼\t350100\n630000\tprovince\t青海省\t青海\t\n630100\tprefecture\t西宁市\t西宁\t630000\n632800\tprefecture\t海西蒙古族藏族自治州\t海西\t630000\n";
        let zones = "42101007\t十堰经济技术开发区\t\t420300\t经济技术开发区\n";
        let world = "美国\tcountry\t美国\t美国\n纽约\tcity\t美国\t纽约\n";
        let short = vec![("经济技术开发区".to_string(), "经开区".to_string())];
        let abbr = vec![("鄂".to_string(), "420000".to_string())];
        Gazetteer::parse(&Sources {
            divisions,
            former: "襄樊市\t420600\n",
            zones,
            world,
            zone_short: &short,
            abbreviations: &abbr,
        })
        .unwrap()
    }

    fn found(g: &Gazetteer, text: &str) -> Vec<String> {
        g.mentions(text)
            .map(|m| text[m.start..m.end].to_string())
            .collect()
    }

    #[test]
    fn names_full_short_former_zone_and_foreign() {
        let g = small();
        assert_eq!(
            found(&g, "湖北省十堰市茅箭区"),
            ["湖北省", "十堰市", "茅箭区"]
        );
        assert_eq!(
            found(&g, "青海西宁"),
            ["青海", "西宁"],
            "海西 is not taken from inside 青海西宁"
        );
        assert_eq!(
            found(&g, "襄樊的十堰经开区和纽约"),
            ["襄樊", "十堰经开区", "纽约"]
        );
        let x = g.lookup("襄樊")[0];
        assert_eq!(g.place(x).name, "襄阳市");
        let z = g.lookup("十堰经开区")[0];
        assert_eq!(g.parents(z), ["湖北省", "十堰市"]);
        assert_eq!(g.place(z).level, Level::Zone);
        let ny = g.lookup("纽约")[0];
        assert_eq!(g.parents(ny), ["美国"]);
        let hx = g.lookup("海西州");
        assert_eq!(
            hx.len(),
            1,
            "an autonomous prefecture by its short name and 州"
        );
        assert_eq!(g.place(hx[0]).name, "海西蒙古族藏族自治州");
    }

    #[test]
    fn an_ambiguous_short_name_is_decided_by_the_places_around_it() {
        let g = small();
        let gulou = g.lookup("鼓楼").to_vec();
        assert_eq!(gulou.len(), 2);
        let fuzhou = g.lookup("福州")[0];
        let chosen = g.choose(&gulou, &[fuzhou]).unwrap();
        assert_eq!(g.parents(chosen), ["福建省", "福州市"]);
        assert_eq!(g.choose(&gulou, &[]), None, "without context it stays open");
        assert!(g.is_within(chosen, g.lookup("福建")[0]));
    }

    #[test]
    fn a_query_names_a_place_by_any_of_its_names() {
        let g = small();
        for q in ["湖北", "湖北省", "鄂", " 湖北 "] {
            assert!(g.query_names(q).contains(&"湖北省".to_string()), "{q}");
        }
        assert_eq!(
            g.query_names("青溪县"),
            ["青溪县"],
            "a place the gazetteer lacks is looked for as typed"
        );
    }
}
