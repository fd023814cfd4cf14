// Internal to the resolver: keeps the content one audience sees and substitutes country facts.
#pragma once

#include <map>
#include <set>
#include <string>

#include "trainkit/model/content.h"
#include "trainkit/resolve/program.h"

namespace trainkit::resolve {

// Filters content for one audience, one delivery and one country's facts. A paragraph, list
// item, table row or other block that uses a fact the country does not set is left out, never
// printed with a gap; the filter counts what it left out for each fact.
class ContentFilter {
 public:
  ContentFilter(std::string audience, model::Delivery delivery, const std::map<std::string, Fact>& facts,
                const std::vector<model::FactDefinition>& definitions)
      : audience_(std::move(audience)), delivery_(delivery), facts_(facts), definitions_(definitions) {}

  bool Allows(const model::Condition& condition) const {
    return condition.Allows(audience_) && condition.Allows(delivery_);
  }
  model::Blocks Blocks(const model::Blocks& blocks);
  // Text that must stay (a title): an unset fact reads as what the fact is.
  model::Inlines Inlines(const model::Inlines& inlines);

  // For each fact key, how many passages were left out because the country does not set it.
  const std::map<std::string, int>& left_out() const { return left_out_; }
  // The facts the kept content prints.
  const std::set<std::string>& used() const { return used_; }

 private:
  bool UsesUnsetFact(const model::Inlines& inlines, bool count);
  std::optional<model::Block> Filter(const model::Block& block);
  std::optional<model::List> Filter(const model::List& list);

  std::string audience_;
  model::Delivery delivery_;
  const std::map<std::string, Fact>& facts_;
  const std::vector<model::FactDefinition>& definitions_;
  std::map<std::string, int> left_out_;
  std::set<std::string> used_;
};

}  // namespace trainkit::resolve
