// Stands in for `dart:ui` (which exists only inside Flutter) in
// catalog_test.dart: a Flutter app imports `Locale` from it next to
// errgen_codes, so the package must not declare a `Locale` of its own (the
// two imports would make `Locale` ambiguous, a compile error).

/// The part of `dart:ui`'s `Locale` the test uses.
class Locale {
  /// A locale from its language and, optionally, country code.
  const Locale(this.languageCode, [this.countryCode]);

  /// The language subtag, e.g. `in` (Android's legacy code for Indonesian).
  final String languageCode;

  /// The region subtag, e.g. `ID`.
  final String? countryCode;

  /// The BCP 47 tag, as Flutter's `Locale.toLanguageTag` writes it.
  String toLanguageTag() =>
      countryCode == null ? languageCode : '$languageCode-$countryCode';
}
