#include "trainkit/scaffold/country_draft.h"

#include <fmt/format.h>

#include <algorithm>
#include <regex>

#include "trainkit/model/names.h"
#include "trainkit/render/plain_text.h"
#include "trainkit/xml/serialize.h"

namespace trainkit::scaffold {
namespace {

std::string Attribute(std::string_view text) {
  std::string out;
  xml::AppendEscaped(text, true, out);
  return out;
}

std::string Text(std::string_view text) {
  std::string out;
  xml::AppendEscaped(text, false, out);
  return out;
}

// `text` made safe inside <!-- -->, which ends at the first "--".
std::string InComment(std::string text) {
  for (size_t at = text.find("--"); at != std::string::npos; at = text.find("--", at)) text.replace(at, 2, "- -");
  return text;
}

// A fact's <fact> as the country will write it, for the comment above its <to-fill>.
std::string FactTemplate(const model::FactDefinition& definition) {
  std::string phone;
  if (definition.kind == model::FactKind::kPhone) {
    phone = "\n               number=\"as it is dialled\" operator=\"...\" hours=\"...\"\n"
            "               checked=\"YYYY-MM-DD\" checked-how=\"called the operator\"";
  } else if (definition.kind == model::FactKind::kEmergencyPhone) {
    phone = " number=\"as it is dialled\"";
  }
  return fmt::format("<fact key=\"{}\" source=\"...\" source-url=\"...\" source-date=\"YYYY-MM-DD\"{}>the value,\n"
                     "           as it reads in a sentence</fact>",
                     definition.key, phone);
}

void AppendFacts(const model::Curriculum& curriculum, std::string& out) {
  if (curriculum.facts.empty()) return;
  out += "  <facts>\n";
  for (const auto& definition : curriculum.facts) {
    std::string label = render::PlainText(definition.label);
    out += fmt::format(
        "    <!-- {}: {}{}.\n"
        "         {}\n"
        "         When a source gives it, write this in place of <to-fill>:\n"
        "         {}\n"
        "         or, if the country has none: <no-fact key=\"{}\">why, for the facilitator</no-fact> -->\n",
        InComment(definition.key), model::Name(definition.kind), definition.required ? ", required" : "",
        InComment(label), InComment(FactTemplate(definition)), InComment(definition.key));
    out += fmt::format("    <to-fill key=\"{}\">{}</to-fill>\n", Attribute(definition.key),
                       Text(WhatASourceMustGive(definition.kind)));
  }
  out += "  </facts>\n";
}

// `element` (as written in curriculum.xml) without country-specific="…", its first line at
// `indent` spaces and the others moved by as much.
std::string Reindented(std::string_view xml, std::string_view element, size_t indent) {
  size_t line_start = xml.rfind('\n', static_cast<size_t>(element.data() - xml.data()));
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  std::string_view before(xml.data() + line_start, static_cast<size_t>(element.data() - xml.data()) - line_start);
  size_t was = before.find_first_not_of(' ') == std::string_view::npos ? before.size() : 0;
  static const std::regex kCountrySpecific(R"(\s+country-specific\s*=\s*("[^"]*"|'[^']*'))");
  size_t tag_end = TagEnd(element, 0);
  std::string text = std::regex_replace(std::string(element.substr(0, tag_end)), kCountrySpecific, "",
                                        std::regex_constants::format_first_only);
  text += element.substr(tag_end);
  std::string out(indent, ' ');
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find('\n', at);
    end = end == std::string::npos ? text.size() : end + 1;
    std::string_view line(text.data() + at, end - at);
    if (at > 0) {
      line.remove_prefix(std::min({line.find_first_not_of(' '), was, line.size()}));
      if (line != "\n") out.append(indent, ' ');
    }
    out += line;
    at = end;
  }
  return out;
}

// Where the element at `location` starts in its file's text, from the parser's line and column
// (in code points), or npos.
size_t OffsetOf(const SourceLocation& location) {
  if (!location.file || location.line < 1 || location.column < 1) return std::string_view::npos;
  std::string_view line = location.file->Line(location.line);
  size_t at = 0;
  for (int column = 1; column < location.column && at < line.size(); ++column) {
    ++at;
    while (at < line.size() && (static_cast<unsigned char>(line[at]) & 0xC0) == 0x80) ++at;  // a continuation byte
  }
  return static_cast<size_t>(line.data() - location.file->contents().data()) + at;
}

void AppendSectionsToRewrite(const model::Curriculum& curriculum, const CountryDraftRequest& request,
                             std::string& out, std::vector<std::string>& not_copied) {
  bool first = true;
  for (const auto& module : curriculum.modules) {
    for (const auto& part : module.parts) {
      const auto* section = std::get_if<model::Section>(&part);
      if (!section || !section->country_specific) continue;
      size_t offset = OffsetOf(section->location);
      std::string_view xml = section->location.file ? std::string_view(section->location.file->contents()) : "";
      std::string_view element = offset == std::string_view::npos ? "" : ElementAt(xml, offset, "section");
      if (element.empty()) {
        not_copied.push_back(section->id);
        continue;
      }
      if (first) {
        out += fmt::format(
            "\n  <!-- The sections each country writes for itself. Each holds the curriculum's text, copied\n"
            "       from curriculum.xml: rewrite it for {} in {}, keeping its id, then remove\n"
            "       to-fill=\"...\". A section that does not apply: <remove ref=\"its id\"/> instead. -->\n",
            InComment(request.country_name), InComment(request.language_name));
        first = false;
      }
      out += fmt::format("  <replace to-fill=\"{}\">\n{}\n  </replace>\n", Attribute(*section->country_specific),
                         Reindented(xml, element, 4));
    }
  }
}

}  // namespace

std::string_view WhatASourceMustGive(model::FactKind kind) {
  switch (kind) {
    case model::FactKind::kPhone:
      return "The number as it is dialled, who answers it and when, from the operator's own current page; then a "
             "call to the line to check it.";
    case model::FactKind::kEmergencyPhone:
      return "The number as it is dialled, from the emergency service's or the government's own page.";
    case model::FactKind::kLawArticle:
      return "The article's number and name in the current official text of the law (the official gazette or the "
             "state's legal database).";
    case model::FactKind::kReferralMechanism:
      return "The mechanism's official name, who coordinates it, and the act that set it up.";
    case model::FactKind::kOrganisation:
      return "The organisation's name as it writes it, and what it does, from its own page.";
    case model::FactKind::kStatistic:
      return "The figure, what it counts, the period it covers and who published it.";
    case model::FactKind::kUrl:
      return "The page's address, from the organisation that runs it.";
    case model::FactKind::kText:
      break;
  }
  return "The text, from a source you can name and date.";
}

size_t TagEnd(std::string_view xml, size_t at) {
  char quote = 0;
  for (; at < xml.size(); ++at) {
    char c = xml[at];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return at;
    }
  }
  return std::string_view::npos;
}

std::string_view ElementAt(std::string_view xml, size_t begin, std::string_view name) {
  const std::string open = fmt::format("<{}", name), close = fmt::format("</{}", name);
  auto name_ends = [&](size_t at) {
    return at < xml.size() && std::string_view(" \t\r\n/>").find(xml[at]) != std::string_view::npos;
  };
  if (xml.compare(begin, open.size(), open) != 0 || !name_ends(begin + open.size())) return {};
  int depth = 0;
  for (size_t at = begin; at < xml.size();) {
    if (xml[at] != '<') {
      ++at;
      continue;
    }
    size_t end;
    if (xml.compare(at, 4, "<!--") == 0) {
      end = xml.find("-->", at);
      if (end != std::string_view::npos) end += 2;
    } else if (xml.compare(at, 9, "<![CDATA[") == 0) {
      end = xml.find("]]>", at);
      if (end != std::string_view::npos) end += 2;
    } else if (xml.compare(at, 2, "<?") == 0) {
      end = xml.find("?>", at);
      if (end != std::string_view::npos) end += 1;
    } else {
      end = TagEnd(xml, at);
    }
    if (end == std::string_view::npos) return {};
    if (xml.compare(at, close.size(), close) == 0 && name_ends(at + close.size())) {
      if (--depth == 0) return xml.substr(begin, end + 1 - begin);
    } else if (xml.compare(at, open.size(), open) == 0 && name_ends(at + open.size()) && xml[end - 1] != '/') {
      ++depth;
    } else if (depth == 0) {
      return xml.substr(begin, end + 1 - begin);  // <name …/>: empty
    }
    at = end + 1;
  }
  return {};
}

std::string CountryDraft(const model::Curriculum& curriculum, const CountryDraftRequest& request,
                         std::vector<std::string>& not_copied) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += fmt::format(
      "<!-- {} ({}): a first draft of the adaptation of {}, in {}, made by `trainkit new country`.\n"
      "     It is valid as it is; `trainkit validate` lists what is left to do, one warning each:\n"
      "       W194  a fact still to fill: replace its <to-fill> with a <fact> and its source;\n"
      "       W195  a section that still holds the curriculum's text: rewrite it;\n"
      "       W173  texts not yet translated into {}: translations/{}.xml, shared by every country\n"
      "             that speaks it (`trainkit translate export` gives translators an XLIFF file).\n"
      "     Until a fact is filled in, nothing is printed for it. The format: doc/format.md, sections 5-7. -->\n",
      InComment(request.country_name), request.country, InComment(curriculum.id), InComment(request.language_name),
      request.language, request.language);
  out += fmt::format("<adaptation xmlns=\"urn:trainkit:curriculum:1\" country=\"{}\" xml:lang=\"{}\" based-on=\"{}\">\n",
                     Attribute(request.country), Attribute(request.language), Attribute(curriculum.version));
  out += "  <!-- Optional, first: <audiences only=\"...\"> offers some of the curriculum's audiences only, and\n"
         "       <audience id=\"...\">a name</audience> inside adds one of the country's own. -->\n";
  AppendFacts(curriculum, out);
  AppendSectionsToRewrite(curriculum, request, out, not_copied);
  out += "</adaptation>\n";
  return out;
}

std::string EmptyTranslation(const model::Curriculum& curriculum, const std::string& language) {
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<!-- The curriculum's texts in {}, shared by every country that speaks it: one <unit> per text,\n"
      "     keyed as `trainkit translate status` lists them. `trainkit translate export` writes them as an\n"
      "     XLIFF file for translators, and `trainkit translate import` brings the translations back. -->\n"
      "<translation xmlns=\"urn:trainkit:curriculum:1\" curriculum=\"{}\" xml:lang=\"{}\">\n"
      "</translation>\n",
      InComment(language), Attribute(curriculum.id), Attribute(language));
}

}  // namespace trainkit::scaffold
