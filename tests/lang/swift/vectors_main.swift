// Runs against any generated Swift package (compiled with check.swift):
// every text, NSError, negotiation and template vector in the file named by
// the first argument and every meta vector in the second, byte for byte.
// Prints one line per failure, then "N passed, M failed"; exits non-zero on
// any failure.
import ErrgenCodes
import Foundation

let args = CommandLine.arguments
vectors(args.count > 1 ? args[1] : "vectors.txt", atLeast: 1)
metaVectors(args.count > 2 ? args[2] : "meta.txt", atLeast: 1)
finish()
