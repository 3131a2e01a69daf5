#pragma once
// Every message an author reads, by id, with its words in one table per
// language (messages_da.cc, messages_en.cc). Message (base/message.h) keeps
// an id and its arguments until it is printed.

#include <cstddef>
#include <cstdint>
#include <string>

#include "base/message.h"

namespace klynge {

// One entry per distinct message, named for what it says. A text holds
// `{0}`, `{1}`, ... where its arguments go; braces around anything but
// digits are plain text. Both tables list every entry in this order.
enum class Msg : uint16_t {
  kVerbatim,  // {0}: a text not in the catalog, the same in every language

  // pipeline/build: the words after the messages
  kNothingWritten,  // {0} errors, {1} warnings

  // load/yaml_reader, load/yaml_syntax_error: YAML syntax
  kYamlParserCouldNotStart,
  kYamlSecondDocument,
  kYamlTextAfterEndMarker,
  kYamlNestedTooDeep,            // {0} levels
  kYamlAliasNamesNoAnchor,       // {0} name
  kYamlAliasInsideItsValue,      // {0} name
  kYamlAliasesRepeatTooMuch,     // {0} values
  kYamlAliasNestsTooDeep,        // {0} name, {1} levels
  kYamlDuplicateKey,             // {0} key, {1} line of the first
  kYamlCannotReadEmpty,
  kYamlTabIndentation,
  kYamlColonInPlainValue,
  kYamlColonInPlainValueFix,     // {0} the line as it should be
  kYamlStrayComma,
  kYamlListItemAmongKeys,
  kYamlListOnKeyLine,
  kYamlListStillOpen,            // {0} line
  kYamlMappingStillOpen,         // {0} line
  kYamlListItemInFlow,
  kYamlMarkerInsideYaml,         // {0} `---` or `...`
  kYamlAliasSignStartsText,      // {0} * & or !
  kYamlSignStartsText,           // {0} the character
  kYamlSignStartsTextFix,        // {0} the character, {1} the line as it should be
  kYamlUnknownEscape,
  kYamlBlockTextLessIndented,
  kYamlBlockHeaderText,
  kYamlCommentNeedsSpace,
  kYamlTextAfterClosingQuote,
  kYamlClosesNothing,            // {0} bracket
  kYamlBadCharacter,
  kYamlCannotReadHere,
  kYamlWrongClosingBracket,      // {0} closing, {1} opening, {2} line, {3} the right closing
  kYamlListNeverClosed,          // {0} line
  kYamlMappingNeverClosed,       // {0} line
  kYamlQuoteNeverClosed,         // {0} quote, {1} line
  kYamlQuoteClosedLater,         // {0} quote, {1} line of the closing quote
  kYamlColonNeedsSpace,          // {0} key with colon, {1} the rest
  kYamlNoColonAfterKey,
  kYamlIndentedMoreThanKey,      // {0} key label, {1} its line, {2} its column
  kYamlNotAListItem,
  kYamlLinesUpWithNothingTwo,    // {0} column; {1} column, {2} label, {3} line; {4} column, {5} label, {6} line
  kYamlLinesUpWithNothingOne,    // {0} column; {1} column, {2} label, {3} line
  kYamlIndentedDifferently,

  // load/content_loader, load/folder_fence: the content folder
  kDidYouMean,  // {0} the nearest name
  kContentFolderNotFound,
  kUnknownInContentFolder,
  kSiteYamlMissing,
  kFileOverOneMebibyte,
  kInvalidUtf8,
  kInvalidSlug,  // {0} what is named (kSlugOf...), {1} the name
  kSlugOfPackageFolder,
  kSlugOfStoryFile,
  kSlugOfPageFile,
  kSlugOfStoryFolder,
  kSlugOfClusterFolder,
  kPackageFolderIsLink,  // {0} the link's target
  kUnknownFileInPackages,
  kUnknownFolderInPackage,
  kUnknownFileInPackage,  // {0} kDidYouMean or nothing
  kPackageHasNoPage,
  kInvalidDrejebogName,  // {0} the name
  kUnknownFileInStories,
  kUnknownFileInPages,
  kStoryFileAndFolder,  // {0} slug
  kUnknownFileInStoryFolder,
  kStoryFolderHasNoStory,
  kUnknownFileInClusters,
  kUnknownFileInCluster,
  kClusterHasNoClusterYaml,
  kFrontMatterMissing,
  kFrontMatterNotClosed,
  kFenceContentFolder,
  kFencePackageFolder,  // {0} folder
  kFenceStoriesFolder,  // {0} folder
  kFencePagesFolder,  // {0} folder
  kFenceStoryFolder,  // {0} folder
  kLinkLeadsNowhere,  // {0} target, {1} why
  kLinkLeadsIntoPrivate,  // {0} target, {1} private folder
  kLinkLeadsOutside,  // {0} target, {1} the fence (kFence...)
  kCannotReadFile,  // {0} why
  kNotARegularFile,
  kFileLargerThan,  // {0} bytes
  kFileOutsideFence,  // {0} the fence (kFence...)

  // load/folder_fence: listing a folder
  kCannotListFolder,  // {0} why
  kCannotReadInFolder,  // {0} name, {1} why

  // load/csv_table: CSV syntax
  kMalformedCsv,  // {0} what is wrong (kCsv...)
  kCsvCannotReadRow,
  kCsvQuoteNeverClosed,
  kCsvQuoteInUnquotedValue,
  kCsvTextAfterClosingQuote,

  // validate/yaml_map: keys and values
  kFoundNothing,
  kFoundList,
  kFoundMapping,
  kColonHint,  // {0} key, {1} value
  kMustBeMapping,  // {0} what, {1} found
  kKeyMustBeWord,  // {0} what, {1} found
  kUnknownKeyIgnored,  // {0} key, {1} what, {2} kDidYouMean or nothing
  kMissingRequiredKey,  // {0} what, {1} key
  kMustBeText,  // {0} key, {1} found, {2} kColonHint or nothing
  kMustNotBeEmpty,  // {0} key
  kMustBeWholeNumber,  // {0} key, {1} found
  kMustBeZeroOrMore,  // {0} key, {1} found
  kMustBeAtLeast,  // {0} key, {1} least, {2} found
  kMustBeAtMost,  // {0} key, {1} most, {2} found
  kMustBeNumber,  // {0} key, {1} found
  kMustBeTrueOrFalse,  // {0} key, {1} found
  kMustBeDate,  // {0} key, {1} found
  kEachEntryMustBeText,  // {0} key, {1} found, {2} kColonHint or nothing
  kMustBeList,  // {0} key, {1} found
  kMustBeSlug,  // {0} key, {1} found
  kMustBeOneOf,  // {0} key, {1} allowed, {2} found, {3} kDidYouMean or nothing

  // validate/: what a mapping is, for yaml_map's messages
  kWhatTask,
  kWhatPageFrontMatter,
  kWhatProgramItem,
  kWhatProgramBlock,
  kWhatStoryFrontMatter,
  kWhatIndicator,
  kWhatSurvey,
  kWhatPractice,
  kWhatComparator,
  kWhatNotesSection,
  kWhatPraksisarkFrontMatter,
  kWhatLink,
  kWhatMaterial,
  kWhatPackageFrontMatter,

  // validate/site_validator: site.yaml
  kEmailMustBeAddress,
  kContactNeedsEmailOrPhone,  // {0} key
  kOrderUrlMustBeAbsolute,  // {0} found
  kOrderNeedsUrlOrEmail,
  kBaseUrlMustBeAbsolute,  // {0} found
  kTopicListedTwice,  // {0} topic

  kCount
};


inline constexpr size_t kMsgCount = static_cast<size_t>(Msg::kCount);

// " (did you mean `nearest`?)", or the empty message when there is no nearest name.
Message DidYouMean(const std::string& nearest);

}  // namespace klynge
