# The languages Pagesight ships and the sources lupdate reads. A function, included from
# app/CMakeLists.txt, because qt_add_translations has to run in the directory that defines the
# executable: the .qm files it builds become resources of that target, and CMake only lets a target
# use custom-command outputs made in its own directory.
#
#   cmake --build <dir> --target update_translations    re-read the sources into the .ts files
#   (the build itself runs lrelease and embeds :/i18n/pagesight_<language>.qm)

# The source strings are English; pagesight_en.ts only carries the English plural forms (%n).
set(PAGESIGHT_LANGUAGES en pt_BR)

function(pagesight_add_translations target)
    # Every user-visible string lives in core/, ui/ or app/. A glob, so a new widget's strings
    # reach the .ts files without anyone editing this list.
    set(patterns)
    foreach(dir core ui app)
        list(APPEND patterns ${PROJECT_SOURCE_DIR}/${dir}/*.cpp ${PROJECT_SOURCE_DIR}/${dir}/*.h
                             ${PROJECT_SOURCE_DIR}/${dir}/*.ui)
    endforeach()
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${patterns})

    set(ts_files)
    foreach(language IN LISTS PAGESIGHT_LANGUAGES)
        list(APPEND ts_files ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/pagesight_${language}.ts)
    endforeach()

    # Relative locations keep a .ts diff to the strings that changed, not every shifted line number.
    qt_add_translations(${target}
        TS_FILES ${ts_files}
        SOURCES ${sources}
        INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/core ${PROJECT_SOURCE_DIR}/ui
        RESOURCE_PREFIX /i18n
        LUPDATE_OPTIONS -locations relative)
endfunction()
