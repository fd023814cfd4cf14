// The writer registry: every export format, by name. The CLI's --format, `trainkit formats`
// and the golden tests all read this table; nothing else knows the list of formats.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "trainkit/base/diagnostic.h"
#include "trainkit/base/status.h"
#include "trainkit/resolve/program.h"

namespace trainkit::writers {

// What a writer may use besides the program: templates and fonts come in here, never from
// the file system or the clock.
struct WriterContext {};

struct Writer {
  std::string_view name;         // "guide-pdf"
  std::string_view extension;    // "pdf"
  std::string_view description;  // one line for `trainkit formats`
  // Writes the program's bytes to `out`. Content the format cannot show is reported as a
  // warning; failures of the environment return an error Status.
  Status (*write)(const resolve::ResolvedProgram& program, const WriterContext& context,
                  std::string& out, Diagnostics& diagnostics);
};

const std::vector<Writer>& AllWriters();
// The writer called `name`, or null.
const Writer* FindWriter(std::string_view name);

}  // namespace trainkit::writers
