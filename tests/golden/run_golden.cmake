cmake_minimum_required(VERSION 3.16)  # IN_LIST
# Runs the golden script headless (fixed seed, fixed clock) and compares
# every shot with its golden copy through png_diff; with -DUPDATE=ON (or
# UPDATE_GOLDEN=1 in the environment) it writes the shots as the new
# goldens instead.
# -DAPP -DDIFF -DSCRIPT -DSIZE -DWORK -DGOLDEN [-DUPDATE=ON]
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/data ${WORK}/shots)
# 2026-01-15 10:00 UTC: dates on screen do not change with the day the test runs.
execute_process(
  COMMAND ${APP} --seed 7 --clock 1768471200000 --size ${SIZE} --script ${SCRIPT} --shots ${WORK}/shots --data ${WORK}/data
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "golden script failed (exit ${rc}):\n${out}${err}")
endif()
file(GLOB shots RELATIVE ${WORK}/shots ${WORK}/shots/*.png)
list(SORT shots)
if(NOT shots)
  message(FATAL_ERROR "the golden script took no shots")
endif()
if(UPDATE OR "$ENV{UPDATE_GOLDEN}")
  file(MAKE_DIRECTORY ${GOLDEN})
  file(GLOB old ${GOLDEN}/*.png)
  if(old)
    file(REMOVE ${old})  # a shot the script no longer takes leaves no stale golden
  endif()
  foreach(s IN LISTS shots)
    file(COPY ${WORK}/shots/${s} DESTINATION ${GOLDEN})
  endforeach()
  message(STATUS "wrote ${GOLDEN}: ${shots}\nLook at every picture before you commit them.")
  return()
endif()
set(failed "")
foreach(s IN LISTS shots)
  if(NOT EXISTS ${GOLDEN}/${s})
    string(APPEND failed "\n${s}: no golden ${GOLDEN}/${s} (run with UPDATE_GOLDEN)")
    continue()
  endif()
  execute_process(COMMAND ${DIFF} ${WORK}/shots/${s} ${GOLDEN}/${s}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  message(STATUS "${out}")
  if(NOT rc EQUAL 0)
    string(APPEND failed "\n${err}")
  endif()
endforeach()
file(GLOB goldens RELATIVE ${GOLDEN} ${GOLDEN}/*.png)
foreach(g IN LISTS goldens)
  if(NOT g IN_LIST shots)
    string(APPEND failed "\n${g}: golden without a shot (the script no longer takes it)")
  endif()
endforeach()
if(failed)
  message(FATAL_ERROR "screens differ from their goldens:${failed}")
endif()
