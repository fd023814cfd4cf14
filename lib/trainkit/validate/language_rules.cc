// Language tags are well-formed and name languages, scripts and regions that exist, and the
// text a tag labels is written in the tag's script.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "trainkit/base/language_subtags.h"
#include "trainkit/base/language_tag.h"
#include "trainkit/base/text_script.h"
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

// The tag `subtags` make.
std::string Joined(const std::vector<Subtag>& subtags) {
  std::string tag;
  for (const Subtag& subtag : subtags) tag += (tag.empty() ? "" : "-") + std::string(subtag.text);
  return tag;
}

// The tag `subtags` make, with subtag `index` replaced by `replacement`.
std::string Replaced(std::vector<Subtag> subtags, size_t index, std::string_view replacement) {
  subtags[index].text = replacement;
  return Joined(subtags);
}

// The tag `subtags` make, written in `script` instead of its own or its language's.
std::string WithScript(std::vector<Subtag> subtags, std::string_view script) {
  auto own = std::find_if(subtags.begin(), subtags.end(), [](const Subtag& s) { return s.kind == Kind::kScript; });
  if (own != subtags.end()) {
    own->text = script;
  } else {
    auto after = std::find_if(subtags.begin(), subtags.end(), [](const Subtag& s) {
      return s.kind != Kind::kLanguage && s.kind != Kind::kExtlang;
    });
    subtags.insert(after, Subtag{Kind::kScript, script});
  }
  return Joined(subtags);
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

void CheckTextScript(const std::string& tag, const SourceLocation& location,
                     const std::function<void(const ContentVisitor&)>& visit, Diagnostics& diagnostics) {
  auto subtags = ParseLanguageTag(tag);
  bool known = subtags && std::none_of(subtags->begin(), subtags->end(), [](const Subtag& s) {
                 return StatusOf(s.kind, s.text) == SubtagStatus::kUnknown;
               });
  std::string expected = known ? ScriptOf(tag) : "";
  if (expected.empty()) return;

  std::map<std::string, int> letters;  // by script
  std::map<std::string, SourceLocation> first;
  auto count = [&](std::string_view text, const SourceLocation& where) {
    for (const auto& [script, n] : CountScripts(text)) {
      letters[script] += n;
      first.emplace(script, where);
    }
  };
  ContentVisitor visitor;
  visitor.text = [&](const model::Text& text, const SourceLocation& where) { count(text.text, where); };
  visitor.image = [&](const model::Image& image, const SourceLocation& where) { count(image.alt, where); };
  visit(visitor);
  if (letters.empty()) return;
  // Ties go to the first script by code, so the report does not depend on the order of text.
  auto found = std::max_element(letters.begin(), letters.end(),
                                [](const auto& a, const auto& b) { return a.second < b.second; });
  if (ScriptFits(found->first, expected)) return;

  int total = 0;
  for (const auto& entry : letters) total += entry.second;
  auto language = std::find_if(subtags->begin(), subtags->end(),
                               [](const Subtag& s) { return s.kind == Kind::kLanguage; });
  std::string language_name = language == subtags->end() ? "" : SubtagName(Kind::kLanguage, language->text);
  std::string found_name = SubtagName(Kind::kScript, found->first);
  std::string retagged = WithScript(*subtags, found->first);
  std::string advice = language_name.empty() || !IsValid(retagged)
                           ? std::string()
                           : fmt::format("; if the text is {}, write '{}'", language_name, retagged);
  diagnostics
      .Report(Code::W192, location,
              fmt::format("this file's text is mostly in {} script ({} of {} letters), but its language tag "
                          "'{}' means {} in {} script{}",
                          found_name, found->second, total, tag, language_name.empty() ? tag : language_name,
                          SubtagName(Kind::kScript, expected), advice))
      .notes.push_back({first[found->first], fmt::format("the first text in {} script", found_name)});
}

}  // namespace trainkit::validate
