# `samenspel-cli print` as a facilitator uses it: a deck to a PDF, an
# unknown deck refused, and the bench's line per deck.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${CLI}" print --deck samenleer -o "${WORK}/samenleer.pdf"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT EXISTS "${WORK}/samenleer.pdf")
  message(FATAL_ERROR "print samenleer failed: ${err}")
endif()
execute_process(COMMAND pdfinfo "${WORK}/samenleer.pdf" OUTPUT_VARIABLE info)
if(NOT info MATCHES "Page size:[^\n]*\\(A4\\)")
  message(FATAL_ERROR "not A4: ${info}")
endif()
execute_process(COMMAND "${CLI}" print --deck nosuchdeck -o "${WORK}/x.pdf"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc EQUAL 0 OR EXISTS "${WORK}/x.pdf" OR NOT err MATCHES "nosuchdeck")
  message(FATAL_ERROR "an unknown deck was not refused cleanly: ${err}")
endif()
