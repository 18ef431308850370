//! Runs inside the Rust package generated from tests/fixtures/hostile
//! (next to tests/lang/rust/vectors.rs, which checks every text, meta and
//! negotiation vector): decoding must follow the catalog.
#![allow(deprecated)]

use errgen_codes::*;

#[test]
fn decoding() {
    assert_eq!(Keywords::from_code("class"), Keywords::Class);
    assert_eq!(Keywords::from_code("self"), Keywords::Self_);
    assert_eq!(Keywords::from_code("Unknown"), Keywords::NotListed);
    assert_eq!(Keywords::from_code("no"), Keywords::No);
    assert_unknown(Keywords::from_code("nope"), "nope");
    assert_eq!(Keywords::from_code("nope").code(), "nope");
    assert!(!Keywords::from_code("").is_known());
    // Aliases decode to the current value; an alias equal to its code is the code.
    let old = Keywords::from_code("OLD_ONE");
    assert_eq!(old, Keywords::OldNew(Received::CURRENT));
    assert!(matches!(old, Keywords::OldNew(_)));
    assert_eq!(Keywords::OLD_ONE, Keywords::OldNew(Received::CURRENT));
    // ... and keeps the code received.
    assert_eq!(old.received_code(), "OLD_ONE");
    assert_eq!(old.code(), "OLD_NEW");
    assert_eq!(Keywords::from_code("OLD_NEW").received_code(), "OLD_NEW");
    assert_eq!(
        decode("keywords", "OLD_ONE").unwrap().received_code(),
        "OLD_ONE"
    );
    assert_eq!(Keywords::from_code("OLD_NEW").code(), "OLD_NEW");
    assert_eq!(Keywords::from_code("GONE").retired_in(), Some("2.0"));
    // Patterns keep their parameter; a non-integer parameter of an int family is unknown.
    assert_eq!(Keywords::from_code("NET_ERR_503"), Keywords::NetErr(503));
    assert_eq!(Keywords::from_code("NET_ERR_-1009").code(), "NET_ERR_-1009");
    assert_unknown(Keywords::from_code("NET_ERR_x"), "NET_ERR_x");
    assert_unknown(Keywords::from_code("NET_ERR_"), "NET_ERR_");
    assert_unknown(Keywords::from_code("NET_ERR_007"), "NET_ERR_007");
    // Integer parameters are 64-bit, as in every target.
    assert_unknown(
        Keywords::from_code("NET_ERR_99999999999999999999"),
        "NET_ERR_99999999999999999999",
    );
    match Keywords::from_code("FAM_a b.end") {
        Keywords::FamEnd(p) => assert_eq!((p.as_str(), p.to_string()), ("a b", "a b".into())),
        other => panic!("FAM_a b.end decoded to {other:?}"),
    }
    assert_eq!(Keywords::from_code("FAM_a b.end").code(), "FAM_a b.end");
    assert_eq!(
        Keywords::NetErr(5).message(Locale::En),
        "Network error family"
    );
    assert_eq!(Keywords::NetErr(5).solution(Locale::Zh), Some("Retry."));
    // Integers.
    assert_eq!(Numbers::from_int(0), Numbers::Code0);
    assert_eq!(Numbers::from_int(-999), Numbers::CodeMinus999);
    assert_eq!(
        Numbers::from_int(9001),
        Numbers::Code1001(Received::CURRENT)
    );
    assert_eq!(Numbers::from_int(9001).received_code(), "9001");
    assert_eq!(
        Numbers::from_int(i64::MAX),
        Numbers::Code9223372036854775807
    );
    assert_unknown(Numbers::from_int(42), "42");
    assert_unknown(Numbers::from_code("0012"), "0012");
    // Flags.
    assert_eq!(
        Flags::decode_flags("impaired(42)"),
        vec![Flags::Code2, Flags::Code4]
    );
    // Strict: anything but the exact format is one unknown code.
    for bad in ["424", "impaired (42)", " impaired(42)", "impaired(42) ", ""] {
        let got = Flags::decode_flags(bad);
        assert_eq!(got.len(), 1, "{bad:?}");
        assert_unknown(got[0].clone(), bad);
    }
    let got = Flags::decode_flags("impaired(9)");
    assert_eq!(got.len(), 1);
    assert_unknown(got[0].clone(), "9");
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

fn assert_unknown<T: CatalogCode>(v: T, code: &str) {
    assert!(!v.is_known(), "{code:?}");
    assert_eq!(v.code(), code);
    assert_eq!(v.received_code(), code);
}

#[test]
fn unknown_values_and_i64_parameters() {
    let v = Keywords::from_code("nope");
    match &v {
        Keywords::Unknown(u) => assert_eq!(u.as_str(), "nope"),
        other => panic!("{other:?}"),
    }
    // An unknown value cannot pass for a listed one: `class` decodes to Class.
    assert_ne!(Keywords::from_code("class"), v);
    assert_eq!(
        Keywords::from_code("NET_ERR_-1009"),
        Keywords::NetErr(-1009)
    );
    assert_eq!(
        Keywords::from_code("NET_ERR_9223372036854775807"),
        Keywords::NetErr(i64::MAX)
    );
    assert_eq!(
        Keywords::NetErr(i64::MIN).code(),
        format!("NET_ERR_{}", i64::MIN)
    );
    let parsed: Keywords = "class".parse().unwrap();
    assert_eq!(parsed, Keywords::Class);
}

/// Closed tables are exhaustive: this match has no wildcard arm (with
/// `-D warnings`, an unreachable or missing arm fails the build).
fn exhaustive(n: &Numbers) -> i64 {
    match n {
        Numbers::Code0 => 0,
        Numbers::CodeMinus999 => -999,
        Numbers::Code1001(_) => 1001,
        Numbers::Code9223372036854775807 => i64::MAX,
        Numbers::Unknown(_) => 1,
    }
}

#[test]
fn closed_tables_match_exhaustively() {
    assert_eq!(exhaustive(&Numbers::from_int(9001)), 1001);
    assert_eq!(exhaustive(&Numbers::from_int(7)), 1);
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

fn fails(table: &str, code: &str) -> Result<(), BoxError> {
    Err(decode(table, code).ok_or("no table")?)?;
    Ok(())
}

#[test]
fn decode_gives_a_send_sync_error() {
    let e = fails("numbers", "1001").unwrap_err();
    let any = e.downcast_ref::<AnyCode>().expect("AnyCode");
    assert_eq!(any.table(), "numbers");
    assert!(matches!(any, AnyCode::Numbers(Numbers::Code1001(_))));
    assert_eq!(any.code(), "1001");
    fn send_sync<T: Send + Sync + 'static>() {}
    send_sync::<AnyCode>();
    send_sync::<Keywords>();
    send_sync::<Numbers>();
    send_sync::<Flags>();
    let dynamic: &dyn CatalogCode = any;
    assert_eq!(dynamic.retired_in(), None);
}

#[cfg(feature = "serde")]
#[test]
fn serde_round_trips_the_code_received() {
    let old = Keywords::from_code("OLD_ONE");
    let json = serde_json::to_string(&old).unwrap();
    assert_eq!(json, "\"OLD_ONE\"");
    let back: Keywords = serde_json::from_str(&json).unwrap();
    assert_eq!(back.received_code(), "OLD_ONE");
    let n: Numbers = serde_json::from_str("1001").unwrap();
    assert_eq!(n, Numbers::Code1001(Received::CURRENT));
    let n: Numbers = serde_json::from_str("\"-999\"").unwrap();
    assert_eq!(n, Numbers::CodeMinus999);
    let u: Keywords = serde_json::from_str("\"zzz\"").unwrap();
    assert!(!u.is_known());
}
