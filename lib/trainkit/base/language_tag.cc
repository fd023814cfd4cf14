#include "trainkit/base/language_tag.h"

#include <algorithm>
#include <cctype>

namespace trainkit {
namespace {

std::vector<std::string_view> Split(std::string_view tag) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t dash = tag.find('-', start);
    parts.push_back(tag.substr(start, dash == std::string_view::npos ? dash : dash - start));
    if (dash == std::string_view::npos) return parts;
    start = dash + 1;
  }
}

bool All(std::string_view s, int (*pred)(int)) {
  return std::all_of(s.begin(), s.end(), [pred](char c) { return pred(static_cast<unsigned char>(c)); });
}
bool Alpha(std::string_view s, size_t min, size_t max) {
  return s.size() >= min && s.size() <= max && All(s, std::isalpha);
}
bool Digits(std::string_view s, size_t n) { return s.size() == n && All(s, std::isdigit); }
bool Alnum(std::string_view s, size_t min, size_t max) {
  return s.size() >= min && s.size() <= max && All(s, std::isalnum);
}
bool PrivateUseSingleton(std::string_view s) { return s == "x" || s == "X"; }

}  // namespace

std::optional<std::vector<Subtag>> ParseLanguageTag(std::string_view tag) {
  using Kind = Subtag::Kind;
  if (tag.empty() || tag.size() > 64) return std::nullopt;
  std::vector<std::string_view> parts = Split(tag);
  std::vector<Subtag> subtags;
  size_t i = 0;
  auto at = [&](size_t k) { return k < parts.size() ? parts[k] : std::string_view(); };
  auto take = [&](Kind kind) { subtags.push_back({kind, parts[i++]}); };

  if (Alpha(at(i), 2, 3)) {
    take(Kind::kLanguage);
    for (int extlangs = 0; extlangs < 3 && Alpha(at(i), 3, 3); ++extlangs) take(Kind::kExtlang);
  } else if (Alpha(at(i), 4, 8)) {
    take(Kind::kLanguage);
  } else if (!PrivateUseSingleton(at(i))) {
    return std::nullopt;
  }
  if (!subtags.empty()) {
    if (Alpha(at(i), 4, 4)) take(Kind::kScript);
    if (Alpha(at(i), 2, 2) || Digits(at(i), 3)) take(Kind::kRegion);
    while (Alnum(at(i), 5, 8) ||
           (at(i).size() == 4 && std::isdigit(static_cast<unsigned char>(at(i)[0])) && Alnum(at(i), 4, 4))) {
      take(Kind::kVariant);
    }
    while (i < parts.size() && parts[i].size() == 1 && !PrivateUseSingleton(parts[i]) && Alnum(parts[i], 1, 1)) {
      take(Kind::kExtension);
      if (!Alnum(at(i), 2, 8)) return std::nullopt;
      while (Alnum(at(i), 2, 8)) take(Kind::kExtension);
    }
  }
  if (i < parts.size() && PrivateUseSingleton(parts[i])) {
    take(Kind::kPrivateUse);
    if (!Alnum(at(i), 1, 8)) return std::nullopt;
    while (Alnum(at(i), 1, 8)) take(Kind::kPrivateUse);
  }
  if (i != parts.size()) return std::nullopt;
  return subtags;
}

bool IsWellFormedLanguageTag(std::string_view tag) { return ParseLanguageTag(tag).has_value(); }

LanguageAndRegion SplitRegion(std::string_view tag) {
  auto subtags = ParseLanguageTag(tag);
  if (!subtags) return {std::string(tag), ""};
  LanguageAndRegion split;
  for (const Subtag& subtag : *subtags) {
    if (subtag.kind == Subtag::Kind::kRegion) {
      split.region = std::string(subtag.text);
    } else {
      split.language += (split.language.empty() ? "" : "-") + std::string(subtag.text);
    }
  }
  return split;
}

}  // namespace trainkit
