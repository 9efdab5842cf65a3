//===- Parser.h - Recursive-descent parser for Python 3 ---------*- C++ -*-===//
//
// Builds the AST of AST.h from Python 3 source. Like CPython, the parser
// stops at the first syntax error and reports it in CPython's words
// (`invalid syntax`, `expected ':'`, `cannot assign to function call`, ...).
// A few errors CPython finds after parsing (`'return' outside function`,
// `duplicate argument ...`) are reported too, but only when the whole file
// parses, so that a syntax error further down still wins as in CPython.
//
// The parser is safe on arbitrary input: nesting is limited (brackets by the
// lexer, expressions and blocks by a depth budget that also bounds the
// height of the tree, so that destroying or walking it cannot exhaust the
// stack).
//
//===----------------------------------------------------------------------===//

#ifndef RPY_FRONTEND_PARSER_H
#define RPY_FRONTEND_PARSER_H

#include "lib/Frontend/AST.h"
#include "lib/Frontend/Diagnostic.h"

#include <memory>

namespace rpy::frontend {

/// The deepest nesting of expressions and blocks the parser accepts; deeper
/// input gets `too deeply nested`. Every AST it returns is at most a small
/// multiple of this deep.
constexpr int kMaxParseDepth = 1000;

/// Parses a whole file. Returns nullptr and records the error in `diags` on
/// failure (exactly one diagnostic).
std::unique_ptr<Module> parseModule(std::unique_ptr<SourceFile> source,
                                    DiagnosticEngine &diags);

} // namespace rpy::frontend

#endif // RPY_FRONTEND_PARSER_H
