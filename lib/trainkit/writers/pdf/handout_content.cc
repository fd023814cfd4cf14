#include "trainkit/writers/pdf/handout_content.h"

#include "trainkit/render/plain_text.h"
#include "trainkit/writers/help_contacts.h"
#include "trainkit/writers/pdf/brand_marks.h"
#include "trainkit/writers/pdf/flow_builder.h"

namespace trainkit::writers::pdf {
namespace {

class Handout : FlowBuilder {
 public:
  explicit Handout(const HandoutInput& in)
      : FlowBuilder(in.program, in.image_aspects, true), p_(in.program), s_(in.strings),
        masthead_(BrandMasthead(in.brand, in.image_aspects, 40)) {}
  Flow Build();

 private:
  void HelpBox();
  void Module(const resolve::ModuleForParticipants& module);

  const resolve::ParticipantProgram& p_;
  const UiStrings& s_;
  Flow masthead_;  // the organisation's, over the title; empty without a brand
};

// The country's numbers and services in a box of their own, first thing after the summary.
void Handout::HelpBox() {
  Label(Text(s_.Get("where_to_get_help"), Face::kBold), Role::kBody, 0, Callout::kSafety);
  std::vector<HelpContact> contacts = HelpContacts(p_);
  for (const HelpContact& contact : contacts) {
    Spans line;
    {
      auto marked = MarkLanguage(contact.label_translated);
      line = ToSpans(*contact.label, Face::kBold);
    }
    line.push_back({": ", Face::kBold, ""});
    if (!contact.fact) {
      line.push_back({s_.Get(AskForNumberKey(p_)), Face::kRegular, ""});
    } else {
      line = Join(line, ToSpans(contact.fact->value));
      std::string note = CheckNote(*contact.fact, s_);
      if (!note.empty()) line.push_back({" (" + note + ")", Face::kItalic, ""});
    }
    Para(line, Role::kBody, 0, "", Callout::kSafety);
  }
  if (contacts.empty()) Para(Text(s_.Get(NoContactsKey(p_))), Role::kBody, 0, "", Callout::kSafety);
}

void Handout::Module(const resolve::ModuleForParticipants& module) {
  const resolve::ParticipantModule& m = module.participant;
  {
    auto marked = MarkLanguage(module.provenance);
    Add(Heading{1, ToSpans(m.title, Face::kBold), "module-" + module.id, true});
    Blocks(m.summary);
  }
  for (const auto& section : m.sections) {
    auto marked = MarkLanguage(section.provenance);
    Add(Heading{2, ToSpans(section.title, Face::kBold), "section-" + section.id, false});
    Blocks(section.blocks);
  }
  for (const auto& activity : m.activities) {
    if (!activity.worksheet) continue;
    auto marked = MarkLanguage(activity.provenance);
    const model::Inlines& title = activity.worksheet->title.empty() ? activity.title : activity.worksheet->title;
    Add(Heading{2, Join(Text(s_.Get("worksheet") + ": ", Face::kBold), ToSpans(title, Face::kBold)),
                "worksheet-" + activity.id, false});
    if (!activity.purpose.empty()) Para(ToSpans(activity.purpose, Face::kItalic));
    Blocks(activity.worksheet->blocks);
  }
  if (!m.key_messages.empty()) {
    Add(Heading{3, Text(s_.Get("key_messages"), Face::kBold), "", false});
    for (const auto& message : m.key_messages) {
      auto marked = MarkLanguage(message.provenance);
      Para(ToSpans(message.text), Role::kBody, kBulletIndent, "•");
    }
  }
  for (const auto& handout : m.handouts) {
    auto marked = MarkLanguage(handout.provenance);
    Add(Heading{2, ToSpans(handout.title, Face::kBold), "handout-" + handout.id, false});
    Blocks(handout.blocks);
  }
}

Flow Handout::Build() {
  if (!masthead_.empty()) {
    for (auto& block : masthead_) Add(std::move(block));
    Add(Spacer{18});
  }
  Para(ToSpans(p_.title, Face::kBold), Role::kTitle);
  Add(Spacer{6});
  Para(Text(s_.Get("participant_handout") + " · " + render::PlainText(p_.audience_name)), Role::kSubtitle);
  Add(Spacer{12});
  Blocks(p_.summary);
  HelpBox();
  for (const auto& module : p_.modules) Module(module);
  if (!p_.glossary.empty()) {
    Add(Heading{1, Text(s_.Get("glossary"), Face::kBold), "glossary", true});
    for (const auto& term : p_.glossary) Para(Join(ToSpans(term.name, Face::kBold), Join(Text(": ", Face::kBold), ToSpans(term.definition))));
  }
  return std::move(flow_);
}

}  // namespace

Flow BuildHandout(const HandoutInput& input) { return Handout(input).Build(); }

std::vector<std::string> HandoutHeader(const resolve::ParticipantProgram& program, const UiStrings& strings) {
  return {render::PlainText(program.title), program.country.empty() ? strings.Get("international") : program.country_name};
}

}  // namespace trainkit::writers::pdf
