#include "trainkit/render/svg_image.h"

#include <cairo.h>
#include <fmt/format.h>
#include <librsvg/rsvg.h>

#include <cmath>
#include <memory>

namespace trainkit::render {
namespace {

template <typename T, void (*Free)(T*)>
struct Deleter {
  void operator()(T* p) const {
    if (p) Free(p);
  }
};
void UnrefHandle(RsvgHandle* handle) { g_object_unref(handle); }
using Handle = std::unique_ptr<RsvgHandle, Deleter<RsvgHandle, UnrefHandle>>;
using Surface = std::unique_ptr<cairo_surface_t, Deleter<cairo_surface_t, cairo_surface_destroy>>;
using Context = std::unique_ptr<cairo_t, Deleter<cairo_t, cairo_destroy>>;

cairo_status_t AppendTo(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// The SVG's proportions, width to height: its own size when it gives one, else its viewBox.
bool SizeOf(RsvgHandle* handle, double& width, double& height) {
  gboolean has_width = FALSE, has_height = FALSE, has_viewbox = FALSE;
  RsvgLength w{}, h{};
  RsvgRectangle viewbox{};
  rsvg_handle_get_intrinsic_dimensions(handle, &has_width, &w, &has_height, &h, &has_viewbox, &viewbox);
  if (rsvg_handle_get_intrinsic_size_in_pixels(handle, &width, &height) && width > 0 && height > 0) return true;
  if (has_viewbox && viewbox.width > 0 && viewbox.height > 0) {
    width = viewbox.width;
    height = viewbox.height;
    return true;
  }
  return false;
}

// The error's message without its trailing line break, and the error freed.
std::string Message(GError* error) {
  std::string message = error ? error->message : "unknown error";
  if (error) g_error_free(error);
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  return message;
}

}  // namespace

bool LooksLikeSvg(std::string_view bytes) {
  size_t at = bytes.find("<svg");
  if (at == std::string_view::npos || at > 4096) return false;
  // Before it only an XML declaration, comments, a doctype and spaces: no other element.
  for (size_t open = bytes.find('<'); open < at; open = bytes.find('<', open + 1)) {
    char next = open + 1 < bytes.size() ? bytes[open + 1] : '\0';
    if (next != '?' && next != '!') return false;
  }
  return true;
}

Status SvgToPng(std::string_view svg, int longer_side, std::string& png) {
  if (svg.size() > kMaxSvgBytes) {
    return Status::Error(fmt::format("the SVG is larger than {} MiB: export the logo as PNG", kMaxSvgBytes >> 20));
  }
  if (svg.find("<text") != std::string_view::npos || svg.find(":text") != std::string_view::npos) {
    return Status::Error("the SVG has text, which would be drawn in whatever fonts this computer has: convert its "
                         "text to paths (in Inkscape: Path, Object to Path), or export the logo as PNG");
  }
  for (std::string_view embedded : {"<image", ":image", "feImage", "data:"}) {
    if (svg.find(embedded) != std::string_view::npos) {
      return Status::Error("the SVG holds or links to an image of its own: export the logo as PNG, or as an SVG of "
                           "shapes only");
    }
  }
  GError* error = nullptr;
  Handle handle(rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error));
  if (!handle) {
    std::string why = Message(error);
    return Status::Error(fmt::format("not an SVG librsvg can read: {}", why));
  }
  double width = 0, height = 0;
  if (!SizeOf(handle.get(), width, height)) {
    return Status::Error("the SVG has no size: give its <svg> a width and height, or a viewBox");
  }
  double scale = longer_side / std::max(width, height);
  int pixels_wide = std::max(1, static_cast<int>(std::lround(width * scale)));
  int pixels_high = std::max(1, static_cast<int>(std::lround(height * scale)));
  Surface surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, pixels_wide, pixels_high));
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) return Status::Error("cannot draw the SVG: out of memory");
  Context cairo(cairo_create(surface.get()));
  RsvgRectangle viewport{0, 0, static_cast<double>(pixels_wide), static_cast<double>(pixels_high)};
  if (!rsvg_handle_render_document(handle.get(), cairo.get(), &viewport, &error)) {
    std::string why = Message(error);
    return Status::Error(fmt::format("cannot draw the SVG: {}", why));
  }
  cairo.reset();
  png.clear();
  if (cairo_surface_write_to_png_stream(surface.get(), &AppendTo, &png) != CAIRO_STATUS_SUCCESS) {
    return Status::Error("cannot write the SVG's drawing as PNG");
  }
  return Status::Ok();
}

}  // namespace trainkit::render
