// A consumer of the minimal fixture's Swift package, as an app would write it.
import ErrgenCodes

// AcmeSdk is an open table (a struct): `case .name:` matches, `default:` is required.
func sdk(_ code: String) -> String {
    switch AcmeSdk(code: code) {
    case .noFace: return "no face"
    case .weakLight: return "light"
    default: return "other"
    }
}

// AcmeApi is a closed table (an enum): exhaustive without `default:`.
func api(_ value: AcmeApi) -> String {
    switch value {
    case .code0: return "ok"
    case .codeMinus999: return "internal"
    case .unknown(let received): return "unknown " + received.code
    }
}

// Values are errors.
func fail() throws {
    throw AcmeSdk.weakLight
}

do {
    try fail()
} catch let error as AcmeSdk {
    print("caught \(error.code)")
} catch {
    print("unexpected \(error)")
}

let value = AcmeApi(code: "-999")
print("\(sdk("NO_FACE")) \(api(value)) \(value.code) \(value.message(in: .fallback)) \(catalogVersion)")
