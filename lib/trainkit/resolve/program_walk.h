// Visits every piece of content of a resolved program (titles, blocks, notes, tables, answer
// keys), so the passes that fill it in or collect from it (facts, images, texts) share one
// walk and none misses a corner of it.
#pragma once

#include <functional>
#include <type_traits>

#include "trainkit/resolve/program.h"

namespace trainkit::resolve {

template <bool kConst>
struct BasicContentVisitor {
  template <typename T>
  using Ref = std::conditional_t<kConst, const T&, T&>;
  // Each run of inline content at its top level: a title, a paragraph, a cell, a list item.
  std::function<void(Ref<model::Inlines>)> inlines = [](Ref<model::Inlines>) {};
  // Each block, nested ones too (in notes and sublists), before the content inside it.
  std::function<void(Ref<model::Block>)> block = [](Ref<model::Block>) {};
  // false: a handout's title only, not its blocks (for an output that lists handouts).
  bool handout_blocks = true;
};
using ContentVisitor = BasicContentVisitor<true>;
using ContentEditor = BasicContentVisitor<false>;

// The program's own texts (title, summary, sources, goals, objectives, glossary, agenda, facts),
// then each module: its participant material, then its facilitator material.
void Walk(const ResolvedProgram& program, const ContentVisitor& visitor);
void Walk(const ParticipantProgram& program, const ContentVisitor& visitor);
void Walk(ResolvedProgram& program, const ContentEditor& visitor);

}  // namespace trainkit::resolve
