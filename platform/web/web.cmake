# The web build's third-party libraries: built for wasm from Debian's source
# packages by .ci/web/deps.sh into a cache outside the clone; this file
# only names them as the targets the native build finds with find_package
# and pkg-config, so the rest of the tree is the same for both.
set(SAMENSPEL_WEB_DEPS "" CACHE PATH "The prefix .ci/web/deps.sh printed")
if(NOT EXISTS "${SAMENSPEL_WEB_DEPS}/COMPLETE")
  message(FATAL_ERROR "SAMENSPEL_WEB_DEPS='${SAMENSPEL_WEB_DEPS}' is not a finished web-deps folder: run .ci/web/deps.sh")
endif()
set(_deps "${SAMENSPEL_WEB_DEPS}")

# C++ exceptions are caught (cereal reports a damaged record by throwing),
# with WebAssembly's own exception handling: emscripten's older JavaScript
# way sends every call that might throw out to JavaScript and back, which
# was a tenth of a frame's time. Every browser since 2021-22 has it (Chrome
# 95, Firefox 100, Safari 15.2).
add_compile_options(-fwasm-exceptions)
add_link_options(-fwasm-exceptions)

add_library(cereal::cereal INTERFACE IMPORTED GLOBAL)
target_include_directories(cereal::cereal INTERFACE "${_deps}/include")

add_library(PkgConfig::SODIUM STATIC IMPORTED GLOBAL)
set_target_properties(PkgConfig::SODIUM PROPERTIES IMPORTED_LOCATION "${_deps}/lib/libsodium.a"
  INTERFACE_INCLUDE_DIRECTORIES "${_deps}/include")

add_library(SDL2::SDL2 STATIC IMPORTED GLOBAL)
set_target_properties(SDL2::SDL2 PROPERTIES IMPORTED_LOCATION "${_deps}/lib/libSDL2.a"
  INTERFACE_INCLUDE_DIRECTORIES "${_deps}/include/SDL2")

add_library(SDL2_image::SDL2_image STATIC IMPORTED GLOBAL)
set_target_properties(SDL2_image::SDL2_image PROPERTIES IMPORTED_LOCATION "${_deps}/lib/libSDL2_image.a"
  INTERFACE_INCLUDE_DIRECTORIES "${_deps}/include/SDL2")

# Dear ImGui 1.86: the core and the SDL_Renderer backend from Debian's source
# package, compiled with the app's flags.
file(GLOB _imgui_core "${_deps}/imgui/imgui*.cpp")
list(FILTER _imgui_core EXCLUDE REGEX "imgui_demo\\.cpp$")
# imgui_stdlib.cpp (std::string text fields) comes along from misc/cpp.
add_library(samenspel_imgui STATIC ${_imgui_core} "${_deps}/imgui/backends/imgui_impl_sdlrenderer.cpp")
target_include_directories(samenspel_imgui SYSTEM PUBLIC "${_deps}/imgui" "${_deps}/imgui/backends")
target_compile_definitions(samenspel_imgui PUBLIC IMGUI_DISABLE_DEMO_WINDOWS)
target_compile_options(samenspel_imgui PRIVATE -w)
target_link_libraries(samenspel_imgui PUBLIC SDL2::SDL2)
