// Finds and reads an organisation's brand: the file given with --brand, else the template's
// brand.json. Read once per command, before any output, so a broken one stops everything.
#pragma once

#include <filesystem>
#include <memory>

#include "trainkit/base/diagnostic.h"
#include "trainkit/base/status.h"
#include "trainkit/env.h"
#include "trainkit/model/brand.h"

namespace trainkit {

// The brand file to use: `given` when not empty, else <templates>/brand.json if there is one,
// else empty (no brand: trainkit's own look).
std::filesystem::path BrandFileToUse(const Env& env, const std::filesystem::path& given,
                                     const std::filesystem::path& templates);

// Reads the brand at `path` through `env`; its logo and font files are named relative to it
// (a font file also in the template's fonts/ or the system's DejaVu folder). Sets `brand`, or
// reports what is wrong (E189, E193) and leaves it null. An error Status when the file itself
// cannot be read.
Status ReadBrandFile(const Env& env, const std::filesystem::path& path, const std::filesystem::path& templates,
                     Diagnostics& diagnostics, std::shared_ptr<const model::Brand>& brand);

}  // namespace trainkit
