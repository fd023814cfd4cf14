// Writing an HTML5 page: text and attributes escaped by construction, void elements never
// closed, other elements always closed (an empty <div/> would swallow what follows in HTML).
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace trainkit::writers::scorm {

class HtmlWriter {
 public:
  using Attributes = std::initializer_list<std::pair<std::string_view, std::string_view>>;

  void Start(std::string_view name, Attributes attributes = {});  // opens an element
  void End();                                                      // closes the innermost one
  void Void(std::string_view name, Attributes attributes = {});   // <img>, <input>, <meta>…
  void Text(std::string_view text);
  // <name …>text</name>
  void TextElement(std::string_view name, std::string_view text, Attributes attributes = {});
  // Raw markup that is already safe where it goes (the JSON of a data <script>, say).
  void Raw(std::string_view markup) { out_ += markup; }

  // Closes every open element and returns the markup (a page adds its own doctype).
  std::string Finish();

 private:
  void OpenTag(std::string_view name, Attributes attributes);
  std::string out_;
  std::vector<std::string> open_;
};

// `text` with &, <, > and both quotes written as character references.
std::string EscapeHtml(std::string_view text);

}  // namespace trainkit::writers::scorm
