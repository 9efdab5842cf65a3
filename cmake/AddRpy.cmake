#===- AddRpy.cmake - Thin wrappers over MLIR's CMake functions -------------===#

# add_rpy_dialect(<name> <Td>): runs mlir-tblgen on dialects/<name>/<Td>.td for
# the dialect, its ops, types and attributes, and names the target
# RPY<Td>IncGen.
function(add_rpy_dialect dialect td)
  set(LLVM_TARGET_DEFINITIONS ${td}.td)
  mlir_tablegen(${td}Ops.h.inc -gen-op-decls)
  mlir_tablegen(${td}Ops.cpp.inc -gen-op-defs)
  mlir_tablegen(${td}Dialect.h.inc -gen-dialect-decls -dialect=${dialect})
  mlir_tablegen(${td}Dialect.cpp.inc -gen-dialect-defs -dialect=${dialect})
  mlir_tablegen(${td}Types.h.inc -gen-typedef-decls -typedefs-dialect=${dialect})
  mlir_tablegen(${td}Types.cpp.inc -gen-typedef-defs -typedefs-dialect=${dialect})
  mlir_tablegen(${td}Attrs.h.inc -gen-attrdef-decls -attrdefs-dialect=${dialect})
  mlir_tablegen(${td}Attrs.cpp.inc -gen-attrdef-defs -attrdefs-dialect=${dialect})
  add_public_tablegen_target(RPY${td}IncGen)
  add_rpy_doc(${td} ${td}Dialect -gen-dialect-doc -dialect=${dialect})
endfunction()

# add_rpy_doc(<td> <output-name> <tblgen-flags...>): generates Markdown
# reference into build/docs/<output-name>.md (target rpy-doc collects them).
function(add_rpy_doc td output)
  set(LLVM_TARGET_DEFINITIONS ${td}.td)
  tablegen(MLIR ${output}.md ${ARGN})
  set(generated ${CMAKE_CURRENT_BINARY_DIR}/${output}.md)
  set(dest ${CMAKE_BINARY_DIR}/docs/${output}.md)
  add_custom_command(OUTPUT ${dest}
    COMMAND ${CMAKE_COMMAND} -E copy ${generated} ${dest}
    DEPENDS ${generated})
  add_custom_target(${output}DocGen DEPENDS ${dest})
  set_property(GLOBAL APPEND PROPERTY RPY_DOC_TARGETS ${output}DocGen)
endfunction()

# add_rpy_library(<name> <sources...> [DEPENDS targets...]
#                 [LINK_LIBS rpy-libs...] [MLIR_LIBS mlir-libs...]):
# a static library of the project. MLIR libraries are named separately so that
# they resolve to the shared libMLIR.so (never to static archives, which would
# duplicate code silently).
function(add_rpy_library name)
  cmake_parse_arguments(ARG "" "" "DEPENDS;LINK_LIBS;MLIR_LIBS" ${ARGN})
  # PARTIAL_SOURCES_INTENDED: a folder may hold several layered libraries.
  add_mlir_library(${name} ${ARG_UNPARSED_ARGUMENTS}
    PARTIAL_SOURCES_INTENDED EXCLUDE_FROM_LIBMLIR DISABLE_INSTALL
    DEPENDS ${ARG_DEPENDS}
    LINK_LIBS PUBLIC ${ARG_LINK_LIBS})
  if(ARG_MLIR_LIBS)
    mlir_target_link_libraries(${name} PUBLIC ${ARG_MLIR_LIBS})
  endif()
endfunction()

# add_rpy_tool(<name> <sources...> [LINK_LIBS ...] [MLIR_LIBS ...]): an
# executable in build/bin.
function(add_rpy_tool name)
  cmake_parse_arguments(ARG "" "" "LINK_LIBS;MLIR_LIBS" ${ARGN})
  add_llvm_executable(${name} PARTIAL_SOURCES_INTENDED
    ${ARG_UNPARSED_ARGUMENTS})
  target_link_libraries(${name} PRIVATE ${ARG_LINK_LIBS})
  if(ARG_MLIR_LIBS)
    mlir_target_link_libraries(${name} PRIVATE ${ARG_MLIR_LIBS})
  endif()
endfunction()
