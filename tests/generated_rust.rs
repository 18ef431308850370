//! The Rust package generated from the real catalog (generated/rust, a
//! workspace member): decoding of every kind of code, texts, locales, and
//! one vocabulary across vendors.
#![allow(deprecated)]

use errgen_codes::*;

mod common;

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

/// Every text, kind label, kind, actor, retryable flag and prompt of the
/// real catalog, as the package reports them, against the catalog itself.
#[test]
fn package_matches_the_catalog_byte_for_byte() {
    let m = common::model(&common::root().join("catalog"));
    let mut n = 0;
    for line in common::vectors(&m).lines() {
        let f: Vec<&str> = line.split(' ').collect();
        match f[0] {
            "message" | "solution" => {
                let v = decode(f[1], &unhex(f[2])).expect(line);
                let l = Locale::from_tag(f[3]).unwrap();
                let got = if f[0] == "message" {
                    v.message(l).into_owned()
                } else {
                    v.solution(l).unwrap().to_owned()
                };
                assert_eq!(got, unhex(f[4]), "{line}");
            }
            "prompt" => assert_eq!(
                Prompt::from_key(f[1])
                    .unwrap()
                    .text(Locale::from_tag(f[2]).unwrap()),
                unhex(f[3]),
                "{line}"
            ),
            _ => panic!("{line}"),
        }
        n += 1;
    }
    for line in common::meta_vectors(&m).lines() {
        let f: Vec<&str> = line.split(' ').collect();
        match f[0] {
            "kind" => assert_eq!(
                Kind::from_id(f[1])
                    .expect(line)
                    .label(Locale::from_tag(f[2]).unwrap()),
                unhex(f[3]),
                "{line}"
            ),
            _ => {
                let v = decode(f[1], &unhex(f[2])).expect(line);
                assert_eq!(
                    (
                        v.kind().id(),
                        v.actor().id(),
                        v.retryable(),
                        v.prompt().map_or("-", |p| p.key())
                    ),
                    (f[3], f[4], f[5] == "1", f[6]),
                    "{line}"
                );
            }
        }
        n += 1;
    }
    assert!(n > 5000, "{n}");
}

#[test]
fn known_unknown_alias_pattern_and_flags() {
    assert_eq!(
        AaiLivenessSdk::from_code("WEAK_LIGHT"),
        AaiLivenessSdk::WeakLight
    );
    assert!(matches!(
        AaiLivenessSdk::from_code("NO_SUCH_CODE"),
        AaiLivenessSdk::Unknown(u) if u.as_str() == "NO_SUCH_CODE"
    ));
    // An unknown value cannot be made to look like WEAK_LIGHT.
    assert_eq!(
        AaiLivenessSdk::from_code("WEAK_LIGHT"),
        AaiLivenessSdk::WeakLight
    );
    assert_eq!(
        AaiLivenessSdk::from_code("NO_SUCH_CODE").code(),
        "NO_SUCH_CODE"
    );
    // Pattern families keep their parameter.
    let net = AaiLivenessSdk::from_code("AUTH_NETWORK_ERROR_503");
    assert_eq!(net, AaiLivenessSdk::AuthNetworkError(503));
    assert_eq!(net.code(), "AUTH_NETWORK_ERROR_503");
    assert_eq!(net.kind(), Kind::Network);
    assert_eq!(
        AaiLivenessSdk::from_code("UPLOAD_IMAGE_DATA_NETWORK_ERROR_-1009"),
        AaiLivenessSdk::UploadImageDataNetworkError(-1009)
    );
    // Legacy iOS names decode to their v3.6.0 successors.
    assert_eq!(
        AaiFlutterIos::from_code("FAIL_REASON_FACEMISS_BLINK_MOUTH"),
        AaiFlutterIos::FaceMissing(Received::CURRENT)
    );
    assert_eq!(
        AaiFlutterIos::from_code("FAIL_REASON_FACEMISS_POS_YAW"),
        AaiFlutterIos::FaceMissing(Received::CURRENT)
    );
    assert_eq!(
        AaiFlutterIos::FAIL_REASON_MUTI_FACE,
        AaiFlutterIos::MutiFace(Received::CURRENT)
    );
    // The code received stays with the value.
    let muti = AaiFlutterIos::from_code("FAIL_REASON_MUTI_FACE");
    assert!(matches!(muti, AaiFlutterIos::MutiFace(_)));
    assert_eq!(muti.code(), "MUTI_FACE");
    assert_eq!(muti.received_code(), "FAIL_REASON_MUTI_FACE");
    assert_eq!(
        AaiFlutterIos::from_code("MUTI_FACE").received_code(),
        "MUTI_FACE"
    );
    // Flag strings parse strictly.
    let lax = DoubangoStereoWarnings::decode_flags("stereo impaired (42)");
    assert_eq!(lax.len(), 1);
    assert!(!lax[0].is_known());
    assert_eq!(lax[0].code(), "stereo impaired (42)");
    assert_eq!(
        AaiFlutterIos::from_code("FAIL_REASON_TIMEOUT").retired_in(),
        Some("3.0.0")
    );
    // Doubango's stereo warnings are a flag set.
    assert_eq!(
        DoubangoStereoWarnings::decode_flags("stereo impaired(42)"),
        vec![DoubangoStereoWarnings::Code2, DoubangoStereoWarnings::Code4]
    );
    // Integer tables, and the same number in different tables.
    assert_eq!(TencentSdkIos::from_int(215).code(), "215");
    assert_ne!(
        TencentSdkIos::from_int(215).message(Locale::En),
        TencentSdkAndroid::from_int(215).message(Locale::En)
    );
    assert_eq!(
        TencentSelfieVerification::from_int(-999),
        TencentSelfieVerification::CodeMinus999
    );
    assert_eq!(TencentEkycToken::from_int(1001).kind(), Kind::TokenInvalid);
    assert_ne!(
        TencentVerificationResult::from_int(1001).kind(),
        Kind::TokenInvalid
    );
    assert!(!TencentVerificationResult::from_int(123456).is_known());
    // Metadata.
    assert_eq!(TencentVerificationResult::from_int(0).billed(), Some(true));
    assert_eq!(
        AaiLivenessSdk::NoCameraPermission.platform(),
        Some(Platform::Ios)
    );
    assert_eq!(AaiLivenessSdk::ActionTimeout.platform(), None);
    assert_eq!(AaiLivenessSdk::TABLE, "aai_liveness_sdk");
    assert_eq!(
        [AaiLivenessSdk::OPEN, DoubangoLiveness::OPEN],
        [true, false]
    );
    assert!(BaiduFace::from_int(222202).solution(Locale::Zh).is_some());
    // Every table decodes through the common interface.
    for t in TABLES {
        let v = decode(t, "definitely-not-a-code").unwrap();
        assert_eq!(v.kind(), Kind::Unknown, "{t}");
        assert!(!v.message(Locale::En).is_empty(), "{t}");
    }
}

#[test]
fn one_vocabulary_across_vendors() {
    // Too dark: AAI, AAI's Flutter plugin, Tencent's result code and API error.
    let dark: Vec<Box<dyn CatalogCode>> = vec![
        Box::new(AaiLivenessSdk::WeakLight),
        Box::new(AaiFlutterAndroid::WeakLight),
        Box::new(TencentVerificationResult::from_int(1201)),
        Box::new(TencentLivenessCompareApi::from_code(
            "FailedOperation.ActionLightDark",
        )),
    ];
    for v in &dark {
        assert_eq!(
            (v.kind(), v.prompt(), v.actor()),
            (Kind::TooDark, Some(Prompt::LightTooDark), Actor::User),
            "{} {}",
            v.table(),
            v.code()
        );
    }
    // Baidu's "poor lighting" does not say which way: a neutral kind and prompt.
    let poor = BaiduFace::from_int(223115);
    assert_eq!(
        (poor.kind(), poor.prompt(), poor.actor()),
        (Kind::PoorLighting, Some(Prompt::LightPoor), Actor::User)
    );
    // No face: Tencent 2013 in three tables, Baidu 222202, Doubango e_noface.
    let no_face: Vec<Box<dyn CatalogCode>> = vec![
        Box::new(TencentVerificationResult::from_int(2013)),
        Box::new(TencentLivenessCompareResults::from_int(2013)),
        Box::new(TencentSelfieVerification::from_int(2013)),
        Box::new(BaiduFace::from_int(222202)),
        Box::new(DoubangoLiveness::from_code("e_noface")),
    ];
    for v in &no_face {
        assert_eq!(v.kind(), Kind::NoFace, "{} {}", v.table(), v.code());
    }
    assert_eq!(
        TencentVerificationResult::from_int(2013).prompt(),
        BaiduFace::from_int(222202).prompt()
    );
    // Too close: Tencent 1203 and its API twin ask the user to move away.
    assert_eq!(
        TencentVerificationResult::from_int(1203).prompt(),
        Some(Prompt::MoveAway)
    );
    assert_eq!(
        TencentLivenessCompareApi::from_code("FailedOperation.ActionFaceClose").kind(),
        Kind::FaceTooClose
    );
    // Multiple faces.
    assert_eq!(
        AaiLivenessSdk::MultipleFace.kind(),
        AaiFlutterIos::MutiFace(Received::CURRENT).kind()
    );
    assert_eq!(
        AaiLivenessSdk::MultipleFace.kind(),
        TencentVerificationResult::from_int(2010).kind()
    );
    // Success and unknown.
    assert_eq!(TencentVerificationResult::from_int(0).kind(), Kind::Success);
    assert_eq!(
        DoubangoLiveness::from_code("s_genuine").kind(),
        Kind::Success
    );
    assert_eq!(
        DoubangoLiveness::from_code("s_genuine").actor(),
        Actor::None
    );
}

#[test]
fn every_locale_has_every_text() {
    for t in TABLES {
        let v = decode(t, "x").unwrap();
        for l in Locale::ALL {
            assert!(!v.message(l).is_empty());
        }
    }
    for p in Prompt::ALL {
        for l in Locale::ALL {
            assert!(!p.text(l).is_empty(), "{p:?} {l:?}");
        }
        assert_eq!(Prompt::from_key(p.key()), Some(p));
    }
    for k in Kind::ALL {
        assert_eq!(Kind::from_id(k.id()), Some(k));
        for l in Locale::ALL {
            assert!(!k.label(l).is_empty());
        }
    }
    assert_eq!(Locale::ALL.len(), 7);
    // zh shows an end-user sentence like every locale, not Baidu's own
    // description (which the catalog keeps as vendor_description).
    let zh = BaiduFace::from_int(222202).message(Locale::Zh);
    assert!(!zh.is_empty() && zh != "图片中没有人脸", "{zh}");
}

#[test]
fn locale_negotiation() {
    for (tag, want) in [
        ("zh-Hans-CN", Locale::Zh),
        ("zh_TW", Locale::ZhHant),
        ("zh-Hant-HK", Locale::ZhHant),
        ("zh-SG", Locale::Zh),
        ("in-ID", Locale::Id),
        ("id", Locale::Id),
        ("hi-IN", Locale::Hi),
        ("th-TH", Locale::Th),
        ("vi_VN", Locale::Vi),
        ("en-GB", Locale::En),
        ("pt-BR", Locale::En),
        ("", Locale::En),
    ] {
        assert_eq!(Locale::negotiate(tag), want, "{tag}");
    }
}

#[test]
fn display_and_error() {
    let e: Box<dyn std::error::Error> = Box::new(AaiLivenessSdk::WeakLight);
    assert!(e.to_string().starts_with("WEAK_LIGHT: "), "{e}");
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

fn check(table: &str, code: &str) -> Result<(), BoxError> {
    let value = decode(table, code).ok_or("no such table")?;
    if value.is_known() && value.kind() == Kind::Success {
        return Ok(());
    }
    Err(value)?
}

#[test]
fn decode_is_a_send_sync_error() {
    assert!(check("tencent_verification_result", "0").is_ok());
    let e = check("tencent_verification_result", "1201").unwrap_err();
    let v = e.downcast_ref::<AnyCode>().unwrap();
    assert!(matches!(
        v,
        AnyCode::TencentVerificationResult(TencentVerificationResult::Code1201)
    ));
    assert_eq!(v.kind(), Kind::TooDark);
    assert!(e.to_string().starts_with("1201: "), "{e}");
    let v: Box<dyn CatalogCode> = Box::new(AaiFlutterIos::from_code("FAIL_REASON_TIMEOUT"));
    assert_eq!(v.retired_in(), Some("3.0.0"));
}

#[test]
fn negotiation_follows_errgen_locale() {
    let m = common::model(&common::root().join("catalog"));
    for line in common::negotiation_vectors(&m).lines() {
        let (input, tag) = line.split_once(' ').unwrap();
        assert_eq!(Locale::negotiate(&unhex(input)).tag(), tag, "{line}");
    }
}

/// Messages with parameters: filled as tests/common's template vectors say.
#[test]
fn templates_fill_their_parameters() {
    let m = common::model(&common::root().join("catalog"));
    let mut n = 0;
    for line in common::template_vectors(&m).lines() {
        let f: Vec<&str> = line.split(' ').collect();
        let v = decode(f[1], &unhex(f[2])).expect(line);
        let l = Locale::from_tag(f[3]).unwrap();
        let names: Vec<String> = v.params().iter().map(|p| format!("<{p}>")).collect();
        let values: Vec<(&str, &str)> = v
            .params()
            .iter()
            .zip(&names)
            .map(|(p, n)| (*p, n.as_str()))
            .collect();
        assert_eq!(v.message_with(l, &values), unhex(f[4]), "{line}");
        // Without the values, a text without placeholders.
        let bare = v.message_with(l, &[]);
        assert!(!bare.contains('{'), "{line}: {bare}");
        n += 1;
    }
    assert!(n > 10, "{n}");
    // A pattern fills its own parameter from the code.
    let net = AaiLivenessSdk::from_code("AUTH_NETWORK_ERROR_503");
    assert!(
        net.message(Locale::En).contains("503"),
        "{}",
        net.message(Locale::En)
    );
    assert!(!net.plain_message(Locale::En).contains("503"));
    assert_eq!(net.params(), &["ErrorCode"]);
}

/// A typed fill function per entry with parameters of its own.
#[test]
fn typed_fill_functions() {
    let v = TencentOcrApi::FailedOperationInvalidInfoFormat;
    assert_eq!(v.params(), &["field", "detail"]);
    let typed =
        TencentOcrApi::fill_failed_operation_invalid_info_format(Locale::En, "<field>", "<detail>");
    assert_eq!(
        typed,
        v.message_with(Locale::En, &[("field", "<field>"), ("detail", "<detail>")])
    );
    assert!(
        typed.contains("<field>") && typed.contains("<detail>"),
        "{typed}"
    );
    // A missing value: the message, without placeholders.
    assert_eq!(
        v.message_with(Locale::En, &[("field", "x")]),
        v.message(Locale::En)
    );
}
