// A consumer of the minimal fixture's Dart package, as an app would write it.
import 'package:errgen_codes/errgen_codes.dart';

String sdk(String code) {
  final v = AcmeSdk.fromCode(code);
  if (v == AcmeSdkCode.noFace) return 'no face';
  if (v == AcmeSdkCode.weakLight) return 'light';
  return 'other';
}

void main() {
  final api = AcmeApi.fromCode('-999');
  print('${sdk('NO_FACE')} ${api.code} ${api.message(CatalogLocale.fallback)} $catalogVersion');
}
