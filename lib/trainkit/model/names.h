// The words the format uses for each enumerated value: one table per type, read by the reader
// to parse attributes and by the writers to print them.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

#include "trainkit/model/adaptation.h"
#include "trainkit/model/curriculum.h"

namespace trainkit::model {

template <typename Enum>
using NameTable = std::vector<std::pair<std::string_view, Enum>>;

const NameTable<ObjectiveType>& ObjectiveTypeNames();
const NameTable<FactKind>& FactKindNames();
const NameTable<Method>& MethodNames();
const NameTable<ItemType>& ItemTypeNames();
const NameTable<ItemUse>& ItemUseNames();
const NameTable<Origin>& OriginNames();
const NameTable<BreakKind>& BreakKindNames();
const NameTable<NoteType>& NoteTypeNames();
const NameTable<Confidence>& ConfidenceNames();

// The word for `value` in its table; "" for a value the format never writes.
template <typename Enum>
std::string_view NameIn(const NameTable<Enum>& table, Enum value) {
  for (const auto& [name, candidate] : table) {
    if (candidate == value) return name;
  }
  return "";
}

inline std::string_view Name(ObjectiveType v) { return NameIn(ObjectiveTypeNames(), v); }
inline std::string_view Name(FactKind v) { return NameIn(FactKindNames(), v); }
inline std::string_view Name(Method v) { return NameIn(MethodNames(), v); }
inline std::string_view Name(ItemType v) { return NameIn(ItemTypeNames(), v); }
inline std::string_view Name(ItemUse v) { return NameIn(ItemUseNames(), v); }
inline std::string_view Name(Origin v) { return NameIn(OriginNames(), v); }
inline std::string_view Name(BreakKind v) { return NameIn(BreakKindNames(), v); }
inline std::string_view Name(NoteType v) { return NameIn(NoteTypeNames(), v); }
inline std::string_view Name(Confidence v) { return NameIn(ConfidenceNames(), v); }

}  // namespace trainkit::model
