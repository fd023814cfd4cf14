// A compiled XML Schema (XSD) that documents can be checked against.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace trainkit::xml {

class Schema {
 public:
  ~Schema();
  Schema(const Schema&) = delete;
  Schema& operator=(const Schema&) = delete;

  // Compiles an XSD held in memory. Null, with `error` set, if it does not compile.
  static std::unique_ptr<Schema> Compile(std::string_view xsd, std::string* error);

  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  Schema() = default;
  std::unique_ptr<Impl> impl_;
};

// The curriculum format's schema (schema/curriculum-1.xsd), embedded in the binary.
const Schema& CurriculumSchema();
// Its text, as shipped.
std::string_view CurriculumSchemaText();

}  // namespace trainkit::xml
