# Runs one UI script headless from an empty data folder, then checks the
# folder's records with the coordinator's CLI.
# -DAPP -DCLI -DSCRIPT -DSIZE -DWORK -DSHOTS [-DTEXT_STEP] [-DSCRIPT2: a second
# process on the same data folder, as after the app was killed]
# [-DEXPECT_STATUS: the status a listed record must have, default finished]
# [-DEXPECT_STDERR: a regex the last process's stderr must match]
file(REMOVE_RECURSE ${WORK} ${SHOTS})
file(MAKE_DIRECTORY ${WORK}/data ${SHOTS})
if(DEFINED TEXT_STEP)
  file(WRITE ${WORK}/data/settings.txt "text-step=${TEXT_STEP}\n")
endif()
include(${CMAKE_CURRENT_LIST_DIR}/run_app.cmake)
run_app_script(${SCRIPT})
if(DEFINED SCRIPT2)
  run_app_script(${SCRIPT2})
endif()
if(DEFINED EXPECT_STDERR AND NOT last_err MATCHES "${EXPECT_STDERR}")
  message(FATAL_ERROR "stderr does not say '${EXPECT_STDERR}':\n${last_err}")
endif()
execute_process(COMMAND ${CLI} records check ${WORK}/data RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "samenspel-cli records check found a problem:\n${out}${err}")
endif()
execute_process(COMMAND ${CLI} records list ${WORK}/data RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT DEFINED EXPECT_STATUS)
  set(EXPECT_STATUS finished)
endif()
if(NOT rc EQUAL 0 OR NOT out MATCHES "${EXPECT_STATUS}")
  message(FATAL_ERROR "no ${EXPECT_STATUS} record listed by samenspel-cli:\n${out}${err}")
endif()
message(STATUS "ok: ${out}")
