// {{ p.header }}

/// The locales the catalog has texts for, and locale negotiation.
library;

import 'catalog_code.dart' show trimWhiteSpace;

/// A locale the catalog has texts for. (Named so that it never clashes with
/// `dart:ui`'s `Locale` in a Flutter app.)
enum CatalogLocale {
{%- for l in p.locales %}
  /// `{{ l.tag }}`
  {{ l.name }}({{ l.tag_lit }}){% if loop.last %};{% else %},{% endif %}
{%- if !loop.last %}
{% endif %}
{%- endfor %}

  const CatalogLocale(this.tag);

  /// The language tag, e.g. `'zh'`.
  final String tag;

  /// Every locale, in catalog order.
  static const List<CatalogLocale> all = values;

  /// The locale a missing text falls back to.
  static const CatalogLocale fallback = CatalogLocale.{{ p.fallback_name }};

  /// The supported locale a BCP 47 tag or platform locale string names
  /// (`'zh-Hans-CN'`, `'zh_TW'`, `'in-ID'`, `'th_TH.UTF-8'`), by its language
  /// subtag, case-insensitively; null if unsupported.
  static CatalogLocale? fromTag(String tag) {
    final lang = _languageSubtag(tag);
    for (final l in values) {
      if (_asciiLower(l.tag) == lang) {
        return l;
      }
    }
    return null;
  }

  /// Like [fromTag], but an unsupported tag gives [fallback].
  static CatalogLocale negotiate(String tag) => fromTag(tag) ?? fallback;

  /// The first supported locale among the user's preferred [tags], else
  /// [fallback].
  static CatalogLocale negotiatePreferred(Iterable<String> tags) {
    for (final tag in tags) {
      final l = fromTag(tag);
      if (l != null) {
        return l;
      }
    }
    return fallback;
  }
}

/// The language subtag of a locale string, lower-cased, with legacy codes
/// mapped to current ones (`in` -> `id`, `iw` -> `he`, `ji` -> `yi`).
String _languageSubtag(String tag) {
  final t = trimWhiteSpace(tag);
  var end = 0;
  while (end < t.length && !'-_.@'.contains(t[end])) {
    end++;
  }
  final lang = _asciiLower(t.substring(0, end));
  switch (lang) {
    case 'in':
      return 'id';
    case 'iw':
      return 'he';
    case 'ji':
      return 'yi';
  }
  return lang;
}

/// [s] with ASCII letters lower-cased and everything else as it is.
String _asciiLower(String s) => String.fromCharCodes(
      s.codeUnits.map((c) => c >= 0x41 && c <= 0x5a ? c + 0x20 : c),
    );
