// JSON of a case's handling officer and conflicts of interest (issue 4 point
// 7), shared by GET /cases/{id} (enforcement_api.cc) and the handling routes
// (case_handling_api.cc). docs/api.md "Handling officer and conflicts".
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "service/case_conflicts.h"
#include "service/case_service.h"

namespace netra::api {

nlohmann::json ToJson(const Conflict& conflict);
nlohmann::json ToJson(const OfficerView& officer);
nlohmann::json ToJson(const HandlerView& handler);
// Adds "handling_officer", "handler_history", "conflicts", "has_conflict",
// "ppk_region", "decision_region" and "blocked" to a case's body.
void AddHandlingFields(nlohmann::json& body, const CaseFile& file);

}  // namespace netra::api
