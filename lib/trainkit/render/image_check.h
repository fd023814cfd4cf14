// Checks that image bytes are a whole, sane PNG or JPEG before a library decodes them: a
// truncated or damaged file is refused here, not read past its end by a decoder.
#pragma once

#include <string_view>

#include "trainkit/base/status.h"

namespace trainkit::render {

// Whether `bytes` begin as a PNG (its 8-byte signature) or a JPEG (a start-of-image marker)
// does: what a file is, by its content, whatever its name.
inline bool IsPng(std::string_view bytes) { return bytes.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8); }
inline bool IsJpeg(std::string_view bytes) { return bytes.substr(0, 3) == std::string_view("\xFF\xD8\xFF", 3); }

// At most this many pixels: more is a mistake or a decompression bomb.
inline constexpr double kMaxImagePixels = 50e6;

// Ok for a PNG whose chunks are all present with correct checksums, or a JPEG with a frame
// header and an end marker, either of a sane size. Otherwise an error saying what is wrong.
Status CheckImageBytes(std::string_view bytes);

struct PixelSize {
  double width = 0, height = 0;
};
// The size of an image that passed CheckImageBytes.
PixelSize ImageSize(std::string_view bytes);

}  // namespace trainkit::render
