#include "trainkit/base/language_subtags.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/ures.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <vector>

namespace trainkit {
namespace {

using Kind = Subtag::Kind;

struct BundleCloser {
  void operator()(UResourceBundle* bundle) const { ures_close(bundle); }
};
using Bundle = std::unique_ptr<UResourceBundle, BundleCloser>;

Bundle Child(const UResourceBundle* parent, const char* key) {
  UErrorCode status = U_ZERO_ERROR;
  Bundle child(ures_getByKey(parent, key, nullptr, &status));
  return U_SUCCESS(status) ? std::move(child) : nullptr;
}

std::string Utf8(const UResourceBundle* string_resource) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  const UChar* text = ures_getString(string_resource, &length, &status);
  if (U_FAILURE(status)) return {};
  std::string out;
  icu::UnicodeString(text, length).toUTF8String(out);
  return out;
}

// The strings of a resource that is one string or an array of them.
std::vector<std::string> Strings(const UResourceBundle* resource) {
  if (ures_getType(resource) == URES_STRING) return {Utf8(resource)};
  std::vector<std::string> strings;
  for (int32_t i = 0; i < ures_getSize(resource); ++i) {
    UErrorCode status = U_ZERO_ERROR;
    Bundle item(ures_getByIndex(resource, i, nullptr, &status));
    if (U_SUCCESS(status)) strings.push_back(Utf8(item.get()));
  }
  return strings;
}

// CLDR writes runs of codes as "aaa~i": aaa, aab, ... aai.
struct Range {
  std::string first, last;
  bool Holds(const std::string& code) const {
    return code.size() == first.size() && first <= code && code <= last;
  }
};

Range RangeOf(const std::string& entry) {
  size_t tilde = entry.find('~');
  if (tilde == std::string::npos) return {entry, entry};
  std::string first = entry.substr(0, tilde), tail = entry.substr(tilde + 1);
  return {first, first.substr(0, first.size() - std::min(first.size(), tail.size())) + tail};
}

struct Alias {
  std::string replacement;  // "sr_Latn", or "RS ME" for a choice
  std::string reason;       // "deprecated", "legacy", "macrolanguage", "overlong", ...
};
// One kind of subtag as ICU's copy of CLDR's validity data (supplementalData/idValidity)
// and alias data (metadata/alias) lists it; read once, then kept as plain values.
struct Registry {
  std::vector<Range> valid, deprecated;
  std::map<std::string, Alias> aliases;
};

Registry Load(const char* validity_key, const char* alias_key) {
  Registry registry;
  UErrorCode status = U_ZERO_ERROR;
  Bundle supplemental(ures_openDirect(nullptr, "supplementalData", &status));
  Bundle validity = U_SUCCESS(status) ? Child(supplemental.get(), "idValidity") : nullptr;
  Bundle kind = validity ? Child(validity.get(), validity_key) : nullptr;
  for (int32_t i = 0; kind && i < ures_getSize(kind.get()); ++i) {
    UErrorCode item_status = U_ZERO_ERROR;
    Bundle category(ures_getByIndex(kind.get(), i, nullptr, &item_status));
    if (U_FAILURE(item_status)) continue;
    // Besides "regular", the special, reserved, private-use and unknown codes ("und", "Zzzz",
    // "ZZ", "qaa"-"qtz") are valid subtags too.
    auto& ranges = std::string_view(ures_getKey(category.get())) == "deprecated" ? registry.deprecated
                                                                                 : registry.valid;
    for (const std::string& entry : Strings(category.get())) ranges.push_back(RangeOf(entry));
  }
  status = U_ZERO_ERROR;
  Bundle metadata(ures_openDirect(nullptr, "metadata", &status));
  Bundle alias = U_SUCCESS(status) ? Child(metadata.get(), "alias") : nullptr;
  Bundle of_kind = alias ? Child(alias.get(), alias_key) : nullptr;
  for (int32_t i = 0; of_kind && i < ures_getSize(of_kind.get()); ++i) {
    UErrorCode item_status = U_ZERO_ERROR;
    Bundle entry(ures_getByIndex(of_kind.get(), i, nullptr, &item_status));
    Bundle replacement = U_SUCCESS(item_status) ? Child(entry.get(), "replacement") : nullptr;
    Bundle reason = U_SUCCESS(item_status) ? Child(entry.get(), "reason") : nullptr;
    if (replacement && reason) {
      registry.aliases[ures_getKey(entry.get())] = {Utf8(replacement.get()), Utf8(reason.get())};
    }
  }
  return registry;
}

const Registry& RegistryOf(Kind kind) {
  static const Registry languages = Load("language", "language");
  static const Registry scripts = Load("script", "script");
  static const Registry regions = Load("region", "territory");
  static const Registry variants = Load("variant", "variant");
  switch (kind) {
    case Kind::kScript: return scripts;
    case Kind::kRegion: return regions;
    case Kind::kVariant: return variants;
    default: return languages;
  }
}

// The case CLDR writes each kind in: "sr", "Latn", "RS", "1901".
std::string InRegistryCase(Kind kind, std::string_view text) {
  std::string out(text);
  for (size_t i = 0; i < out.size(); ++i) {
    auto c = static_cast<unsigned char>(out[i]);
    bool upper = kind == Kind::kRegion || (kind == Kind::kScript && i == 0);
    out[i] = static_cast<char>(upper ? std::toupper(c) : std::tolower(c));
  }
  return out;
}

std::string Display(int32_t (*display)(const char*, const char*, UChar*, int32_t, UErrorCode*),
                    const std::string& locale) {
  UChar buffer[256];
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = display(locale.c_str(), "en", buffer, 256, &status);
  // ICU falls back to the code itself for what it cannot name.
  if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING) return {};
  std::string out;
  icu::UnicodeString(buffer, length).toUTF8String(out);
  return out;
}

std::string Normalized(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c != ' ' && c != '_' && c != '-') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

// English name → code for the codes ICU lists (`uloc_getISOLanguages`, `uloc_getISOCountries`).
std::map<std::string, std::string> NameIndex(const char* const* codes, Kind kind) {
  std::map<std::string, std::string> index;
  for (; *codes; ++codes) {
    std::string name = SubtagName(kind, *codes);
    if (name.empty() || StatusOf(kind, *codes) != SubtagStatus::kValid) continue;
    auto [it, inserted] = index.emplace(Normalized(name), *codes);
    if (!inserted && std::string_view(*codes).size() < it->second.size()) it->second = *codes;
  }
  return index;
}

icu::Locale LocaleOf(std::string_view tag) {
  UErrorCode status = U_ZERO_ERROR;
  icu::StringPiece piece(tag.data(), static_cast<int32_t>(tag.size()));
  icu::Locale locale = icu::Locale::forLanguageTag(piece, status);
  return U_SUCCESS(status) ? locale : icu::Locale::getRoot();
}

}  // namespace

SubtagStatus StatusOf(Kind kind, std::string_view text) {
  if (kind == Kind::kExtension || kind == Kind::kPrivateUse) return SubtagStatus::kValid;
  const Registry& registry = RegistryOf(kind);
  std::string code = InRegistryCase(kind, text);
  auto holds = [&](const std::vector<Range>& ranges) {
    return std::any_of(ranges.begin(), ranges.end(), [&](const Range& r) { return r.Holds(code); });
  };
  if (holds(registry.valid)) return SubtagStatus::kValid;
  if (!holds(registry.deprecated)) return SubtagStatus::kUnknown;
  // CLDR also lists as deprecated what it merely writes another way: an individual language
  // of a macrolanguage ("cmn" for "zh"), a code with a shorter form. The IANA registry keeps
  // those valid. Its "legacy" codes ("sh", "tl", "cnr") are valid there too, but CLDR, and
  // software built on it, reads them as another tag ("sr-Latn", "fil", "sr-ME").
  auto alias = registry.aliases.find(code);
  std::string reason = alias == registry.aliases.end() ? "deprecated" : alias->second.reason;
  if (reason == "legacy") return SubtagStatus::kLegacy;
  if (reason == "deprecated") return SubtagStatus::kDeprecated;
  return SubtagStatus::kValid;
}

std::optional<std::string> AliasOf(Kind kind, std::string_view text) {
  if (kind == Kind::kExtension || kind == Kind::kPrivateUse) return std::nullopt;
  const Registry& registry = RegistryOf(kind);
  auto it = registry.aliases.find(InRegistryCase(kind, text));
  if (it == registry.aliases.end()) return std::nullopt;
  return it->second.replacement;
}

std::string CanonicalLanguageTag(std::string_view tag) {
  icu::Locale locale = LocaleOf(tag);
  if (locale.isBogus() || std::string_view(locale.getName()).empty()) return {};
  UErrorCode status = U_ZERO_ERROR;
  locale.canonicalize(status);
  std::string canonical = locale.toLanguageTag<std::string>(status);
  return U_SUCCESS(status) ? canonical : std::string();
}

std::string SubtagName(Kind kind, std::string_view text) {
  std::string code(text);
  switch (kind) {
    case Kind::kLanguage:
    case Kind::kExtlang:
      return Display(uloc_getDisplayLanguage, InRegistryCase(kind, code));
    case Kind::kScript:
      return Display(uloc_getDisplayScript, "und_" + InRegistryCase(kind, code));
    case Kind::kRegion:
      return Display(uloc_getDisplayCountry, "und_" + InRegistryCase(kind, code));
    default:
      return {};
  }
}

std::string LanguageTagName(std::string_view tag) {
  icu::Locale locale = LocaleOf(tag);
  icu::UnicodeString name;
  locale.getDisplayName(icu::Locale::getEnglish(), name);
  std::string out;
  name.toUTF8String(out);
  return out;
}

std::optional<std::string> SubtagNamed(Kind kind, std::string_view name) {
  std::string key = Normalized(name);
  if (kind == Kind::kScript) {
    // Unicode's script names ("Cyrillic", "Old_Italic"), which ICU matches loosely.
    int32_t code = u_getPropertyValueEnum(UCHAR_SCRIPT, std::string(name).c_str());
    if (code == UCHAR_INVALID_CODE) return std::nullopt;
    return std::string(uscript_getShortName(static_cast<UScriptCode>(code)));
  }
  if (kind != Kind::kLanguage && kind != Kind::kRegion) return std::nullopt;
  static const auto languages = NameIndex(uloc_getISOLanguages(), Kind::kLanguage);
  static const auto regions = NameIndex(uloc_getISOCountries(), Kind::kRegion);
  const auto& index = kind == Kind::kRegion ? regions : languages;
  auto it = index.find(key);
  if (it == index.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> LikelyLanguageOf(std::string_view region) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale("und", InRegistryCase(Kind::kRegion, region).c_str());
  locale.addLikelySubtags(status);
  std::string language = locale.getLanguage();
  if (U_FAILURE(status) || language.empty() || language == "und") return std::nullopt;
  return language;
}

std::string ScriptOf(std::string_view tag) {
  icu::Locale locale = LocaleOf(tag);
  if (*locale.getScript()) return locale.getScript();
  UErrorCode status = U_ZERO_ERROR;
  locale.canonicalize(status);  // "sh" becomes "sr-Latn"
  if (*locale.getScript()) return locale.getScript();
  std::string language = locale.getLanguage();
  locale.addLikelySubtags(status);
  // For a language CLDR does not know, likely subtags fill in another language's script.
  if (U_FAILURE(status) || language.empty() || language != locale.getLanguage()) return {};
  return locale.getScript();
}

}  // namespace trainkit
