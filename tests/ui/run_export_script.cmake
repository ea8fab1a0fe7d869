# The app's export, checked from outside: puts three finished sessions in an
# empty data folder (samenspel-cli simulate), runs the UI script headless,
# then opens what the app wrote with samenspel-cli: the sealed bundle lists
# all three records with the passphrase the script typed, refuses to open
# without it or with a wrong one, and holds no record id in the clear; the
# plain bundle opens without a passphrase.
# -DAPP -DCLI -DSCRIPT -DSIZE -DWORK -DSHOTS -DPASSPHRASE
file(REMOVE_RECURSE ${WORK} ${SHOTS})
file(MAKE_DIRECTORY ${WORK}/data ${SHOTS})
function(cli expect)
  execute_process(COMMAND ${CLI} ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  set(out "${out}" PARENT_SCOPE)
  if(expect STREQUAL "ok" AND NOT rc EQUAL 0)
    message(FATAL_ERROR "samenspel-cli ${ARGN} failed (${rc}):\n${out}${err}")
  elseif(expect STREQUAL "fail" AND rc EQUAL 0)
    message(FATAL_ERROR "samenspel-cli ${ARGN} should have failed:\n${out}")
  endif()
endfunction()

set(ids)
foreach(seed 11 12 13)
  cli(ok simulate --deck tegenwicht --seed ${seed} --seats 3 --rounds 1 --dir ${WORK}/data)
  string(STRIP "${out}" id)
  list(APPEND ids ${id})
endforeach()

execute_process(
  COMMAND ${APP} --headless --size ${SIZE} --script ${SCRIPT} --shots ${SHOTS} --data ${WORK}/data
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "UI script ${SCRIPT} at ${SIZE} failed (exit ${rc}):\n${out}${err}")
endif()

file(GLOB bundles ${WORK}/data/exports/*.ssb)
list(LENGTH bundles n)
if(NOT n EQUAL 2)
  message(FATAL_ERROR "expected 2 bundles in ${WORK}/data/exports, found ${n}")
endif()
file(WRITE ${WORK}/pass.txt "${PASSPHRASE}\n")
file(WRITE ${WORK}/wrong.txt "${PASSPHRASE}.\n")
set(sealed "")
set(plain "")
foreach(b ${bundles})
  file(READ ${b} magic LIMIT 8 HEX)
  if(magic STREQUAL "534d53505345414c")  # "SMSPSEAL"
    set(sealed ${b})
  else()
    set(plain ${b})
  endif()
endforeach()
if(NOT sealed OR NOT plain)
  message(FATAL_ERROR "expected one sealed and one plain bundle: ${bundles}")
endif()

cli(ok records list ${sealed} --passphrase-file ${WORK}/pass.txt)
foreach(id ${ids})
  if(NOT out MATCHES "${id}")
    message(FATAL_ERROR "the sealed bundle does not list ${id}:\n${out}")
  endif()
endforeach()
cli(ok records check ${sealed} --passphrase-file ${WORK}/pass.txt)
cli(fail records list ${sealed})
cli(fail records list ${sealed} --passphrase-file ${WORK}/wrong.txt)
file(READ ${sealed} bytes HEX)
foreach(id ${ids})
  string(FIND "${bytes}" "${id}" at)       # the id's 16 bytes
  string(HEX "${id}" id_text)
  string(FIND "${bytes}" "${id_text}" at2)  # the id written as text
  if(NOT at EQUAL -1 OR NOT at2 EQUAL -1)
    message(FATAL_ERROR "record id ${id} is readable inside the sealed bundle")
  endif()
endforeach()
cli(ok records list ${plain})
foreach(id ${ids})
  if(NOT out MATCHES "${id}")
    message(FATAL_ERROR "the plain bundle does not list ${id}:\n${out}")
  endif()
endforeach()
message(STATUS "ok: sealed ${sealed} and plain ${plain}")
