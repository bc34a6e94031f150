#include "domain/case_workflow.h"

#include <algorithm>

namespace netra {
namespace {

using S = CaseStatus;
constexpr DeadlineFrom kAtMove = DeadlineFrom::kTransition;
constexpr DeadlineFrom kAtReceipt = DeadlineFrom::kReceipt;

// Administrators and auditors make no moves: a case's history must show the
// officer who had the authority (domain.md §1). The public answers questions through
// the receipt code, which an officer records, so it makes no moves either.
std::vector<CaseTransition> BuildTransitions() {
  const Role pengawas = Role::kPengawas;
  const Role bkn = Role::kPenilai;
  const Role ppk = Role::kPpk;
  return {
      {S::kReceived, S::kInitialReview, pengawas, {"handling_officer"}, {}, {}},
      // Pemilu: 3 days to complete (D2); §4.3 leaves the Pilkada value unknown.
      {S::kInitialReview,
       S::kNeedsCompletion,
       pengawas,
       {"missing_requirements"},
       {"surat pemberitahuan kelengkapan laporan"},
       {{"D2", kAtMove}}},
      {S::kNeedsCompletion, S::kInitialReview, pengawas, {"completion_received_at"}, {}, {}},
      {S::kNeedsCompletion,
       S::kNotRegistered,
       pengawas,
       {"reason"},
       {"pemberitahuan laporan tidak diregistrasi"},
       {}},
      {S::kInitialReview,
       S::kNotRegistered,
       pengawas,
       {"initial_review_summary", "reason"},
       {"kajian awal", "pemberitahuan laporan tidak diregistrasi"},
       {}},
      // Pilkada: the follow-up is due 3 days after receipt (D3); Pemilu: 7 days
      // after registration (D5-follow-up).
      {S::kInitialReview,
       S::kRegistered,
       pengawas,
       {"initial_review_summary", "register_number"},
       {"kajian awal", "formulir registrasi laporan"},
       {{"D3", kAtReceipt}, {"D5-follow-up", kAtMove}}},
      {S::kInitialReview,
       S::kDelegated,
       pengawas,
       {"initial_review_summary", "delegated_to_office"},
       {"kajian awal", "surat pelimpahan laporan"},
       {}},
      // Hearings mean more information is needed: the extended deadline applies
      // (D4, 5 days from receipt; Pemilu +14 working days, D5-extension).
      {S::kRegistered,
       S::kClarification,
       pengawas,
       {"summoned_parties", "hearing_date"},
       {"surat undangan klarifikasi"},
       {{"D4", kAtReceipt}, {"D5-extension", kAtMove}}},
      {S::kClarification,
       S::kStudy,
       pengawas,
       {"clarification_record"},
       {"berita acara klarifikasi"},
       {}},
      {S::kStudy,
       S::kNotViolation,
       pengawas,
       {"study_conclusion", "plenary_date"},
       {"kajian", "berita acara pleno"},
       {}},
      {S::kStudy,
       S::kStopped,
       pengawas,
       {"study_conclusion", "plenary_date", "reason"},
       {"kajian", "berita acara pleno"},
       {}},
      {S::kStudy,
       S::kForwardedBkn,
       pengawas,
       {"study_conclusion", "plenary_date", "violation_codes", "recommendation_number"},
       {"kajian", "berita acara pleno", "surat rekomendasi"},
       {}},
      // Gakkumdu timelines were not researched (domain.md §4.3): no deadline.
      {S::kStudy,
       S::kForwardedGakkumdu,
       pengawas,
       {"study_conclusion", "plenary_date", "criminal_articles", "forwarding_number"},
       {"kajian", "berita acara pleno", "surat penerusan ke Sentra Gakkumdu"},
       {}},
      {S::kStudy,
       S::kForwardedRegent,
       pengawas,
       {"study_conclusion", "plenary_date", "recommendation_number"},
       {"kajian", "berita acara pleno", "surat rekomendasi kepada bupati/walikota"},
       {}},
      {S::kForwardedBkn, S::kBknVerification, bkn, {"verifier"}, {}, {{"D6", kAtMove}}},
      {S::kBknVerification,
       S::kAwaitingPpk,
       bkn,
       {"verification_result", "ppk_letter_number"},
       {"surat hasil pemeriksaan BKN kepada PPK"},
       {{"D8", kAtMove}}},
      // The sanction is chosen from the scales of data/rules/sanctions.json, so
      // it is checked against the rules' proposal (a different one needs a
      // reason) and counted by track and level.
      {S::kAwaitingPpk,
       S::kSanctioned,
       ppk,
       {"decision_number", "sanction_track", "sanction_level", "sanction_penalty"},
       {"surat keputusan penjatuhan hukuman"},
       {}},
      {S::kAwaitingPpk,
       S::kNotProven,
       ppk,
       {"examination_result", "reason"},
       {"berita acara pemeriksaan"},
       {}},
      // BKN, not the PPK, records that the PPK missed its deadline.
      {S::kAwaitingPpk,
       S::kPpkNoncompliant,
       bkn,
       {"escalation_note"},
       {"surat teguran BKN kepada PPK"},
       {}},
      {S::kSanctioned, S::kClosed, bkn, {"idis_entry"}, {}, {}},
      {S::kNotProven, S::kClosed, bkn, {"closing_note"}, {}, {}},
      {S::kPpkNoncompliant,
       S::kClosed,
       bkn,
       {"control_measure"},
       {"surat pengendalian (pemblokiran data SIASN)"},
       {}},
      {S::kNotRegistered, S::kClosed, pengawas, {"closing_note"}, {}, {}},
      {S::kDelegated, S::kClosed, pengawas, {"receiving_office_ack"}, {}, {}},
      {S::kNotViolation,
       S::kClosed,
       pengawas,
       {"closing_note"},
       {"pemberitahuan status laporan"},
       {}},
      {S::kStopped, S::kClosed, pengawas, {"closing_note"}, {"pemberitahuan status laporan"}, {}},
      {S::kForwardedGakkumdu, S::kClosed, pengawas, {"outcome"}, {}, {}},
      {S::kForwardedRegent, S::kClosed, pengawas, {"outcome"}, {}, {}},
  };
}

std::string AllowedTargets(CaseStatus from) {
  std::string out;
  for (const CaseTransition& t : CaseTransitions()) {
    if (t.from != from) continue;
    if (!out.empty()) out += ", ";
    out += CaseStatusCode(t.to);
  }
  return out;
}

}  // namespace

const char* CaseStatusCode(CaseStatus status) {
  switch (status) {
    case S::kReceived:
      return "RECEIVED";
    case S::kInitialReview:
      return "INITIAL_REVIEW";
    case S::kNeedsCompletion:
      return "NEEDS_COMPLETION";
    case S::kNotRegistered:
      return "NOT_REGISTERED";
    case S::kRegistered:
      return "REGISTERED";
    case S::kDelegated:
      return "DELEGATED";
    case S::kClarification:
      return "CLARIFICATION";
    case S::kStudy:
      return "STUDY";
    case S::kNotViolation:
      return "NOT_VIOLATION";
    case S::kStopped:
      return "STOPPED";
    case S::kForwardedBkn:
      return "FORWARDED_BKN";
    case S::kForwardedGakkumdu:
      return "FORWARDED_GAKKUMDU";
    case S::kForwardedRegent:
      return "FORWARDED_REGENT";
    case S::kBknVerification:
      return "BKN_VERIFICATION";
    case S::kAwaitingPpk:
      return "AWAITING_PPK";
    case S::kSanctioned:
      return "SANCTIONED";
    case S::kNotProven:
      return "NOT_PROVEN";
    case S::kPpkNoncompliant:
      return "PPK_NONCOMPLIANT";
    case S::kClosed:
      return "CLOSED";
  }
  return "RECEIVED";
}

std::optional<CaseStatus> ParseCaseStatus(std::string_view code) {
  for (CaseStatus s : kAllCaseStatuses) {
    if (code == CaseStatusCode(s)) return s;
  }
  return std::nullopt;
}

const std::vector<CaseTransition>& CaseTransitions() {
  static const std::vector<CaseTransition> transitions = BuildTransitions();
  return transitions;
}

bool RequiresSanctionChoice(const CaseTransition& move) {
  return std::find(move.required_fields.begin(), move.required_fields.end(), "sanction_track") !=
         move.required_fields.end();
}

const CaseTransition* FindCaseTransition(CaseStatus from, CaseStatus to) {
  for (const CaseTransition& t : CaseTransitions()) {
    if (t.from == from && t.to == to) return &t;
  }
  return nullptr;
}

Result<CaseStatus> NextCaseStatus(CaseStatus current, CaseStatus requested, Role actor,
                                  const CaseFields& fields) {
  const std::string from = CaseStatusCode(current);
  const std::string to = CaseStatusCode(requested);
  const CaseTransition* t = FindCaseTransition(current, requested);
  if (t == nullptr) {
    const std::string targets = AllowedTargets(current);
    return Status(ErrorCode::kConflict,
                  "Peralihan dari " + from + " ke " + to + " tidak diizinkan; dari " + from +
                      (targets.empty() ? " tidak ada peralihan (status akhir)"
                                       : " hanya ke: " + targets),
                  "Transition from " + from + " to " + to + " is not allowed; from " + from +
                      (targets.empty() ? " there is none (final status)" : " only to: " + targets))
        .WithReason("transition_not_allowed");
  }
  if (t->role != actor) {
    const std::string have = RoleName(actor);
    const std::string need = RoleName(t->role);
    return Status(ErrorCode::kPermissionDenied,
                  "Peran " + have + " tidak boleh memindahkan kasus dari " + from + " ke " + to +
                      "; hanya peran " + need,
                  "Role " + have + " may not move a case from " + from + " to " + to +
                      "; only role " + need)
        .WithReason("wrong_role");
  }
  for (std::string_view field : t->required_fields) {
    const auto it = fields.find(field);
    if (it == fields.end() || it->second.find_first_not_of(" \t\r\n") == std::string::npos) {
      const std::string name(field);
      if (name.starts_with("sanction_")) {
        return Status(ErrorCode::kInvalidArgument,
                      "Sanksi yang dijatuhkan wajib dipilih untuk peralihan " + from + " ke " + to +
                          ": kolom \"" + name +
                          "\" kosong (sanction_track, sanction_level dan sanction_penalty dari "
                          "skala sanksi; usulan aturan sanksi ada pada kasus)",
                      "The sanction imposed must be chosen for the transition from " + from +
                          " to " + to + ": field \"" + name +
                          "\" is empty (sanction_track, sanction_level and sanction_penalty "
                          "from the sanction scales; the case shows the rules' proposal)")
            .WithReason("sanction_required");
      }
      return Status(
                 ErrorCode::kInvalidArgument,
                 "Kolom wajib \"" + name + "\" belum diisi untuk peralihan " + from + " ke " + to,
                 "Required field \"" + name + "\" is missing for the transition from " + from +
                     " to " + to)
          .WithReason("missing_field");
    }
  }
  return requested;
}

}  // namespace netra
