// XLIFF 1.2, the file translators open in their CAT tools: a language's units out, their
// targets back in. Inline markup travels as XLIFF inline elements numbered after the source's
// (<g> for emphasis, strong text and links, <x/> for fact references), so a target can move it
// but not break it.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "trainkit/base/diagnostic.h"
#include "trainkit/model/curriculum.h"
#include "trainkit/model/translation.h"
#include "trainkit/translation/status.h"
#include "trainkit/xml/document.h"

namespace trainkit::translation {

inline constexpr std::string_view kXliffNamespace = "urn:oasis:names:tc:xliff:document:1.2";

struct XliffExportOptions {
  std::string target_language;  // the pack's tag: "ro", or "ro-MD" for Moldova's overrides
  bool missing_only = false;    // only units missing or outdated
  std::string tool_version;
};

// One <file> whose `original` is the curriculum's id, one <trans-unit> per unit of `status`
// (id = unit key) with its existing translation and state (none: new; translated; outdated:
// needs-review-translation), where it appears and who reads it.
std::string ExportXliff(const model::Curriculum& curriculum, const LanguageStatus& status,
                        const XliffExportOptions& options);

struct XliffImport {
  std::string target_language;
  model::LanguagePack pack;  // the merged pack to write
  int added = 0, changed = 0, unchanged = 0, skipped = 0;
  int outdated = 0;  // imported but still marked for review: outdated until confirmed
  int stale = 0;     // not imported: their source changed since the export
  std::vector<std::string> gone;  // units in the file that the curriculum no longer has
};

// Reads the XLIFF file at `path` (named `display_path` in messages) and merges its targets into
// the pack of its target language among `packs` (or a new one). Every problem is reported with
// file:line:column; when any is an error the result must not be written. Into a country's
// overrides ("ro-MD"), units that say what the language's own pack ("ro") says are not kept.
XliffImport ImportXliff(const std::filesystem::path& path, const std::string& display_path,
                        const model::Curriculum& curriculum, const std::vector<model::LanguagePack>& packs,
                        Diagnostics& diagnostics);
// The same, of a file already parsed.
XliffImport ImportXliff(const xml::Document& document, const model::Curriculum& curriculum,
                        const std::vector<model::LanguagePack>& packs, Diagnostics& diagnostics);

}  // namespace trainkit::translation
