#include "trainkit/render/image_check.h"

#include <fmt/format.h>
#include <zlib.h>

#include <cstdint>

namespace trainkit::render {
namespace {

uint32_t BigEndian32(std::string_view bytes, size_t at) {
  return (static_cast<uint32_t>(static_cast<unsigned char>(bytes[at])) << 24) |
         (static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + 1])) << 16) |
         (static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + 2])) << 8) |
         static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + 3]));
}

Status CheckSize(double width, double height) {
  if (width < 1 || height < 1) return Status::Error("the image has no size");
  if (width * height > kMaxImagePixels) {
    return Status::Error(fmt::format("the image is {}x{} pixels, more than the limit of {} million", width, height,
                                     kMaxImagePixels / 1e6));
  }
  return Status::Ok();
}

Status CheckPng(std::string_view bytes) {
  size_t at = 8;
  bool header = false, data = false;
  while (at + 12 <= bytes.size()) {
    uint32_t length = BigEndian32(bytes, at);
    if (length > bytes.size() - at - 12) return Status::Error("the PNG file is cut short");
    std::string_view type = bytes.substr(at + 4, 4);
    uint32_t expected = BigEndian32(bytes, at + 8 + length);
    uLong crc = crc32(0L, reinterpret_cast<const Bytef*>(bytes.data() + at + 4), length + 4);
    if (crc != expected) return Status::Error(fmt::format("the PNG file is damaged (checksum of its {} chunk)", type));
    if (!header) {
      if (type != "IHDR" || length != 13) return Status::Error("the PNG file does not start with its header");
      header = true;
      Status size = CheckSize(BigEndian32(bytes, at + 8), BigEndian32(bytes, at + 12));
      if (!size.ok()) return size;
    }
    if (type == "IDAT") data = true;
    if (type == "IEND") return data ? Status::Ok() : Status::Error("the PNG file has no image data");
    at += 12 + length;
  }
  return Status::Error("the PNG file is cut short");
}

Status CheckJpeg(std::string_view bytes) {
  if (bytes.size() < 4 || bytes.compare(bytes.size() - 2, 2, "\xFF\xD9") != 0) {
    return Status::Error("the JPEG file is cut short");
  }
  // Walk the marker segments up to the frame header, which gives the size.
  size_t at = 2;
  while (at + 4 <= bytes.size() && static_cast<unsigned char>(bytes[at]) == 0xFF) {
    auto marker = static_cast<unsigned char>(bytes[at + 1]);
    size_t length = (static_cast<unsigned char>(bytes[at + 2]) << 8) | static_cast<unsigned char>(bytes[at + 3]);
    if (length < 2 || at + 2 + length > bytes.size()) return Status::Error("the JPEG file is damaged");
    bool frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    if (frame) {
      if (length < 7) return Status::Error("the JPEG file is damaged");
      double height = (static_cast<unsigned char>(bytes[at + 5]) << 8) | static_cast<unsigned char>(bytes[at + 6]);
      double width = (static_cast<unsigned char>(bytes[at + 7]) << 8) | static_cast<unsigned char>(bytes[at + 8]);
      return CheckSize(width, height);
    }
    at += 2 + length;
  }
  return Status::Error("the JPEG file has no frame header");
}

}  // namespace

PixelSize ImageSize(std::string_view bytes) {
  if (bytes.size() >= 24 && IsPng(bytes)) {
    return {static_cast<double>(BigEndian32(bytes, 16)), static_cast<double>(BigEndian32(bytes, 20))};
  }
  for (size_t at = 2; at + 9 <= bytes.size() && static_cast<unsigned char>(bytes[at]) == 0xFF;) {
    auto marker = static_cast<unsigned char>(bytes[at + 1]);
    size_t length = (static_cast<unsigned char>(bytes[at + 2]) << 8) | static_cast<unsigned char>(bytes[at + 3]);
    if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
      return {static_cast<double>((static_cast<unsigned char>(bytes[at + 7]) << 8) | static_cast<unsigned char>(bytes[at + 8])),
              static_cast<double>((static_cast<unsigned char>(bytes[at + 5]) << 8) | static_cast<unsigned char>(bytes[at + 6]))};
    }
    at += 2 + length;
  }
  return {};
}

Status CheckImageBytes(std::string_view bytes) {
  if (IsPng(bytes)) return CheckPng(bytes);
  if (IsJpeg(bytes)) return CheckJpeg(bytes);
  return Status::Error("it is not a PNG or JPEG file");
}

}  // namespace trainkit::render
