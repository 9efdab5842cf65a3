//===- ASTDump.h - Printing the AST for tests -------------------*- C++ -*-===//
//
// A deterministic, indented S-expression rendering of the AST: one node per
// line, each with its `@line:col`, so FileCheck tests of the parser
// (`rpy-translate --emit=ast`) can match nodes line by line:
//
//   (Module
//     (FunctionDef f @1:1
//       (args
//         (arg a @1:7)
//         (arg b @1:10
//           (default
//             (Int 1 @1:12))))
//       (body
//         (Return @2:3
//           (BinOp Add @2:10
//             (Name a @2:10)
//             (Name b @2:14))))))
//
// Conventions: a Name/Attribute/Subscript/Tuple/List/Starred shows its
// context only when it is Store or Del; optional fields and statement lists
// appear under a label, e.g. `(orelse`, and only when present; an Assign's
// last child is its value; a Dict lists key and value of each entry in
// turn, `**d` entries as `(unpack d)`.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_FRONTEND_ASTDUMP_H
#define RPY_FRONTEND_ASTDUMP_H

#include "lib/Frontend/AST.h"

#include <string>

namespace rpy::frontend {

/// Renders a whole module (ending with a newline).
std::string dumpAST(const Module &module);

/// Renders one expression, starting at indentation `indent` (in spaces).
std::string dumpExpr(const Expr &expr, int indent = 0);

/// Renders one statement, starting at indentation `indent` (in spaces).
std::string dumpStmt(const Stmt &stmt, int indent = 0);

/// Python-like spelling of a string value with escapes, e.g. "a\n\u{e9}".
std::string quoteString(const std::string &value, bool isBytes = false);

} // namespace rpy::frontend

#endif // RPY_FRONTEND_ASTDUMP_H
