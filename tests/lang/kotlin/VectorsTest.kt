// Runs against any generated Kotlin package (compiled with Harness.kt):
// every text in the text vector file named by the first argument must come
// back byte for byte through decode(table, code), which must know the code
// and give it back; every line of the meta vector file named by the second
// must match (kind labels; kind, actor, retryable flag and prompt of every
// entry and of an unlisted code in every table); the template and
// negotiation vector files, when named by a third and fourth argument, too.
// Prints one line per failure, then "N passed, M failed"; exits non-zero on
// failure.

public fun main(args: Array<String>) {
    checkTextVectors(args[0], 1)
    checkMetaVectors(args[1], 1)
    if (args.size > 2) checkTemplateVectors(args[2], 0)
    if (args.size > 3) checkNegotiationVectors(args[3], 40)
    finish()
}
