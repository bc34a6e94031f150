// Load benchmark for pledge signing (issue 3, point 8): a whole regency's ASN
// sign in the morning of the apel.
//
// Against a running `netra serve`, as an admin it publishes a fresh version of
// the neutrality pledge (so nobody has signed it yet) and issues one one-time
// code per NIP read from --nips (one per line), as an operator would print
// them. Then --clients threads, each on its own keep-alive connection, sign
// --count times in total through the public path: POST /api/v1/pledges/sign
// with NIP + code, answered only once the signature is durable. Reports
// signatures/s over the signing phase and the p50/p99/max latency per request.
//
//   sign_bench --url http://127.0.0.1:8080 --nips nips.txt --count 10000 --clients 200
#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <fstream>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = boost::asio::ip::tcp;

namespace {

struct Args {
  std::string url = "http://127.0.0.1:8080";
  std::string nips_file;
  std::string username = "admin";
  std::string password = "netra-demo-2024";
  int count = 10000;
  int clients = 200;
};

struct Endpoint {
  std::string host;
  std::string port;
};

Endpoint ParseUrl(const std::string& url) {
  std::string rest = url.substr(url.find("://") + 3);
  const auto colon = rest.find(':');
  return {rest.substr(0, colon), colon == std::string::npos ? "80" : rest.substr(colon + 1)};
}

// One keep-alive HTTP/1.1 connection.
class Client {
 public:
  explicit Client(const Endpoint& endpoint) : endpoint_(endpoint), stream_(io_) { Connect(); }

  http::response<http::string_body> Post(const std::string& target, const std::string& body,
                                         const std::string& cookie = "",
                                         const std::string& csrf = "") {
    http::request<http::string_body> request{http::verb::post, target, 11};
    request.set(http::field::host, endpoint_.host);
    request.set(http::field::content_type, "application/json");
    if (!cookie.empty()) request.set(http::field::cookie, cookie);
    if (!csrf.empty()) request.set("X-CSRF-Token", csrf);
    request.keep_alive(true);
    request.body() = body;
    request.prepare_payload();
    for (int attempt = 0;; ++attempt) {
      try {
        http::write(stream_, request);
        http::response<http::string_body> response;
        http::read(stream_, buffer_, response);
        if (!response.keep_alive()) Reconnect();
        return response;
      } catch (const std::exception&) {
        if (attempt == 2) throw;
        Reconnect();
      }
    }
  }

 private:
  void Connect() {
    tcp::resolver resolver(io_);
    stream_.connect(resolver.resolve(endpoint_.host, endpoint_.port));
    stream_.socket().set_option(tcp::no_delay(true));
  }
  void Reconnect() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
    stream_.close();
    buffer_.clear();
    Connect();
  }

  Endpoint endpoint_;
  boost::asio::io_context io_;
  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
};

[[noreturn]] void Die(const std::string& what) {
  std::cerr << "sign_bench: " << what << "\n";
  std::exit(1);
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  CLI::App app{"Pledge signing load benchmark against netra serve"};
  app.add_option("--url", args.url)->capture_default_str();
  app.add_option("--nips", args.nips_file, "File with one NIP per line")->required();
  app.add_option("--count", args.count)->capture_default_str();
  app.add_option("--clients", args.clients)->capture_default_str();
  app.add_option("--username", args.username)->capture_default_str();
  app.add_option("--password", args.password)->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  std::vector<std::string> nips;
  std::ifstream in(args.nips_file);
  for (std::string line; std::getline(in, line) && static_cast<int>(nips.size()) < args.count;) {
    if (line.size() == 18) nips.push_back(line);
  }
  if (static_cast<int>(nips.size()) < args.count) {
    Die("need " + std::to_string(args.count) + " NIPs in " + args.nips_file + ", found " +
        std::to_string(nips.size()));
  }
  const Endpoint endpoint = ParseUrl(args.url);

  // Setup as the admin: a new text version, then one code per NIP.
  Client admin(endpoint);
  auto login =
      admin.Post("/api/v1/auth/login",
                 nlohmann::json{{"username", args.username}, {"password", args.password}}.dump());
  if (login.result_int() != 200) Die("login failed: " + login.body());
  const std::string csrf = nlohmann::json::parse(login.body())["csrf_token"];
  std::string cookie(login[http::field::set_cookie]);
  cookie = cookie.substr(0, cookie.find(';'));
  const auto stamp = std::chrono::system_clock::now().time_since_epoch().count();
  auto published =
      admin.Post("/api/v1/pledge-texts",
                 nlohmann::json{{"election", "pilkada-2024"},
                                {"kind", "ikrar"},
                                {"title", "IKRAR NETRALITAS APARATUR SIPIL NEGARA"},
                                {"text",
                                 "Kami Aparatur Sipil Negara berikrar menjaga netralitas dalam "
                                 "Pemilihan Serentak Tahun 2024.\n(uji beban " +
                                     std::to_string(stamp) + ")\n"}}
                     .dump(),
                 cookie, csrf);
  if (published.result_int() != 201) Die("publishing a text failed: " + published.body());

  std::vector<std::pair<std::string, std::string>> codes;
  const auto issue_start = std::chrono::steady_clock::now();
  for (std::size_t i = 0; i < nips.size(); i += 2000) {
    nlohmann::json chunk = nlohmann::json::array();
    for (std::size_t j = i; j < std::min(nips.size(), i + 2000); ++j) chunk.push_back(nips[j]);
    auto issued =
        admin.Post("/api/v1/pledges/codes", nlohmann::json{{"nips", chunk}}.dump(), cookie, csrf);
    if (issued.result_int() != 201) Die("issuing codes failed: " + issued.body());
    const nlohmann::json answer = nlohmann::json::parse(issued.body());
    for (const auto& item : answer["items"]) {
      codes.emplace_back(item["nip"], item["code"]);
    }
  }
  const double issue_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - issue_start).count();
  if (static_cast<int>(codes.size()) < args.count) {
    Die("only " + std::to_string(codes.size()) + " codes were issued for " +
        std::to_string(nips.size()) + " NIPs");
  }

  // The signing phase.
  std::atomic<std::size_t> next{0};
  std::atomic<int> created{0}, failed{0};
  std::mutex latencies_mutex;
  std::vector<double> latencies;
  latencies.reserve(codes.size());
  std::string first_error;
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  for (int c = 0; c < args.clients; ++c) {
    threads.emplace_back([&] {
      Client client(endpoint);
      std::vector<double> mine;
      for (std::size_t i; (i = next.fetch_add(1)) < codes.size();) {
        const std::string body =
            nlohmann::json{{"nip", codes[i].first}, {"code", codes[i].second}}.dump();
        const auto t0 = std::chrono::steady_clock::now();
        auto response = client.Post("/api/v1/pledges/sign", body);
        mine.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                .count());
        if (response.result_int() == 201) {
          ++created;
        } else {
          ++failed;
          std::lock_guard<std::mutex> lock(latencies_mutex);
          if (first_error.empty()) first_error = response.body();
        }
      }
      std::lock_guard<std::mutex> lock(latencies_mutex);
      latencies.insert(latencies.end(), mine.begin(), mine.end());
    });
  }
  for (std::thread& t : threads) t.join();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::sort(latencies.begin(), latencies.end());
  auto pct = [&](double p) {
    return latencies[std::min(latencies.size() - 1,
                              static_cast<std::size_t>(p * latencies.size()))];
  };
  std::cout << "codes issued:       " << codes.size() << " in " << issue_seconds << " s\n"
            << "signings:           " << latencies.size() << " by " << args.clients << " clients, "
            << created << " created (201), " << failed << " failed\n"
            << "wall time:          " << seconds << " s\n"
            << "signatures/s:       " << created / seconds << "\n"
            << "latency p50 / p99 / max (ms): " << pct(0.50) << " / " << pct(0.99) << " / "
            << latencies.back() << "\n";
  if (failed > 0) std::cout << "first error: " << first_error << "\n";
  return failed > 0 ? 1 : 0;
}
