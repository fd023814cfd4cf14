// The guide's Flow as a plain HTML page: the same text, tables and images, for LibreOffice to
// turn into the "equivalent DOCX" the benchmark compares with. Not a trainkit format.
#pragma once

#include <filesystem>
#include <string>

#include "trainkit/writers/pdf/flow.h"

std::string FlowToHtml(const trainkit::writers::pdf::Flow& flow, const std::filesystem::path& media_root,
                       const std::string& language);
