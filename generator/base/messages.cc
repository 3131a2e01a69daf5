#include "base/messages.h"

#include "base/message_table.h"

namespace klynge {

bool Message::empty() const { return id == Msg::kVerbatim && (args.empty() || (!args[0].message && args[0].text.empty())); }

bool operator==(const Message& a, const Message& b) {
  if (a.id != b.id || a.args.size() != b.args.size()) return false;
  for (size_t i = 0; i < a.args.size(); ++i) {
    const MessageArg &x = a.args[i], &y = b.args[i];
    if (x.text != y.text || !x.message != !y.message) return false;
    if (x.message && !(*x.message == *y.message)) return false;
  }
  return true;
}

Message DidYouMean(const std::string& nearest) {
  return nearest.empty() ? Message() : Text(Msg::kDidYouMean, nearest);
}

std::string_view MessageTemplate(Msg id, Language language) {
  if (static_cast<size_t>(id) >= kMsgCount) id = Msg::kVerbatim;
  return language == Language::kEnglish ? message_table::English(id) : message_table::Danish(id);
}

std::string Format(const Message& message, Language language) {
  std::string_view text = MessageTemplate(message.id, language);
  std::string out;
  out.reserve(text.size() + 32);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      size_t j = i + 1;
      size_t n = 0;
      while (j < text.size() && text[j] >= '0' && text[j] <= '9') n = n * 10 + static_cast<size_t>(text[j++] - '0');
      if (j > i + 1 && j < text.size() && text[j] == '}') {
        // An argument the caller did not give stays visible rather than vanishing.
        if (n >= message.args.size()) out += text.substr(i, j + 1 - i);
        else if (message.args[n].message) out += Format(*message.args[n].message, language);
        else out += message.args[n].text;
        i = j;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

}  // namespace klynge
