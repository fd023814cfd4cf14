// Language tags are well-formed and name languages, scripts and regions that exist.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "trainkit/base/language_subtags.h"
#include "trainkit/base/language_tag.h"
#include "trainkit/validate/rules.h"

namespace trainkit::validate {
namespace {

using Kind = Subtag::Kind;

bool IsValid(std::string_view tag) {
  auto subtags = ParseLanguageTag(tag);
  return subtags && std::all_of(subtags->begin(), subtags->end(), [](const Subtag& s) {
           return StatusOf(s.kind, s.text) == SubtagStatus::kValid;
         });
}

// "; did you mean 'sr-Cyrl' for Serbian (Cyrillic)?" when `tag` is valid, else "".
std::string DidYouMeanTag(const std::string& tag) {
  if (!IsValid(tag)) return {};
  std::string name = LanguageTagName(tag);
  return fmt::format("; did you mean '{}'{}?", tag, name.empty() ? "" : " for " + name);
}

// The tag `subtags` make, with subtag `index` replaced by `replacement`.
std::string Replaced(const std::vector<Subtag>& subtags, size_t index, std::string_view replacement) {
  std::string tag;
  for (size_t i = 0; i < subtags.size(); ++i) {
    if (i > 0) tag += '-';
    tag += i == index ? replacement : subtags[i].text;
  }
  return tag;
}

std::string_view KindName(Kind kind) {
  switch (kind) {
    case Kind::kLanguage: return "language";
    case Kind::kExtlang: return "extended language";
    case Kind::kScript: return "script";
    case Kind::kRegion: return "region";
    default: return "subtag";  // a variant, most often a script or country written out
  }
}

// What the writer of unknown subtag `index` may have meant, as the end of a message.
std::string HintFor(const std::vector<Subtag>& subtags, size_t index) {
  const Subtag& bad = subtags[index];
  // ICU's aliases: a three-letter code where BCP 47 takes two ("ukr"), a region by number.
  if (auto alias = AliasOf(bad.kind, bad.text)) {
    std::string replacement = alias->substr(0, alias->find(' '));
    std::replace(replacement.begin(), replacement.end(), '_', '-');
    if (std::string hint = DidYouMeanTag(Replaced(subtags, index, replacement)); !hint.empty()) return hint;
  }
  // A country code where the language belongs: "rs" is Serbia, whose language is "sr".
  if (bad.kind == Kind::kLanguage && StatusOf(Kind::kRegion, bad.text) == SubtagStatus::kValid) {
    std::string region(bad.text);
    std::transform(region.begin(), region.end(), region.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    auto language = LikelyLanguageOf(region);
    if (language && !SubtagName(Kind::kRegion, region).empty()) {
      return fmt::format(": {} is the region code of {}{}", region, SubtagName(Kind::kRegion, region),
                         DidYouMeanTag(Replaced(subtags, index, *language)));
    }
  }
  // A name where the code belongs: "Cyrillic", "Serbian", "Moldova".
  for (Kind kind : {Kind::kScript, Kind::kLanguage, Kind::kRegion}) {
    auto code = SubtagNamed(kind, bad.text);
    if (!code) continue;
    if (std::string hint = DidYouMeanTag(Replaced(subtags, index, *code)); !hint.empty()) return hint;
    return fmt::format("; the {} subtag for {} is '{}'", KindName(kind), SubtagName(kind, *code), *code);
  }
  return {};
}

}  // namespace

void CheckLanguage(const std::string& tag, const SourceLocation& location, Diagnostics& diagnostics) {
  if (tag.empty()) return;
  auto subtags = ParseLanguageTag(tag);
  if (!subtags) {
    // POSIX and Java write locales with underscores ("sr_Cyrl", "uk_UA"); a whole name may
    // stand for the code ("Ukrainian").
    std::string hyphenated = tag;
    std::replace(hyphenated.begin(), hyphenated.end(), '_', '-');
    std::string hint = hyphenated != tag ? DidYouMeanTag(hyphenated) : "";
    auto named = SubtagNamed(Kind::kLanguage, tag);
    if (hint.empty() && named) hint = DidYouMeanTag(*named);
    diagnostics.Report(Code::E132, location,
                       hint.empty() ? fmt::format("malformed language tag '{}': use a BCP 47 tag such as "
                                                  "'uk', 'ro-MD' or 'sr-Latn'",
                                                  tag)
                                    : fmt::format("malformed language tag '{}': {}{}", tag,
                                                  hyphenated != tag ? "subtags are joined by hyphens"
                                                                    : "use the language's code",
                                                  hint));
    return;
  }
  bool unknown = false;
  for (size_t i = 0; i < subtags->size(); ++i) {
    const Subtag& subtag = (*subtags)[i];
    if (StatusOf(subtag.kind, subtag.text) != SubtagStatus::kUnknown) continue;
    unknown = true;
    diagnostics.Report(Code::E190, location,
                       fmt::format("unknown {} '{}' in language tag '{}'{}", KindName(subtag.kind),
                                   subtag.text, tag, HintFor(*subtags, i)));
  }
  if (unknown) return;
  auto outdated = std::find_if(subtags->begin(), subtags->end(), [](const Subtag& s) {
    return StatusOf(s.kind, s.text) != SubtagStatus::kValid;
  });
  if (outdated == subtags->end()) return;
  bool legacy = StatusOf(outdated->kind, outdated->text) == SubtagStatus::kLegacy;
  // ICU names a deprecated code by what replaced it ("mo" is "Romanian"), so only a legacy
  // one is named here ("sh" is "Serbo-Croatian").
  std::string name = legacy ? SubtagName(outdated->kind, outdated->text) : "";
  std::string message = fmt::format("{} {} '{}'{} in language tag '{}'", legacy ? "legacy" : "deprecated",
                                    KindName(outdated->kind), outdated->text,
                                    name.empty() ? "" : " (" + name + ")", tag);
  std::string canonical = CanonicalLanguageTag(tag);
  if (IsValid(canonical)) {
    message += legacy ? fmt::format(": CLDR reads it as '{}', {}; write that tag, or the one of the language "
                                    "the text is in",
                                    canonical, LanguageTagName(canonical))
                      : fmt::format("; write '{}' for {}", canonical, LanguageTagName(canonical));
  }
  diagnostics.Report(Code::W191, location, message);
}

}  // namespace trainkit::validate
