//! Runs inside the Rust package generated from tests/fixtures/hostile:
//! every text must come back byte for byte (vectors from the harness, in
//! $ERRGEN_VECTORS), and decoding must follow the catalog.
#![allow(deprecated)]

use errgen_codes::*;

fn unhex(s: &str) -> String {
    if s == "-" {
        return String::new();
    }
    let bytes: Vec<u8> = (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect();
    String::from_utf8(bytes).unwrap()
}

#[test]
fn every_text_comes_back_byte_for_byte() {
    let path = std::env::var("ERRGEN_VECTORS").expect("ERRGEN_VECTORS");
    let text = std::fs::read_to_string(path).unwrap();
    let mut n = 0;
    for line in text.lines() {
        let f: Vec<&str> = line.split(' ').collect();
        match f[0] {
            "message" | "solution" => {
                let v = decode(f[1], &unhex(f[2])).expect("table");
                assert!(v.is_known(), "{line}");
                let l = Locale::from_tag(f[3]).unwrap();
                let got = if f[0] == "message" {
                    v.message(l)
                } else {
                    v.solution(l).unwrap()
                };
                assert_eq!(got, unhex(f[4]), "{line}");
            }
            "prompt" => {
                let p = Prompt::from_key(f[1]).unwrap();
                assert_eq!(
                    p.text(Locale::from_tag(f[2]).unwrap()),
                    unhex(f[3]),
                    "{line}"
                );
            }
            other => panic!("unknown vector {other}"),
        }
        n += 1;
    }
    assert!(n > 100, "only {n} vectors");
}

/// Checks one meta-vector line (see tests/common/mod.rs) against the package.
pub fn check_meta_line(line: &str) {
    let f: Vec<&str> = line.split(' ').collect();
    match f[0] {
        "kind" => {
            let k = Kind::from_id(f[1]).expect(line);
            assert_eq!(k.id(), f[1]);
            assert_eq!(
                k.label(Locale::from_tag(f[2]).unwrap()),
                unhex(f[3]),
                "{line}"
            );
        }
        "entry" | "unknown" => {
            let v = decode(f[1], &unhex(f[2])).expect(line);
            assert_eq!(v.is_known(), f[0] == "entry", "{line}");
            assert_eq!(v.kind().id(), f[3], "{line}");
            assert_eq!(v.actor().id(), f[4], "{line}");
            assert_eq!(v.retryable(), f[5] == "1", "{line}");
            assert_eq!(v.prompt().map(|p| p.key()).unwrap_or("-"), f[6], "{line}");
        }
        other => panic!("unknown meta vector {other}"),
    }
}

#[test]
fn kinds_actors_retryable_and_prompts_match_the_catalog() {
    let path = std::env::var("ERRGEN_META").expect("ERRGEN_META");
    let text = std::fs::read_to_string(path).unwrap();
    let n = text.lines().map(check_meta_line).count();
    assert!(n > 40, "only {n} meta vectors");
}

#[test]
fn decoding() {
    assert_eq!(Keywords::from_code("class"), Keywords::Class);
    assert_eq!(Keywords::from_code("self"), Keywords::Self_);
    assert_eq!(Keywords::from_code("Unknown"), Keywords::NotListed);
    assert_eq!(Keywords::from_code("no"), Keywords::No);
    assert_eq!(
        Keywords::from_code("nope"),
        Keywords::Unknown("nope".into())
    );
    assert_eq!(Keywords::from_code("nope").code(), "nope");
    assert!(!Keywords::from_code("").is_known());
    // Aliases decode to the current value; an alias equal to its code is the code.
    assert_eq!(Keywords::from_code("OLD_ONE"), Keywords::OldNew);
    assert_eq!(Keywords::OLD_ONE, Keywords::OldNew);
    assert_eq!(Keywords::from_code("OLD_NEW").code(), "OLD_NEW");
    assert_eq!(Keywords::from_code("GONE").retired_in(), Some("2.0"));
    // Patterns keep their parameter; a non-integer parameter of an int family is unknown.
    assert_eq!(
        Keywords::from_code("NET_ERR_503"),
        Keywords::NetErr("503".into())
    );
    assert_eq!(Keywords::from_code("NET_ERR_-1009").code(), "NET_ERR_-1009");
    assert_eq!(
        Keywords::from_code("NET_ERR_x"),
        Keywords::Unknown("NET_ERR_x".into())
    );
    assert_eq!(
        Keywords::from_code("NET_ERR_"),
        Keywords::Unknown("NET_ERR_".into())
    );
    assert_eq!(
        Keywords::from_code("NET_ERR_007"),
        Keywords::Unknown("NET_ERR_007".into())
    );
    // Integer parameters are 64-bit, as in every target.
    assert_eq!(
        Keywords::from_code("NET_ERR_99999999999999999999"),
        Keywords::Unknown("NET_ERR_99999999999999999999".into())
    );
    assert_eq!(
        Keywords::from_code("FAM_a b.end"),
        Keywords::FamEnd("a b".into())
    );
    assert_eq!(
        Keywords::NetErr("5".into()).message(Locale::En),
        "Network error family"
    );
    assert_eq!(
        Keywords::NetErr("5".into()).solution(Locale::Zh),
        Some("Retry.")
    );
    // Integers.
    assert_eq!(Numbers::from_int(0), Numbers::Code0);
    assert_eq!(Numbers::from_int(-999), Numbers::CodeMinus999);
    assert_eq!(Numbers::from_int(9001), Numbers::Code1001);
    assert_eq!(
        Numbers::from_int(i64::MAX),
        Numbers::Code9223372036854775807
    );
    assert_eq!(Numbers::from_int(42), Numbers::Unknown("42".into()));
    assert_eq!(Numbers::from_code("0012"), Numbers::Unknown("0012".into()));
    // Flags.
    assert_eq!(
        Flags::decode_flags("impaired(42)"),
        vec![Flags::Code2, Flags::Code4]
    );
    assert_eq!(Flags::decode_flags("424"), vec![Flags::Code2, Flags::Code4]);
    assert_eq!(
        Flags::decode_flags("impaired(9)"),
        vec![Flags::Unknown("9".into())]
    );
    assert_eq!(Flags::decode_flags(""), vec![]);
    // Metadata.
    assert_eq!(Keywords::Class.billed(), Some(true));
    assert_eq!(Keywords::Self_.billed(), Some(false));
    assert_eq!(Keywords::Type.billed(), None);
    assert_eq!(Keywords::Default.platform(), Some(Platform::Ios));
    assert_eq!(Keywords::Fun.platform(), None);
    assert_eq!(Keywords::Fun.solution(Locale::En), None);
    assert!(Keywords::OPEN && !Numbers::OPEN);
    assert!(decode("no_such_table", "1").is_none());
    assert_eq!(decode("numbers", "1001").unwrap().table(), "numbers");
}

#[test]
fn unknown_codes_show_the_unknown_prompt_and_fall_back() {
    assert_eq!(
        Keywords::from_code("zzz").message(Locale::Zh),
        Prompt::UnknownError.text(Locale::Zh)
    );
    assert_eq!(
        Keywords::from_code("zzz").message(Locale::En),
        "Something went wrong."
    );
    // No th text for "class": falls back to en.
    assert_eq!(
        Keywords::Class.message(Locale::Th),
        Keywords::Class.message(Locale::En)
    );
    assert_eq!(format!("{}", Keywords::Fun), "fun: fun");
    let e: Box<dyn std::error::Error> = Box::new(Keywords::Fun);
    assert_eq!(e.to_string(), "fun: fun");
}

#[test]
fn kinds_actors_and_prompts() {
    assert_eq!(Keywords::Class.kind(), Kind::InternalError);
    assert_eq!(Keywords::Class.actor(), Actor::Vendor);
    assert!(!Keywords::Class.retryable());
    assert_eq!(Keywords::Class.prompt(), None);
    let unknown = Keywords::from_code("zzz");
    assert_eq!(
        (
            unknown.kind(),
            unknown.actor(),
            unknown.retryable(),
            unknown.prompt()
        ),
        (Kind::Unknown, Actor::Developer, false, None)
    );
    assert_eq!(Kind::from_id("default"), Some(Kind::Default));
    assert_eq!(Kind::Default.id(), "default");
    assert_eq!(
        Kind::InternalError.label(Locale::En),
        "Service error with */ and $x and \\(y) and \"quotes\""
    );
    assert_eq!(Actor::None.id(), "none");
    assert_eq!(
        decode("keywords", "class").unwrap().kind(),
        Kind::InternalError
    );
}

#[test]
fn locale_negotiation() {
    for (tag, want) in [
        ("zh-Hans-CN", Locale::Zh),
        ("zh_TW", Locale::Zh),
        ("ZH", Locale::Zh),
        ("th-TH", Locale::Th),
        ("th_TH.UTF-8", Locale::Th),
        ("hi-IN", Locale::Hi),
        ("en-US", Locale::En),
        ("fr-FR", Locale::En),
        ("", Locale::En),
        ("in-ID", Locale::En), // id is not a locale of this fixture
    ] {
        assert_eq!(Locale::negotiate(tag), want, "{tag}");
    }
    assert_eq!(
        Locale::negotiate_preferred(["fr", "hi-IN", "zh"]),
        Locale::Hi
    );
    assert_eq!(Locale::ALL.len(), 4);
    assert_eq!(Locale::FALLBACK, Locale::En);
}
