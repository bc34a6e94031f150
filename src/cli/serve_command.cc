#include <spdlog/sinks/stdout_sinks.h>

#include <condition_variable>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <thread>

#include "api/app.h"
#include "cli/cli_util.h"
#include "cli/commands.h"
#include "cli/pledge_setup.h"
#include "http/server.h"
#include "service/clock.h"
#include "service/pledge_service.h"
#include "store/blob_store.h"

namespace netra::cli {
namespace {

struct ServeArgs {
  std::string db = kDefaultDb;
  http::ServerOptions server;
  int pool_size = 16;
  std::string signing_key;  // default: beside the database
  std::string public_url;   // default: from --listen
  std::string pledge_texts = kDefaultPledgeTextDir;
  EnforcementArgs enforcement;
  int escalation_interval_seconds = 3600;
};

// Runs the PPK escalation pass every `interval` seconds until destroyed. Many
// processes may run it at once: raising a case's level is a guarded update.
class EscalationLoop {
 public:
  EscalationLoop(CaseService& cases, int interval)
      : thread_([this, &cases, interval] {
          std::unique_lock<std::mutex> lock(mutex_);
          while (!stop_) {
            lock.unlock();
            Result<EscalationSummary> pass = cases.RunEscalation();
            if (!pass.ok()) {
              std::cerr << "netra: escalation pass failed: " << pass.status().message_en() << "\n";
            } else if (pass->reminded + pass->flagged > 0) {
              std::cerr << "netra: escalation: " << pass->reminded << " PPK reminders, "
                        << pass->flagged << " cases flagged to BKN\n";
            }
            lock.lock();
            wake_.wait_for(lock, std::chrono::seconds(interval), [this] { return stop_; });
          }
        }) {}
  ~EscalationLoop() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    wake_.notify_all();
    thread_.join();
  }

 private:
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stop_ = false;
  std::thread thread_;
};

std::vector<http::MetricSample> PoolMetrics(Store& store) {
  const StoreStats stats = store.Stats();
  return {
      {"netra_db_pool_size", "Database connections kept open", "gauge",
       static_cast<double>(stats.pool_size)},
      {"netra_db_pool_in_use", "Database connections in use", "gauge",
       static_cast<double>(stats.pool_in_use)},
      {"netra_db_pool_waits_total", "Connection acquisitions that had to wait", "counter",
       static_cast<double>(stats.pool_waits)},
      {"netra_db_pool_acquired_total", "Connection acquisitions", "counter",
       static_cast<double>(stats.pool_acquired)},
  };
}

void Serve(const ServeArgs& args) {
  StoreOptions store_options;
  store_options.pool_size = args.pool_size;
  auto store = OpenOrFail(args.db, store_options);
  SystemClock clock;
  const auto enforcement = LoadEnforcementOrFail(args.db, args.enforcement);
  const SigningKey key = LoadOrCreateSigningKey(
      args.signing_key.empty() ? DefaultSigningKeyPath(args.db) : args.signing_key);
  OrFail(LoadShippedPledgeTexts(*store, args.pledge_texts, clock.Now()));
  std::string public_url = args.public_url;
  while (!public_url.empty() && public_url.back() == '/') public_url.pop_back();
  api::ApiApp app(*store, clock, *enforcement, {key, enforcement->blobs(), public_url});
  OrFail(app.pledges().KeyId().status());

  http::ServerOptions options = args.server;
  if (!options.static_dir.empty() && !std::filesystem::is_directory(options.static_dir)) {
    std::cerr << "netra: web app directory " << options.static_dir
              << " does not exist (build it with ./dev build, or pass --static \"\")\n";
    throw CLI::RuntimeError(1);
  }
  http::ServerHooks hooks;
  hooks.authenticator = &app.authenticator();
  hooks.health = [&store] { return store->SchemaVersion().status(); };
  hooks.metrics = [&store, &app] {
    std::vector<http::MetricSample> samples = PoolMetrics(*store);
    const BatcherStats batches = app.pledges().BatchStats();
    samples.push_back({"netra_pledge_sign_batches_total",
                       "Group-commit transactions of self-signed pledges", "counter",
                       static_cast<double>(batches.batches)});
    samples.push_back({"netra_pledge_signatures_committed_total",
                       "Self-signed pledges written by group commit", "counter",
                       static_cast<double>(batches.signatures)});
    samples.push_back({"netra_pledge_sign_largest_batch", "Largest group-commit batch so far",
                       "gauge", static_cast<double>(batches.largest_batch)});
    return samples;
  };
  hooks.access_log = std::make_shared<spdlog::sinks::stdout_sink_mt>();

  http::Server server(options, app.BuildRouter(), hooks);
  OrFail(server.Listen());
  EscalationLoop escalation(app.cases(), args.escalation_interval_seconds);
  if (args.public_url.empty()) {
    app.pledges().SetBaseUrl(BaseUrlForListen(options.listen, server.port()));
  }
  const std::string host = options.listen.substr(0, options.listen.rfind(':'));
  std::cerr << "netra: serving " << args.db << " on http://" << host << ":" << server.port()
            << "\n";
  OrFail(server.Run());
  app.imports().WaitIdle();
  std::cerr << "netra: stopped\n";
}

}  // namespace

void AddServeCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("serve", "Serve the JSON API and the web app over HTTP");
  auto args = std::make_shared<ServeArgs>();
  args->server.static_dir = "web/dist";
  cmd->add_option("--db", args->db, kDbHelp);
  cmd->add_option("--listen", args->server.listen, "HOST:PORT to listen on")->capture_default_str();
  cmd->add_option("--static", args->server.static_dir,
                  "Directory of the built web app (\"\" to serve the API only)")
      ->capture_default_str();
  cmd->add_option("--workers", args->server.worker_threads,
                  "Threads for request handlers (database calls)")
      ->capture_default_str()
      ->check(CLI::Range(1, 256));
  cmd->add_option("--db-pool", args->pool_size, "Database connections to keep open")
      ->capture_default_str()
      ->check(CLI::Range(1, 256));
  cmd->add_option("--signing-key", args->signing_key,
                  "Ed25519 key file that signs pledge certificates; created (0600) when missing "
                  "(default: netra-signing.key beside the database)");
  cmd->add_option("--public-url", args->public_url,
                  "Base URL the public reaches Netra at, for certificate QR codes "
                  "(default: from --listen)");
  cmd->add_option("--pledge-texts", args->pledge_texts,
                  "Directory of the shipped pledge texts, loaded when not yet in the database")
      ->capture_default_str();
  cmd->add_flag("--secure-cookies", args->server.secure_cookies,
                "Mark cookies Secure and send HSTS (when served behind TLS)");
  cmd->add_flag("--trust-proxy", args->server.trust_x_forwarded_for,
                "Take the client address from X-Forwarded-For (behind a reverse proxy)");
  AddEnforcementOptions(*cmd, args->enforcement);
  cmd->add_option(
         "--escalation-interval", args->escalation_interval_seconds,
         "Seconds between passes that remind PPKs of missed deadlines and flag them to BKN")
      ->capture_default_str()
      ->check(CLI::Range(10, 86400));
  cmd->callback([args] { Serve(*args); });
}

}  // namespace netra::cli
