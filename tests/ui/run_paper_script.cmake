# Paper from the app (issue 12), checked from outside: runs a UI script
# headless, then looks at what landed where exports go (data/exports) with
# poppler's pdfinfo: the deck printed from its set-up screen (A4, a page of
# fronts and one of backs per nine cards) and, per KIND, the take-home sheets
# (PNG and one-page A4 PDF, in both modes) or the Tegenwicht end picture.
# -DAPP -DCLI -DSCRIPT -DSIZE -DWORK -DSHOTS -DKIND=takehome|endpicture -DDECK -DDECK_PAGES
file(REMOVE_RECURSE ${WORK} ${SHOTS})
file(MAKE_DIRECTORY ${WORK}/data ${SHOTS})
include(${CMAKE_CURRENT_LIST_DIR}/run_app.cmake)
run_app_script(${SCRIPT})
set(out ${WORK}/data/exports)

function(expect_pdf file pages)
  execute_process(COMMAND pdfinfo ${file} RESULT_VARIABLE rc OUTPUT_VARIABLE info ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 OR NOT info MATCHES "Pages: +${pages}\n" OR NOT info MATCHES "Page size:[^\n]*\\(A4\\)")
    message(FATAL_ERROR "${file}: expected ${pages} A4 pages:\n${info}${err}")
  endif()
endfunction()
function(expect_count pattern n)
  file(GLOB found ${out}/${pattern})
  list(LENGTH found got)
  if(NOT got EQUAL n)
    message(FATAL_ERROR "expected ${n} x ${pattern} in ${out}, found ${got}: ${found}")
  endif()
  set(found "${found}" PARENT_SCOPE)
endfunction()

expect_pdf(${out}/${DECK}-kaarten.pdf ${DECK_PAGES})
if(KIND STREQUAL "takehome")
  expect_count("samenleergesprek-*.png" 2)
  expect_count("samenleergesprek-*.pdf" 2)
  foreach(pdf ${found})
    expect_pdf(${pdf} 1)
  endforeach()
  expect_count("samenleergesprek-*-beeld.png" 1)
else()
  expect_count("tegenwicht-2*.png" 1)
endif()
file(GLOB leftovers ${out}/*.tmp-*)
if(leftovers)
  message(FATAL_ERROR "half-written files left: ${leftovers}")
endif()
message(STATUS "ok: paper in ${out}")
