#include "render/markup_escape.h"

#include <gtest/gtest.h>

namespace klynge {
namespace {

TEST(MarkupEscapeTest, EscapesEveryCharacterThatCouldOpenMarkup) {
  EXPECT_EQ(EscapeMarkup("<script>alert(\"x\" & 'y')</script>"),
            "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;");
  EXPECT_EQ(EscapeMarkup("Lægerne Vestergade – æøå"), "Lægerne Vestergade – æøå");
}

}  // namespace
}  // namespace klynge
