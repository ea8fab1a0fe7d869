# Settings -> Coordinator, checked from outside (issue 11): a hub key pair
# (samenspel-hub keygen), three finished sessions in the data folder, then
# the UI script (written here, so it can type this run's key path) sets the
# key, shows its words and exports; the hub then opens the bundle with its
# secret key, and the passphrase tools cannot.
# -DAPP -DCLI -DHUB -DSIZE -DWORK -DSHOTS [-DBEELD=1]
file(REMOVE_RECURSE ${WORK} ${SHOTS})
file(MAKE_DIRECTORY ${WORK}/data ${SHOTS})
execute_process(COMMAND ${HUB} keygen -o ${WORK}/coord RESULT_VARIABLE rc OUTPUT_VARIABLE keygen)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "keygen failed")
endif()
string(REGEX MATCH "fingerprint: ([a-z ]+)" _ "${keygen}")
set(words "${CMAKE_MATCH_1}")
foreach(seed 21 22 23)
  execute_process(COMMAND ${CLI} simulate --deck tegenwicht --seed ${seed} --seats 3 --rounds 1 --dir ${WORK}/data
    RESULT_VARIABLE rc)
endforeach()
file(WRITE ${WORK}/script.txt "expect home.settings
tap home.settings
expect settings.coordinator.path
tap settings.coordinator.path
type ${WORK}/coord.pub
key return
tap settings.coordinator.use
expect settings.coordinator.words
shot 01-settings-coordinator
check touch-size 48
key back
expect home.export
tap home.export
expect export.sealed
shot 02-export-to-coordinator
check touch-size 48
tap export.sealed
expect export.done
shot 03-exported
")
include(${CMAKE_CURRENT_LIST_DIR}/run_app.cmake)
run_app_script(${WORK}/script.txt)

file(GLOB bundles ${WORK}/data/exports/*.ssb)
list(LENGTH bundles n)
if(NOT n EQUAL 1)
  message(FATAL_ERROR "expected 1 bundle in ${WORK}/data/exports, found ${n}")
endif()
file(READ ${bundles} magic LIMIT 8 HEX)
if(NOT magic STREQUAL "534d535048554231")  # "SMSPHUB1"
  message(FATAL_ERROR "the export is not sealed to the coordinator's key")
endif()
execute_process(COMMAND ${HUB} import ${bundles} --key ${WORK}/coord.key --db ${WORK}/hub.sqlite
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES ": 3 new, 0 duplicate, 0 conflict, 0 damaged")
  message(FATAL_ERROR "the hub could not open the app's export (${rc}):\n${out}${err}")
endif()
execute_process(COMMAND ${CLI} records list ${bundles} RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
if(rc EQUAL 0)
  message(FATAL_ERROR "samenspel-cli read a bundle sealed to the hub without its key")
endif()
message(STATUS "ok: sealed to the key with fingerprint '${words}', opened by the hub")
