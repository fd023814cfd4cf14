// The writer registry: every export format, by name. The CLI's --format, `trainkit formats`
// and the golden tests all read this table; nothing else knows the list of formats.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "trainkit/base/date.h"
#include "trainkit/base/diagnostic.h"
#include "trainkit/base/status.h"
#include "trainkit/model/brand.h"
#include "trainkit/reader/participants.h"
#include "trainkit/resolve/program.h"
#include "trainkit/writers/output_sink.h"

namespace trainkit::writers {

// A DOCX (an NGO's own template) whose styles the handout takes.
struct ReferenceDocx {
  std::string name;                          // the file as the user named it, for messages
  std::map<std::string, std::string> parts;  // its zip entries, by name
};

// When the e-learning player shows the right answers of the final assessment and why.
enum class RevealAnswers { kAfterAttempt, kAfterPass, kNever };

// What an LMS administrator sets for a SCORM package at export.
struct ScormOptions {
  std::optional<int> pass_mark;  // percent, over the curriculum's; an LMS's own mastery score wins
  RevealAnswers reveal_answers = RevealAnswers::kAfterAttempt;
  int max_attempts = 0;  // submissions of the final assessment; 0: no limit
};

// The pass mark a package states: the export's, else the curriculum's.
inline int PassMark(const resolve::ProgramDescription& program, const ScormOptions& options) {
  return options.pass_mark.value_or(program.pass_mark);
}

// How a PDF is printed (guide-pdf, handout-pdf and their layouts): as a booklet of half-size
// pages imposed for folding, and in gray. A subset of modules is chosen before the writer
// runs (resolve::SelectModules).
struct PrintOptions {
  bool booklet = false;
  bool grayscale = false;
};

// What a writer may use besides the program: templates, fonts, media and the time come in
// here, never from the file system or the clock.
struct WriterContext {
  std::map<std::string, std::string> templates;  // the writer's template files, by name
  std::string template_folder;  // where `templates` were read from, to name them in messages
  std::string language;              // the program's, for messages about its interface words
  std::string strings_json;          // templates/strings/<language>.json, or empty
  std::string strings_path;          // that file, as messages name it
  // <curriculum>/strings/<language>.json, or empty: a curriculum's own words, over the template's
  std::string curriculum_strings_json;
  std::string curriculum_strings_path;
  // <language>.json from a folder given on the command line (--strings), over both
  std::string extra_strings_json;
  std::string extra_strings_path;
  std::string english_strings_json;  // templates/strings/en.json, which fills any gap
  // Sets `path` to the font file the style names; an error says where it was looked for and
  // how to get it.
  std::function<Status(const std::string& name, std::string& path)> find_font;
  // The bytes of a media file, by its path in the curriculum, or nullopt if it cannot be read.
  std::function<std::optional<std::string>(const std::string& source)> load_media;
  std::string paper;  // "a4" or "letter"; empty: the style's
  Date timestamp;     // the date written into outputs (SOURCE_DATE_EPOCH, else the curriculum's)
  // Participant outputs print phone numbers nobody has checked, each marked as not checked
  // (--allow-unchecked-facts); otherwise such a number stops the output (E185).
  bool allow_unchecked_facts = false;
  std::shared_ptr<const ReferenceDocx> reference_docx;  // for the handout, or null
  ScormOptions scorm;
  PrintOptions print;  // for the writers that take it (Writer::print_layouts)
  // The day's participants (--participants), for the writers that take them
  // (Writer::takes_participants), or null.
  std::shared_ptr<const std::vector<reader::Participant>> participants;
  // The organisation whose outputs these are (--brand, or the template's brand.json), or null.
  std::shared_ptr<const model::Brand> brand;
};

// What of the program a writer receives, by the type of its function: the whole program (the
// guide, the dump), the participant view (the handout, Markdown), or the participant view and
// the assessment (SCORM). The registry makes the view, so a participant writer's code has no
// way to name facilitator material.
using WriteFn = Status (*)(const resolve::ResolvedProgram& program, const WriterContext& context, OutputSink& out,
                           Diagnostics& diagnostics);
using ParticipantWriteFn = Status (*)(const resolve::ParticipantProgram& program, const WriterContext& context,
                                      OutputSink& out, Diagnostics& diagnostics);
using ScoredParticipantWriteFn = Status (*)(const resolve::ParticipantProgram& program,
                                            const resolve::Assessment& assessment, const WriterContext& context,
                                            OutputSink& out, Diagnostics& diagnostics);

struct Writer {
  std::string_view name;         // "guide-pdf"
  std::string_view extension;    // "pdf"
  std::string_view description;  // one line for `trainkit formats`
  std::vector<std::string_view> template_files;  // what it needs from the template folder
  // Writes the program into `out`, giving the writer its view of the program. Content the
  // format cannot show is reported as a warning; failures of the environment return an error
  // Status.
  WriteFn write;
  bool uses_paper = false;  // its pages have the size WriterContext::paper names
  bool takes_reference_docx = false;  // uses WriterContext::reference_docx
  // Who the output is for: a group with a facilitator, or one person alone (e-learning, a
  // website). The program it is given is resolved for this delivery.
  model::Delivery delivery = model::Delivery::kClassroom;
  // Scores a final assessment, as WriterContext::scorm sets it (pass mark, attempts).
  bool scores_answers = false;
  // Prints as WriterContext::print says: booklet, grayscale.
  bool print_layouts = false;
  // Uses WriterContext::participants: 1 when it may, 2 when it needs them.
  int takes_participants = 0;
  // Shows WriterContext::brand (all but the text formats a reader or a test reads).
  bool shows_brand = true;
};

const std::vector<Writer>& AllWriters();
// Runs `writer` into a BytesSink: the file's bytes in `out` (a package zipped), and in `pages`,
// if given, how many pages it has (0 for an output without pages).
Status WriteBytes(const Writer& writer, const resolve::ResolvedProgram& program, const WriterContext& context,
                  std::string& out, Diagnostics& diagnostics, int* pages = nullptr);
// The writer called `name`, or null.
const Writer* FindWriter(std::string_view name);

}  // namespace trainkit::writers
