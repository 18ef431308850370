// Runs against the Dart package generated from the real catalog (catalog/,
// see tests/lang_dart.rs): every text must come back byte for byte (text
// vectors, path in the first argument), every kind label, kind, actor,
// retryable flag and prompt must be the catalog's (meta vectors, path in the
// second argument), and then by hand, as tests/generated_rust.rs does for
// Rust: decoding of listed, unknown, old, pattern and flag codes, one
// vocabulary of kinds across vendors, locales, and use next to Flutter's
// `Locale`. Prints one line per failure, then "N passed, M failed".
import 'dart:io';

import 'package:errgen_codes/errgen_codes.dart';

import 'harness.dart';
import 'ui_stub.dart';

/// AaiLivenessSdk is an open table: not sealed, so the switch needs a
/// default.
String describe(AaiLivenessSdk v) => switch (v) {
      AaiLivenessSdkCode.weakLight => 'too dark',
      AaiLivenessSdkCode() => 'listed ${v.code}',
      AaiLivenessSdkAuthNetworkError(:final param) => 'auth network $param',
      AaiLivenessSdkUploadImageDataNetworkError(:final param) =>
        'upload network $param',
      AaiLivenessSdkUnknown(:final code) => 'unknown $code',
      _ => 'another value',
    };

/// AaiFlutterIos is open: a listed code's class matches whatever code the
/// value was decoded from, and the switch needs a default.
String iosCase(AaiFlutterIos v) => switch (v) {
      AaiFlutterIosFaceMissing() => 'face missing',
      AaiFlutterIosCode() => 'another listed code',
      _ => 'another value',
    };

/// The same as `known_unknown_alias_pattern_and_flags` in
/// tests/generated_rust.rs.
void knownUnknownAliasPatternAndFlags() {
  eq(AaiLivenessSdk.fromCode('WEAK_LIGHT'), AaiLivenessSdkCode.weakLight,
      'WEAK_LIGHT');
  unknown(AaiLivenessSdk.fromCode('NO_SUCH_CODE'), 'NO_SUCH_CODE', 'NO_SUCH_CODE');
  eq(AaiLivenessSdk.fromCode('NO_SUCH_CODE').code, 'NO_SUCH_CODE',
      'NO_SUCH_CODE code');
  // Pattern families keep their parameter.
  final net = AaiLivenessSdk.fromCode('AUTH_NETWORK_ERROR_503');
  eq(net, const AaiLivenessSdkAuthNetworkError(503), 'AUTH_NETWORK_ERROR_503');
  eq(net.code, 'AUTH_NETWORK_ERROR_503', 'AUTH_NETWORK_ERROR_503 code');
  eq(net.kind, Kind.network, 'AUTH_NETWORK_ERROR_503 kind');
  check(net.isKnown, 'AUTH_NETWORK_ERROR_503 known');
  eq(AaiLivenessSdk.fromCode('UPLOAD_IMAGE_DATA_NETWORK_ERROR_-1009'),
      const AaiLivenessSdkUploadImageDataNetworkError(-1009),
      'UPLOAD_IMAGE_DATA_NETWORK_ERROR_-1009');
  unknown(AaiLivenessSdk.fromCode('AUTH_NETWORK_ERROR_x'), 'AUTH_NETWORK_ERROR_x', 'AUTH_NETWORK_ERROR_x');
  eq(describe(AaiLivenessSdk.fromCode('WEAK_LIGHT')), 'too dark',
      'switch WEAK_LIGHT');
  eq(describe(AaiLivenessSdk.fromCode('ACTION_TIMEOUT')),
      'listed ACTION_TIMEOUT', 'switch ACTION_TIMEOUT');
  eq(describe(net), 'auth network 503', 'switch family');
  // A family fills its parameter into its template; without one, the plain
  // message.
  eq(net.message(CatalogLocale.en),
      'A network error occurred (error 503). Please check your internet '
          'connection and try again.',
      'family template filled');
  // As in the other packages, a family fills its own parameter from the
  // code, whatever the values say.
  eq(net.messageWith(CatalogLocale.en, const <String, Object>{}),
      'A network error occurred (error 503). Please check your internet '
          'connection and try again.',
      'family without values');
  eq(net.messageWith(CatalogLocale.en, const <String, Object>{'ErrorCode': 'x{y}'}),
      'A network error occurred (error 503). Please check your internet '
          'connection and try again.',
      'the code\'s own parameter wins');
  eq(describe(AaiLivenessSdk.fromCode('UPLOAD_IMAGE_DATA_NETWORK_ERROR_7')),
      'upload network 7', 'switch other family');
  eq(describe(AaiLivenessSdk.fromCode('NOPE')), 'unknown NOPE',
      'switch unknown');
  // Legacy iOS names decode to their v3.6.0 successors.
  // An old code decodes to the current value and keeps the code received.
  for (final old in <String>[
    'FAIL_REASON_FACEMISS_BLINK_MOUTH',
    'FAIL_REASON_FACEMISS_POS_YAW',
  ]) {
    final v = AaiFlutterIos.fromCode(old);
    eq(v, AaiFlutterIosCode.faceMissing, old);
    eq(v.hashCode, AaiFlutterIosCode.faceMissing.hashCode, '$old hashCode');
    check(v is AaiFlutterIosFaceMissing, '$old is AaiFlutterIosFaceMissing');
    eq(iosCase(v), 'face missing', '$old matches the case of FACE_MISSING');
    eq(v.received, old, '$old received');
    eq(v.toJson(), old, '$old toJson');
    eq(AaiFlutterIos.fromJson(v.toJson()), v, '$old fromJson');
    eq(v.message(CatalogLocale.en),
        AaiFlutterIosCode.faceMissing.message(CatalogLocale.en), '$old message');
  }
  eq(AaiFlutterIosCode.faceMissing.received, 'FACE_MISSING', 'received');
  eq(AaiFlutterIos.fromCode('FAIL_REASON_FACEMISS_POS_YAW').code,
      'FACE_MISSING', 'an old code gives the current code');
  // ignore: deprecated_member_use_from_same_package
  eq(AaiFlutterIos.legacyFailReasonMutiFace, AaiFlutterIosCode.mutiFace,
      'legacyFailReasonMutiFace');
  eq(AaiFlutterIos.fromCode('FAIL_REASON_TIMEOUT').retiredIn, '3.0.0',
      'FAIL_REASON_TIMEOUT retiredIn');
  eq(AaiFlutterIosCode.faceMissing.retiredIn, null, 'FACE_MISSING retiredIn');
  // Doubango's stereo warnings are a flag set.
  eq(DoubangoStereoWarnings.decodeFlags('stereo impaired(42)'),
      <DoubangoStereoWarnings>[
        DoubangoStereoWarningsCode.code2,
        DoubangoStereoWarningsCode.code4,
      ],
      'stereo impaired(42)');
  // Strictly: one extra space, the bare flags or nothing is one unknown code.
  for (final bad in <String>['stereo impaired (42)', '24', '']) {
    final got = DoubangoStereoWarnings.decodeFlags(bad);
    eq(got.length, 1, 'strict "$bad"');
    unknown(got.first, bad, 'strict "$bad"');
  }
  // Integer tables, and the same number in different tables.
  eq(TencentSdkIos.fromInt(215).code, '215', 'TencentSdkIos 215 code');
  check(
      TencentSdkIos.fromInt(215).isKnown &&
          TencentSdkAndroid.fromInt(215).isKnown,
      '215 known in both SDK tables');
  check(
      TencentSdkIos.fromInt(215).message(CatalogLocale.en) !=
          TencentSdkAndroid.fromInt(215).message(CatalogLocale.en),
      'TencentSdkIos 215 and TencentSdkAndroid 215 differ');
  eq(TencentSelfieVerification.fromInt(-999),
      TencentSelfieVerificationCode.codeMinus999, '-999');
  eq(TencentSelfieVerification.fromCode('-999'),
      TencentSelfieVerificationCode.codeMinus999, '-999 as text');
  eq(TencentEkycToken.fromInt(1001).kind, Kind.tokenInvalid,
      'TencentEkycToken 1001');
  check(TencentVerificationResult.fromInt(1001).kind != Kind.tokenInvalid,
      'TencentVerificationResult 1001 is no token error');
  check(!TencentVerificationResult.fromInt(123456).isKnown, '123456 unknown');
  unknown(TencentVerificationResult.fromInt(123456), '123456', '123456 kept');
  // Metadata.
  eq(TencentVerificationResult.fromInt(0).billed, true, '0 billed');
  eq(AaiLivenessSdkCode.noCameraPermission.platform, CatalogPlatform.ios,
      'NO_CAMERA_PERMISSION platform');
  eq(AaiLivenessSdkCode.actionTimeout.platform, null,
      'ACTION_TIMEOUT platform');
  check(AaiLivenessSdk.open, 'AaiLivenessSdk is open');
  check(BaiduFace.fromInt(222202).solution(CatalogLocale.zh) != null,
      'BaiduFace 222202 solution');
  // Every table decodes through the common interface.
  eq(tableIds.length, 16, 'tables');
  for (final t in tableIds) {
    final v = decode(t, 'definitely-not-a-code');
    if (v == null) {
      check(false, 'no table $t');
      continue;
    }
    eq(<Object?>[v.table, v.isKnown, v.kind, v.actor, v.retryable, v.prompt],
        <Object?>[t, false, Kind.unknown, Actor.developer, false, null],
        '$t unknown');
    check(v.message(CatalogLocale.en).isNotEmpty, '$t unknown message');
    eq(v.message(CatalogLocale.th), Prompt.unknownError.text(CatalogLocale.th),
        '$t unknown message is the unknown prompt');
  }
  eq(decode('no_such_table', '1'), null, 'no such table');
}

/// The same as `one_vocabulary_across_vendors` in tests/generated_rust.rs.
void oneVocabularyAcrossVendors() {
  // Too dark: AAI, AAI's Flutter plugin, Tencent's result code and API
  // error, Baidu.
  final dark = <CatalogCode>[
    AaiLivenessSdkCode.weakLight,
    AaiFlutterAndroidCode.weakLight,
    TencentVerificationResult.fromInt(1201),
    TencentLivenessCompareApi.fromCode('FailedOperation.ActionLightDark'),
  ];
  for (final v in dark) {
    eq(<Object?>[v.isKnown, v.kind, v.prompt, v.actor],
        <Object?>[true, Kind.tooDark, Prompt.lightTooDark, Actor.user],
        'too dark: ${v.table} ${v.code}');
  }
  // Baidu's "poor lighting" does not say which way: a neutral kind and prompt.
  final poor = BaiduFace.fromInt(223115);
  eq(<Object?>[poor.kind, poor.prompt, poor.actor],
      <Object?>[Kind.poorLighting, Prompt.lightPoor, Actor.user],
      'poor lighting: ${poor.table} ${poor.code}');
  // No face: Tencent 2013 in three tables, Baidu 222202, Doubango e_noface.
  final noFace = <CatalogCode>[
    TencentVerificationResult.fromInt(2013),
    TencentLivenessCompareResults.fromInt(2013),
    TencentSelfieVerification.fromInt(2013),
    BaiduFace.fromInt(222202),
    DoubangoLiveness.fromCode('e_noface'),
  ];
  for (final v in noFace) {
    eq(<Object?>[v.isKnown, v.kind], <Object?>[true, Kind.noFace],
        'no face: ${v.table} ${v.code}');
  }
  eq(TencentVerificationResult.fromInt(2013).prompt,
      BaiduFace.fromInt(222202).prompt, 'no face prompt');
  check(BaiduFace.fromInt(222202).prompt != null, 'no face has a prompt');
  // Too close: Tencent 1203 and its API twin ask the user to move away.
  eq(TencentVerificationResult.fromInt(1203).prompt, Prompt.moveAway,
      'too close prompt');
  eq(
      TencentLivenessCompareApi.fromCode('FailedOperation.ActionFaceClose')
          .kind,
      Kind.faceTooClose,
      'too close kind');
  // Multiple faces.
  eq(AaiLivenessSdkCode.multipleFace.kind, AaiFlutterIosCode.mutiFace.kind,
      'multiple faces, AAI and its Flutter plugin');
  eq(AaiLivenessSdkCode.multipleFace.kind,
      TencentVerificationResult.fromInt(2010).kind, 'multiple faces, Tencent');
  eq(AaiLivenessSdkCode.multipleFace.kind, Kind.multipleFaces,
      'multiple faces kind');
  // Success and unknown.
  eq(TencentVerificationResult.fromInt(0).kind, Kind.success, 'success');
  eq(DoubangoLiveness.fromCode('s_genuine').kind, Kind.success, 's_genuine');
  eq(DoubangoLiveness.fromCode('s_genuine').actor, Actor.none,
      's_genuine actor');
  // An app's switch on the kind, the same for every vendor.
  String advice(CatalogCode c) => switch (c.kind) {
        Kind.tooDark => 'light',
        Kind.noFace => 'face',
        _ => 'other',
      };
  eq(dark.map(advice).toSet().toList(), <String>['light'], 'switch on kind');
  eq(noFace.map(advice).toSet().toList(), <String>['face'],
      'switch on kind, no face');
}

/// The same as `every_locale_has_every_text` in tests/generated_rust.rs.
void everyLocaleHasEveryText() {
  for (final t in tableIds) {
    final v = decode(t, 'x')!;
    for (final l in CatalogLocale.all) {
      check(v.message(l).isNotEmpty, '$t x ${l.tag}');
    }
  }
  for (final p in Prompt.all) {
    for (final l in CatalogLocale.all) {
      check(p.text(l).isNotEmpty, '${p.key} ${l.tag}');
    }
    eq(Prompt.fromKey(p.key), p, 'Prompt.fromKey ${p.key}');
  }
  for (final k in Kind.all) {
    eq(Kind.fromId(k.id), k, 'Kind.fromId ${k.id}');
    for (final l in CatalogLocale.all) {
      check(k.label(l).isNotEmpty, '${k.id} ${l.tag}');
    }
  }
  eq(CatalogLocale.all.map((l) => l.tag).toList(),
      <String>['zh', 'zh-Hant', 'en', 'id', 'vi', 'hi', 'th'], 'locales');
  eq(CatalogLocale.fallback, CatalogLocale.en, 'fallback');
  // zh shows an end-user sentence like every locale, not Baidu's own description.
  final zh = BaiduFace.fromInt(222202).message(CatalogLocale.zh);
  check(zh.isNotEmpty && zh != '图片中没有人脸', 'BaiduFace 222202 zh: $zh');
}

/// The same as `locale_negotiation` in tests/generated_rust.rs, and from
/// Flutter's `Locale` (a stand-in for `dart:ui`'s, imported next to the
/// package as an app does).
void localeNegotiation() {
  const cases = <String, CatalogLocale>{
    'zh-Hans-CN': CatalogLocale.zh,
    'zh_TW': CatalogLocale.zhHant,
    'in-ID': CatalogLocale.id,
    'id': CatalogLocale.id,
    'hi-IN': CatalogLocale.hi,
    'th-TH': CatalogLocale.th,
    'th_TH.UTF-8': CatalogLocale.th,
    'vi_VN': CatalogLocale.vi,
    'en-GB': CatalogLocale.en,
    'pt-BR': CatalogLocale.en,
    '': CatalogLocale.en,
  };
  cases.forEach(
      (tag, want) => eq(CatalogLocale.negotiate(tag), want, 'negotiate $tag'));
  const flutter = <Locale, CatalogLocale>{
    Locale('in', 'ID'): CatalogLocale.id,
    Locale('vi'): CatalogLocale.vi,
    Locale('zh', 'CN'): CatalogLocale.zh,
    Locale('pt', 'BR'): CatalogLocale.en,
  };
  flutter.forEach((locale, want) => eq(
      CatalogLocale.negotiate(locale.toLanguageTag()),
      want,
      'Flutter ${locale.toLanguageTag()}'));
  const Locale ui = Locale('th', 'TH');
  eq(AaiLivenessSdkCode.weakLight
          .message(CatalogLocale.negotiate(ui.toLanguageTag())),
      AaiLivenessSdkCode.weakLight.message(CatalogLocale.th),
      'message for a Flutter locale');
  eq(CatalogLocale.negotiatePreferred(<String>['pt-BR', 'in-ID', 'zh']),
      CatalogLocale.id, 'negotiatePreferred');
}

/// The same as `display_and_error` in tests/generated_rust.rs.
void displayAndError() {
  check('${AaiLivenessSdkCode.weakLight}'.startsWith('WEAK_LIGHT: '),
      'toString: ${AaiLivenessSdkCode.weakLight}');
  try {
    throw TencentVerificationResult.fromInt(1201);
  } on CatalogCode catch (e) {
    eq(<Object?>[e.table, e.code, e.kind],
        <Object?>['tencent_verification_result', '1201', Kind.tooDark],
        'thrown');
  }
}

void main(List<String> args) {
  if (args.length != 2) {
    stdout.writeln('usage: catalog_test.dart VECTORS META');
    exitCode = 2;
    return;
  }
  final texts = textVectors(args[0]);
  check(texts > 4000, 'only $texts text vectors');
  final meta = metaVectors(args[1]);
  check(meta > 400, 'only $meta meta vectors');
  knownUnknownAliasPatternAndFlags();
  oneVocabularyAcrossVendors();
  everyLocaleHasEveryText();
  localeNegotiation();
  displayAndError();
  finish();
}
