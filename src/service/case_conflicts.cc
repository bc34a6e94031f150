#include "service/case_conflicts.h"

#include <algorithm>

#include "domain/working_days.h"
#include "service/case_support.h"

namespace netra {
namespace {

// "35.13.15" → "35.13": the government (regency/city or province) a region
// belongs to, whose head is the PPK of its employees.
std::string GovernmentOf(const std::string& region) {
  const std::size_t first = region.find('.');
  if (first == std::string::npos) return region;
  const std::size_t second = region.find('.', first + 1);
  return second == std::string::npos ? region : region.substr(0, second);
}

std::string PersonKey(const OfficerView& officer) {
  if (officer.employee) return "employee:" + std::to_string(officer.employee->id);
  return "user:" + std::to_string(officer.user.id);
}

std::string UnitKey(const std::optional<Employee>& employee) {
  return employee ? "agency:" + std::to_string(employee->agency_id) : std::string();
}

bool IsHeadOffice(const std::string& office) {
  return office == "bupati" || office == "walikota" || office == "gubernur";
}

}  // namespace

Result<OfficerView> CaseConflicts::OfficerOrPlaceholder(std::int64_t user_id) {
  Result<OfficerView> officer = Officer(user_id);
  if (officer.ok() || officer.status().code() != ErrorCode::kNotFound) return officer;
  OfficerView placeholder;
  placeholder.user.id = user_id;
  placeholder.user.username = "#" + std::to_string(user_id);
  placeholder.user.display_name = placeholder.user.username;
  return placeholder;
}

bool IsPpkConflict(const Conflict& conflict) {
  return conflict.kind == ConflictKind::kPpkCandidate ||
         conflict.kind == ConflictKind::kPpkIsReported;
}

Result<OfficerView> CaseConflicts::Officer(std::int64_t user_id) {
  NETRA_ASSIGN_OR_RETURN(User user, store_.GetUser(user_id));
  return OfficerFor(std::move(user));
}

Result<OfficerView> CaseConflicts::OfficerFor(User user) {
  OfficerView view;
  view.user = std::move(user);
  view.user.password_hash.clear();
  if (view.user.employee_nip && !view.user.employee_nip->empty()) {
    Result<Employee> employee = store_.GetEmployeeByNip(*view.user.employee_nip);
    if (employee.ok()) {
      view.employee = std::move(employee).value();
      Result<Agency> agency = store_.GetAgency(view.employee->agency_id);
      if (agency.ok()) view.agency_name = agency->name;
    } else if (employee.status().code() != ErrorCode::kNotFound) {
      return employee.status();
    }
  }
  return view;
}

Result<bool> CaseConflicts::HeadIsCandidate(const std::string& region, const std::string& act_date,
                                            const std::string& today) {
  NETRA_ASSIGN_OR_RETURN(std::vector<Election> elections, store_.ListElections());
  for (const Election& election : elections) {
    std::string start = election.voting_date;
    std::string end = election.voting_date;
    NETRA_ASSIGN_OR_RETURN(std::vector<ElectionStage> stages,
                           store_.ListElectionStages(election.id));
    for (const ElectionStage& s : stages) {
      start = std::min(start, s.start_date);
      end = std::max(end, s.end_date);
    }
    // The candidacy must overlap the time from the act to today.
    if (act_date > end || today < start) continue;
    NETRA_ASSIGN_OR_RETURN(std::vector<Contest> contests, store_.ListContests(election.id, region));
    for (const Contest& contest : contests) {
      if (contest.region_code != region || !IsHeadOffice(contest.office)) continue;
      NETRA_ASSIGN_OR_RETURN(std::vector<Candidate> candidates, store_.ListCandidates(contest.id));
      if (std::any_of(candidates.begin(), candidates.end(),
                      [](const Candidate& k) { return k.incumbent; })) {
        return true;
      }
    }
  }
  return false;
}

Result<CaseConflicts::PpkFacts> CaseConflicts::Ppk(const CaseRecord& c) {
  PpkFacts ppk;
  ppk.region = GovernmentOf(c.region_code);
  if (c.subject_employee_id) {
    Result<Employee> employee = store_.GetEmployee(*c.subject_employee_id);
    if (employee.ok()) {
      NETRA_ASSIGN_OR_RETURN(Agency agency, store_.GetAgency(employee->agency_id));
      ppk.region = GovernmentOf(agency.region_code);
    } else if (employee.status().code() != ErrorCode::kNotFound) {
      return employee.status();
    }
  }
  // A central agency's PPK is a minister, never a candidate here.
  if (ppk.region.empty()) return ppk;
  NETRA_ASSIGN_OR_RETURN(Region where, store_.GetRegion(c.region_code));
  const std::string today = case_support::FormatYmd(LocalDate(clock_.Now(), where.time_zone));
  NETRA_ASSIGN_OR_RETURN(ppk.candidate, HeadIsCandidate(ppk.region, c.act_date, today));
  for (std::string up = ParentRegionCode(ppk.region); !up.empty(); up = ParentRegionCode(up)) {
    NETRA_ASSIGN_OR_RETURN(bool running, HeadIsCandidate(up, c.act_date, today));
    if (running) ppk.candidate_heads_above.push_back(up);
  }
  return ppk;
}

Status CaseConflicts::NameRegions(const std::string& code, ConflictFacts& f) {
  // Officers handling a case sit in its region or above it, so naming the
  // case's region and its ancestors names every office an escalation names.
  for (std::string at = code; !at.empty(); at = ParentRegionCode(at)) {
    if (f.region_names.contains(at)) continue;
    Result<Region> region = store_.GetRegion(at);
    if (region.ok()) {
      f.region_names[at] = region->name;
    } else if (region.status().code() != ErrorCode::kNotFound) {
      return region.status();
    }
  }
  return Status::Ok();
}

Result<ConflictFacts> CaseConflicts::CaseFacts(const CaseRecord& c, bool with_ppk) {
  ConflictFacts f;
  NETRA_RETURN_IF_ERROR(NameRegions(c.region_code, f));
  if (with_ppk) {
    NETRA_ASSIGN_OR_RETURN(PpkFacts ppk, Ppk(c));
    f.ppk_region_code = ppk.region;
    f.ppk_is_candidate_in_running_contest = ppk.candidate;
    f.candidate_heads_above = std::move(ppk.candidate_heads_above);
    NETRA_RETURN_IF_ERROR(NameRegions(ppk.region, f));
  }
  if (c.subject_employee_id) {
    Result<Employee> subject = store_.GetEmployee(*c.subject_employee_id);
    if (subject.ok()) {
      f.reported_person = "employee:" + std::to_string(subject->id);
      f.reported_unit = UnitKey(*subject);
      Result<Agency> agency = store_.GetAgency(subject->agency_id);
      if (agency.ok()) f.reported_unit_name = agency->name;
    } else if (subject.status().code() != ErrorCode::kNotFound) {
      return subject.status();
    }
  }
  // A public reporter is sealed; a finding's reporter is the pengawas who
  // recorded it.
  if (c.origin == "finding" && c.created_by != 0) {
    Result<OfficerView> finder = Officer(c.created_by);
    if (finder.ok()) {
      f.reporter_person = PersonKey(*finder);
      f.reporter_unit = UnitKey(finder->employee);
      f.reporter_unit_name = finder->agency_name;
    } else if (finder.status().code() != ErrorCode::kNotFound) {
      return finder.status();
    }
  }
  return f;
}

void AddOfficerFacts(const CaseRecord& c, const OfficerView& officer, ConflictFacts& f) {
  // The pengawas who found the matter and handles it is how findings work,
  // not a conflict: its own unit is still checked against the reported one.
  if (c.origin == "finding" && officer.user.id == c.created_by) {
    f.reporter_person.clear();
    f.reporter_unit.clear();
    f.reporter_unit_name.clear();
  }
  f.officer_person = PersonKey(officer);
  f.officer_unit = UnitKey(officer.employee);
  f.officer_region_code = officer.user.region_code;
}

Result<bool> CaseConflicts::OthersAvailable(const CaseRecord& c, const OfficerView& officer,
                                            const ConflictFacts& base) {
  NETRA_ASSIGN_OR_RETURN(std::vector<User> users, store_.ListUsers(officer.user.region_code));
  for (const User& u : users) {
    if (u.role != Role::kPengawas || u.disabled || u.id == officer.user.id ||
        u.region_code != officer.user.region_code) {
      continue;
    }
    NETRA_ASSIGN_OR_RETURN(OfficerView other, OfficerFor(u));
    ConflictFacts f = base;
    AddOfficerFacts(c, other, f);
    const std::vector<Conflict> found = FindConflicts(f);
    if (std::none_of(found.begin(), found.end(),
                     [](const Conflict& x) { return !IsPpkConflict(x); })) {
      return true;
    }
  }
  return false;
}

Result<std::vector<Conflict>> CaseConflicts::OfficerConflicts(const CaseRecord& c,
                                                              const User& user) {
  NETRA_ASSIGN_OR_RETURN(ConflictFacts base, CaseFacts(c, /*with_ppk=*/false));
  NETRA_ASSIGN_OR_RETURN(OfficerView officer, OfficerFor(user));
  ConflictFacts f = base;
  AddOfficerFacts(c, officer, f);
  std::vector<Conflict> conflicts = FindConflicts(f);
  if (conflicts.empty()) return conflicts;
  NETRA_ASSIGN_OR_RETURN(f.other_officers_available, OthersAvailable(c, officer, base));
  return FindConflicts(f);
}

Result<CaseConflictReport> CaseConflicts::Assess(const CaseRecord& c) {
  CaseConflictReport report;
  NETRA_ASSIGN_OR_RETURN(ConflictFacts f, CaseFacts(c, /*with_ppk=*/true));
  report.ppk_region = f.ppk_region_code;
  NETRA_ASSIGN_OR_RETURN(std::optional<HandlerRecord> current,
                         store_.case_handling().CurrentHandler(c.id));
  if (current) {
    NETRA_ASSIGN_OR_RETURN(OfficerView officer, OfficerOrPlaceholder(current->user_id));
    ConflictFacts without_officer = f;
    AddOfficerFacts(c, officer, f);
    if (FindConflicts(f).size() != FindConflicts(without_officer).size()) {
      NETRA_ASSIGN_OR_RETURN(f.other_officers_available,
                             OthersAvailable(c, officer, without_officer));
    }
    report.handler = HandlerView{*current, std::move(officer)};
  }
  report.conflicts = FindConflicts(f);
  for (const Conflict& conflict : report.conflicts) {
    if (IsPpkConflict(conflict)) {
      report.decision_region = conflict.escalation.region_code;
      break;
    }
  }
  return report;
}

Status CaseConflicts::CheckMayAct(const Caller& caller, const CaseRecord& c,
                                  const CaseTransition* move) {
  if (caller.role == Role::kPpk && move != nullptr && move->role == Role::kPpk) {
    NETRA_ASSIGN_OR_RETURN(ConflictFacts f, CaseFacts(c, /*with_ppk=*/true));
    for (const Conflict& conflict : FindConflicts(f)) {
      if (!IsPpkConflict(conflict)) continue;
      if (RegionWithin(conflict.escalation.region_code, caller.region_code)) return Status::Ok();
      return Status(ErrorCode::kPermissionDenied,
                    "Anda tidak dapat memutus kasus ini karena konflik kepentingan: " +
                        conflict.explanation + " Keputusan diambil oleh " +
                        conflict.escalation.target + ".",
                    "You cannot decide this case because of a conflict of interest: " +
                        conflict.explanation_en + " The decision is made by " +
                        conflict.escalation.target_en + ".")
          .WithReason("ppk_conflict");
    }
    return Status::Ok();
  }
  if (caller.role != Role::kPengawas) return Status::Ok();
  // An account that is not stored (a test's principal) is an officer
  // without an employee.
  Result<User> user = store_.GetUser(caller.user_id);
  if (!user.ok() && user.status().code() != ErrorCode::kNotFound) return user.status();
  if (!user.ok()) {
    user = User{};
    user->id = caller.user_id;
    user->username = caller.username;
    user->role = caller.role;
    user->region_code = caller.region_code;
  }
  NETRA_ASSIGN_OR_RETURN(std::vector<Conflict> conflicts, OfficerConflicts(c, *user));
  if (conflicts.empty()) return Status::Ok();
  const Conflict& first = conflicts.front();
  return Status(ErrorCode::kPermissionDenied,
                "Anda tidak dapat menangani kasus ini karena konflik kepentingan: " +
                    first.explanation + " Serahkan kasus kepada " + first.escalation.target +
                    " (menu \"Petugas penanganan\").",
                "You cannot handle this case because of a conflict of interest: " +
                    first.explanation_en + " Hand it over to " + first.escalation.target_en +
                    " (\"Handling officer\").")
      .WithReason("officer_conflict");
}

}  // namespace netra
