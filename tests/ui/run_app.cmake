# run_app_script(SCRIPT): runs samenspel-driver (the app headless, seeded) on one script with the
# runner's APP, SIZE, SHOTS and WORK/data; fails the test on a non-zero exit
# and leaves the app's stderr in `last_err`. Shared by the UI test runners.
function(run_app_script script)
  execute_process(
    COMMAND ${APP} --seed 7 --size ${SIZE} --script ${script} --shots ${SHOTS} --data ${WORK}/data
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "UI script ${script} at ${SIZE} failed (exit ${rc}):\n${out}${err}")
  endif()
  set(last_err "${err}" PARENT_SCOPE)
endfunction()
