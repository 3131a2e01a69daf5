#include "load/csv_table.h"

#include <gtest/gtest.h>

#include "support/temp_site.h"

namespace klynge {
namespace {

using testing::Describe;
using testing::FindDiagnostic;

TEST(CsvTableTest, FieldsKnowTheirLineAndColumn) {
  SourceFile file("data.csv", "data.csv",
                  "practice,indicator\r\n"
                  "\r\n"
                  "012345, opioid-3m \n"
                  "\"0\"\"1\",\"a,b\"\n"
                  "æø,x");
  Diagnostics diags;
  CsvTable table = ParseCsv(file, &diags);
  EXPECT_FALSE(diags.HasErrors()) << Describe(diags);
  ASSERT_EQ(table.rows.size(), 4u);  // the blank line is skipped
  EXPECT_EQ(table.rows[0].fields[1].text, "indicator");
  EXPECT_EQ(table.rows[0].fields[1].column, 10);
  const CsvRow& row = table.rows[1];
  EXPECT_EQ(row.line, 3);
  ASSERT_EQ(row.fields.size(), 2u);
  EXPECT_EQ(row.fields[0].text, "012345");     // leading zeros kept: it is text
  EXPECT_EQ(row.fields[1].text, "opioid-3m");  // spaces around an unquoted value go
  EXPECT_EQ(row.fields[1].column, 9);          // first character after the space
  EXPECT_EQ(row.end_line, 3);
  EXPECT_EQ(row.end_column, 19);
  EXPECT_EQ(table.rows[2].fields[0].text, "0\"1");
  EXPECT_EQ(table.rows[2].fields[1].text, "a,b");
  EXPECT_EQ(table.rows[2].fields[1].column, 8);
  // Columns count characters, not bytes, and a last line without newline is a row.
  EXPECT_EQ(table.rows[3].fields[1].column, 4);
  EXPECT_EQ(table.rows[3].end_column, 5);
}

TEST(CsvTableTest, EmptyFieldsAreKept) {
  SourceFile file("d.csv", "d.csv", "a,,c,\n");
  Diagnostics diags;
  CsvTable table = ParseCsv(file, &diags);
  ASSERT_EQ(table.rows.size(), 1u);
  ASSERT_EQ(table.rows[0].fields.size(), 4u);
  EXPECT_EQ(table.rows[0].fields[1].text, "");
  EXPECT_EQ(table.rows[0].fields[3].text, "");
}

TEST(CsvTableTest, QuoteInsideUnquotedValueIsAnErrorAtTheQuote) {
  SourceFile file("d.csv", "d.csv", "a,b\n01\"23,x\nc,d\n");
  Diagnostics diags;
  CsvTable table = ParseCsv(file, &diags);
  const Diagnostic* d = FindDiagnostic(diags, "malformed CSV: a quote inside an unquoted value");
  ASSERT_NE(d, nullptr) << Describe(diags);
  EXPECT_EQ(d->where.path, "d.csv");
  EXPECT_EQ(d->where.line, 2);
  EXPECT_EQ(d->where.column, 3);
  // The broken row is dropped and reading goes on.
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[1].line, 3);
  EXPECT_EQ(table.rows[1].fields[0].text, "c");
}

TEST(CsvTableTest, TextAfterClosingQuoteIsAnError) {
  SourceFile file("d.csv", "d.csv", "a,b\nx,\"12\"3\ny,\"4\"5\n");
  Diagnostics diags;
  ParseCsv(file, &diags);
  ASSERT_EQ(diags.error_count(), 2) << Describe(diags);
  EXPECT_EQ(diags.list()[0].where.line, 2);
  EXPECT_EQ(diags.list()[0].where.column, 7);
  EXPECT_NE(diags.list()[0].message.find("text after a closing quote"), std::string::npos);
  EXPECT_EQ(diags.list()[1].where.line, 3);
}

TEST(CsvTableTest, UnclosedQuoteIsAnErrorAtItsOpeningQuote) {
  SourceFile file("d.csv", "d.csv", "a,b\nx,\"12\ny,2\n");
  Diagnostics diags;
  ParseCsv(file, &diags);
  const Diagnostic* d = FindDiagnostic(diags, "never closed");
  ASSERT_NE(d, nullptr) << Describe(diags);
  EXPECT_EQ(d->where.line, 2);
  EXPECT_EQ(d->where.column, 3);
}

}  // namespace
}  // namespace klynge
