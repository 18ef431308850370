//! The shape rules of ids, locale tags and source line ranges.

/// `lower_snake_case`: a-z first, then a-z, 0-9 and single inner `_`.
pub(super) fn is_snake_id(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some('a'..='z'))
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !s.ends_with('_')
        && !s.contains("__")
}

/// `PascalCase` ASCII letters and digits, starting with a capital.
pub(super) fn is_pascal_ident(s: &str) -> bool {
    matches!(s.chars().next(), Some('A'..='Z')) && s.chars().all(|c| c.is_ascii_alphanumeric())
}

/// A lower-case two- or three-letter ISO 639 code, optionally with a
/// Title-case script subtag: `en`, `zh`, `zh-Hant`.
pub(super) fn is_locale_tag(s: &str) -> bool {
    let (lang, script) = match s.split_once('-') {
        Some((l, sc)) => (l, Some(sc)),
        None => (s, None),
    };
    let lang_ok = (2..=3).contains(&lang.len()) && lang.chars().all(|c| c.is_ascii_lowercase());
    let script_ok = script.is_none_or(|sc| {
        sc.len() == 4
            && sc.starts_with(|c: char| c.is_ascii_uppercase())
            && sc[1..].chars().all(|c| c.is_ascii_lowercase())
    });
    lang_ok && script_ok
}

/// `12` or `3-27`: positive numbers without leading zeros, a range not reversed.
pub(super) fn is_line_range(s: &str) -> bool {
    let ok =
        |n: &str| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && !n.starts_with('0');
    match s.split_once('-') {
        Some((a, b)) => ok(a) && ok(b) && a.parse::<u64>().ok() <= b.parse::<u64>().ok(),
        None => ok(s),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn locale_tags_may_carry_a_script() {
        for ok in ["en", "zh", "fil", "zh-Hant", "sr-Latn"] {
            assert!(super::is_locale_tag(ok), "{ok}");
        }
        for bad in [
            "",
            "e",
            "EN",
            "english",
            "zh-hant",
            "zh-HANT",
            "zh-TW",
            "zh-Hant-TW",
            "zh-",
        ] {
            assert!(!super::is_locale_tag(bad), "{bad}");
        }
    }

    use super::*;

    #[test]
    fn shapes() {
        assert!(is_snake_id("face_match2"));
        for bad in ["", "Face", "2x", "a__b", "a_", "a-b"] {
            assert!(!is_snake_id(bad), "{bad}");
        }
        assert!(is_pascal_ident("NoFace2"));
        assert!(!is_pascal_ident("noFace") && !is_pascal_ident("No_Face"));
        assert!(is_locale_tag("en") && is_locale_tag("fil"));
        assert!(!is_locale_tag("EN") && !is_locale_tag("e") && !is_locale_tag("en-US"));
        assert!(is_line_range("3") && is_line_range("3-27") && is_line_range("5-5"));
        for bad in ["0", "03", "27-3", "3-", "-3", "a"] {
            assert!(!is_line_range(bad), "{bad}");
        }
    }
}
