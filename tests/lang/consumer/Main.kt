// A consumer of the minimal fixture's Kotlin package, as an app would write it.
import dev.errgen.codes.AcmeApi
import dev.errgen.codes.AcmeSdk
import dev.errgen.codes.CATALOG_VERSION
import dev.errgen.codes.CatalogException
import dev.errgen.codes.CatalogLocale
import dev.errgen.codes.toException

// An open table: `else` is required, so codes added to it compile.
fun sdk(code: String): String = when (val c = AcmeSdk.fromCode(code)) {
    AcmeSdk.NoFace -> "no face (${c.receivedCode})"
    is AcmeSdk.WeakLight -> "light"
    is AcmeSdk.NetError -> "network ${c.param + 1L - 1L}"
    else -> "other"
}

// A closed table: exhaustive without `else`.
fun api(c: AcmeApi): String = when (c) {
    is AcmeApi.Code0 -> "ok"
    is AcmeApi.CodeMinus999 -> "failed"
    is AcmeApi.Unknown -> "unknown ${c.rawCode}"
}

fun main() {
    val api = AcmeApi.fromCode("-999")
    val thrown = try {
        throw AcmeSdk.fromCode("FAIL_NO_FACE").toException()
    } catch (e: CatalogException) {
        when (val c = e.code) {
            is AcmeSdk -> sdk(c.receivedCode)
            is AcmeApi -> api(c)
            else -> "?"
        }
    }
    println("${sdk("NO_FACE")} ${sdk("NET_ERROR_-7")} $thrown ${api(api)} ${api.code} ${api.message(CatalogLocale.FALLBACK)} $CATALOG_VERSION")
}
