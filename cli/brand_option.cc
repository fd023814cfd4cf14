#include "brand_option.h"

#include <cstdio>

#include "exit_code.h"
#include "program_options.h"
#include "trainkit/brand_file.h"
#include "trainkit/env.h"
#include "trainkit/writer_context.h"

namespace trainkit::cli {

void AddBrandOption(CLI::App& command, std::string& brand) {
  command.add_option("--brand", brand,
                     "An organisation's brand.json (name, logo, colors, fonts, contact, website) for every output; "
                     "default: brand.json in the template folder, if there is one");
}

int LoadBrand(const std::string& given, const std::string& templates, std::shared_ptr<const model::Brand>& brand) {
  std::filesystem::path folder = templates.empty() ? DefaultTemplateFolder() : std::filesystem::path(templates);
  std::filesystem::path file = BrandFileToUse(DiskEnv(), given, folder);
  if (file.empty()) return kExitOk;
  Diagnostics diagnostics;
  Status status = ReadBrandFile(DiskEnv(), file, folder, diagnostics, brand);
  if (!status.ok()) {
    std::fprintf(stderr, "trainkit: %s\n", status.message().c_str());
    return kExitIo;
  }
  if (diagnostics.has_errors()) {
    ReportDiagnostics(diagnostics, {});
    std::fputs("trainkit: nothing written\n", stderr);
    return kExitContentErrors;
  }
  return kExitOk;
}

}  // namespace trainkit::cli
