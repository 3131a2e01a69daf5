#pragma once
// Why a file operation failed, in the words a user reads: "no space left on
// device" rather than "cannot write" alone.

#include <string>
#include <system_error>

namespace klynge {

// Plain lower-case words for the errno value `error_number`.
std::string ErrorText(int error_number);

// The same for a std::filesystem error code (its errno, when it has one).
std::string ErrorText(const std::error_code& ec);

}  // namespace klynge
