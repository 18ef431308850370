//! Locale negotiation: which of the catalog's locales a BCP 47 tag or a
//! platform locale string asks for. This is the reference every generated
//! package implements in its own language; the language tests compare each
//! one with it through vectors (see `negotiation_vectors`).
//!
//! The rule, in full:
//! 1. The input is cut at the first `.` or `@` (`th_TH.UTF-8`,
//!    `sr_RS@latin`) and split at `-` and `_`. The first subtag is the
//!    language, compared case-insensitively, with the legacy codes `in`,
//!    `iw` and `ji` read as `id`, `he` and `yi`. A later subtag of four
//!    letters is the script (Java's `zh_TW_#Hant` writes it after a `#`), one
//!    of two letters or three digits the region.
//! 2. Without a script, the script is the one the language usually has in
//!    that region: Chinese is written in Traditional characters (`Hant`) in
//!    Taiwan, Hong Kong and Macau, and in Simplified characters (`Hans`)
//!    everywhere else.
//! 3. Of the catalog's locales with the same language, the first whose script
//!    (written, or inferred as in 2 for a tag without one) equals the input's
//!    wins; if none does, the first locale of that language; if the language
//!    is not in the catalog, none.

/// A locale tag taken apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    /// Lower case, legacy codes mapped (`in` -> `id`).
    pub language: String,
    /// Title case (`Hant`), as written or absent.
    pub script: Option<String>,
    /// Upper case (`TW`, `419`), as written or absent.
    pub region: Option<String>,
}

/// Takes a BCP 47 tag or a platform locale string apart (rule 1).
pub fn parse(tag: &str) -> Tag {
    let head = tag.trim().split(['.', '@']).next().unwrap_or("");
    let mut parts = head.split(['-', '_']);
    let language = match parts.next().unwrap_or("").to_ascii_lowercase().as_str() {
        "in" => "id".to_owned(),
        "iw" => "he".to_owned(),
        "ji" => "yi".to_owned(),
        other => other.to_owned(),
    };
    let (mut script, mut region) = (None, None);
    for p in parts {
        let p = p.strip_prefix('#').unwrap_or(p);
        let alpha = p.chars().all(|c| c.is_ascii_alphabetic());
        if p.len() == 4 && alpha && script.is_none() {
            let mut s = p.to_ascii_lowercase();
            s[..1].make_ascii_uppercase();
            script = Some(s);
        } else if ((p.len() == 2 && alpha)
            || (p.len() == 3 && p.chars().all(|c| c.is_ascii_digit())))
            && region.is_none()
        {
            region = Some(p.to_ascii_uppercase());
        }
    }
    Tag {
        language,
        script,
        region,
    }
}

/// The script a language is usually written in, in a region (rule 2).
pub fn likely_script(language: &str, region: Option<&str>) -> Option<&'static str> {
    match (language, region) {
        ("zh", Some("TW" | "HK" | "MO")) => Some("Hant"),
        ("zh", _) => Some("Hans"),
        _ => None,
    }
}

fn script_of(t: &Tag) -> Option<String> {
    t.script
        .clone()
        .or_else(|| likely_script(&t.language, t.region.as_deref()).map(str::to_owned))
}

/// The index in `locales` (the catalog's tags, in catalog order) that `tag`
/// asks for (rule 3), or `None` if its language is not there.
pub fn negotiate(tag: &str, locales: &[String]) -> Option<usize> {
    let want = parse(tag);
    if want.language.is_empty() {
        return None;
    }
    let want_script = script_of(&want);
    let same_language: Vec<(usize, Tag)> = locales
        .iter()
        .enumerate()
        .map(|(i, l)| (i, parse(l)))
        .filter(|(_, l)| l.language == want.language)
        .collect();
    same_language
        .iter()
        .find(|(_, l)| script_of(l) == want_script)
        .or(same_language.first())
        .map(|(i, _)| *i)
}

/// Inputs every package's negotiation is checked against: platform spellings
/// of every kind, legacy codes, scripts and regions, and garbage.
pub const NEGOTIATION_INPUTS: &[&str] = &[
    "zh",
    "ZH",
    "zh-CN",
    "zh_CN",
    "zh-Hans",
    "zh-Hans-CN",
    "zh_CN_#Hans",
    "zh-SG",
    "zh-MY",
    "zh-TW",
    "zh_TW",
    "zh-HK",
    "zh_HK",
    "zh-MO",
    "zh-Hant",
    "zh-Hant-TW",
    "zh-Hant-HK",
    "zh_TW_#Hant",
    "zh-hant",
    "zh-Hans-TW",
    "zh-Hans-HK",
    "zh-Hant-CN",
    "zh-TW.UTF-8",
    "en",
    "en-US",
    "en_GB",
    "EN-us",
    "id",
    "in",
    "in-ID",
    "in_ID",
    "id-ID",
    "vi",
    "vi-VN",
    "hi",
    "hi-IN",
    "th",
    "th-TH",
    "th_TH.UTF-8",
    "th-TH-u-nu-thai",
    "fr",
    "fr-FR",
    "pt-BR",
    "de_DE@euro",
    "",
    " ",
    "-",
    "_",
    "x",
    "und",
    "C",
    "POSIX",
    "zh-",
    "-zh",
    "  zh-tw  ",
];

/// Lines `input\tresult` for [`NEGOTIATION_INPUTS`]: the result is the
/// negotiated locale's tag, or `fallback` where none matches.
pub fn negotiation_vectors(locales: &[String], fallback: &str) -> String {
    NEGOTIATION_INPUTS
        .iter()
        .map(|t| {
            let got = negotiate(t, locales).map_or(fallback, |i| locales[i].as_str());
            format!("{t}\t{got}\n")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locs(l: &[&str]) -> Vec<String> {
        l.iter().map(|s| s.to_string()).collect()
    }

    fn pick<'a>(tag: &str, l: &'a [String]) -> Option<&'a str> {
        negotiate(tag, l).map(|i| l[i].as_str())
    }

    #[test]
    fn parses_platform_spellings() {
        let t = parse("zh_TW_#Hant");
        assert_eq!(t.language, "zh");
        assert_eq!(t.script.as_deref(), Some("Hant"));
        assert_eq!(t.region.as_deref(), Some("TW"));
        let t = parse("th_TH.UTF-8");
        assert_eq!(
            (t.language.as_str(), t.region.as_deref()),
            ("th", Some("TH"))
        );
        assert_eq!(parse("in-ID").language, "id");
        assert_eq!(parse("es-419").region.as_deref(), Some("419"));
        assert_eq!(parse("zh-hant").script.as_deref(), Some("Hant"));
    }

    #[test]
    fn traditional_chinese_regions_and_scripts() {
        let l = locs(&["zh", "en", "zh-Hant", "th"]);
        for t in [
            "zh-TW",
            "zh_HK",
            "zh-MO",
            "zh-Hant",
            "zh-Hant-CN",
            "zh_TW_#Hant",
            "zh-hant",
        ] {
            assert_eq!(pick(t, &l), Some("zh-Hant"), "{t}");
        }
        for t in [
            "zh",
            "zh-CN",
            "zh-SG",
            "zh-Hans",
            "zh-Hans-TW",
            "zh-Hans-HK",
            "ZH",
        ] {
            assert_eq!(pick(t, &l), Some("zh"), "{t}");
        }
    }

    #[test]
    fn without_traditional_every_chinese_tag_is_zh() {
        let l = locs(&["zh", "en"]);
        for t in ["zh-TW", "zh-Hant-HK", "zh", "zh-Hans-CN"] {
            assert_eq!(pick(t, &l), Some("zh"), "{t}");
        }
    }

    #[test]
    fn other_languages_and_garbage() {
        let l = locs(&["zh", "en", "id", "th"]);
        assert_eq!(pick("in_ID", &l), Some("id"));
        assert_eq!(pick("th-TH-u-nu-thai", &l), Some("th"));
        assert_eq!(pick("EN-us", &l), Some("en"));
        for t in ["fr", "", " ", "-", "x", "C", "-zh"] {
            assert_eq!(pick(t, &l), None, "{t:?}");
        }
    }

    #[test]
    fn vectors_use_the_fallback_for_unknown_languages() {
        let v = negotiation_vectors(&locs(&["zh", "en", "zh-Hant"]), "en");
        assert!(v.contains("zh-TW\tzh-Hant\n"), "{v}");
        assert!(v.contains("fr-FR\ten\n"), "{v}");
        assert!(v.contains("zh_CN_#Hans\tzh\n"), "{v}");
        assert_eq!(v.lines().count(), NEGOTIATION_INPUTS.len());
    }
}
