include(GoogleTest)

# netra_test(NAME SOURCES a.cc b.cc LIBS x y LABELS unit)
# One GoogleTest binary; each TEST becomes a CTest test carrying LABELS
# (unit, storage, pg, http, scan) so `ctest -L` selects a tier.
function(netra_test name)
  cmake_parse_arguments(T "" "" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE ${T_LIBS} GTest::gtest GTest::gtest_main)
  if(NOT T_LABELS)
    set(T_LABELS unit)
  endif()
  gtest_discover_tests(${name}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    PROPERTIES LABELS "${T_LABELS}"
    DISCOVERY_TIMEOUT 60)
endfunction()
