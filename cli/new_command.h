// `trainkit new`: starts a trainer off from a scaffold that is valid as it is, never over a
// file that is already there.
//   trainkit new curriculum DIR --language L
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace trainkit::cli {

struct NewArguments {
  std::string folder;    // new curriculum: its folder, whose name is its id
  std::string language;  // the language its text is written in (BCP 47)
  std::string templates;  // empty: the default template folder
};

struct NewCommands {
  CLI::App* command = nullptr;
  CLI::App* curriculum = nullptr;
};

NewCommands AddNewCommands(CLI::App& app, NewArguments& arguments);
int RunNew(const NewCommands& commands, const NewArguments& arguments);

}  // namespace trainkit::cli
