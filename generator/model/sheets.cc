#include "model/sheets.h"

namespace klynge {

const char* PaperName(PaperSize size) {
  switch (size) {
    case PaperSize::kA4: return "A4";
    case PaperSize::kA3: return "A3";
    case PaperSize::kA2: return "A2";
    case PaperSize::kA1: return "A1";
    case PaperSize::kA0: return "A0";
  }
  return "A4";
}

}  // namespace klynge
