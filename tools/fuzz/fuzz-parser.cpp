//===- fuzz-parser.cpp - libFuzzer target: the lexer and parser -----------===//
//
// Any byte string must parse or give a diagnostic: never crash, hang or
// overflow the stack. Run by scripts/fuzz.
//
//===----------------------------------------------------------------------===//

#include "lib/Frontend/ASTDump.h"
#include "lib/Frontend/Parser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  using namespace rpy::frontend;
  auto source = std::make_unique<SourceFile>();
  source->name = "fuzz.py";
  source->text.assign(reinterpret_cast<const char *>(data), size);
  DiagnosticEngine diags;
  std::unique_ptr<Module> module = parseModule(std::move(source), diags);
  // Dumping walks the whole tree: it must be well-formed too.
  if (module)
    (void)dumpAST(*module);
  else if (!diags.hasErrors())
    __builtin_trap(); // a failed parse must say why
  return 0;
}
