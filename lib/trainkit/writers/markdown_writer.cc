#include "trainkit/writers/markdown_writer.h"

#include <fmt/format.h>

#include "trainkit/base/overloaded.h"
#include "trainkit/writers/help_contacts.h"
#include "trainkit/writers/ui_strings.h"
#include "trainkit/render/media_catalog.h"
#include "trainkit/render/plain_text.h"

namespace trainkit::writers {
namespace {

// Backslash before every character Markdown could read as markup.
std::string Escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (std::string_view("\\`*_[]<>#|").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

class Markdown {
 public:
  Markdown(const resolve::ParticipantProgram& program, const UiStrings& strings, const render::MediaCatalog& media)
      : p_(program), s_(strings), media_(media) {}
  std::string Run();

 private:
  std::string Inline(const model::Inlines& inlines) const;
  void Blocks(const model::Blocks& blocks, int indent = 0);
  void Line(const std::string& text = "") { out_ += text + "\n"; }
  // A block of text and the blank line that ends it.
  void Block(const std::string& text) { out_ += text + "\n\n"; }

  const resolve::ParticipantProgram& p_;
  const UiStrings& s_;
  const render::MediaCatalog& media_;  // images are linked by their path beside the curriculum
  std::string out_;
};

std::string Markdown::Inline(const model::Inlines& inlines) const {
  std::string text;
  for (const auto& item : inlines) {
    std::visit(Overloaded{
                   [&](const model::Text& t) { text += Escape(t.text); },
                   [&](const model::Emphasis& e) { text += "*" + Inline(e.children) + "*"; },
                   [&](const model::Strong& s) { text += "**" + Inline(s.children) + "**"; },
                   [&](const model::Link& l) { text += "[" + Inline(l.children) + "](<" + l.href + ">)"; },
                   [&](const model::FactRef& f) {
                     text += Inline(f.value);
                     std::string note = UncheckedNumberNote(p_, f.key.id, s_);
                     if (!note.empty()) text += " (" + Escape(note) + ")";
                   },
               },
               item.value);
  }
  return text;
}

void Markdown::Blocks(const model::Blocks& blocks, int indent) {
  std::string pad(static_cast<size_t>(indent), ' ');
  for (const auto& block : blocks) {
    std::visit(Overloaded{
                   [&](const model::Paragraph& p) { Block(pad + Inline(p.content)); },
                   [&](const model::Heading& h) { Block("#### " + Inline(h.content)); },
                   [&](const model::List& list) {
                     int number = 0;
                     for (const auto& item : list.items) {
                       std::string marker = list.ordered ? fmt::format("{}.", ++number) : "-";
                       Line(pad + marker + " " + Inline(item.content));
                       Blocks(item.sublists, indent + static_cast<int>(marker.size()) + 1);
                     }
                     if (indent == 0) Line();
                   },
                   [&](const model::Table& table) {
                     // `_`, so that emphasis inside the caption (written with `*`) nests.
                     if (!table.caption.empty()) Block("_" + Inline(table.caption) + "_");
                     size_t columns = 0;
                     for (const auto& row : table.rows) columns = std::max(columns, row.cells.size());
                     for (size_t r = 0; r < table.rows.size(); ++r) {
                       std::string line = "|";
                       for (size_t c = 0; c < columns; ++c) {
                         line += " " + (c < table.rows[r].cells.size() ? Inline(table.rows[r].cells[c].content) : "") + " |";
                       }
                       Line(line);
                       if (r == 0) {
                         std::string rule = "|";
                         for (size_t c = 0; c < columns; ++c) rule += " --- |";
                         Line(rule);
                       }
                     }
                     Line();
                   },
                   [&](const model::Note& note) {
                     // Every block of the note (images and lists too), each line quoted.
                     std::string outside = std::move(out_);
                     out_.clear();
                     Blocks(note.content);
                     std::string inside = std::move(out_);
                     out_ = std::move(outside);
                     while (!inside.empty() && inside.back() == '\n') inside.pop_back();
                     for (size_t start = 0; start <= inside.size();) {
                       size_t end = std::min(inside.find('\n', start), inside.size());
                       std::string line = inside.substr(start, end - start);
                       Line(line.empty() ? ">" : "> " + line);
                       start = end + 1;
                     }
                     Line();
                   },
                   [&](const model::Image& image) {
                     if (media_.Find(image.source.id)) {
                       Block("![" + Escape(image.alt) + "](<" + image.source.id + ">)");
                       if (!image.caption.empty()) Block("_" + Inline(image.caption) + "_");  // as a table's
                     } else {
                       Block("*" + Escape(image.alt) + "*");  // reported as W181 by the catalog
                     }
                   },
                   [&](const model::Quote& quote) { Block("> *" + Inline(quote.content) + "*"); },
                   [&](const model::Prompt& prompt) {
                     Block("**" + Inline(prompt.content) + "**");
                     for (int i = 0; i < prompt.lines; ++i) Block("___");  // a rule to write on
                   },
               },
               block.value);
  }
}

std::string Markdown::Run() {
  Line("# " + Inline(p_.title));
  Line();
  Line("*" + Escape(s_.Get("participant_handout") + " · " + render::PlainText(p_.audience_name)) + "*");
  Line();
  Blocks(p_.summary);
  Line("## " + Escape(s_.Get("where_to_get_help")));
  Line();
  std::vector<HelpContact> contacts = HelpContacts(p_);
  for (const HelpContact& contact : contacts) {
    std::string line = "- **" + Inline(*contact.label) + ":** ";
    if (!contact.fact) {
      line += Escape(s_.Get(AskForNumberKey(p_)));
    } else {
      line += Inline(contact.fact->value);
      std::string note = CheckNote(*contact.fact, s_);
      if (!note.empty()) line += " (" + Escape(note) + ")";
    }
    Line(line);
  }
  if (contacts.empty()) Line(Escape(s_.Get(NoContactsKey(p_))));
  Line();
  // Read alone, with nobody in the room to notice: say once that she may stop.
  if (p_.delivery == model::Delivery::kSelfPaced) Block(Escape(s_.Get("care_note")));
  for (const auto& module : p_.modules) {
    const auto& m = module.participant;
    Line("## " + Inline(m.title));
    Line();
    Blocks(m.summary);
    for (const auto& section : m.sections) {
      Block("### " + Inline(section.title));
      Blocks(section.blocks);
    }
    for (const auto& activity : m.activities) {
      if (!activity.worksheet) continue;
      const model::Inlines& title = activity.worksheet->title.empty() ? activity.title : activity.worksheet->title;
      Block("### " + Escape(s_.Get("worksheet")) + ": " + Inline(title));
      Blocks(activity.worksheet->blocks);
    }
    if (!m.key_messages.empty()) {
      Block("### " + Escape(s_.Get("key_messages")));
      for (const auto& message : m.key_messages) Line("- " + Inline(message.text));
      Line();
    }
    for (const auto& handout : m.handouts) {
      Block("### " + Inline(handout.title));
      Blocks(handout.blocks);
    }
  }
  if (!p_.glossary.empty()) {
    Block("## " + Escape(s_.Get("glossary")));
    for (const auto& term : p_.glossary) Block("**" + Inline(term.name) + ":** " + Inline(term.definition));
  }
  return out_;
}

}  // namespace

Status WriteMarkdown(const resolve::ParticipantProgram& program, const WriterContext& context, OutputSink& out,
                     Diagnostics& diagnostics) {
  UiStrings strings;
  Status status = UiStrings::Load(context, strings, diagnostics);
  if (!status.ok()) return status;
  auto media = render::MediaCatalog::Load(program, context.load_media, {"the Markdown", "shown"}, diagnostics);
  out.Write(Markdown(program, strings, media).Run());
  return Status::Ok();
}

}  // namespace trainkit::writers
