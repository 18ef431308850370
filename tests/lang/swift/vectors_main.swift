// Runs against the Swift package generated from any catalog (the real one in
// tests/lang_swift.rs): every text byte for byte, and every entry's kind,
// actor, retryable flag and prompt. Helpers are in check.swift.
import ErrgenCodes

let args = CommandLine.arguments
vectors(args.count > 1 ? args[1] : "vectors.txt", atLeast: 1)
metaVectors(args.count > 2 ? args[2] : "meta.txt", atLeast: 1)
finish()
