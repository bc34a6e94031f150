# Build step: turns src/store/migrations/NNNN_name.sql into a .cc holding each
# file as a string, so the binary never reads migrations from disk.
# Usage: cmake -DOUT=file.cc -DSOURCES="a.sql;b.sql" -P embed_migrations.cmake
list(SORT SOURCES)
set(body "")
foreach(path IN LISTS SOURCES)
  get_filename_component(file_name ${path} NAME)
  if(NOT file_name MATCHES "^([0-9][0-9][0-9][0-9])_([a-z0-9_]+)\\.sql$")
    message(FATAL_ERROR "migration ${file_name}: name must be NNNN_lower_snake.sql")
  endif()
  math(EXPR version "${CMAKE_MATCH_1}")
  file(READ ${path} sql)
  if(sql MATCHES "\\)netra_sql\"")
    message(FATAL_ERROR "migration ${file_name} contains the raw-string delimiter")
  endif()
  string(APPEND body "    {${version}, \"${file_name}\", R\"netra_sql(${sql})netra_sql\"},\n")
endforeach()
file(WRITE ${OUT}.tmp "// Generated from src/store/migrations/*.sql by embed_migrations.cmake; do not edit.
#include \"store/detail/migrations.h\"

namespace netra::store_detail {

const std::vector<Migration>& EmbeddedMigrations() {
  static const std::vector<Migration> kMigrations = {
${body}  };
  return kMigrations;
}

}  // namespace netra::store_detail
")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
