# Sessions from another device, through the import screen (issue 9): an
# "old phone" folder with three finished sessions (samenspel-cli simulate)
# is exported three ways (sealed with a passphrase, sealed to a
# coordinator's key, and a plain bundle cut off at the end); one of the
# three is already on the "new phone". The UI script (written here, so it
# can type this run's paths) drags the cut file onto the window (refused;
# the desktop's way in besides a typed path), then types the path of the
# coordinator's file (refused) and of the sealed one, with a wrong
# passphrase (refused) and the right one; afterwards samenspel-cli checks that the new phone holds exactly the
# three sessions, each once.
# -DAPP -DCLI -DHUB -DSIZE -DWORK -DSHOTS [-DBEELD=1]
file(REMOVE_RECURSE ${WORK} ${SHOTS})
file(MAKE_DIRECTORY ${WORK}/data ${WORK}/old ${SHOTS})
function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${ARGN} failed (${rc}):\n${out}${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
endfunction()
set(ids)
foreach(seed 31 32 33)
  run(${CLI} simulate --deck tegenwicht --seed ${seed} --seats 3 --rounds 1 --dir ${WORK}/old)
  string(STRIP "${out}" id)
  list(APPEND ids ${id})
endforeach()
list(GET ids 0 first)
file(COPY ${WORK}/old/records/${first}.ssr DESTINATION ${WORK}/data/records)
set(pass "oude telefoon nieuwe telefoon")
file(WRITE ${WORK}/pass.txt "${pass}\n")
run(${CLI} records export ${WORK}/old -o ${WORK}/move.ssb --all --passphrase-file ${WORK}/pass.txt)
run(${HUB} keygen -o ${WORK}/coord)
run(${CLI} records export ${WORK}/old -o ${WORK}/hub.ssb --all --to-key ${WORK}/coord.pub)
run(${CLI} records export ${WORK}/old -o ${WORK}/plain.ssb --all)
# 40 bytes short: a download that broke off.
file(COPY_FILE ${WORK}/plain.ssb ${WORK}/cut.ssb)
run(truncate -s -40 ${WORK}/cut.ssb)

set(beeld "")
if(BEELD)
  set(beeld "tap home.beeldmodus\n")
endif()
file(WRITE ${WORK}/script.txt "${beeld}expect home.export
tap home.export
expect export.import
tap export.import
expect import.path
shot 01-choose
check touch-size 48
drop ${WORK}/cut.ssb
expect import.problem
shot 02-damaged
check touch-size 48
tap import.other
tap import.path
type ${WORK}/hub.ssb
key return
tap import.open
expect import.problem
shot 03-for-coordinator
check touch-size 48
tap import.other
tap import.path
type ${WORK}/move.ssb
key return
tap import.open
expect import.pass
shot 04-passphrase
check touch-size 48
tap import.pass
type oude telefoon
key return
tap import.unlock
expect import.wrong
shot 05-wrong-passphrase
check touch-size 48
tap import.pass
type ${pass}
key return
tap import.unlock
expect import.result.added
shot 06-done
check touch-size 48
tap import.sessions
shot 07-sessions
")
include(${CMAKE_CURRENT_LIST_DIR}/run_app.cmake)
run_app_script(${WORK}/script.txt)

run(${CLI} records list ${WORK}/data)
foreach(id ${ids})
  string(REGEX MATCHALL "${id}" seen "${out}")
  list(LENGTH seen times)
  if(NOT times EQUAL 1)
    message(FATAL_ERROR "the new phone lists ${id} ${times} times, not once:\n${out}")
  endif()
endforeach()
file(GLOB damaged ${WORK}/data/damaged/*)
if(damaged)
  message(FATAL_ERROR "the import left damaged files: ${damaged}")
endif()
message(STATUS "ok: three sessions on the new phone, each once")
