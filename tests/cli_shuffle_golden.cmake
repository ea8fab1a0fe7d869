# The shuffle of the bundled Tegenwicht deck for seeds 42..44 must match the
# golden file byte for byte: the same seed gives the same order on every
# platform. Regenerate only on purpose (a deck content change).
execute_process(COMMAND "${CLI}" shuffle --deck tegenwicht --seed 42 --runs 3
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "shuffle failed: ${err}")
endif()
file(READ "${EXPECTED}" expected)
if(NOT out STREQUAL expected)
  message(FATAL_ERROR "shuffle order differs from ${EXPECTED}:\n${out}")
endif()
