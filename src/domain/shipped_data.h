// The rule-data files compiled into the binary (cmake/embed_text.cmake), so
// `netra serve` answers from the catalog and rules it was built and tested
// with, whatever its working directory. Parse them with the loaders of
// violation_catalog.h, sanction_rules.h and duplicate_reports.h.
#pragma once

#include <string_view>

namespace netra {

std::string_view ShippedViolationCatalogJson();  // data/catalog/violations.json
std::string_view ShippedSanctionRulesJson();     // data/rules/sanctions.json
std::string_view ShippedDuplicateRuleJson();     // data/rules/duplicates.json

}  // namespace netra
