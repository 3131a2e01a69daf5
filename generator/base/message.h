#pragma once
// A message an author reads, kept as its id in the catalog (base/messages.h)
// and its arguments; the words are made in the site's language only when it
// is printed, so a problem found before site.yaml is read still speaks it.
// This header needs only the name of the enum, so that adding a message
// rebuilds only the files that use it.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "base/language.h"

namespace klynge {

// The catalog's ids (base/messages.h); 0 is kVerbatim.
enum class Msg : uint16_t;

struct Message;

// One argument of a message: text as it is, or a message of its own (a kind
// of value, a hint), worded in the same language as the message around it.
struct MessageArg {
  std::string text;
  std::shared_ptr<const Message> message;
};

// A message to be worded later: its id and its arguments.
struct Message {
  Msg id = Msg{0};  // kVerbatim
  std::vector<MessageArg> args;

  Message() : args{MessageArg{}} {}  // the empty text
  // A text outside the catalog (internal problems, a library's own words).
  Message(std::string text) : args{MessageArg{std::move(text), nullptr}} {}  // NOLINT: implicit by design
  Message(const char* text) : Message(std::string(text)) {}                   // NOLINT
  Message(Msg message_id, std::vector<MessageArg> arguments) : id(message_id), args(std::move(arguments)) {}

  // True for the empty text (an optional hint that is not there).
  bool empty() const;
};

bool operator==(const Message& a, const Message& b);

namespace message_detail {
inline MessageArg Arg(std::string s) { return {std::move(s), nullptr}; }
inline MessageArg Arg(std::string_view s) { return {std::string(s), nullptr}; }
inline MessageArg Arg(const char* s) { return {s, nullptr}; }
inline MessageArg Arg(char c) { return {std::string(1, c), nullptr}; }
inline MessageArg Arg(Message m) { return {std::string(), std::make_shared<const Message>(std::move(m))}; }
template <typename T, typename = std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, char> &&
                                                  !std::is_same_v<T, bool>>>
MessageArg Arg(T n) {
  return {std::to_string(n), nullptr};
}
}  // namespace message_detail

// Text(Msg::kYamlDuplicateKey, key, line): the message with its arguments in
// order; an argument is text, a number, a character or a Message.
template <typename... Args>
Message Text(Msg id, Args&&... args) {
  return Message(id, {message_detail::Arg(std::forward<Args>(args))...});
}

// The message's words in `language`, each `{n}` replaced by argument n.
std::string Format(const Message& message, Language language);
// The table's text of one message, placeholders and all.
std::string_view MessageTemplate(Msg id, Language language);

}  // namespace klynge
