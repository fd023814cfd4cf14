#include "check_scorm_command.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cstdio>

#include "exit_code.h"
#include "terminal.h"
#include "trainkit/base/diagnostic_format.h"
#include "trainkit/scorm_check/check_scorm.h"

namespace trainkit::cli {
namespace {

std::string Size(uint64_t bytes) {
  if (bytes >= 1000000) return fmt::format("{:.1f} MB", static_cast<double>(bytes) / 1e6);
  if (bytes >= 1000) return fmt::format("{:.1f} kB", static_cast<double>(bytes) / 1e3);
  return fmt::format("{} B", bytes);
}

std::string Plural(int n, const char* word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); }

// "trainkit: checked course.zip (SCORM 1.2, 7 files, 791.5 kB unpacked): 0 errors, 0 warnings"
std::string Summary(const std::string& package, const scorm_check::ScormCheck& check) {
  std::string facts;
  if (check.opened) {
    facts = fmt::format(" ({}, {}, {} unpacked)",
                        check.version ? "SCORM " + std::string(scorm_check::VersionName(*check.version))
                                      : std::string("SCORM version unknown"),
                        Plural(static_cast<int>(check.files), "file"), Size(check.unpacked_bytes));
  }
  return fmt::format("trainkit: checked {}{}: {}, {}\n", package, facts, Plural(check.diagnostics.errors(), "error"),
                     Plural(check.diagnostics.warnings(), "warning"));
}

nlohmann::ordered_json Json(const std::string& package, const scorm_check::ScormCheck& check) {
  using nlohmann::ordered_json;
  ordered_json object;
  object["file"] = package;
  object["scorm_version"] = check.version ? ordered_json(scorm_check::VersionName(*check.version)) : nullptr;
  object["files"] = check.opened ? ordered_json(check.files) : nullptr;
  object["unpacked_bytes"] = check.opened ? ordered_json(check.unpacked_bytes) : nullptr;
  object["package_bytes"] = check.io_failed ? ordered_json(nullptr) : ordered_json(check.package_bytes);
  object["errors"] = check.diagnostics.errors();
  object["warnings"] = check.diagnostics.warnings();
  // The same objects as `validate --diagnostics=json` prints.
  object["diagnostics"] = ordered_json::parse(FormatJson(check.diagnostics));
  return object;
}

}  // namespace

CLI::App* AddCheckScormCommand(CLI::App& app, CheckScormArguments& arguments) {
  CLI::App* command = app.add_subcommand(
      "check-scorm", "Check SCORM packages (from trainkit or anywhere else) before an LMS imports them");
  command->add_option("PACKAGE", arguments.packages, "SCORM packages: zip files with imsmanifest.xml at their root")
      ->required();
  command->add_option("--diagnostics", arguments.diagnostics_format,
                      "How to print problems: text (for people) or json (for programs)")
      ->check(CLI::IsMember({"text", "json"}));
  command
      ->add_option("--upload-limit", arguments.upload_limit,
                   "Warn about a package larger than this, the LMS's upload limit (100MiB unless given; "
                   "512MB, 2GiB, ...)")
      ->transform(CLI::AsSizeValue(true));
  arguments.werror.AddOption(*command);
  return command;
}

int RunCheckScorm(const CheckScormArguments& arguments) {
  bool json = arguments.diagnostics_format == "json";
  TextStyle style{UseColor(stderr)};
  nlohmann::ordered_json packages = nlohmann::ordered_json::array();
  Diagnostics all;
  bool io_failed = false;
  for (const std::string& package : arguments.packages) {
    scorm_check::CheckLimits limits;
    limits.upload_warning_bytes = arguments.upload_limit;
    scorm_check::ScormCheck check = scorm_check::CheckScormPackage(package, package, limits);
    io_failed = io_failed || check.io_failed;
    all.Append(check.diagnostics);
    if (json) {
      packages.push_back(Json(package, check));
      continue;
    }
    for (const Diagnostic& diagnostic : check.diagnostics.items()) {
      std::fputs(FormatText(diagnostic, style).c_str(), stderr);
    }
    std::fputs(Summary(package, check).c_str(), stderr);
  }
  if (json) {
    nlohmann::ordered_json output;
    output["packages"] = packages;
    std::fputs((output.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n").c_str(), stdout);
  }
  if (io_failed) return kExitIo;
  if (all.has_errors()) return kExitContentErrors;
  if (arguments.werror.Stops(all)) return kExitWarnings;
  return kExitOk;
}

}  // namespace trainkit::cli
