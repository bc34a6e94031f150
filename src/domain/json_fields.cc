#include "domain/json_fields.h"

#include "domain/nip.h"

namespace netra {

Result<nlohmann::json> ParseJsonDocument(std::string_view text, std::string_view source,
                                         std::size_t max_bytes) {
  const std::string src(source);
  if (text.size() > max_bytes) {
    return Status(ErrorCode::kInvalidArgument,
                  src + ": berkas lebih dari " + std::to_string(max_bytes) + " bita",
                  src + ": file larger than " + std::to_string(max_bytes) + " bytes");
  }
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    return Status(ErrorCode::kInvalidArgument, src + ": JSON tidak sah: " + e.what(),
                  src + ": invalid JSON: " + e.what());
  }
}

bool IsIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  int parts[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8};
  const std::size_t lengths[3] = {4, 2, 2};
  for (int i = 0; i < 3; ++i) {
    for (std::size_t j = 0; j < lengths[i]; ++j) {
      const char c = text[starts[i] + j];
      if (c < '0' || c > '9') return false;
      parts[i] = parts[i] * 10 + (c - '0');
    }
  }
  return IsValidCivilDate(parts[0], parts[1], parts[2]);
}

Status JsonItem::Error(std::string_view field, const std::string& what_id,
                       const std::string& what_en) const {
  std::string at = where_;
  if (!field.empty()) {
    at += '.';
    at += field;
  }
  at += ": ";
  return Status(ErrorCode::kInvalidArgument, at + what_id, at + what_en);
}

const nlohmann::json* JsonItem::Find(const char* key) const {
  if (!object_.is_object()) return nullptr;
  const auto it = object_.find(key);
  return it == object_.end() ? nullptr : &*it;
}

Result<std::string> JsonItem::String(const char* key, bool required, std::size_t max_len) const {
  const nlohmann::json* v = Find(key);
  if (v == nullptr || v->is_null()) {
    if (required) return Error(key, "wajib, teks tidak kosong", "required, non-empty string");
    return std::string();
  }
  if (!v->is_string()) return Error(key, "harus teks", "must be a string");
  std::string out = v->get<std::string>();
  if (required && out.empty()) {
    return Error(key, "wajib, teks tidak kosong", "required, non-empty string");
  }
  if (out.size() > max_len) {
    return Error(key, "lebih dari " + std::to_string(max_len) + " bita",
                 "longer than " + std::to_string(max_len) + " bytes");
  }
  return out;
}

Result<std::string> JsonItem::Date(const char* key, bool nullable) const {
  const nlohmann::json* v = Find(key);
  if (v == nullptr || v->is_null()) {
    if (nullable) return std::string();
    return Error(key, "wajib, tanggal YYYY-MM-DD", "required, date YYYY-MM-DD");
  }
  if (!v->is_string() || !IsIsoDate(v->get<std::string>())) {
    return Error(key, "harus tanggal YYYY-MM-DD yang sah", "must be a valid date YYYY-MM-DD");
  }
  return v->get<std::string>();
}

Result<std::vector<std::string>> JsonItem::Strings(const char* key, bool required_nonempty,
                                                   std::size_t max_items,
                                                   std::size_t max_len) const {
  std::vector<std::string> out;
  const nlohmann::json* v = Find(key);
  if (v == nullptr || v->is_null()) {
    if (required_nonempty) return Error(key, "wajib, larik teks", "required, array of strings");
    return out;
  }
  if (!v->is_array()) return Error(key, "harus larik teks", "must be an array of strings");
  if (v->size() > max_items) {
    return Error(key, "lebih dari " + std::to_string(max_items) + " butir",
                 "more than " + std::to_string(max_items) + " items");
  }
  for (std::size_t i = 0; i < v->size(); ++i) {
    const nlohmann::json& item = (*v)[i];
    const std::string field = std::string(key) + "[" + std::to_string(i) + "]";
    if (!item.is_string() || item.get<std::string>().empty()) {
      return Error(field, "harus teks tidak kosong", "must be a non-empty string");
    }
    if (item.get<std::string>().size() > max_len) {
      return Error(field, "lebih dari " + std::to_string(max_len) + " bita",
                   "longer than " + std::to_string(max_len) + " bytes");
    }
    out.push_back(item.get<std::string>());
  }
  if (required_nonempty && out.empty()) {
    return Error(key, "wajib, paling sedikit satu butir", "required, at least one item");
  }
  return out;
}

Result<bool> JsonItem::Bool(const char* key, std::optional<bool> fallback) const {
  const nlohmann::json* v = Find(key);
  if (v == nullptr || v->is_null()) {
    if (fallback) return *fallback;
    return Error(key, "wajib, true atau false", "required, true or false");
  }
  if (!v->is_boolean()) return Error(key, "harus true atau false", "must be true or false");
  return v->get<bool>();
}

Result<std::int64_t> JsonItem::Int(const char* key, std::int64_t min, std::int64_t max,
                                   std::optional<std::int64_t> fallback) const {
  const nlohmann::json* v = Find(key);
  const std::string range = std::to_string(min) + ".." + std::to_string(max);
  if (v == nullptr || v->is_null()) {
    if (fallback) return *fallback;
    return Error(key, "wajib, bilangan bulat " + range, "required, integer " + range);
  }
  if (!v->is_number_integer() || v->get<std::int64_t>() < min || v->get<std::int64_t>() > max) {
    return Error(key, "harus bilangan bulat " + range, "must be an integer " + range);
  }
  return v->get<std::int64_t>();
}

}  // namespace netra
