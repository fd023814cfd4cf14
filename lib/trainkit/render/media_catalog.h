// The images a program shows, each loaded and checked once, wherever it appears (notes,
// tables, activities, facilitator notes), so no writer decides about media on its own.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "trainkit/base/diagnostic.h"
#include "trainkit/render/image_check.h"
#include "trainkit/resolve/program.h"

namespace trainkit::render {

// The bytes of a media file, by its path in the curriculum, or nullopt if it cannot be read.
using MediaLoader = std::function<std::optional<std::string>(const std::string& source)>;

struct MediaFile {
  std::string bytes;
  PixelSize size;
  bool png = false;  // else JPEG
  SourceLocation first_use;
};

// The output the images are for: how it names itself in W181 ("image 'x' is left out of the
// guide (why); its description is printed instead") and what of the program it shows.
struct MediaUse {
  std::string_view output;  // "the guide"
  std::string_view verb;    // "printed"
  bool handouts = true;     // false: it lists handouts by title and shows none of their images
};

class MediaCatalog {
 public:
  // Loads every image the program shows. Each place an image that cannot be used appears
  // is reported as W181; writers show its description there instead.
  static MediaCatalog Load(const resolve::ResolvedProgram& program, const MediaLoader& load, MediaUse use,
                           Diagnostics& diagnostics);
  static MediaCatalog Load(const resolve::ParticipantProgram& program, const MediaLoader& load, MediaUse use,
                           Diagnostics& diagnostics);

  // The image at `source`, or null if it is left out.
  const MediaFile* Find(const std::string& source) const;
  // Every usable image's source, in the order the program first shows them.
  const std::vector<std::string>& sources() const { return order_; }

  // Reports that an image this catalog holds could not be used after all (a library refused
  // it), once, at its first use, and forgets it.
  void LeaveOut(const std::string& source, std::string_view why, MediaUse use, Diagnostics& diagnostics);

 private:
  template <typename Program>
  static MediaCatalog LoadFrom(const Program& program, const MediaLoader& load, MediaUse use,
                               Diagnostics& diagnostics);

  std::map<std::string, MediaFile> files_;
  std::vector<std::string> order_;
};

}  // namespace trainkit::render
