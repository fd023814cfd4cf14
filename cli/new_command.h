// `trainkit new`: starts a trainer off from a scaffold that is valid as it is, never over a
// file that is already there.
//   trainkit new curriculum DIR --language L
//   trainkit new country PATH CC --language L
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace trainkit::cli {

struct NewArguments {
  std::string folder;    // new curriculum: its folder, whose name is its id; new country: the curriculum
  std::string country;   // new country: its ISO 3166-1 alpha-2 code
  std::string language;  // the language its text is written in (BCP 47)
  std::string templates;  // empty: the default template folder
};

struct NewCommands {
  CLI::App* command = nullptr;
  CLI::App* curriculum = nullptr;
  CLI::App* country = nullptr;
};

NewCommands AddNewCommands(CLI::App& app, NewArguments& arguments);
int RunNew(const NewCommands& commands, const NewArguments& arguments);

}  // namespace trainkit::cli
