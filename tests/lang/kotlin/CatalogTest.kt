// Runs against the Kotlin package generated from the real catalog (catalog/),
// compiled with Harness.kt: every text, kind label, kind, actor, retryable
// flag and prompt byte for byte (the text and meta vector files named by the
// two arguments), then by hand the same cases as tests/generated_rust.rs:
// known, unknown, old, pattern and flag codes, one vocabulary across
// vendors, every locale, negotiation and toString(). Prints one line per
// failure, then "N passed, M failed"; exits non-zero on any failure.
@file:Suppress("DEPRECATION")

import dev.errgen.codes.AaiFlutterAndroid
import dev.errgen.codes.AaiFlutterIos
import dev.errgen.codes.AaiLivenessSdk
import dev.errgen.codes.Actor
import dev.errgen.codes.BaiduFace
import dev.errgen.codes.CatalogCode
import dev.errgen.codes.CatalogException
import dev.errgen.codes.CatalogLocale
import dev.errgen.codes.DoubangoLiveness
import dev.errgen.codes.DoubangoStereoWarnings
import dev.errgen.codes.Kind
import dev.errgen.codes.Platform
import dev.errgen.codes.Prompt
import dev.errgen.codes.TABLES
import dev.errgen.codes.TencentEkycToken
import dev.errgen.codes.TencentLivenessCompareApi
import dev.errgen.codes.TencentLivenessCompareResults
import dev.errgen.codes.TencentSdkAndroid
import dev.errgen.codes.TencentSdkIos
import dev.errgen.codes.TencentSelfieVerification
import dev.errgen.codes.TencentVerificationResult
import dev.errgen.codes.decode
import dev.errgen.codes.toException
import java.util.Locale

/** `table code` of a value, to name it in a failure. */
private fun CatalogCode.where(): String = "$table $code"

private fun knownUnknownAliasPatternAndFlags() {
    eq(AaiLivenessSdk.fromCode("WEAK_LIGHT"), AaiLivenessSdk.WeakLight, "WEAK_LIGHT")
    eq(AaiLivenessSdk.fromCode("NO_SUCH_CODE"), AaiLivenessSdk.Unknown("NO_SUCH_CODE"), "NO_SUCH_CODE")
    eq(AaiLivenessSdk.fromCode("NO_SUCH_CODE").code, "NO_SUCH_CODE", "NO_SUCH_CODE code")
    check(!AaiLivenessSdk.fromCode("NO_SUCH_CODE").isKnown, "NO_SUCH_CODE is unknown")
    check(AaiLivenessSdk.WeakLight.isKnown, "WEAK_LIGHT is known")
    // Pattern families keep their parameter.
    val net = AaiLivenessSdk.fromCode("AUTH_NETWORK_ERROR_503")
    eq(net, AaiLivenessSdk.AuthNetworkError(503L), "AUTH_NETWORK_ERROR_503")
    eq(net.code, "AUTH_NETWORK_ERROR_503", "AUTH_NETWORK_ERROR_503 code")
    eq(net.kind, Kind.Network, "AUTH_NETWORK_ERROR_503 kind")
    check(net.isKnown, "a family is known")
    eq(
        AaiLivenessSdk.fromCode("UPLOAD_IMAGE_DATA_NETWORK_ERROR_-1009"),
        AaiLivenessSdk.UploadImageDataNetworkError(-1009L),
        "UPLOAD_IMAGE_DATA_NETWORK_ERROR_-1009",
    )
    eq(
        AaiLivenessSdk.fromCode("AUTH_NETWORK_ERROR_x"),
        AaiLivenessSdk.Unknown("AUTH_NETWORK_ERROR_x"),
        "an int family with a non-integer parameter",
    )
    // Legacy iOS names decode to their v3.6.0 successors.
    eq(AaiFlutterIos.fromCode("FAIL_REASON_FACEMISS_BLINK_MOUTH"), AaiFlutterIos.FaceMissing, "FAIL_REASON_FACEMISS_BLINK_MOUTH")
    eq(AaiFlutterIos.fromCode("FAIL_REASON_FACEMISS_POS_YAW"), AaiFlutterIos.FaceMissing, "FAIL_REASON_FACEMISS_POS_YAW")
    eq(AaiFlutterIos.fromCode("FAIL_REASON_FACEMISS_POS_YAW").code, "FACE_MISSING", "an old code gives the current code")
    eq(AaiFlutterIos.FAIL_REASON_MUTI_FACE, AaiFlutterIos.MutiFace, "FAIL_REASON_MUTI_FACE constant")
    // An old code keeps the code received.
    val muti = AaiFlutterIos.fromCode("FAIL_REASON_MUTI_FACE")
    eq(muti, AaiFlutterIos.MutiFace, "FAIL_REASON_MUTI_FACE decodes to MUTI_FACE")
    eq(muti.code, "MUTI_FACE", "FAIL_REASON_MUTI_FACE code")
    eq(muti.receivedCode, "FAIL_REASON_MUTI_FACE", "FAIL_REASON_MUTI_FACE received")
    eq(AaiFlutterIos.MutiFace.receivedCode, "MUTI_FACE", "MUTI_FACE received")
    eq(AaiFlutterIos.fromCode("FAIL_REASON_TIMEOUT").retiredIn, "3.0.0", "FAIL_REASON_TIMEOUT retired")
    // Doubango's stereo warnings are a flag set.
    eq(
        DoubangoStereoWarnings.decodeFlags("stereo impaired(42)"),
        listOf(DoubangoStereoWarnings.Code2, DoubangoStereoWarnings.Code4),
        "stereo impaired(42)",
    )
    eq(DoubangoStereoWarnings.decodeFlags("24"), listOf(DoubangoStereoWarnings.Unknown("24")), "bare 24 is no flag string")
    // Strict: one extra space makes the whole string one unknown code.
    eq(
        DoubangoStereoWarnings.decodeFlags("stereo impaired (42)"),
        listOf(DoubangoStereoWarnings.Unknown("stereo impaired (42)")),
        "stereo impaired (42)",
    )
    // Integer tables, and the same number in different tables.
    eq(TencentSdkIos.fromInt(215).code, "215", "iOS 215 code")
    check(TencentSdkIos.fromInt(215).isKnown && TencentSdkAndroid.fromInt(215).isKnown, "215 is known on both")
    check(
        TencentSdkIos.fromInt(215).message(CatalogLocale.En) != TencentSdkAndroid.fromInt(215).message(CatalogLocale.En),
        "215 means different things on iOS and Android",
    )
    eq(TencentSelfieVerification.fromInt(-999), TencentSelfieVerification.CodeMinus999, "-999")
    eq(TencentSelfieVerification.fromInt(-999L), TencentSelfieVerification.CodeMinus999, "-999L")
    eq(TencentSelfieVerification.fromCode("-999"), TencentSelfieVerification.CodeMinus999, "\"-999\"")
    eq(TencentEkycToken.fromInt(1001).kind, Kind.TokenInvalid, "eKYC token 1001")
    check(TencentVerificationResult.fromInt(1001).kind != Kind.TokenInvalid, "verification result 1001 is no token error")
    check(!TencentVerificationResult.fromInt(123456).isKnown, "123456 is unknown")
    eq(TencentVerificationResult.fromInt(123456), TencentVerificationResult.Unknown("123456"), "123456")
    // Metadata.
    eq(TencentVerificationResult.fromInt(0).billed, true, "0 billed")
    eq(AaiLivenessSdk.NoCameraPermission.platform, Platform.Ios, "NO_CAMERA_PERMISSION platform")
    eq(AaiLivenessSdk.ActionTimeout.platform, null, "ACTION_TIMEOUT platform")
    check(AaiLivenessSdk.OPEN, "AAI is open")
    check(BaiduFace.fromInt(222202).solution(CatalogLocale.Zh) != null, "Baidu 222202 has a solution")
    // Every table decodes through the common interface.
    eq(TABLES.size, 16, "16 tables")
    for (t in TABLES) {
        val v = decode(t, "definitely-not-a-code")
        if (v == null) {
            check(false, "no table $t")
            continue
        }
        eq(v.table, t, "$t: table")
        eq(v.kind, Kind.Unknown, "$t: unknown kind")
        eq(v.actor, Actor.Developer, "$t: unknown actor")
        check(!v.retryable && v.prompt == null, "$t: unknown is not retryable and has no prompt")
        check(v.message(CatalogLocale.En).isNotEmpty(), "$t: unknown message")
        eq(v.message(CatalogLocale.Vi), Prompt.UnknownError.text(CatalogLocale.Vi), "$t: unknown message is the prompt")
    }
    eq(decode("no_such_table", "1"), null, "no such table")
}

private fun oneVocabularyAcrossVendors() {
    // Too dark: AAI, AAI's Flutter plugin, Tencent's result code and API error.
    val dark: List<CatalogCode> = listOf(
        AaiLivenessSdk.WeakLight,
        AaiFlutterAndroid.WeakLight,
        TencentVerificationResult.fromInt(1201),
        TencentLivenessCompareApi.fromCode("FailedOperation.ActionLightDark"),
    )
    for (v in dark) {
        check(v.isKnown, "${v.where()}: known")
        eq(Triple(v.kind, v.prompt, v.actor), Triple(Kind.TooDark, Prompt.LightTooDark, Actor.User), v.where())
    }
    // Baidu's "poor lighting" does not say which way: a neutral kind and prompt.
    val poor = BaiduFace.fromInt(223115)
    eq(Triple(poor.kind, poor.prompt, poor.actor), Triple(Kind.PoorLighting, Prompt.LightPoor, Actor.User), poor.where())
    // No face: Tencent 2013 in three tables, Baidu 222202, Doubango e_noface.
    val noFace: List<CatalogCode> = listOf(
        TencentVerificationResult.fromInt(2013),
        TencentLivenessCompareResults.fromInt(2013),
        TencentSelfieVerification.fromInt(2013),
        BaiduFace.fromInt(222202),
        DoubangoLiveness.fromCode("e_noface"),
    )
    for (v in noFace) {
        check(v.isKnown, "${v.where()}: known")
        eq(v.kind, Kind.NoFace, v.where())
    }
    eq(TencentVerificationResult.fromInt(2013).prompt, BaiduFace.fromInt(222202).prompt, "no-face prompt")
    // Too close: Tencent 1203 and its API twin ask the user to move away.
    eq(TencentVerificationResult.fromInt(1203).prompt, Prompt.MoveAway, "1203 prompt")
    eq(TencentLivenessCompareApi.fromCode("FailedOperation.ActionFaceClose").kind, Kind.FaceTooClose, "ActionFaceClose")
    // Multiple faces.
    eq(AaiLivenessSdk.MultipleFace.kind, AaiFlutterIos.MutiFace.kind, "MULTIPLE_FACE and MUTI_FACE")
    eq(AaiLivenessSdk.MultipleFace.kind, TencentVerificationResult.fromInt(2010).kind, "MULTIPLE_FACE and 2010")
    // Success and unknown.
    eq(TencentVerificationResult.fromInt(0).kind, Kind.Success, "0 kind")
    eq(DoubangoLiveness.fromCode("s_genuine").kind, Kind.Success, "s_genuine kind")
    eq(DoubangoLiveness.fromCode("s_genuine").actor, Actor.None, "s_genuine actor")
    // `when` over the kind treats every vendor's code alike.
    val advice = (dark + noFace).map {
        when (it.kind) {
            Kind.TooDark -> "light"
            Kind.NoFace -> "face"
            else -> "other"
        }
    }
    eq(advice, List(4) { "light" } + List(5) { "face" }, "when over kinds")
}

private fun everyLocaleHasEveryText() {
    eq(CatalogLocale.ALL.map { it.tag }, listOf("zh", "zh-Hant", "en", "id", "vi", "hi", "th"), "locales")
    eq(CatalogLocale.FALLBACK, CatalogLocale.En, "FALLBACK")
    for (t in TABLES) {
        val v = decode(t, "x")!!
        for (l in CatalogLocale.ALL) check(v.message(l).isNotEmpty(), "$t unknown message in ${l.tag}")
    }
    for (p in Prompt.ALL) {
        for (l in CatalogLocale.ALL) check(p.text(l).isNotEmpty(), "${p.key} in ${l.tag}")
        eq(Prompt.fromKey(p.key), p, "Prompt.fromKey(${p.key})")
    }
    for (k in Kind.ALL) {
        eq(Kind.fromId(k.id), k, "Kind.fromId(${k.id})")
        for (l in CatalogLocale.ALL) check(k.label(l).isNotEmpty(), "${k.id} in ${l.tag}")
    }
    // zh shows an end-user sentence like every locale, not Baidu's own description.
    val zh = BaiduFace.fromInt(222202).message(CatalogLocale.Zh)
    check(zh.isNotEmpty() && zh != "图片中没有人脸", "Baidu 222202 in zh: $zh")
}

private fun localeNegotiation() {
    for ((tag, want) in listOf(
        "zh-Hans-CN" to CatalogLocale.Zh,
        "zh_TW" to CatalogLocale.ZhHant,
        "in-ID" to CatalogLocale.Id,
        "id" to CatalogLocale.Id,
        "hi-IN" to CatalogLocale.Hi,
        "th-TH" to CatalogLocale.Th,
        "th_TH.UTF-8" to CatalogLocale.Th,
        "vi_VN" to CatalogLocale.Vi,
        "en-GB" to CatalogLocale.En,
        "pt-BR" to CatalogLocale.En,
        "" to CatalogLocale.En,
    )) {
        eq(CatalogLocale.negotiate(tag), want, "negotiate <$tag>")
    }
    // Platform locales, as Android and the JVM write them (Indonesian is
    // "in" in Locale.toString() on older JVMs and "id" on newer ones).
    for ((locale, want) in listOf(
        Locale.forLanguageTag("zh-Hans-CN") to CatalogLocale.Zh,
        Locale.forLanguageTag("id-ID") to CatalogLocale.Id,
        Locale.forLanguageTag("vi-VN") to CatalogLocale.Vi,
        Locale.forLanguageTag("th-TH-u-nu-thai") to CatalogLocale.Th,
        Locale.ROOT to CatalogLocale.En,
    )) {
        eq(CatalogLocale.negotiate(locale.toString()), want, "negotiate Locale.toString() <$locale>")
        eq(CatalogLocale.negotiate(locale.toLanguageTag()), want, "negotiate toLanguageTag() <${locale.toLanguageTag()}>")
    }
    eq(CatalogLocale.negotiatePreferred("fr-FR", "vi-VN", "zh"), CatalogLocale.Vi, "negotiatePreferred")
}

// The issue's own example: a value thrown, caught and matched.
private fun exceptions() {
    val got = try {
        throw AaiLivenessSdk.WeakLight.toException()
    } catch (e: CatalogException) {
        when (val c = e.code) {
            AaiLivenessSdk.WeakLight -> "weak light ${c.receivedCode}"
            else -> "other"
        }
    }
    eq(got, "weak light WEAK_LIGHT", "throw AaiLivenessSdk.WeakLight.toException()")
    val old = AaiFlutterIos.fromCode("FAIL_REASON_MUTI_FACE").toException()
    eq(old.code.receivedCode, "FAIL_REASON_MUTI_FACE", "thrown old code keeps what was received")
    eq(old.message, AaiFlutterIos.MutiFace.toString(), "exception message")
}

private fun toStrings() {
    val weak = AaiLivenessSdk.WeakLight
    eq(weak.toString(), "WEAK_LIGHT: " + weak.message(CatalogLocale.FALLBACK), "WEAK_LIGHT")
    check(weak.toString().startsWith("WEAK_LIGHT: ") && weak.toString().length > 12, "WEAK_LIGHT: <$weak>")
    eq(
        AaiLivenessSdk.fromCode("AUTH_NETWORK_ERROR_503").toString(),
        "AUTH_NETWORK_ERROR_503: " + AaiLivenessSdk.AuthNetworkError(503L).message(CatalogLocale.En),
        "family",
    )
    eq(
        TencentVerificationResult.fromInt(123456).toString(),
        "123456: " + Prompt.UnknownError.text(CatalogLocale.En),
        "unknown code",
    )
    eq(BaiduFace.fromInt(222202).toString(), "222202: " + BaiduFace.fromInt(222202).message(CatalogLocale.En), "Baidu 222202")
    eq(AaiFlutterIos.FAIL_REASON_MUTI_FACE.toString(), "MUTI_FACE: " + AaiFlutterIos.MutiFace.message(CatalogLocale.En), "old code")
}

public fun main(args: Array<String>) {
    checkTextVectors(args[0], 4000)
    checkMetaVectors(args[1], 400)
    checkTemplateVectors(args[2], 10)
    checkNegotiationVectors(args[3], 40)
    knownUnknownAliasPatternAndFlags()
    oneVocabularyAcrossVendors()
    everyLocaleHasEveryText()
    localeNegotiation()
    toStrings()
    exceptions()
    finish()
}
