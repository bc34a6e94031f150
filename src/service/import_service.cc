#include "service/import_service.h"

#include <condition_variable>
#include <ctime>
#include <mutex>
#include <thread>
#include <tuple>
#include <utility>

#include "ingest/employee_import.h"
#include "ingest/row_reader.h"
#include "service/access.h"

namespace netra {
namespace {

constexpr const char* kXlsxType =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
// Progress is written to the job at most this often, so polling clients see
// it move without a database write per batch.
constexpr std::int64_t kProgressIntervalSeconds = 1;

CivilDate Today(const Clock& clock) {
  const std::time_t now = clock.Now();
  std::tm tm{};
  gmtime_r(&now, &tm);
  return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

Result<std::unique_ptr<ingest::RowReader>> OpenUpload(EmployeeUpload& upload) {
  // Media-type parameters such as "; charset=utf-8" do not change the format.
  const std::string type = upload.content_type.substr(0, upload.content_type.find(';'));
  if (type == "text/csv" || type == "application/csv" || type == "text/plain") {
    return ingest::OpenCsvBuffer(std::move(upload.data));
  }
  if (type == kXlsxType) return ingest::OpenXlsxBuffer(std::move(upload.data));
  return Status(ErrorCode::kInvalidArgument,
                "Jenis berkas '" + type + "' tidak didukung: unggah CSV atau XLSX",
                "File type '" + type + "' is not supported: upload CSV or XLSX")
      .WithReason("unsupported_media_type");
}

// The final message in Indonesian and English.
std::pair<std::string, std::string> Summary(const ingest::ImportReport& report) {
  const std::string rejected = std::to_string(report.rejected);
  if (!report.written) {
    return {
        "Tidak ada yang disimpan: " + rejected + " baris bermasalah (semua atau tidak sama sekali)",
        "Nothing was saved: " + rejected + " rows have problems (all or nothing)"};
  }
  const std::string rows = std::to_string(report.rows);
  const std::string inserted = std::to_string(report.inserted);
  const std::string updated = std::to_string(report.updated);
  // The UI shows the status ("Selesai") beside this, so it does not repeat it.
  return {rows + " baris dibaca: " + inserted + " ditambahkan, " + updated + " diperbarui, " +
              rejected + " ditolak",
          rows + " rows read: " + inserted + " added, " + updated + " updated, " + rejected +
              " rejected"};
}

}  // namespace

class ImportService::Impl {
 public:
  Impl(Store& store, const Clock& clock, int max_concurrent)
      : store_(store), clock_(clock), max_concurrent_(max_concurrent) {}

  ~Impl() { WaitIdle(); }

  Result<ImportJob> Start(const Caller& caller, EmployeeUpload upload) {
    NETRA_RETURN_IF_ERROR(RequireRole(caller, kReferenceWriters));
    if (upload.data.empty()) {
      return Status(ErrorCode::kInvalidArgument, "Berkas kosong", "The file is empty");
    }
    ImportJob job;
    job.kind = "employees";
    job.status = "running";
    job.file_name = upload.file_name;
    job.created_by = caller.user_id;
    job.region_scope = caller.region_code;
    job.created_at = clock_.Now();
    const bool all_or_nothing = upload.all_or_nothing;
    NETRA_ASSIGN_OR_RETURN(std::unique_ptr<ingest::RowReader> reader, OpenUpload(upload));
    {
      std::lock_guard lock(mu_);
      if (running_ >= max_concurrent_) {
        return Status(ErrorCode::kResourceExhausted,
                      "Impor lain sedang berjalan; coba lagi setelah selesai",
                      "Other imports are running; try again when they finish");
      }
      ++running_;
    }
    Result<ImportJob> created = store_.CreateImportJob(job);
    if (!created.ok()) {
      Finished();
      return created.status();
    }
    // Detached: the destructor and WaitIdle wait on running_ instead of joining.
    std::thread([this, job = *created, reader = std::move(reader), all_or_nothing]() mutable {
      Run(std::move(job), *reader, all_or_nothing);
      Finished();
    }).detach();
    return created;
  }

  Result<ImportJob> Get(const Caller& caller, std::int64_t id) {
    NETRA_RETURN_IF_ERROR(RequireRole(caller, kReferenceWriters));
    NETRA_ASSIGN_OR_RETURN(ImportJob job, store_.GetImportJob(id));
    const bool own = job.created_by == caller.user_id;
    const bool admin_over =
        caller.role == Role::kAdmin && RegionWithin(job.region_scope, caller.region_code);
    if (!own && !admin_over) {
      return Status(ErrorCode::kNotFound, "Impor tidak ditemukan", "Import not found");
    }
    return job;
  }

  void WaitIdle() {
    std::unique_lock lock(mu_);
    idle_.wait(lock, [this] { return running_ == 0; });
  }

 private:
  void Run(ImportJob job, ingest::RowReader& reader, bool all_or_nothing) {
    ingest::EmployeeImportOptions options;
    options.today = Today(clock_);
    options.all_or_nothing = all_or_nothing;
    options.region_scope = job.region_scope;
    std::int64_t last_write = 0;
    auto progress = [&](const ingest::ImportProgress& p) {
      job.rows_processed = p.rows;
      job.inserted = p.inserted;
      job.updated = p.updated;
      job.rejected = p.rejected;
      if (clock_.Now() - last_write < kProgressIntervalSeconds) return;
      last_write = clock_.Now();
      // Progress is advisory: a failed write here must not end the import.
      (void)store_.UpdateImportJob(job);
    };
    Result<ingest::ImportReport> report =
        ingest::ImportEmployees(store_, reader, options, progress);
    job.finished_at = clock_.Now();
    if (!report.ok()) {
      job.status = "failed";
      job.message = report.status().message_id();
      job.message_en = report.status().message_en();
    } else {
      job.rows_total = report->rows;
      job.rows_processed = report->rows;
      job.inserted = report->inserted;
      job.updated = report->updated;
      job.rejected = report->rejected;
      job.errors_json = ingest::ErrorsToJson(*report);
      job.status = report->failure.ok() ? "done" : "failed";
      if (report->failure.ok()) {
        std::tie(job.message, job.message_en) = Summary(*report);
      } else {
        job.message = report->failure.message_id();
        job.message_en = report->failure.message_en();
      }
    }
    (void)store_.UpdateImportJob(job);
  }

  void Finished() {
    std::lock_guard lock(mu_);
    --running_;
    idle_.notify_all();
  }

  Store& store_;
  const Clock& clock_;
  const int max_concurrent_;
  std::mutex mu_;
  std::condition_variable idle_;
  int running_ = 0;
};

ImportService::ImportService(Store& store, const Clock& clock, int max_concurrent)
    : impl_(std::make_unique<Impl>(store, clock, max_concurrent)) {}
ImportService::~ImportService() = default;

Result<ImportJob> ImportService::StartEmployeeImport(const Caller& caller, EmployeeUpload upload) {
  return impl_->Start(caller, std::move(upload));
}
Result<ImportJob> ImportService::Get(const Caller& caller, std::int64_t id) {
  return impl_->Get(caller, id);
}
void ImportService::WaitIdle() { impl_->WaitIdle(); }

}  // namespace netra
