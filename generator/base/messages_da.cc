// The Danish words of every message (base/messages.h), in the enum's order:
// plain Danish for an author in general practice, du-form; keys, file names
// and what to type stay as they are, in backticks.

#include "base/message_table.h"

namespace klynge::message_table {

namespace {

constexpr Entry kDanish[] = {
    {Msg::kVerbatim, "{0}"},

    {Msg::kNothingWritten, "{0} fejl og {1} advarsel(er); der er ikke skrevet noget"},

    {Msg::kYamlParserCouldNotStart, "YAML'en kan ikke læses her: læseren kunne ikke gå i gang"},
    {Msg::kYamlSecondDocument,
     "her begynder endnu et YAML-dokument: filen må kun rumme ét, så fjern denne linje med `---`"},
    {Msg::kYamlTextAfterEndMarker,
     "tekst efter slutmærket `...` begynder endnu et YAML-dokument: fjern linjen med `...`"},
    {Msg::kYamlNestedTooDeep,
     "værdierne her ligger mere end {0} niveauer inde i hinanden: en indholdsfil behøver kun få niveauer"},
    {Msg::kYamlAliasNamesNoAnchor,
     "aliasset `*{0}` peger ikke på noget anker: skriv `&{0}` foran en værdi længere oppe for at give den navnet, "
     "eller skriv værdien her"},
    {Msg::kYamlAliasInsideItsValue,
     "aliasset `*{0}` står inde i den værdi, det peger på, så den ville gentage sig uden ende: skriv værdien ud "
     "i stedet"},
    {Msg::kYamlAliasesRepeatTooMuch,
     "aliasserne indtil her gentager mere end {0} værdier: aliasser af aliasser vokser uden ende; skriv "
     "værdierne ud i stedet"},
    {Msg::kYamlAliasNestsTooDeep,
     "aliasset `*{0}` lægger værdierne mere end {1} niveauer inde i hinanden: skriv værdien ud med færre "
     "niveauer"},
    {Msg::kYamlDuplicateKey,
     "nøglen `{0}` står der to gange: linje {1} har den allerede, og en nøgle må kun stå én gang; fjern eller "
     "omdøb den ene"},
    {Msg::kYamlCannotReadEmpty, "YAML'en kan ikke læses her"},
    {Msg::kYamlTabIndentation,
     "her er der rykket ind med tabulator; YAML rykker kun ind med mellemrum, så skift tabulatoren ud med "
     "mellemrum"},
    {Msg::kYamlColonInPlainValue,
     "et kolon og et mellemrum inde i en værdi læses som starten på en ny nøgle: sæt hele teksten i "
     "anførselstegn"},
    {Msg::kYamlColonInPlainValueFix,
     "et kolon og et mellemrum inde i en værdi læses som starten på en ny nøgle: sæt hele teksten i "
     "anførselstegn, {0}"},
    {Msg::kYamlStrayComma,
     "kommaet her adskiller ingenting: komma bruges kun mellem punkterne i [ ] og { }; fjern det, eller sæt "
     "hele teksten i anførselstegn"},
    {Msg::kYamlListItemAmongKeys,
     "et listepunkt (`- `) kan ikke stå mellem nøglerne: ryk det ind under en nøgle, der tager en liste, "
     "eller fjern `- `"},
    {Msg::kYamlListOnKeyLine,
     "en liste kan ikke begynde på samme linje som sin nøgle: skriv `- ` og punktet på næste linje, rykket ind "
     "under nøglen"},
    {Msg::kYamlListStillOpen, "`[` fra linje {0} er stadig åben her; afslut listen med `]`, hvor den slutter"},
    {Msg::kYamlMappingStillOpen, "`{` fra linje {0} er stadig åben her; afslut den med `}`, hvor den slutter"},
    {Msg::kYamlListItemInFlow,
     "et listepunkt (`- `) kan ikke stå inde i [ ] eller { }: adskil punkterne med komma i stedet"},
    {Msg::kYamlMarkerInsideYaml, "`{0}` kan ikke stå inde i YAML'en: fjern linjen"},
    {Msg::kYamlAliasSignStartsText,
     "en tekst kan kun begynde med {0}, hvis den står i anførselstegn: * og & markerer aliasser og ankre, ! et "
     "tag"},
    {Msg::kYamlSignStartsText, "en tekst kan kun begynde med {0}, hvis den står i anførselstegn"},
    {Msg::kYamlSignStartsTextFix, "en tekst kan kun begynde med {0}, hvis den står i anførselstegn: {1}"},
    {Msg::kYamlUnknownEscape,
     "i dobbelte anførselstegn begynder en omvendt skråstreg en kode som \\n, og denne er ukendt eller "
     "ufuldstændig: skriv en omvendt skråstreg som \\\\, eller brug enkelte anførselstegn"},
    {Msg::kYamlBlockTextLessIndented,
     "denne linje i en `|`- eller `>`-tekst er rykket mindre ind end tekstens første linje: ryk alle tekstens "
     "linjer mindst lige så langt ind som den første"},
    {Msg::kYamlBlockHeaderText,
     "efter `|` eller `>` må linjen kun rumme `-` eller `+` og en kommentar: begynd teksten på næste linje, "
     "rykket ind"},
    {Msg::kYamlCommentNeedsSpace,
     "en kommentar skal have et mellemrum før sit `#`; hører `#` til teksten, så sæt hele teksten i "
     "anførselstegn"},
    {Msg::kYamlTextAfterClosingQuote,
     "der står tekst efter det sidste anførselstegn: sæt hele teksten inden for anførselstegnene"},
    {Msg::kYamlClosesNothing, "denne `{0}` lukker ingenting: fjern den, eller tilføj den parentes, den hører til"},
    {Msg::kYamlBadCharacter, "dette tegn må ikke stå i YAML: fjern det"},
    {Msg::kYamlCannotReadHere,
     "YAML'en kan ikke læses her: se efter i denne linje og linjen over, om indrykningen passer, om der mangler "
     "et `:`, eller om et anførselstegn eller en parentes ikke er lukket"},
    {Msg::kYamlWrongClosingBracket, "`{0}` kan ikke lukke `{1}` fra linje {2}: luk den først med `{3}`"},
    {Msg::kYamlListNeverClosed, "`[` fra linje {0} bliver aldrig lukket; afslut listen med `]`"},
    {Msg::kYamlMappingNeverClosed, "`{` fra linje {0} bliver aldrig lukket; afslut den med `}`"},
    {Msg::kYamlQuoteNeverClosed,
     "anførselstegnet `{0}` fra linje {1} bliver aldrig lukket; afslut teksten med `{0}`"},
    {Msg::kYamlQuoteClosedLater,
     "anførselstegnet `{0}`, der begynder her, lukkes først i linje {1}: afslut teksten med `{0}` på denne "
     "linje, eller ryk de linjer ind, som teksten fortsætter på"},
    {Msg::kYamlColonNeedsSpace, "der skal være et mellemrum efter nøglens kolon: skriv {0} {1}"},
    {Msg::kYamlNoColonAfterKey,
     "linjen har intet kolon efter sin nøgle, så YAML kan ikke skelne nøglen fra værdien: skriv den som "
     "nøgle: værdi, med et mellemrum efter kolon"},
    {Msg::kYamlIndentedMoreThanKey,
     "linjen er rykket længere ind end {0} i linje {1}: begynd den i kolonne {2} for at tilføje en nøgle ved "
     "siden af {0}, eller sæt hele værdien af {0} i anførselstegn, hvis linjen hører til den"},
    {Msg::kYamlNotAListItem,
     "linjerne over i denne kolonne er listepunkter (`- `), men det er denne ikke: begynd den med `- `, eller "
     "ryk den ind under det punkt, den hører til"},
    {Msg::kYamlLinesUpWithNothingTwo,
     "linjen begynder i kolonne {0}, der ikke flugter med nogen linje over den: begynd den i kolonne {1} som "
     "{2} i linje {3}, eller i kolonne {4} som {5} i linje {6}"},
    {Msg::kYamlLinesUpWithNothingOne,
     "linjen begynder i kolonne {0}, der ikke flugter med nogen linje over den: begynd den i kolonne {1} som "
     "{2} i linje {3}"},
    {Msg::kYamlIndentedDifferently,
     "linjen er rykket anderledes ind end linjerne over den: lad den flugte med dem"},
    {Msg::kDidYouMean, " (mente du `{0}`?)"},
    {Msg::kContentFolderNotFound, "mappen content blev ikke fundet"},
    {Msg::kUnknownInContentFolder,
     "ukendt fil eller mappe i content; her hører kun site.yaml, packages/, stories/, pages/ og clusters/ "
     "til"},
    {Msg::kSiteYamlMissing, "filen site.yaml mangler, og den skal være der"},
    {Msg::kFileOverOneMebibyte, "filen er større end 1 MiB; del den op i mindre filer"},
    {Msg::kInvalidUtf8, "ugyldige UTF-8-tegn; gem filen som UTF-8"},
    {Msg::kInvalidSlug,
     "\"{1}\" er ikke et gyldigt navn på {0}: brug små bogstaver a-z, tal og enkelte bindestreger, fx "
     "\"nedre-luftvejsinfektioner\""},
    {Msg::kSlugOfPackageFolder, "en pakkemappe"},
    {Msg::kSlugOfStoryFile, "en historiefil"},
    {Msg::kSlugOfPageFile, "en sidefil"},
    {Msg::kSlugOfStoryFolder, "en historiemappe"},
    {Msg::kSlugOfClusterFolder, "en klyngemappe"},
    {Msg::kPackageFolderIsLink,
     "en pakkemappe må ikke være et symbolsk link (dette peger på {0}); læg pakkens filer her"},
    {Msg::kUnknownFileInPackages, "ukendt fil i packages/; hver pakke er en mappe med en package.md"},
    {Msg::kUnknownFolderInPackage, "ukendt mappe i pakken; kun assets/ bliver brugt"},
    {Msg::kUnknownFileInPackage, "ukendt fil i pakken; den bliver ikke udgivet{0}"},
    {Msg::kPackageHasNoPage, "pakkemappen har ingen package.md"},
    {Msg::kInvalidDrejebogName,
     "\"{0}\" er ikke et gyldigt navn på en drejebog: <navn> i drejebog-<navn>.yaml skal skrives med små "
     "bogstaver a-z, tal og enkelte bindestreger, fx drejebog-kommune.yaml"},
    {Msg::kUnknownFileInStories,
     "ukendt fil i stories/; hver historie er en fil <navn>.md eller en mappe <navn>/ med en story.md"},
    {Msg::kUnknownFileInPages, "ukendt fil i pages/; hver side er en fil <navn>.md"},
    {Msg::kStoryFileAndFolder,
     "historien \"{0}\" findes både som stories/{0}.md og som mappen stories/{0}/; behold den ene (mappen, "
     "hvis historien har billeder)"},
    {Msg::kUnknownFileInStoryFolder, "ukendt fil i en historiemappe; den rummer kun story.md og assets/"},
    {Msg::kStoryFolderHasNoStory, "historiemappen har ingen story.md"},
    {Msg::kUnknownFileInClusters, "ukendt fil i clusters/; hver klynge er en mappe med en cluster.yaml"},
    {Msg::kUnknownFileInCluster, "ukendt fil i klyngemappen; her hører kun cluster.yaml og .csv-filer til"},
    {Msg::kClusterHasNoClusterYaml, "klyngemappen har ingen cluster.yaml"},
    {Msg::kFrontMatterMissing, "front matter mangler: filen skal begynde med en linje '---', så YAML og så '---'"},
    {Msg::kFrontMatterNotClosed,
     "front matter, der begynder her, bliver aldrig afsluttet: tilføj en linje `---` efter den sidste "
     "linje YAML, før teksten"},
    {Msg::kFenceContentFolder, "mappen content"},
    {Msg::kFencePackageFolder, "pakkens mappe {0}"},
    {Msg::kFenceStoriesFolder, "historiemappen {0}"},
    {Msg::kFencePagesFolder, "sidemappen {0}"},
    {Msg::kFenceStoryFolder, "historiens mappe {0}"},
    {Msg::kLinkLeadsNowhere, "det symbolske link til {0} fører ingen steder hen: {1}"},
    {Msg::kLinkLeadsIntoPrivate, "det symbolske link til {0} fører ind i {1}, som er privat og aldrig udgives"},
    {Msg::kLinkLeadsOutside,
     "det symbolske link til {0} fører uden for {1}; klynge følger kun et link, der bliver inde i den "
     "mappe, det hører til"},
    {Msg::kCannotReadFile, "filen kan ikke læses: {0}"},
    {Msg::kNotARegularFile,
     "filen kan ikke læses: det er ikke en almindelig fil (men en enhed, en pipe eller en socket)"},
    {Msg::kFileLargerThan, "filen er større end {0} byte"},
    {Msg::kFileOutsideFence,
     "filen ligger uden for {0} (et symbolsk link på vejen fører ud af den eller blev ændret under "
     "bygningen)"},
    {Msg::kCannotListFolder, "mappens indhold kan ikke læses: {0}"},
    {Msg::kCannotReadInFolder, "{0} i mappen kan ikke læses: {1}"},
    {Msg::kMalformedCsv, "CSV-filen er forkert skrevet: {0}"},
    {Msg::kCsvCannotReadRow, "rækken kan ikke læses"},
    {Msg::kCsvQuoteNeverClosed,
     "en værdi i anførselstegn bliver aldrig lukket: tilføj det afsluttende \" (inde i anførselstegn "
     "skrives et anførselstegn som \"\")"},
    {Msg::kCsvQuoteInUnquotedValue,
     "et anførselstegn inde i en værdi uden anførselstegn; sæt hele værdien i anførselstegn (\"...\"), og "
     "skriv anførselstegnet inde i den dobbelt (\"\")"},
    {Msg::kCsvTextAfterClosingQuote,
     "tekst efter et afsluttende anførselstegn; en værdi i anførselstegn skal slutte ved et komma eller "
     "ved linjens slutning"},
    {Msg::kFoundNothing, "ingenting"},
    {Msg::kFoundList, "en liste"},
    {Msg::kFoundMapping, "nøgler med værdier"},
    {Msg::kColonHint, " (`{0}: {1}` læses som en nøgle med en værdi: sæt hele teksten i anførselstegn)"},
    {Msg::kMustBeMapping, "{0} skal bestå af nøgler med værdier, men der står {1}"},
    {Msg::kKeyMustBeWord, "en nøgle i {0} skal være et ord som `title`, men der står {1}"},
    {Msg::kUnknownKeyIgnored, "den ukendte nøgle `{0}` i {1} bliver ikke brugt{2}"},
    {Msg::kMissingRequiredKey, "{0} mangler nøglen `{1}`, som skal være der"},
    {Msg::kMustBeText, "`{0}` skal være en tekst, men der står {1}{2}"},
    {Msg::kMustNotBeEmpty, "`{0}` må ikke være tom"},
    {Msg::kMustBeWholeNumber, "`{0}` skal være et helt tal, men der står {1}"},
    {Msg::kMustBeZeroOrMore, "`{0}` skal være 0 eller mere, men der står {1}"},
    {Msg::kMustBeAtLeast, "`{0}` skal være mindst {1}, men der står {2}"},
    {Msg::kMustBeAtMost, "`{0}` må højst være {1}, men der står {2}"},
    {Msg::kMustBeNumber, "`{0}` skal være et tal som 41.2, men der står {1}"},
    {Msg::kMustBeTrueOrFalse, "`{0}` skal være true eller false, men der står {1}"},
    {Msg::kMustBeDate, "`{0}` skal være en dato skrevet ÅÅÅÅ-MM-DD, men der står {1}"},
    {Msg::kEachEntryMustBeText, "hvert punkt i `{0}` skal være en tekst, men der står {1}{2}"},
    {Msg::kMustBeList, "`{0}` skal være en liste, men der står {1}"},
    {Msg::kMustBeSlug,
     "`{0}` skal være et kort navn (små bogstaver a-z, tal og enkelte bindestreger), men der står \"{1}\""},
    {Msg::kMustBeOneOf, "`{0}` skal være en af {1}, men der står \"{2}\"{3}"},
    {Msg::kWhatTask, "en opgave"},
    {Msg::kWhatPageFrontMatter, "sidens front matter"},
    {Msg::kWhatProgramItem, "et programpunkt"},
    {Msg::kWhatProgramBlock, "en programblok"},
    {Msg::kWhatStoryFrontMatter, "historiens front matter"},
    {Msg::kWhatIndicator, "en indikator"},
    {Msg::kWhatSurvey, "en spørgeskemaundersøgelse"},
    {Msg::kWhatPractice, "en praksis"},
    {Msg::kWhatComparator, "et sammenligningstal"},
    {Msg::kWhatNotesSection, "et afsnit i noterne"},
    {Msg::kWhatPraksisarkFrontMatter, "front matter i praksisark.md"},
    {Msg::kWhatLink, "et link"},
    {Msg::kWhatMaterial, "et materiale"},
    {Msg::kWhatPackageFrontMatter, "front matter i package.md"},
    {Msg::kEmailMustBeAddress, "`email` skal være en e-mailadresse som klynger@example.dk"},
    {Msg::kContactNeedsEmailOrPhone, "`{0}` skal have en `email` eller en `phone`"},
    {Msg::kOrderUrlMustBeAbsolute,
     "`url` skal være en fuld http(s)-adresse som https://www.example.dk/bestil, men der står \"{0}\""},
    {Msg::kOrderNeedsUrlOrEmail, "`order` skal have en `url` eller en `email`"},
    {Msg::kBaseUrlMustBeAbsolute,
     "`base_url` skal være en fuld http(s)-adresse som https://klyngepakker.example.dk/, men der står "
     "\"{0}\""},
    {Msg::kTopicListedTwice, "emnet \"{0}\" står to gange i `topics`"},
};

static_assert(std::size(kDanish) == kMsgCount, "messages_da.cc: one text per Msg");
static_assert(HasEveryMessageInOrder(kDanish), "messages_da.cc: the texts in the order of enum Msg");

}  // namespace

std::string_view Danish(Msg id) { return kDanish[static_cast<size_t>(id)].text; }

}  // namespace klynge::message_table
