// ImportService: employee imports started from the web app, run in the
// background while the client polls an ImportJob for progress.
//
// Thread-safe. Each import runs on its own thread; at most
// `max_concurrent` run at once (more are refused with kResourceExhausted).
// The destructor waits for running imports to finish.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "core/status.h"
#include "service/caller.h"
#include "service/clock.h"
#include "store/store.h"

namespace netra {

struct EmployeeUpload {
  std::string file_name;     // shown back to the user
  std::string content_type;  // text/csv or the XLSX media type
  std::string data;          // the whole file
  bool all_or_nothing = false;
};

class ImportService {
 public:
  ImportService(Store& store, const Clock& clock, int max_concurrent = 2);
  ~ImportService();
  ImportService(const ImportService&) = delete;
  ImportService& operator=(const ImportService&) = delete;

  // operator_instansi and admin; every row must lie in the caller's region.
  // kInvalidArgument for an unsupported content type or an empty file. The job
  // is returned at once with status "running".
  Result<ImportJob> StartEmployeeImport(const Caller& caller, EmployeeUpload upload);
  // Only the user who started the job, or an admin whose region covers it.
  Result<ImportJob> Get(const Caller& caller, std::int64_t id);
  // Blocks until no import is running (tests, shutdown).
  void WaitIdle();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace netra
