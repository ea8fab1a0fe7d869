# The shell screens (Home, how-to, sessions, settings, export) with sessions
# already on the device: puts SESSIONS finished Tegenwicht sessions in an
# empty data folder (samenspel-cli simulate), sets the text size and
# Beeldmodus, and runs the script headless.
# -DAPP -DCLI -DSCRIPT -DSIZE -DWORK -DSHOTS [-DSESSIONS=n] [-DTEXT_STEP] [-DBEELDMODUS=1]
file(REMOVE_RECURSE ${WORK} ${SHOTS})
file(MAKE_DIRECTORY ${WORK}/data ${SHOTS})
set(settings "")
if(DEFINED TEXT_STEP)
  string(APPEND settings "text-step=${TEXT_STEP}\n")
endif()
if(DEFINED BEELDMODUS)
  string(APPEND settings "beeldmodus=${BEELDMODUS}\n")
endif()
file(WRITE ${WORK}/data/settings.txt "${settings}")
if(DEFINED SESSIONS AND SESSIONS GREATER 0)
  foreach(seed RANGE 1 ${SESSIONS})
    execute_process(COMMAND ${CLI} simulate --deck tegenwicht --seed ${seed} --seats 3 --rounds 1 --dir ${WORK}/data
      RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "samenspel-cli simulate failed (${rc}):\n${out}${err}")
    endif()
  endforeach()
endif()
include(${CMAKE_CURRENT_LIST_DIR}/run_app.cmake)
run_app_script(${SCRIPT})
