// Writing XML parts (of DOCX and SCORM packages) with libxml2's text writer: well-formed and
// escaped by construction.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

typedef struct _xmlTextWriter xmlTextWriter;
typedef struct _xmlBuffer xmlBuffer;

namespace trainkit::render {

class XmlWriter {
 public:
  XmlWriter();  // starts a UTF-8 document with a standalone declaration
  ~XmlWriter();
  XmlWriter(const XmlWriter&) = delete;
  XmlWriter& operator=(const XmlWriter&) = delete;

  using Attributes = std::initializer_list<std::pair<const char*, std::string_view>>;

  void Start(const char* name, Attributes attributes = {});  // opens an element
  void End();                                                  // closes the innermost one
  void Empty(const char* name, Attributes attributes = {});    // <name …/>
  void Text(std::string_view text);
  // <name …>text</name>
  void TextElement(const char* name, std::string_view text, Attributes attributes = {});

  // Closes every open element and returns the document.
  std::string Finish();

 private:
  xmlBuffer* buffer_;
  xmlTextWriter* writer_;
};

}  // namespace trainkit::render
