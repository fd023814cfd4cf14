#include "trainkit/translation/xliff.h"

#include <fmt/format.h>

#include <map>
#include <memory>
#include <set>

#include "trainkit/base/language_tag.h"
#include "trainkit/base/overloaded.h"
#include "trainkit/render/plain_text.h"
#include "trainkit/render/xml_writer.h"
#include "trainkit/translation/markup_check.h"
#include "trainkit/xml/document.h"

namespace trainkit::translation {
namespace {

// ----- Inline markup as XLIFF inline elements -----

// The source's markup elements, numbered 1, 2, … in document order: a target's <g id="n"> or
// <x id="n"/> means element n.
class MarkupIds {
 public:
  explicit MarkupIds(const model::Inlines& source) { Number(source); }

  const model::Inline* Find(const std::string& id) const {
    auto found = by_id_.find(id);
    return found == by_id_.end() ? nullptr : found->second;
  }
  // The id for a target's element: the source element of the same kind (and fact or link
  // target) with the same rank, else the first of that kind, else none ("").
  std::string IdFor(const model::Inline& element, std::map<std::string, int>& ranks) const {
    std::string signature = Signature(element);
    auto found = by_signature_.find(signature);
    if (found == by_signature_.end()) return "";
    int rank = ranks[signature]++;
    return found->second[std::min<size_t>(static_cast<size_t>(rank), found->second.size() - 1)];
  }
  std::string IdOf(const model::Inline& element) const { return ids_.at(&element); }

  static std::string Signature(const model::Inline& element) {
    return std::visit(Overloaded{
                          [](const model::Text&) { return std::string(); },
                          [](const model::Emphasis&) { return std::string("em"); },
                          [](const model::Strong&) { return std::string("strong"); },
                          [](const model::Link& l) { return "link " + l.href; },
                          [](const model::FactRef& f) { return "fact " + f.key.id; },
                      },
                      element.value);
  }

 private:
  void Number(const model::Inlines& text) {
    for (const auto& element : text) {
      if (std::holds_alternative<model::Text>(element.value)) continue;
      std::string id = std::to_string(by_id_.size() + 1);
      by_id_[id] = &element;
      ids_[&element] = id;
      by_signature_[Signature(element)].push_back(id);
      std::visit(Overloaded{
                     [&](const model::Emphasis& e) { Number(e.children); },
                     [&](const model::Strong& s) { Number(s.children); },
                     [&](const model::Link& l) { Number(l.children); },
                     [](const auto&) {},
                 },
                 element.value);
    }
  }

  std::map<std::string, const model::Inline*> by_id_;
  std::map<const model::Inline*, std::string> ids_;
  std::map<std::string, std::vector<std::string>> by_signature_;
};

// Writes `text` with XLIFF inline elements. For the source, ids come from the element itself;
// for a target, from the source element it corresponds to.
void WriteXliffInlines(render::XmlWriter& xml, const model::Inlines& text, const MarkupIds& ids, bool is_source,
                       std::map<std::string, int>& ranks) {
  for (const auto& element : text) {
    std::string id;
    if (!std::holds_alternative<model::Text>(element.value)) {
      id = is_source ? ids.IdOf(element) : ids.IdFor(element, ranks);
    }
    std::visit(Overloaded{
                   [&](const model::Text& t) { xml.Text(t.text); },
                   [&](const model::Emphasis& e) {
                     xml.Start("g", {{"id", id}, {"ctype", "italic"}});
                     WriteXliffInlines(xml, e.children, ids, is_source, ranks);
                     xml.End();
                   },
                   [&](const model::Strong& s) {
                     xml.Start("g", {{"id", id}, {"ctype", "bold"}});
                     WriteXliffInlines(xml, s.children, ids, is_source, ranks);
                     xml.End();
                   },
                   [&](const model::Link& l) {
                     xml.Start("g", {{"id", id}, {"ctype", "link"}});
                     WriteXliffInlines(xml, l.children, ids, is_source, ranks);
                     xml.End();
                   },
                   [&](const model::FactRef& f) {
                     xml.Empty("x", {{"id", id}, {"ctype", "x-fact"}, {"equiv-text", "{" + f.key.id + "}"}});
                   },
               },
               element.value);
  }
}

// ----- Where a unit appears, for the translator -----

std::map<std::string, std::string> TitlesById(const model::Curriculum& curriculum) {
  std::map<std::string, std::string> titles;
  for (const auto& module : curriculum.modules) {
    titles[module.id] = render::PlainText(module.title);
    for (const auto& part : module.parts) {
      if (const auto* s = std::get_if<model::Section>(&part)) titles[s->id] = render::PlainText(s->title);
      if (const auto* a = std::get_if<model::Activity>(&part)) titles[a->id] = render::PlainText(a->title);
    }
    for (const auto& h : module.handouts) titles[h.id] = render::PlainText(h.title);
  }
  for (const auto& track : curriculum.tracks) titles[track.id] = render::PlainText(track.title);
  return titles;
}

std::string Place(const TranslationUnit& unit, const std::map<std::string, std::string>& titles) {
  auto named = [&](const std::string& id) {
    auto title = titles.find(id);
    return title == titles.end() || title->second.empty() ? "'" + id + "'" : fmt::format("'{}' ({})", id, title->second);
  };
  std::string field = unit.key.substr(unit.owner.size() + 1);
  std::string where;
  if (!unit.module.empty() && unit.module != unit.owner) where = "module " + named(unit.module) + ", ";
  where += named(unit.owner) + ": " + field;
  return fmt::format("{}. Read by {}{}.", where, ReadersName(unit.readers),
                     unit.plain ? "; alternative text of an image, plain text only" : "");
}

// ----- Reading targets back -----

class TargetReader {
 public:
  TargetReader(const std::string& key, const MarkupIds& ids, Diagnostics& diagnostics)
      : key_(key), ids_(ids), diagnostics_(diagnostics) {}

  model::Inlines Read(const xml::Node& node) {
    model::Inlines out;
    Into(node, out);
    return out;
  }

 private:
  void Into(const xml::Node& node, model::Inlines& out) {
    for (const xml::Node& child : node.children) {
      if (!child.is_element()) {
        AppendText(child.text, child.location, out);
        continue;
      }
      bool xliff = child.ns == kXliffNamespace;
      if (xliff && child.name == "mrk") {  // segment and term marks that CAT tools add
        Into(child, out);
        continue;
      }
      const xml::Attribute* id = child.FindAttribute("id");
      const model::Inline* source = id ? ids_.Find(id->value) : nullptr;
      if (!xliff || (child.name != "g" && child.name != "x") || !source) {
        Report(child, xliff && (child.name == "g" || child.name == "x")
                          ? fmt::format("<{} id=\"{}\"> matches no markup of the source", child.name,
                                        id ? id->value : "")
                          : fmt::format("<{}> is not markup trainkit knows; keep the source's <g> and <x/> "
                                        "elements and type text around them",
                                        child.name));
        continue;
      }
      bool is_fact = std::holds_alternative<model::FactRef>(source->value);
      if (is_fact != (child.name == "x")) {
        Report(child, fmt::format("<{} id=\"{}\"> stands for {} in the source; write it as <{}>", child.name,
                                  id->value, is_fact ? "a fact reference" : "marked-up text", is_fact ? "x/" : "g"));
        continue;
      }
      model::Inline element{source->value, child.location};
      std::visit(Overloaded{
                     [&](model::Emphasis& e) { e.children = Read(child); },
                     [&](model::Strong& s) { s.children = Read(child); },
                     [&](model::Link& l) { l.children = Read(child); },
                     [](auto&) {},
                 },
                 element.value);
      out.push_back(std::move(element));
    }
  }

  // White space collapsed as the curriculum reader does.
  static void AppendText(const std::string& text, const SourceLocation& at, model::Inlines& out) {
    std::string collapsed;
    bool space = false;
    for (char c : text) {
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        space = true;
        continue;
      }
      if (space) collapsed += ' ';
      space = false;
      collapsed += c;
    }
    if (space) collapsed += ' ';
    if (!collapsed.empty()) out.push_back({model::Text{collapsed}, at});
  }

  void Report(const xml::Node& node, const std::string& problem) {
    diagnostics_.Report(Code::E167, node.location, fmt::format("the target of unit '{}': {}", key_, problem));
  }

  const std::string& key_;
  const MarkupIds& ids_;
  Diagnostics& diagnostics_;
};

void TrimEnds(model::Inlines& text) {
  if (text.empty()) return;
  if (auto* first = std::get_if<model::Text>(&text.front().value)) {
    first->text.erase(0, first->text.find_first_not_of(' '));
  }
  if (auto* last = std::get_if<model::Text>(&text.back().value)) {
    last->text.erase(last->text.find_last_not_of(' ') + 1);
  }
  if (auto* first = std::get_if<model::Text>(&text.front().value); first && first->text.empty()) {
    text.erase(text.begin());
  }
  if (text.empty()) return;
  if (auto* last = std::get_if<model::Text>(&text.back().value); last && last->text.empty()) text.pop_back();
}

const xml::Node* Child(const xml::Node& node, std::string_view name) {
  for (const auto& child : node.children) {
    if (child.is_element() && child.ns == kXliffNamespace && child.name == name) return &child;
  }
  return nullptr;
}

std::string AttributeOr(const xml::Node& node, std::string_view name, std::string fallback = "") {
  const xml::Attribute* attribute = node.FindAttribute(name);
  return attribute ? attribute->value : fallback;
}

// The source hash the export recorded in the unit's context group.
std::string ExportedSourceHash(const xml::Node& unit) {
  for (const auto& group : unit.children) {
    if (!group.is_element() || group.name != "context-group") continue;
    for (const auto& context : group.children) {
      if (context.is_element() && context.name == "context" && AttributeOr(context, "context-type") == "x-source-hash") {
        std::string text;
        for (const auto& t : context.children) text += t.text;
        return text;
      }
    }
  }
  return "";
}

void ForEachTransUnit(const xml::Node& node, const std::function<void(const xml::Node&)>& visit) {
  for (const auto& child : node.children) {
    if (!child.is_element() || child.ns != kXliffNamespace) continue;
    if (child.name == "trans-unit") visit(child);
    if (child.name == "group") ForEachTransUnit(child, visit);
  }
}

}  // namespace

std::string ExportXliff(const model::Curriculum& curriculum, const LanguageStatus& status,
                        const XliffExportOptions& options) {
  auto titles = TitlesById(curriculum);
  render::XmlWriter xml;
  xml.Start("xliff", {{"version", "1.2"}, {"xmlns", kXliffNamespace}});
  xml.Text("\n");
  xml.Start("file", {{"original", curriculum.id},
                     {"source-language", curriculum.language},
                     {"target-language", options.target_language},
                     {"datatype", "xml"},
                     {"product-name", "trainkit"},
                     {"product-version", options.tool_version}});
  xml.Text("\n");
  xml.Start("header");
  xml.TextElement("note",
                  "trainkit translation units. <g> elements are emphasis, strong text or links and <x/> elements "
                  "are facts (a hotline number, a law): keep every one of them in the target, in the place the "
                  "language needs. A target marked needs-review-translation was translated from an earlier "
                  "source text: check it and mark it translated.");
  xml.End();
  xml.Text("\n");
  xml.Start("body");
  for (const auto& entry : status.units) {
    bool open = entry.state != UnitState::kTranslated;
    if (options.missing_only && !open) continue;
    const TranslationUnit& unit = *entry.unit;
    MarkupIds ids(unit.source);
    xml.Text("\n");
    if (entry.state == UnitState::kTranslated) {
      xml.Start("trans-unit", {{"id", unit.key}, {"resname", unit.key}, {"approved", "yes"}});
    } else {
      xml.Start("trans-unit", {{"id", unit.key}, {"resname", unit.key}});
    }
    std::map<std::string, int> ranks;
    xml.Start("source");
    WriteXliffInlines(xml, unit.source, ids, true, ranks);
    xml.End();
    if (entry.translation) {
      xml.Start("target", {{"state", entry.state == UnitState::kTranslated ? "translated" : "needs-review-translation"}});
      ranks.clear();
      WriteXliffInlines(xml, entry.translation->text, ids, false, ranks);
      xml.End();
    }
    xml.Start("context-group", {{"purpose", "location"}});
    if (unit.location.file) {
      xml.TextElement("context", unit.location.file->path(), {{"context-type", "sourcefile"}});
      xml.TextElement("context", std::to_string(unit.location.line), {{"context-type", "linenumber"}});
    }
    xml.TextElement("context", unit.source_hash, {{"context-type", "x-source-hash"}});
    xml.End();
    xml.TextElement("note", Place(unit, titles), {{"from", "trainkit"}});
    xml.End();
  }
  xml.Text("\n");
  xml.End();
  xml.Text("\n");
  xml.End();
  xml.Text("\n");
  xml.End();
  return xml.Finish();
}

XliffImport ImportXliff(const std::filesystem::path& path, const std::string& display_path,
                        const model::Curriculum& curriculum, const std::vector<model::LanguagePack>& packs,
                        Diagnostics& diagnostics) {
  auto document = xml::ParseFile(path, display_path, diagnostics);
  if (!document) return {};
  return ImportXliff(*document, curriculum, packs, diagnostics);
}

XliffImport ImportXliff(const xml::Document& document, const model::Curriculum& curriculum,
                        const std::vector<model::LanguagePack>& packs, Diagnostics& diagnostics) {
  XliffImport result;
  const xml::Node& root = document.root();
  if (root.name != "xliff" || root.ns != kXliffNamespace) {
    diagnostics.Report(root.name != "xliff" ? Code::E010 : Code::E011, root.location,
                       fmt::format("this is not an XLIFF 1.2 file: its root is <{}>{}", root.name,
                                   root.ns.empty() ? "" : " in namespace " + root.ns));
    return result;
  }
  std::vector<const xml::Node*> files;
  for (const auto& child : root.children) {
    if (child.is_element() && child.ns == kXliffNamespace && child.name == "file") files.push_back(&child);
  }
  if (files.size() != 1) {
    diagnostics.Report(Code::E016, root.location,
                       fmt::format("an XLIFF file from trainkit has one <file>; this one has {}", files.size()));
    return result;
  }
  const xml::Node& file = *files.front();
  std::string original = AttributeOr(file, "original");
  if (original != curriculum.id) {
    const xml::Attribute* at = file.FindAttribute("original");
    diagnostics.Report(Code::E163, at ? at->value_location : file.location,
                       fmt::format("this XLIFF file translates '{}', not curriculum '{}'", original, curriculum.id));
    return result;
  }
  const xml::Attribute* language = file.FindAttribute("target-language");
  if (!language || language->value.empty()) {
    diagnostics.Report(Code::E014, file.location, "<file> has no target-language: trainkit cannot tell which "
                                                  "translation it belongs to");
    return result;
  }
  // The tag names the file the translation is kept in: only a well-formed tag may.
  if (!ParseLanguageTag(language->value)) {
    diagnostics.Report(Code::E132, language->value_location,
                       fmt::format("target-language '{}' is not a language tag; use a BCP 47 tag such as 'uk', "
                                   "'ro' or 'ro-MD'",
                                   language->value));
    return result;
  }
  if (SplitRegion(language->value).language == SplitRegion(curriculum.language).language) {
    diagnostics.Report(Code::E163, language->value_location,
                       fmt::format("this XLIFF file is a translation into {}, the language the curriculum is written in",
                                   language->value));
    return result;
  }
  const xml::Node* body = Child(file, "body");
  if (!body) {
    diagnostics.Report(Code::E016, file.location, "<file> has no <body>: there is nothing to import");
    return result;
  }
  result.target_language = language->value;
  model::LanguagePack empty;
  const model::LanguagePack* existing = &empty;
  const model::LanguagePack* base = nullptr;
  LanguageAndRegion split = SplitRegion(result.target_language);
  std::string base_language = split.region.empty() ? "" : split.language;
  for (const auto& pack : packs) {
    if (pack.language == result.target_language) existing = &pack;
    if (!base_language.empty() && pack.language == base_language) base = &pack;
  }
  result.pack = *existing;

  std::map<std::string, TranslationUnit> units;
  std::vector<std::string> order;
  for (auto& unit : ExtractUnits(curriculum)) {
    order.push_back(unit.key);
    units.emplace(unit.key, std::move(unit));
  }
  std::map<std::string, model::UnitTranslation> merged;
  std::vector<std::string> kept_orphans;
  for (const auto& unit : existing->units) {
    if (!units.count(unit.key)) kept_orphans.push_back(unit.key);
    merged[unit.key] = unit;
  }
  std::map<std::string, const model::UnitTranslation*> base_units;
  if (base) {
    for (const auto& unit : base->units) base_units[unit.key] = &unit;
  }

  std::set<std::string> seen;
  ForEachTransUnit(*body, [&](const xml::Node& node) {
    std::string key = AttributeOr(node, "id");
    if (!seen.insert(key).second) {
      diagnostics.Report(Code::E162, node.location, fmt::format("unit '{}' is in the file twice", key));
      return;
    }
    auto source = units.find(key);
    if (source == units.end()) {
      result.gone.push_back(key);
      diagnostics.Report(Code::W164, node.location,
                         fmt::format("unit '{}' is not in the curriculum any more; its target is not imported", key));
      return;
    }
    const xml::Node* target = Child(node, "target");
    std::string state = target ? AttributeOr(*target, "state") : "";
    // States that say the target is not a translation yet (a copy of the source, say).
    static const std::set<std::string> kNotTranslated = {"new", "needs-translation", "needs-l10n", "needs-adaptation"};
    if (!target || kNotTranslated.count(state)) {
      ++result.skipped;
      return;
    }
    const TranslationUnit& unit = source->second;
    MarkupIds ids(unit.source);
    Diagnostics local;
    model::Inlines text = TargetReader(key, ids, local).Read(*target);
    TrimEnds(text);
    if (text.empty()) {
      ++result.skipped;
      return;
    }
    std::string mismatch = MarkupMismatch(unit.source, text);
    if (!mismatch.empty() && !local.has_errors()) {
      local.Report(Code::E166, target->location, fmt::format("the target of unit '{}' {}", key, mismatch));
    }
    if (HasLetters(unit.source) && !HasLetters(text)) {
      local.Report(Code::E161, target->location,
                   fmt::format("the target of unit '{}' has no words; give the text, or leave the target out", key));
    }
    if (unit.plain && !IsPlain(text)) {
      local.Report(Code::E161, target->location,
                   fmt::format("the target of unit '{}' is an image's alternative text, which takes no markup", key));
    }
    diagnostics.Append(local);
    if (local.has_errors()) return;

    // A target written for an earlier source is not taken: the file says nothing about the
    // text as it is now. A target still marked for review keeps the unit outdated.
    std::string exported_hash = ExportedSourceHash(node);
    if (!exported_hash.empty() && exported_hash != unit.source_hash) {
      ++result.stale;
      diagnostics.Report(Code::W165, node.location,
                         fmt::format("the source of unit '{}' changed since this file was exported, so its target "
                                     "is not imported; export the language again to translate the text as it is now",
                                     key));
      return;
    }
    // Confirmed for the source as it is now only when the file says which source it showed
    // (a CAT tool may drop the context) and the translator did not leave it for review.
    auto previous = merged.find(key);
    bool confirmed = !exported_hash.empty() && state.rfind("needs-review", 0) != 0;
    std::string hash = confirmed ? unit.source_hash : (previous != merged.end() ? previous->second.source_hash : "");
    if (hash != unit.source_hash) ++result.outdated;
    model::UnitTranslation translation{key, hash, std::move(text), {}};
    auto in_base = base_units.find(key);
    if (in_base != base_units.end() && Markup(in_base->second->text) == Markup(translation.text) &&
        in_base->second->source_hash == translation.source_hash) {
      // The language's own translation says it: a country keeps only what differs.
      if (previous != merged.end()) {
        merged.erase(previous);
        ++result.changed;
      } else {
        ++result.unchanged;
      }
      return;
    }
    if (previous == merged.end()) {
      ++result.added;
    } else if (Markup(previous->second.text) == Markup(translation.text) &&
               previous->second.source_hash == translation.source_hash) {
      ++result.unchanged;
    } else {
      ++result.changed;
    }
    merged[key] = std::move(translation);
  });

  // The curriculum's order, then what the curriculum no longer has (kept, and reported by
  // the validator, until someone removes it).
  result.pack.curriculum = curriculum.id;
  result.pack.language = result.target_language;
  result.pack.units.clear();
  for (const auto& key : order) {
    auto found = merged.find(key);
    if (found != merged.end()) result.pack.units.push_back(found->second);
  }
  for (const auto& key : kept_orphans) {
    auto found = merged.find(key);
    if (found != merged.end()) result.pack.units.push_back(found->second);
  }
  return result;
}

}  // namespace trainkit::translation
