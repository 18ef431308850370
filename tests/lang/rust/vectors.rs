//! Runs inside any generated Rust package (copied into its tests/ folder
//! by tests/lang_rust.rs): every text must come back byte for byte, and
//! every kind, actor, retryable flag and prompt and every negotiation must
//! be what the catalog and errgen::locale say (the vectors of
//! tests/common/mod.rs, in $ERRGEN_VECTORS, $ERRGEN_META and
//! $ERRGEN_NEGOTIATION).

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
                    v.message(l).into_owned()
                } else {
                    v.solution(l).unwrap().to_owned()
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
fn negotiation_follows_errgen_locale() {
    let path = std::env::var("ERRGEN_NEGOTIATION").expect("ERRGEN_NEGOTIATION");
    let text = std::fs::read_to_string(path).unwrap();
    let mut n = 0;
    for line in text.lines() {
        let (input, tag) = line.split_once(' ').unwrap();
        assert_eq!(Locale::negotiate(&unhex(input)).tag(), tag, "{line}");
        n += 1;
    }
    assert!(n > 20, "{n}");
}
