#pragma once
// tryk.pdf: a cluster's envelopes in one file for the print shop. Per clinic,
// in the order given: a cover sheet with the clinic's name and address where
// a window envelope shows them (DIN 5008 form B), the clinic's sealed sheet
// and its A4 plan; each clinic's set starts on an odd page, so that printed
// duplex no sheet holds two clinics.

#include <string>
#include <vector>

#include "base/status.h"
#include "render/pdf/print_context.h"

namespace klynge {

// DIN 5008 form B's address field, in millimetres from the sheet's top-left corner.
inline constexpr float kWindowLeftMm = 20, kWindowTopMm = 45, kWindowWidthMm = 85, kWindowHeightMm = 45;

// `clinics` are the clinics' contexts (each with edition->clinic set).
Status RenderPrintBundlePdf(const std::vector<const PrintContext*>& clinics, std::string* bytes);

}  // namespace klynge
