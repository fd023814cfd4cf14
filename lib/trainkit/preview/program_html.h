// A program as HTML for the preview (`trainkit serve`): what participants read, and what the
// facilitator teaches from (the guide's content), each an <article> in the program's language,
// built from the render kit's HTML blocks. The participant view is a different type from the
// facilitator's, so nothing for facilitators can reach it.
#pragma once

#include <string>

#include "trainkit/render/html/content_html.h"
#include "trainkit/resolve/program.h"
#include "trainkit/writers/ui_strings.h"

namespace trainkit::preview {

// Help lines, each module's sections, worksheets, key messages, handouts and questions (with no
// mark of the right answer), and the glossary.
std::string ParticipantHtml(const resolve::ParticipantProgram& program, const writers::UiStrings& strings,
                            const render::html::ImagePath& image_path);

// The agenda, each module with its times, materials, preparation and the guide's steps in
// order (sections with their notes, activities with steps and debrief questions, trainer-only
// sections, safety notes), key messages, the answer key, and the facts to check before printing.
std::string FacilitatorHtml(const resolve::ResolvedProgram& program, const writers::UiStrings& strings,
                            const render::html::ImagePath& image_path);

}  // namespace trainkit::preview
