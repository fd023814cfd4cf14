// The paper a training day needs besides the guide and the handout, each a Flow of its own:
// an attendance sheet and the pre- and post-test as answer sheets, made from the participant
// view alone, and the scoring key of both tests, for the facilitator, a document of its own so
// that copying the answer sheets for a room can never copy the answers.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "trainkit/reader/participants.h"
#include "trainkit/resolve/program.h"
#include "trainkit/writers/pdf/flow.h"
#include "trainkit/writers/ui_strings.h"

namespace trainkit::writers::pdf {

// An attendance sheet: the program, date, place and trainers to fill in, and a numbered row
// per participant with a column to sign: one for each of `participants`, with name and
// organisation, and three blank for whoever comes too; 25 blank rows when there is no list.
Flow BuildAttendanceSheet(const resolve::ParticipantProgram& program, const std::vector<reader::Participant>& participants,
                          const UiStrings& strings);

// A certificate of participation per participant, each on a page of its own: the name, the
// training's title and length, and lines for date, place, trainers and their signatures;
// `masthead` (the organisation's: BrandMasthead) heads each.
Flow BuildCertificates(const resolve::ParticipantProgram& program, const std::vector<reader::Participant>& participants,
                       const UiStrings& strings, const Flow& masthead = {});

// The questions of the pre-test (or post-test), numbered in the program's order, each answer
// with a box to tick, and a line for the score.
Flow BuildAnswerSheet(const resolve::ParticipantProgram& program, model::ItemUse use, const UiStrings& strings);

// The handouts the curriculum marks form="evaluation", each from a page of its own, with
// lines to write on under its prompts; empty when there is none.
// `image_aspects`: of the images the PDF holds (PdfOutput::image_aspects).
Flow BuildEvaluationForm(const resolve::ParticipantProgram& program, const UiStrings& strings,
                         const std::map<std::string, double>& image_aspects);

// For each test, how it is scored, and each question's number (as on the answer sheet), item id
// (as in the SCORM package) and right answers.
Flow BuildScoringKey(const resolve::ResolvedProgram& program, const UiStrings& strings);

}  // namespace trainkit::writers::pdf
