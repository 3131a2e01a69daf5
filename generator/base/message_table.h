#pragma once
// The shape of a language's message table (messages_da.cc, messages_en.cc):
// one text per Msg, in the enum's order, checked when it compiles.

#include <cstddef>
#include <iterator>
#include <string_view>

#include "base/messages.h"

namespace klynge::message_table {

struct Entry {
  Msg id;
  std::string_view text;
};

// True when the table has exactly one entry per Msg, in order.
template <size_t N>
constexpr bool HasEveryMessageInOrder(const Entry (&table)[N]) {
  if (N != kMsgCount) return false;
  for (size_t i = 0; i < N; ++i)
    if (static_cast<size_t>(table[i].id) != i) return false;
  return true;
}

// The tables, defined in messages_da.cc and messages_en.cc.
std::string_view Danish(Msg id);
std::string_view English(Msg id);

}  // namespace klynge::message_table
