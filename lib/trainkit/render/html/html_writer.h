// Writing an HTML5 page: text and attributes escaped by construction, void elements never
// closed, other elements always closed (an empty <div/> would swallow what follows in HTML).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace trainkit::render::html {

class HtmlWriter {
 public:
  // Name and value, in the order written; a value is escaped when written.
  using Attributes = std::vector<std::pair<std::string, std::string>>;

  void Start(std::string_view name, const Attributes& attributes = {});  // opens an element
  void End();                                                      // closes the innermost one
  void Void(std::string_view name, const Attributes& attributes = {});   // <img>, <input>, <meta>…
  void Text(std::string_view text);
  // <name …>text</name>
  void TextElement(std::string_view name, std::string_view text, const Attributes& attributes = {});
  // Raw markup that is already safe where it goes (the JSON of a data <script>, say).
  void Raw(std::string_view markup) { out_ += markup; }

  // Closes every open element and returns the markup (a page adds its own doctype).
  std::string Finish();

 private:
  void OpenTag(std::string_view name, const Attributes& attributes);
  std::string out_;
  std::vector<std::string> open_;
};

// `text` with &, <, > and both quotes written as character references.
std::string EscapeHtml(std::string_view text);

}  // namespace trainkit::render::html
