#include "service/case_handling_service.h"

#include <nlohmann/json.hpp>

#include "service/access.h"
#include "service/case_support.h"

namespace netra {
namespace {

using nlohmann::json;

Result<CaseRecord> CaseInScope(Store& store, const Caller& caller, std::int64_t case_id) {
  Result<CaseRecord> c = store.enforcement().GetCase(case_id);
  if (!c.ok() || !RegionWithin(c->region_code, caller.region_code)) {
    if (c.ok() || c.status().code() == ErrorCode::kNotFound) {
      return Status(ErrorCode::kNotFound, "Kasus tidak ditemukan", "Case not found");
    }
    return c.status();
  }
  return c;
}

Status OfficerNotFound() {
  return Status(ErrorCode::kNotFound, "Petugas pengawas tidak ditemukan",
                "Pengawas officer not found");
}

}  // namespace

Status CaseHandlingService::EnsureHandler(const Caller& caller, const CaseRecord& c,
                                          const std::string& how) {
  if (caller.role != Role::kPengawas || caller.user_id == 0) return Status::Ok();
  NETRA_ASSIGN_OR_RETURN(std::optional<HandlerRecord> current,
                         store_.case_handling().CurrentHandler(c.id));
  if (current) return Status::Ok();
  const std::int64_t now = clock_.Now();
  HandlerRecord h;
  h.case_id = c.id;
  h.seq = 1;
  h.user_id = caller.user_id;
  h.assigned_by = caller.user_id;
  h.assigned_at = now;
  h.how = how;
  const json detail = {{"to_user_id", caller.user_id}, {"to", caller.username}, {"how", how}};
  const Result<HandlerRecord> stored = store_.case_handling().AssignHandler(
      h, case_support::AuditFor(caller, "case.handler", c.region_code, c.id, detail.dump(), now));
  if (!stored.ok() && stored.status().code() != ErrorCode::kConflict) return stored.status();
  return Status::Ok();
}

Result<HandlerView> CaseHandlingService::Assign(const Caller& caller, std::int64_t case_id,
                                                std::optional<std::int64_t> user_id,
                                                const std::string& reason) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, {Role::kPengawas}));
  NETRA_RETURN_IF_ERROR(case_support::CheckField(reason, 1000, "reason", false));
  NETRA_ASSIGN_OR_RETURN(CaseRecord c, CaseInScope(store_, caller, case_id));
  if (c.status == CaseStatus::kClosed) {
    return Status(ErrorCode::kFailedPrecondition, "Kasus sudah ditutup", "The case is closed")
        .WithReason("case_closed");
  }
  const std::int64_t target_id = user_id.value_or(caller.user_id);
  Result<OfficerView> target = conflicts_.Officer(target_id);
  if (!target.ok()) {
    return target.status().code() == ErrorCode::kNotFound ? OfficerNotFound() : target.status();
  }
  // Only a pengawas the caller may see, whose office covers the case.
  if (target->user.role != Role::kPengawas ||
      !RegionWithin(target->user.region_code, caller.region_code)) {
    return OfficerNotFound();
  }
  if (target->user.disabled) {
    return Status(ErrorCode::kFailedPrecondition, "Akun petugas itu dinonaktifkan",
                  "That officer's account is disabled")
        .WithReason("officer_disabled");
  }
  if (!RegionWithin(c.region_code, target->user.region_code)) {
    return Status(ErrorCode::kFailedPrecondition,
                  "Wilayah petugas itu tidak mencakup wilayah kasus (" + c.region_code + ")",
                  "That officer's region does not cover the case's (" + c.region_code + ")")
        .WithReason("officer_out_of_region");
  }
  NETRA_ASSIGN_OR_RETURN(std::optional<HandlerRecord> current,
                         store_.case_handling().CurrentHandler(c.id));
  if (current && current->user_id == target_id) {
    return Status(ErrorCode::kConflict, "Petugas itu sudah menangani kasus ini",
                  "That officer already handles this case")
        .WithReason("already_handler");
  }
  if (current && reason.empty()) {
    return Status(ErrorCode::kInvalidArgument,
                  "Alasan pengalihan wajib diisi karena kasus sudah memiliki petugas",
                  "A reason is required: the case already has a handling officer")
        .WithReason("reason_required");
  }
  NETRA_ASSIGN_OR_RETURN(std::vector<Conflict> own, conflicts_.OfficerConflicts(c, target->user));
  if (!own.empty()) {
    return Status(ErrorCode::kFailedPrecondition,
                  "Petugas " + target->user.display_name +
                      " tidak dapat menangani kasus ini karena konflik kepentingan: " +
                      own.front().explanation,
                  "Officer " + target->user.display_name +
                      " cannot handle this case because of a conflict of interest: " +
                      own.front().explanation_en)
        .WithReason("officer_conflict");
  }
  const std::int64_t now = clock_.Now();
  HandlerRecord h;
  h.case_id = c.id;
  h.seq = current ? current->seq + 1 : 1;
  h.user_id = target_id;
  h.assigned_by = caller.user_id;
  h.assigned_at = now;
  h.how = target_id == caller.user_id ? "take_over" : "assigned";
  h.reason = reason;
  json detail = {
      {"to_user_id", target_id}, {"to", target->user.username}, {"how", h.how}, {"reason", reason}};
  if (current) detail["from_user_id"] = current->user_id;
  NETRA_ASSIGN_OR_RETURN(HandlerRecord stored,
                         store_.case_handling().AssignHandler(
                             h, case_support::AuditFor(caller, "case.handler", c.region_code, c.id,
                                                       detail.dump(), now)));
  return HandlerView{std::move(stored), std::move(target).value()};
}

Result<std::vector<OfficerOption>> CaseHandlingService::Officers(const Caller& caller,
                                                                 std::int64_t case_id) {
  NETRA_RETURN_IF_ERROR(RequireRole(caller, {Role::kPengawas}));
  NETRA_ASSIGN_OR_RETURN(CaseRecord c, CaseInScope(store_, caller, case_id));
  NETRA_ASSIGN_OR_RETURN(std::optional<HandlerRecord> current,
                         store_.case_handling().CurrentHandler(c.id));
  NETRA_ASSIGN_OR_RETURN(std::vector<User> users, store_.ListUsers(caller.region_code));
  std::vector<OfficerOption> out;
  for (const User& u : users) {
    if (u.role != Role::kPengawas || u.disabled || !RegionWithin(c.region_code, u.region_code)) {
      continue;
    }
    OfficerOption option;
    NETRA_ASSIGN_OR_RETURN(option.officer, conflicts_.OfficerFor(u));
    option.current = current && current->user_id == u.id;
    NETRA_ASSIGN_OR_RETURN(option.conflicts, conflicts_.OfficerConflicts(c, u));
    out.push_back(std::move(option));
  }
  std::stable_sort(out.begin(), out.end(), [](const OfficerOption& a, const OfficerOption& b) {
    return a.current > b.current;
  });
  return out;
}

Result<std::vector<HandlerView>> CaseHandlingService::History(const Caller& caller,
                                                              std::int64_t case_id) {
  NETRA_RETURN_IF_ERROR(RequireRole(
      caller, {Role::kPengawas, Role::kPenilai, Role::kPpk, Role::kAuditor, Role::kAdmin}));
  NETRA_ASSIGN_OR_RETURN(CaseRecord c, CaseInScope(store_, caller, case_id));
  NETRA_ASSIGN_OR_RETURN(std::vector<HandlerRecord> rows,
                         store_.case_handling().ListHandlers(c.id));
  std::vector<HandlerView> out;
  for (HandlerRecord& row : rows) {
    NETRA_ASSIGN_OR_RETURN(OfficerView officer, conflicts_.OfficerOrPlaceholder(row.user_id));
    out.push_back({std::move(row), std::move(officer)});
  }
  return out;
}

}  // namespace netra
