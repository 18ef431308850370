// A consumer of the minimal fixture's Swift package, as an app would write it.
import ErrgenCodes

func sdk(_ code: String) -> String {
    switch AcmeSdk(code: code) {
    case .noFace: return "no face"
    case .weakLight: return "light"
    default: return "other"
    }
}

let api = AcmeApi(code: "-999")
print("\(sdk("NO_FACE")) \(api.code) \(api.message(in: .fallback)) \(catalogVersion)")
