//! Exact numbers: Arabic digits (with thousands separators), Chinese numerals and mixed forms.
//!
//! Values are kept as a decimal (integer mantissa and a count of decimal places) so that
//! `80.6亿元` is exactly 8060000000, never 8059999999.999999.
use std::fmt;

/// An exact decimal number: `mantissa × 10^-scale`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decimal {
    pub mantissa: i128,
    pub scale: u32,
}

impl Decimal {
    pub fn from_int(v: i128) -> Self {
        Decimal {
            mantissa: v,
            scale: 0,
        }
    }

    /// Multiplies by `10^exp`, keeping exactness.
    pub fn times_pow10(self, exp: u32) -> Self {
        let mut d = self;
        let mut e = exp;
        while e > 0 && d.scale > 0 {
            d.scale -= 1;
            e -= 1;
        }
        d.mantissa = d.mantissa.saturating_mul(10i128.saturating_pow(e));
        d.trim()
    }

    pub fn times_int(self, k: i128) -> Self {
        Decimal {
            mantissa: self.mantissa.saturating_mul(k),
            scale: self.scale,
        }
        .trim()
    }

    pub fn neg(self) -> Self {
        Decimal {
            mantissa: -self.mantissa,
            scale: self.scale,
        }
    }

    /// Divides by `k`, rounded to 2 decimal places (for fractions such as 1/3 → 33.33).
    pub fn ratio_percent(num: i128, den: i128) -> Self {
        let v = (num * 1_000_000 / den + 5) / 10; // 4 decimals for a fraction of 1, ×100 below
        Decimal {
            mantissa: v,
            scale: 5,
        }
        .times_pow10(2)
        .round_to(2)
    }

    pub fn round_to(self, places: u32) -> Self {
        if self.scale <= places {
            return self;
        }
        let div = 10i128.pow(self.scale - places);
        let q = self.mantissa / div;
        let r = self.mantissa % div;
        let q = if r.abs() * 2 >= div {
            q + self.mantissa.signum()
        } else {
            q
        };
        Decimal {
            mantissa: q,
            scale: places,
        }
        .trim()
    }

    fn trim(mut self) -> Self {
        while self.scale > 0 && self.mantissa % 10 == 0 {
            self.mantissa /= 10;
            self.scale -= 1;
        }
        self
    }

    pub fn is_integer(&self) -> bool {
        self.scale == 0
    }

    pub fn to_f64(self) -> f64 {
        self.to_string().parse().unwrap_or(f64::NAN)
    }

    /// Number of decimal places printed in the source (used for rounding tolerance).
    pub fn places(&self) -> u32 {
        self.scale
    }

    /// A JSON number that prints exactly: an integer when the value is whole.
    pub fn to_json(self) -> serde_json::Value {
        if self.scale == 0 {
            if let Ok(v) = i64::try_from(self.mantissa) {
                return serde_json::Value::from(v);
            }
        }
        serde_json::Number::from_f64(self.to_f64())
            .map(serde_json::Value::Number)
            .unwrap_or(serde_json::Value::Null)
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.scale == 0 {
            return write!(f, "{}", self.mantissa);
        }
        let neg = self.mantissa < 0;
        let digits = self.mantissa.unsigned_abs().to_string();
        let scale = self.scale as usize;
        let padded = if digits.len() <= scale {
            format!("{}{}", "0".repeat(scale + 1 - digits.len()), digits)
        } else {
            digits
        };
        let (i, d) = padded.split_at(padded.len() - scale);
        write!(f, "{}{}.{}", if neg { "-" } else { "" }, i, d)
    }
}

/// Parses Arabic digits with optional `,` thousands separators (or thin/normal spaces between
/// groups of three) and an optional decimal part.
pub fn parse_arabic(s: &str) -> Option<Decimal> {
    let mut mantissa: i128 = 0;
    let mut scale = 0u32;
    let mut seen_dot = false;
    let mut any = false;
    for ch in s.chars() {
        match ch {
            '0'..='9' => {
                mantissa = mantissa
                    .checked_mul(10)?
                    .checked_add((ch as u8 - b'0') as i128)?;
                if seen_dot {
                    scale += 1;
                }
                any = true;
            }
            '.' if !seen_dot => seen_dot = true,
            ',' | ' ' | '\u{2009}' | '，' if !seen_dot => {}
            _ => return None,
        }
    }
    any.then(|| Decimal { mantissa, scale }.trim())
}

fn digit_value(ch: char) -> Option<i128> {
    Some(match ch {
        '零' | '〇' | 'Ｏ' => 0,
        '一' | '壹' | '幺' => 1,
        '二' | '两' | '贰' | '俩' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

fn small_unit(ch: char) -> Option<i128> {
    Some(match ch {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        _ => return None,
    })
}

/// True for the characters that may form a Chinese numeral.
pub fn is_chinese_numeral_char(ch: char) -> bool {
    digit_value(ch).is_some() || small_unit(ch).is_some() || matches!(ch, '万' | '亿' | '点')
}

/// Parses a Chinese numeral: `三千万`, `一百零五`, `十二`, `两`, `二〇二一` (digit by digit),
/// `二十二点九` (with a decimal part). Returns None for anything else.
pub fn parse_chinese(s: &str) -> Option<Decimal> {
    if s.is_empty() {
        return None;
    }
    let (int_part, frac_part) = match s.split_once('点') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    let mut value = if int_part.is_empty() {
        Decimal::from_int(0)
    } else {
        parse_chinese_int(int_part)?
    };
    if let Some(frac) = frac_part {
        if frac.is_empty() {
            return None;
        }
        let mut m: i128 = 0;
        for ch in frac.chars() {
            m = m * 10 + digit_value(ch)?;
        }
        let f = Decimal {
            mantissa: m,
            scale: frac.chars().count() as u32,
        };
        let scale = f.scale;
        value = Decimal {
            mantissa: value.mantissa * 10i128.pow(scale) + f.mantissa,
            scale,
        }
        .trim();
    }
    Some(value)
}

fn parse_chinese_int(s: &str) -> Option<Decimal> {
    let chars: Vec<char> = s.chars().collect();
    // Digit-by-digit form (years, codes): only digits, more than one of them.
    if chars.len() > 1 && chars.iter().all(|c| digit_value(*c).is_some()) {
        let mut v: i128 = 0;
        for c in &chars {
            v = v * 10 + digit_value(*c)?;
        }
        return Some(Decimal::from_int(v));
    }
    let mut total: i128 = 0; // completed 亿 sections
    let mut section: i128 = 0; // completed 万 part inside the current 亿 section
    let mut group: i128 = 0; // below 万
    let mut digit: Option<i128> = None;
    let mut any = false;
    for c in chars {
        if let Some(d) = digit_value(c) {
            digit = Some(d);
            any = true;
        } else if let Some(u) = small_unit(c) {
            group += digit.unwrap_or(1) * u;
            digit = None;
            any = true;
        } else if c == '万' {
            let g = group + digit.unwrap_or(0);
            section += if g == 0 { 1 } else { g } * 10_000;
            group = 0;
            digit = None;
            any = true;
        } else if c == '亿' {
            let g = section + group + digit.unwrap_or(0);
            total += if g == 0 { 1 } else { g } * 100_000_000;
            section = 0;
            group = 0;
            digit = None;
            any = true;
        } else {
            return None;
        }
    }
    any.then(|| Decimal::from_int(total + section + group + digit.unwrap_or(0)))
}

/// The power of ten of a multiplier written after Arabic digits (`3万`, `8.5亿`, `1.2千万`).
pub fn multiplier_exp(s: &str) -> Option<u32> {
    let mut e = 0;
    for ch in s.chars() {
        e += match ch {
            '十' => 1,
            '百' => 2,
            '千' => 3,
            '万' => 4,
            '亿' => 8,
            _ => return None,
        };
    }
    Some(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> String {
        parse_chinese(s).unwrap().to_string()
    }

    #[test]
    fn chinese_numerals() {
        assert_eq!(c("三千万"), "30000000");
        assert_eq!(c("一百零五"), "105");
        assert_eq!(c("十二"), "12");
        assert_eq!(c("两"), "2");
        assert_eq!(c("二〇二一"), "2021");
        assert_eq!(c("百亿"), "10000000000");
        assert_eq!(c("亿"), "100000000");
        assert_eq!(c("一亿二千万"), "120000000");
        assert_eq!(c("二十二点九"), "22.9");
        assert_eq!(c("十万"), "100000");
        assert!(parse_chinese("三个").is_none());
    }

    #[test]
    fn exact_money() {
        let v = parse_arabic("80.6").unwrap().times_pow10(8);
        assert_eq!(v.to_string(), "8060000000");
        assert_eq!(v.to_json().to_string(), "8060000000");
        assert_eq!(
            parse_arabic("2329.5").unwrap().times_pow10(4).to_string(),
            "23295000"
        );
        assert_eq!(parse_arabic("1,200").unwrap().to_string(), "1200");
        assert_eq!(parse_arabic("22.90").unwrap().to_json().to_string(), "22.9");
        assert_eq!(Decimal::ratio_percent(1, 3).to_string(), "33.33");
        assert_eq!(Decimal::ratio_percent(1, 4).to_string(), "25");
    }
}
