// Builds a std::visit visitor from lambdas, one per alternative.
#pragma once

namespace trainkit {

template <typename... Ts>
struct Overloaded : Ts... {
  using Ts::operator()...;
};
template <typename... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

}  // namespace trainkit
