// `trainkit build`: every program of the curricula in every format, checked first, made in
// parallel, each file complete or absent, with a record of what was built.
#pragma once

#include "scorm_options.h"
#include "warnings_as_errors.h"

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace trainkit::cli {

struct BuildArguments {
  std::vector<std::string> paths;  // empty: every curriculum under ./curricula
  std::string output = "exports";
  int jobs = 0;  // 0: one per core
  std::vector<std::string> countries;  // "intl" for the international version
  std::vector<std::string> audiences;
  std::vector<std::string> formats;
  std::string templates;
  std::string strings;
  std::string paper;
  std::string reference_docx;  // for the handouts; empty: none
  std::string brand;           // a brand.json; empty: the template's, if it has one
  WarningsAsErrors werror;
  bool allow_unchecked_facts = false;  // print unchecked phone numbers, marked as such
  ScormArguments scorm;               // for the SCORM packages
  bool force = false;                 // make every output, even those up to date
};

CLI::App* AddBuildCommand(CLI::App& app, BuildArguments& arguments);
int RunBuild(const BuildArguments& arguments);

}  // namespace trainkit::cli
