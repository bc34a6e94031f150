#include "ingest/import_report.h"

#include <nlohmann/json.hpp>

namespace netra::ingest {

void ImportReport::AddError(std::size_t keep, std::int64_t line, std::string column,
                            std::string message_id, std::string message_en) {
  ++error_count;
  if (errors.size() >= keep) return;
  errors.push_back({line, std::move(column), std::move(message_id), std::move(message_en)});
}

std::string ErrorsToJson(const ImportReport& report) {
  nlohmann::json out = nlohmann::json::array();
  for (const RowError& e : report.errors) {
    out.push_back({{"line", e.line},
                   {"column", e.column},
                   {"reason_id", e.message_id},
                   {"reason_en", e.message_en}});
  }
  return out.dump();
}

}  // namespace netra::ingest
