// The English words of every message (base/messages.h), in the enum's order.

#include "base/message_table.h"

namespace klynge::message_table {

namespace {

constexpr Entry kEnglish[] = {
    {Msg::kVerbatim, "{0}"},

    {Msg::kNothingWritten, "{0} error(s), {1} warning(s); nothing was written"},

    {Msg::kYamlParserCouldNotStart, "the YAML cannot be read here: the parser could not start"},
    {Msg::kYamlSecondDocument,
     "a second YAML document starts here: this file holds one document, so remove this `---` line"},
    {Msg::kYamlTextAfterEndMarker,
     "text after the end marker `...` starts a second YAML document: remove the `...` line"},
    {Msg::kYamlNestedTooDeep,
     "the values here are nested more than {0} levels deep: a content file needs only a few levels"},
    {Msg::kYamlAliasNamesNoAnchor,
     "the alias `*{0}` names no anchor: write `&{0}` before a value further up to name it, or write the value "
     "here"},
    {Msg::kYamlAliasInsideItsValue,
     "the alias `*{0}` is inside the value it names, which would repeat without end: write the value out "
     "instead"},
    {Msg::kYamlAliasesRepeatTooMuch,
     "the aliases up to here repeat more than {0} values: aliases of aliases grow without end; write the values "
     "out instead"},
    {Msg::kYamlAliasNestsTooDeep,
     "the alias `*{0}` nests the values more than {1} levels deep: write the value out with fewer levels"},
    {Msg::kYamlDuplicateKey,
     "duplicate key `{0}`: line {1} has it already; a key may appear once in a mapping, so remove or rename one "
     "of the two"},
    {Msg::kYamlCannotReadEmpty, "the YAML cannot be read here"},
    {Msg::kYamlTabIndentation,
     "a tab is used for indentation here; YAML indents with spaces only, so replace the tab with spaces"},
    {Msg::kYamlColonInPlainValue,
     "a colon followed by a space inside a value reads as the start of another key: put the whole text in "
     "quotes"},
    {Msg::kYamlColonInPlainValueFix,
     "a colon followed by a space inside a value reads as the start of another key: put the whole text in "
     "quotes, {0}"},
    {Msg::kYamlStrayComma,
     "a comma here separates nothing: commas go only between the entries of [ ] and { }; remove it, or put the "
     "whole text in quotes"},
    {Msg::kYamlListItemAmongKeys,
     "a list item (`- `) cannot stand among the keys of a mapping: put it under a key that takes a list, "
     "indented, or remove the `- `"},
    {Msg::kYamlListOnKeyLine,
     "a list cannot start on the same line as its key: put `- ` and the entry on the next line, indented under "
     "the key"},
    {Msg::kYamlListStillOpen, "the `[` opened at line {0} is still open here; end the list with `]` where it ends"},
    {Msg::kYamlMappingStillOpen,
     "the `{` opened at line {0} is still open here; end the mapping with `}` where it ends"},
    {Msg::kYamlListItemInFlow,
     "a list item (`- `) cannot stand inside [ ] or { }: separate the entries with commas only"},
    {Msg::kYamlMarkerInsideYaml, "`{0}` cannot stand inside the YAML: remove this line"},
    {Msg::kYamlAliasSignStartsText,
     "a text cannot start with {0} unless it is in quotes: * and & mark aliases and anchors, ! a tag"},
    {Msg::kYamlSignStartsText, "a text cannot start with {0} unless it is in quotes"},
    {Msg::kYamlSignStartsTextFix, "a text cannot start with {0} unless it is in quotes: {1}"},
    {Msg::kYamlUnknownEscape,
     "inside double quotes a backslash starts an escape such as \\n, and this one is unknown or incomplete: "
     "write a backslash as \\\\, or use single quotes"},
    {Msg::kYamlBlockTextLessIndented,
     "this line of a `|` or `>` text is indented less than the text's first line: indent every line of the "
     "text at least as far as the first"},
    {Msg::kYamlBlockHeaderText,
     "after `|` or `>` the line may hold only `-` or `+` and a comment: start the text on the next line, "
     "indented"},
    {Msg::kYamlCommentNeedsSpace,
     "a comment needs a space before its `#`; if the `#` is part of the text, put the whole text in quotes"},
    {Msg::kYamlTextAfterClosingQuote, "text follows the closing quote: put all of the text inside the quotes"},
    {Msg::kYamlClosesNothing, "this `{0}` closes nothing: remove it, or add the bracket it belongs to"},
    {Msg::kYamlBadCharacter, "this character is not allowed in YAML: remove it"},
    {Msg::kYamlCannotReadHere,
     "the YAML cannot be read here: check this line and the one above it for the indentation, a missing `:`, "
     "or a quote or bracket that is not closed"},
    {Msg::kYamlWrongClosingBracket, "`{0}` cannot close the `{1}` opened at line {2}: close it with `{3}` first"},
    {Msg::kYamlListNeverClosed, "the `[` opened at line {0} is never closed; end the list with `]`"},
    {Msg::kYamlMappingNeverClosed, "the `{` opened at line {0} is never closed; end the mapping with `}`"},
    {Msg::kYamlQuoteNeverClosed, "the quote `{0}` opened at line {1} is never closed; end the text with `{0}`"},
    {Msg::kYamlQuoteClosedLater,
     "the quote `{0}` opened here is closed only at line {1}: end the text with `{0}` on this line, or indent "
     "the lines the text goes on over"},
    {Msg::kYamlColonNeedsSpace, "a key's colon must be followed by a space: write {0} {1}"},
    {Msg::kYamlNoColonAfterKey,
     "this line has no colon after its key, so YAML cannot tell the key from the value: write it as key: value, "
     "with a space after the colon"},
    {Msg::kYamlIndentedMoreThanKey,
     "this line is indented more than {0} on line {1}: start it at column {2} to add a key beside {0}, or put "
     "the whole value of {0} in quotes if the line belongs to it"},
    {Msg::kYamlNotAListItem,
     "the lines above at this column are list items (`- `), but this one is not: start it with `- `, or indent "
     "it under the item it belongs to"},
    {Msg::kYamlLinesUpWithNothingTwo,
     "this line starts at column {0}, which lines up with no line above it: start it at column {1} like {2} on "
     "line {3}, or at column {4} like {5} on line {6}"},
    {Msg::kYamlLinesUpWithNothingOne,
     "this line starts at column {0}, which lines up with no line above it: start it at column {1} like {2} on "
     "line {3}"},
    {Msg::kYamlIndentedDifferently,
     "this line is indented differently from the lines above it: line it up with them"},
    {Msg::kDidYouMean, " (did you mean `{0}`?)"},
    {Msg::kContentFolderNotFound, "content folder not found"},
    {Msg::kUnknownInContentFolder,
     "unknown file or folder in the content folder; expected site.yaml, packages/, stories/, pages/ or "
     "clusters/"},
    {Msg::kSiteYamlMissing, "required file site.yaml is missing"},
    {Msg::kFileOverOneMebibyte, "file is larger than 1 MiB; split it into smaller files"},
    {Msg::kInvalidUtf8, "invalid UTF-8 byte sequence; save the file as UTF-8"},
    {Msg::kInvalidSlug,
     "invalid {0} name \"{1}\": use lower-case a-z, digits and single hyphens, e.g. "
     "\"nedre-luftvejsinfektioner\""},
    {Msg::kSlugOfPackageFolder, "package folder"},
    {Msg::kSlugOfStoryFile, "story file"},
    {Msg::kSlugOfPageFile, "page file"},
    {Msg::kSlugOfStoryFolder, "story folder"},
    {Msg::kSlugOfClusterFolder, "cluster folder"},
    {Msg::kPackageFolderIsLink,
     "a package folder may not be a symbolic link (this one points to {0}); put the package's files here"},
    {Msg::kUnknownFileInPackages, "unknown file in packages/; each package is a folder with a package.md"},
    {Msg::kUnknownFolderInPackage, "unknown folder in package; only assets/ is used"},
    {Msg::kUnknownFileInPackage, "unknown file in package; it is not published{0}"},
    {Msg::kPackageHasNoPage, "package folder has no package.md"},
    {Msg::kInvalidDrejebogName,
     "invalid drejebog name \"{0}\": the <name> in drejebog-<name>.yaml must be lower-case a-z, digits and "
     "single hyphens, e.g. drejebog-kommune.yaml"},
    {Msg::kUnknownFileInStories,
     "unknown file in stories/; each story is a <slug>.md file or a <slug>/ folder with a story.md"},
    {Msg::kUnknownFileInPages, "unknown file in pages/; each page is a <slug>.md file"},
    {Msg::kStoryFileAndFolder,
     "the story \"{0}\" is both stories/{0}.md and the folder stories/{0}/; keep one (a folder when the "
     "story has pictures)"},
    {Msg::kUnknownFileInStoryFolder, "unknown file in a story folder; it holds story.md and assets/"},
    {Msg::kStoryFolderHasNoStory, "story folder has no story.md"},
    {Msg::kUnknownFileInClusters, "unknown file in clusters/; each cluster is a folder with a cluster.yaml"},
    {Msg::kUnknownFileInCluster, "unknown file in cluster folder; expected cluster.yaml and .csv files"},
    {Msg::kClusterHasNoClusterYaml, "cluster folder has no cluster.yaml"},
    {Msg::kFrontMatterMissing,
     "missing front matter: the file must start with a '---' line, then YAML, then '---'"},
    {Msg::kFrontMatterNotClosed,
     "the front matter that starts here is never closed: add a line `---` after its last line of YAML, "
     "before the text"},
    {Msg::kFenceContentFolder, "the content folder"},
    {Msg::kFencePackageFolder, "its package folder {0}"},
    {Msg::kFenceStoriesFolder, "the stories folder {0}"},
    {Msg::kFencePagesFolder, "the pages folder {0}"},
    {Msg::kFenceStoryFolder, "its story folder {0}"},
    {Msg::kLinkLeadsNowhere, "symbolic link to {0} leads nowhere: {1}"},
    {Msg::kLinkLeadsIntoPrivate, "symbolic link to {0} leads into {1}, which is private and never published"},
    {Msg::kLinkLeadsOutside,
     "symbolic link to {0} leads outside {1}; klynge follows a link only when it stays inside the folder "
     "it belongs to"},
    {Msg::kCannotReadFile, "cannot read file: {0}"},
    {Msg::kNotARegularFile, "cannot read file: it is not a regular file (a device, pipe or socket)"},
    {Msg::kFileLargerThan, "file is larger than {0} bytes"},
    {Msg::kFileOutsideFence,
     "the file lies outside {0} (a symbolic link on its way leads out of it, or was changed during the "
     "build)"},
    {Msg::kCannotListFolder, "cannot list the folder: {0}"},
    {Msg::kCannotReadInFolder, "cannot read {0} in the folder: {1}"},
    {Msg::kMalformedCsv, "malformed CSV: {0}"},
    {Msg::kCsvCannotReadRow, "cannot read this CSV row"},
    {Msg::kCsvQuoteNeverClosed,
     "a quoted value is never closed: add the closing \" (inside quotes write \"\" for a quote)"},
    {Msg::kCsvQuoteInUnquotedValue,
     "a quote inside an unquoted value; quote the whole value (\"...\") and double the inner quote (\"\")"},
    {Msg::kCsvTextAfterClosingQuote,
     "text after a closing quote; a quoted value must end at a comma or the end of the line"},
    {Msg::kFoundNothing, "nothing"},
    {Msg::kFoundList, "a list"},
    {Msg::kFoundMapping, "a mapping"},
    {Msg::kColonHint, " (`{0}: {1}` reads as a key and its value: put the whole text in quotes)"},
    {Msg::kMustBeMapping, "{0} must be a mapping of keys to values, found {1}"},
    {Msg::kKeyMustBeWord, "a key in {0} must be a word such as `title`, found {1}"},
    {Msg::kUnknownKeyIgnored, "unknown key `{0}` in {1} is ignored{2}"},
    {Msg::kMissingRequiredKey, "{0} is missing the required key `{1}`"},
    {Msg::kMustBeText, "`{0}` must be text, found {1}{2}"},
    {Msg::kMustNotBeEmpty, "`{0}` must not be empty"},
    {Msg::kMustBeWholeNumber, "`{0}` must be a whole number, found {1}"},
    {Msg::kMustBeZeroOrMore, "`{0}` must be 0 or more, found {1}"},
    {Msg::kMustBeAtLeast, "`{0}` must be at least {1}, found {2}"},
    {Msg::kMustBeAtMost, "`{0}` must be at most {1}, found {2}"},
    {Msg::kMustBeNumber, "`{0}` must be a number such as 41.2, found {1}"},
    {Msg::kMustBeTrueOrFalse, "`{0}` must be true or false, found {1}"},
    {Msg::kMustBeDate, "`{0}` must be a date written YYYY-MM-DD, found {1}"},
    {Msg::kEachEntryMustBeText, "each entry of `{0}` must be text, found {1}{2}"},
    {Msg::kMustBeList, "`{0}` must be a list, found {1}"},
    {Msg::kMustBeSlug, "`{0}` must be a slug (lower-case a-z, digits, single hyphens), found \"{1}\""},
    {Msg::kMustBeOneOf, "`{0}` must be one of {1}, found \"{2}\"{3}"},
    {Msg::kWhatTask, "a task"},
    {Msg::kWhatPageFrontMatter, "the page's front matter"},
    {Msg::kWhatProgramItem, "a program item"},
    {Msg::kWhatProgramBlock, "a program block"},
    {Msg::kWhatStoryFrontMatter, "the story's front matter"},
    {Msg::kWhatIndicator, "an indicator"},
    {Msg::kWhatSurvey, "a survey"},
    {Msg::kWhatPractice, "a practice"},
    {Msg::kWhatComparator, "a comparator"},
    {Msg::kWhatNotesSection, "a notes section"},
    {Msg::kWhatPraksisarkFrontMatter, "praksisark.md's front matter"},
    {Msg::kWhatLink, "a link"},
    {Msg::kWhatMaterial, "a material"},
    {Msg::kWhatPackageFrontMatter, "package.md's front matter"},
    {Msg::kEmailMustBeAddress, "`email` must be an e-mail address such as klynger@example.dk"},
    {Msg::kContactNeedsEmailOrPhone, "`{0}` needs an `email` or a `phone`"},
    {Msg::kOrderUrlMustBeAbsolute,
     "`url` must be an absolute http(s) URL such as https://www.example.dk/bestil, found \"{0}\""},
    {Msg::kOrderNeedsUrlOrEmail, "`order` needs a `url` or an `email`"},
    {Msg::kBaseUrlMustBeAbsolute,
     "`base_url` must be an absolute http(s) URL such as https://klyngepakker.example.dk/, found \"{0}\""},
    {Msg::kTopicListedTwice, "topic \"{0}\" is listed twice in `topics`"},
};

static_assert(std::size(kEnglish) == kMsgCount, "messages_en.cc: one text per Msg");
static_assert(HasEveryMessageInOrder(kEnglish), "messages_en.cc: the texts in the order of enum Msg");

}  // namespace

std::string_view English(Msg id) { return kEnglish[static_cast<size_t>(id)].text; }

}  // namespace klynge::message_table
