#include "program_texts.h"

#include "trainkit/base/overloaded.h"
#include "trainkit/base/utf8.h"
#include "trainkit/writers/dump_writer.h"
#include "trainkit/render/plain_text.h"

namespace trainkit::test {

using render::PlainText;

void BlockTexts(const model::Blocks& blocks, std::vector<std::string>& out) {
  for (const auto& block : blocks) {
    std::visit(Overloaded{
                   [&](const model::Paragraph& p) { out.push_back(PlainText(p.content)); },
                   [&](const model::Heading& h) { out.push_back(PlainText(h.content)); },
                   [&](const model::List& l) {
                     for (const auto& item : l.items) {
                       out.push_back(PlainText(item.content));
                       BlockTexts(item.sublists, out);
                     }
                   },
                   [&](const model::Table& t) {
                     out.push_back(PlainText(t.caption));
                     for (const auto& row : t.rows) {
                       for (const auto& cell : row.cells) out.push_back(PlainText(cell.content));
                     }
                   },
                   [&](const model::Note& n) { BlockTexts(n.content, out); },
                   [&](const model::Image& i) { out.push_back(i.alt); },
                   [&](const model::Quote& q) { out.push_back(PlainText(q.content)); },
                   [&](const model::Prompt& p) { out.push_back(PlainText(p.content)); },
               },
               block.value);
  }
}

std::vector<std::string> ParticipantTexts(const resolve::ResolvedProgram& program) {
  std::vector<std::string> out = {PlainText(program.title)};
  BlockTexts(program.summary, out);
  for (const auto& module : program.modules) {
    const auto& p = module.participant;
    out.push_back(PlainText(p.title));
    BlockTexts(p.summary, out);
    for (const auto& s : p.sections) {
      out.push_back(PlainText(s.title));
      BlockTexts(s.blocks, out);
    }
    for (const auto& a : p.activities) {
      out.push_back(PlainText(a.title));
      out.push_back(PlainText(a.purpose));
      if (a.worksheet) BlockTexts(a.worksheet->blocks, out);
    }
    for (const auto& k : p.key_messages) out.push_back(PlainText(k.text));
    for (const auto& h : p.handouts) BlockTexts(h.blocks, out);
    for (const auto& q : p.questions) {
      out.push_back(PlainText(q.question));
      for (const auto& c : q.choices) out.push_back(PlainText(c));
    }
  }
  return out;
}

std::vector<std::string> FacilitatorTexts(const resolve::ResolvedProgram& program) {
  std::vector<std::string> out;
  auto notes = [&](const std::vector<resolve::FacilitatorNote>& list) {
    for (const auto& note : list) BlockTexts(note.content, out);
  };
  BlockTexts(program.facilitator_summary, out);
  for (const auto& module : program.modules) {
    const auto& f = module.facilitator;
    BlockTexts(f.summary, out);
    BlockTexts(f.preparation, out);
    for (const auto& step : f.order) {
      if (const auto* note = std::get_if<resolve::FacilitatorNote>(&step)) BlockTexts(note->content, out);
    }
    for (const auto& [id, list] : f.section_notes) notes(list);
    for (const auto& s : f.trainer_sections) BlockTexts(s.blocks, out);
    for (const auto& a : f.activities) {
      notes(a.notes);
      for (const auto& step : a.steps) out.push_back(PlainText(step.text));
      for (const auto& q : a.debrief) out.push_back(PlainText(q));
    }
  }
  return out;
}

bool IsGuidanceSentence(const std::string& text) {
  size_t code_points = 0;
  for (size_t at = 0; at < text.size();) {
    NextCodePoint(text, at);
    ++code_points;
  }
  char last = text.empty() ? ' ' : text.back();
  bool sentence = last == '.' || last == '?' || last == '!' || last == ':';
  return code_points >= 40 && sentence;
}

}  // namespace trainkit::test
