#pragma once
// What every data file of a cluster shares: a header that names its columns
// in order, rows of exactly that many fields, and counts written as whole numbers.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "load/csv_table.h"

namespace klynge {

// The largest count a data file may give. Far above any clinic's listed
// patients, and small enough that sums over a cluster and rates (× per, at
// most 10^6) stay exact in int64 and double.
inline constexpr int64_t kMaxCount = 1'000'000'000;

// "a,b,c": the header line `columns` make.
std::string HeaderLine(const std::vector<std::string>& columns);

bool AllDigits(std::string_view s);

// True when `table`'s header is exactly `columns`; else every problem is
// reported (an empty file, a missing header, semicolons, a wrong, missing or
// extra column, with the nearest name) and its rows should not be read.
bool CheckCsvHeader(const CsvTable& table, const std::vector<std::string>& columns, Diagnostics* diags);

// True when `row` has one field per column; else a "malformed row" error.
bool CheckRowWidth(const CsvTable& table, const CsvRow& row, const std::vector<std::string>& columns,
                   Diagnostics* diags);

// A count as written: digits only, optionally after a minus, at most
// kMaxCount. Returns what is wrong ("is empty", …) or "" with *value set.
std::string ParseCsvCount(const std::string& text, int64_t* value);

// Where `first` was, as a message written at `here` names it: "line 4", or
// "other.csv:4" when it is in another file.
std::string LineOf(const SourceLocation& first, const SourceLocation& here);

}  // namespace klynge
