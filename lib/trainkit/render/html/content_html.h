// Curriculum content as HTML: inline text (emphasis, links, facts) and blocks (paragraphs,
// headings, lists, tables, notes, images, quotes, prompts), accessible by construction (tables
// scroll on a phone and are labelled by their caption, notes have role=note, every image has
// its description). The SCORM player uses it now; a preview page or EPUB can use it as it is.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "trainkit/model/content.h"
#include "trainkit/render/html/html_writer.h"

namespace trainkit::render::html {

// The path under which the page shows an image, or empty when the image is left out (its
// description is shown instead).
using ImagePath = std::function<std::string(const model::Image& image)>;
// What to say beside a fact's value, by fact key ("not yet checked"), or empty.
using FactNote = std::function<std::string(const std::string& key)>;

class ContentHtml {
 public:
  ContentHtml(HtmlWriter& html, ImagePath image_path) : html_(html), image_path_(std::move(image_path)) {}
  void SetFactNote(FactNote fact_note) { fact_note_ = std::move(fact_note); }

  void Inlines(const model::Inlines& inlines);
  // <tag …>inlines</tag>
  void InlineElement(std::string_view tag, const model::Inlines& inlines, const HtmlWriter::Attributes& attributes = {});
  // <ul …> of one item each.
  void InlineList(const std::vector<const model::Inlines*>& items, const HtmlWriter::Attributes& attributes = {});
  // `heading_level`: the level a heading inside the blocks takes (h1–h6).
  void Blocks(const model::Blocks& blocks, int heading_level);
  // <section …><hN>title</hN>blocks</section>, its blocks' headings one level below.
  void Section(const model::Inlines& title, const model::Blocks& blocks, int heading_level,
               const HtmlWriter::Attributes& attributes = {});

 private:
  void List(const model::List& list, int heading_level);
  void Table(const model::Table& table);
  void Image(const model::Image& image);
  void Prompt(const model::Prompt& prompt);
  // An id unique in the page: "caption-3".
  std::string NextId(std::string_view stem);

  HtmlWriter& html_;
  ImagePath image_path_;
  FactNote fact_note_;
  int counter_ = 0;
};

}  // namespace trainkit::render::html
