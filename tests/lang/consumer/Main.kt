// A consumer of the minimal fixture's Kotlin package, as an app would write it.
import dev.errgen.codes.AcmeApi
import dev.errgen.codes.AcmeSdk
import dev.errgen.codes.CATALOG_VERSION
import dev.errgen.codes.CatalogLocale

fun sdk(code: String): String = when (AcmeSdk.fromCode(code)) {
    AcmeSdk.NoFace -> "no face"
    AcmeSdk.WeakLight -> "light"
    else -> "other"
}

fun main() {
    val api = AcmeApi.fromCode("-999")
    println("${sdk("NO_FACE")} ${api.code} ${api.message(CatalogLocale.FALLBACK)} $CATALOG_VERSION")
}
