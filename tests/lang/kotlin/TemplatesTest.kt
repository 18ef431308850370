// Runs against the Kotlin package generated from tests/fixtures/content
// (compiled with Harness.kt): the text, meta, template and negotiation
// vectors named by the four arguments, and the typed ways to fill a
// template: an entry with parameters takes them in `message(locale, ...)`
// (Long for integer parameters), a pattern value fills its own parameter in
// `message(locale)`, and without values the message has no placeholders.
// Prints one line per failure, then "N passed, M failed"; exits non-zero on
// any failure.
import dev.errgen.codes.AcmeApi
import dev.errgen.codes.AcmeSdk
import dev.errgen.codes.CatalogLocale

private fun typedTemplates() {
    eq(
        AcmeApi.Code7.message(CatalogLocale.En, field = "name", count = 3L),
        "The \"name\" on the card is not valid (3 errors). Please take the photo again.",
        "typed fill, en",
    )
    eq(
        AcmeApi.fromInt(7L).let { (it as AcmeApi.Code7).message(CatalogLocale.Zh, "姓名", Long.MAX_VALUE) },
        "证件上的“姓名”无效（9223372036854775807 处错误），请重新拍照。",
        "typed fill, zh, a 64-bit count",
    )
    eq(
        AcmeApi.Code7.message(CatalogLocale.En),
        "Some information on the card is not valid. Please take the photo again.",
        "no values: the message without placeholders",
    )
    // Values are not read as placeholders.
    eq(
        AcmeApi.Code7.message(CatalogLocale.En, field = "{count}", count = -1L),
        "The \"{count}\" on the card is not valid (-1 errors). Please take the photo again.",
        "a value with braces",
    )
    val net = AcmeSdk.fromCode("NET_ERROR_-1009")
    eq(net.message(CatalogLocale.En), "The network request failed (error -1009).", "pattern fills its parameter, en")
    eq(net.message(CatalogLocale.Zh), "网络请求失败（错误 -1009）。", "pattern fills its parameter, zh")
    eq(net.toString(), "NET_ERROR_-1009: The network request failed (error -1009).", "toString of a pattern value")
    eq(AcmeSdk.NetError(Long.MIN_VALUE).code, "NET_ERROR_-9223372036854775808", "Long.MIN_VALUE parameter")
}

public fun main(args: Array<String>) {
    checkTextVectors(args[0], 10)
    checkMetaVectors(args[1], 5)
    checkTemplateVectors(args[2], 4)
    checkNegotiationVectors(args[3], 40)
    typedTemplates()
    finish()
}
