// Runs against the Swift package generated from the real catalog (catalog/,
// see tests/lang_swift.rs): every text byte for byte, and every entry's kind,
// actor, retryable flag and prompt (vectors from the harness), then the same
// hand-written cases as tests/generated_rust.rs: decoding of real codes
// (known, unknown, legacy, pattern, flags, integers) and one vocabulary of
// kinds, actors and prompts across vendors. Helpers are in check.swift.
import ErrgenCodes
import Foundation

// MARK: known, unknown, alias, pattern and flags (known_unknown_alias_pattern_and_flags)

/// Old codes are deprecated constants. Using them from a deprecated member,
/// called through a protocol whose requirement is not deprecated, keeps the
/// build free of warnings (this file is compiled with -warnings-as-errors).
protocol LegacyChecks {
    func run()
}

struct Legacy: LegacyChecks {
    @available(*, deprecated)
    func run() {
        eq(AaiFlutterIos.legacyFailReasonMutiFace, .mutiFace)
        eq(AaiFlutterIos.legacyFailReasonFacemissBlinkMouth, .faceMissing)
    }
}

func knownUnknownAliasPatternAndFlags() {
    eq(AaiLivenessSdk(code: "WEAK_LIGHT"), .weakLight)
    isUnknown(AaiLivenessSdk(code: "NO_SUCH_CODE"), "NO_SUCH_CODE")
    eq(AaiLivenessSdk(code: "NO_SUCH_CODE").code, "NO_SUCH_CODE")
    check(!AaiLivenessSdk(code: "NO_SUCH_CODE").isKnown, "NO_SUCH_CODE is not known")
    // Pattern families keep their parameter.
    let net = AaiLivenessSdk(code: "AUTH_NETWORK_ERROR_503")
    eq(net, .authNetworkError(param: 503))
    eq(net.code, "AUTH_NETWORK_ERROR_503")
    eq(net.kind, .network)
    check(net.isKnown, "a family member is known")
    eq(AaiLivenessSdk(code: "UPLOAD_IMAGE_DATA_NETWORK_ERROR_-1009"), .uploadImageDataNetworkError(param: -1009))
    // Legacy iOS names decode to their v3.6.0 successors.
    eq(AaiFlutterIos(code: "FAIL_REASON_FACEMISS_BLINK_MOUTH"), .faceMissing)
    eq(AaiFlutterIos(code: "FAIL_REASON_FACEMISS_POS_YAW"), .faceMissing)
    (Legacy() as any LegacyChecks).run()
    // An old code decodes to the current value and keeps the code received.
    let muti = AaiFlutterIos(code: "FAIL_REASON_MUTI_FACE")
    eq(muti, .mutiFace)
    eq(muti.received, "FAIL_REASON_MUTI_FACE")
    eq(muti.code, AaiFlutterIos.mutiFace.code)
    // Integer parameters are Int64.
    let param: Int64? = net.authNetworkErrorParam
    eq(param, 503)
    eq(AaiFlutterIos(code: "FAIL_REASON_TIMEOUT").retiredIn, "3.0.0")
    eq(AaiFlutterIos.faceMissing.retiredIn, nil)
    // Doubango's stereo warnings are a flag set.
    eq(DoubangoStereoWarnings.decodeFlags("stereo impaired(42)"), [.code2, .code4])
    // Strictly: one extra space makes the whole string one unknown code.
    let lax = DoubangoStereoWarnings.decodeFlags("stereo impaired (42)")
    eq(lax.count, 1)
    if let v = lax.first {
        isUnknown(v, "stereo impaired (42)")
    }
    // Integer tables, and the same number in different tables.
    eq(TencentSdkIos(code: 215).code, "215")
    eq(TencentSdkIos(code: 215), .code215)
    eq(TencentSdkAndroid(code: 215), .code215)
    check(TencentSdkIos(code: 215).message(in: .en) != TencentSdkAndroid(code: 215).message(in: .en),
          "215 means different things on iOS and Android: \(TencentSdkIos(code: 215).message(in: .en))")
    eq(TencentSelfieVerification(code: -999), .codeMinus999)
    eq(TencentSelfieVerification(code: "-999"), .codeMinus999)
    eq(TencentEkycToken(code: 1001).kind, .tokenInvalid)
    check(TencentVerificationResult(code: 1001).kind != .tokenInvalid,
          "verification result 1001 is not token_invalid: \(TencentVerificationResult(code: 1001).kind)")
    check(!TencentVerificationResult(code: 123456).isKnown, "123456 is not a verification result")
    isUnknown(TencentVerificationResult(code: 123456), "123456")
    // Metadata.
    eq(TencentVerificationResult(code: 0).billed, true)
    eq(AaiLivenessSdk.noCameraPermission.platform, .ios)
    eq(AaiLivenessSdk.actionTimeout.platform, nil)
    check(AaiLivenessSdk.isOpen, "AaiLivenessSdk is open")
    check(BaiduFace(code: 222202).solution(in: .zh) != nil, "Baidu 222202 has a zh solution")
    // Every table decodes through the common interface.
    eq(catalogTableIDs.count, 16)
    for t in catalogTableIDs {
        guard let v = decode(table: t, code: "definitely-not-a-code") else {
            check(false, "no table \(t)")
            continue
        }
        eq(v.table, t)
        check(!v.isKnown, "\(t): definitely-not-a-code is known")
        eq(v.kind, .unknown, t)
        check(!v.message(in: .en).isEmpty, "\(t): empty message for an unknown code")
    }
}

// MARK: one vocabulary across vendors (one_vocabulary_across_vendors)

func oneVocabularyAcrossVendors() {
    // Too dark: AAI, AAI's Flutter plugin, Tencent's result code and API error.
    let dark: [any CatalogCode] = [
        AaiLivenessSdk.weakLight,
        AaiFlutterAndroid.weakLight,
        TencentVerificationResult(code: 1201),
        TencentLivenessCompareApi(code: "FailedOperation.ActionLightDark"),
    ]
    for v in dark {
        check(v.isKnown, "\(v.table) \(v.code) is not known")
        eq(v.kind, .tooDark, "\(v.table) \(v.code)")
        eq(v.prompt, .lightTooDark, "\(v.table) \(v.code)")
        eq(v.actor, .user, "\(v.table) \(v.code)")
    }
    // Baidu's "poor lighting" does not say which way: a neutral kind and prompt.
    let poor = BaiduFace(code: 223115)
    eq(poor.kind, .poorLighting, "\(poor.table) \(poor.code)")
    eq(poor.prompt, .lightPoor, "\(poor.table) \(poor.code)")
    // No face: Tencent 2013 in three tables, Baidu 222202, Doubango e_noface.
    let noFace: [any CatalogCode] = [
        TencentVerificationResult(code: 2013),
        TencentLivenessCompareResults(code: 2013),
        TencentSelfieVerification(code: 2013),
        BaiduFace(code: 222202),
        DoubangoLiveness(code: "e_noface"),
    ]
    for v in noFace {
        check(v.isKnown, "\(v.table) \(v.code) is not known")
        eq(v.kind, .noFace, "\(v.table) \(v.code)")
    }
    eq(TencentVerificationResult(code: 2013).prompt, BaiduFace(code: 222202).prompt)
    // Too close: Tencent 1203 and its API twin ask the user to move away.
    eq(TencentVerificationResult(code: 1203).prompt, .moveAway)
    eq(TencentLivenessCompareApi(code: "FailedOperation.ActionFaceClose").kind, .faceTooClose)
    // Multiple faces.
    eq(AaiLivenessSdk.multipleFace.kind, AaiFlutterIos.mutiFace.kind)
    eq(AaiLivenessSdk.multipleFace.kind, TencentVerificationResult(code: 2010).kind)
    // Success and unknown.
    eq(TencentVerificationResult(code: 0).kind, .success)
    eq(DoubangoLiveness(code: "s_genuine").kind, .success)
    eq(DoubangoLiveness(code: "s_genuine").actor, CatalogActor.none)
}

// MARK: NSError bridging (issue 13: Tencent 1201 was bridged as 28)

func bridging() {
    let e = TencentVerificationResult(code: 1201) as NSError
    eq(e.code, 1201)
    eq(e.domain, "ErrgenCodes.tencent_verification_result")
    eq((TencentVerificationResult(code: 99999) as NSError).code, 99999)
    eq((AaiLivenessSdk.weakLight as NSError).code, errgenStableCode("WEAK_LIGHT"))
    CatalogLocale.errorLocale = .zh
    let v = TencentVerificationResult(code: 1201)
    eq(v.recoverySuggestion, Prompt.lightTooDark.text(in: .zh))
    eq((v as NSError).localizedRecoverySuggestion, Prompt.lightTooDark.text(in: .zh))
    eq((v as NSError).localizedFailureReason, Kind.tooDark.label(in: .zh))
    eq((v as NSError).localizedDescription, v.message(in: .zh))
    CatalogLocale.errorLocale = nil
}

// MARK: parameters and templates (issue 15)

func templates() {
    let v = TencentOcrApi(code: "FailedOperation.InvalidInfoFormat")
    eq(v.parameterNames, ["field", "detail"])
    eq(v.message(in: .en, field: "Name", detail: "too short"),
       "The \"Name\" on the card is not valid (too short). Please take the photo again.")
    eq(v.message(in: .en, params: ["field": "Name"]), v.message(in: .en), "a missing value gives the message")
    check(!v.message(in: .en).contains("{"), "the message has no placeholders")
    eq(AaiLivenessSdk(code: "AUTH_NETWORK_ERROR_503").message(in: .en),
       "A network error occurred (error 503). Please check your internet connection and try again.")
    eq(AaiLivenessSdk(code: "AUTH_NETWORK_ERROR_503").parameterNames, ["ErrorCode"])
}

let args = CommandLine.arguments
vectors(args.count > 1 ? args[1] : "vectors.txt", atLeast: 1000)
metaVectors(args.count > 2 ? args[2] : "meta.txt", atLeast: 400)
knownUnknownAliasPatternAndFlags()
oneVocabularyAcrossVendors()
bridging()
templates()
finish()
