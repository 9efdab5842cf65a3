//===- Diagnostic.h - Front-end error reports -------------------*- C++ -*-===//
//
// Every front-end error is reported as `file:line:col: error: message`; the
// tools print it and exit with status 1. The front end never uses C++
// exceptions (LLVM is built without them): functions that can fail return a
// null/false result and record a Diagnostic.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_FRONTEND_DIAGNOSTIC_H
#define RPY_FRONTEND_DIAGNOSTIC_H

#include "lib/Frontend/AST.h"

#include <deque>
#include <string>
#include <vector>

namespace rpy::frontend {

struct Diagnostic {
  Loc loc;
  std::string message;
  /// Extra lines printed after the error (e.g. "note: ..." lines).
  std::vector<std::pair<Loc, std::string>> notes;

  std::string str() const {
    std::string out = prefix(loc) + "error: " + message;
    for (const auto &[noteLoc, text] : notes)
      out += "\n" + prefix(noteLoc) + "note: " + text;
    return out;
  }

private:
  /// "file:line:col: ", or "file: " for a whole file, or nothing.
  static std::string prefix(const Loc &loc) {
    if (!loc.file)
      return "";
    if (loc.line == 0)
      return *loc.file + ": ";
    return loc.str() + ": ";
  }
};

/// Collects diagnostics; the first one is usually the one that matters.
class DiagnosticEngine {
public:
  void error(Loc loc, std::string message) {
    loc.file = keepFileName(loc.file);
    diags.push_back({loc, std::move(message), {}});
  }
  /// Adds a `note:` line to the last error.
  void note(Loc loc, std::string message) {
    loc.file = keepFileName(loc.file);
    diags.back().notes.push_back({loc, std::move(message)});
  }
  bool hasErrors() const { return !diags.empty(); }
  const std::vector<Diagnostic> &all() const { return diags; }
  void clear() { diags.clear(); }

private:
  /// A diagnostic may outlive the SourceFile its Loc points into (a failed
  /// parse frees its Module), so the engine keeps its own copy of each file
  /// name. A deque keeps the copies at stable addresses.
  const std::string *keepFileName(const std::string *name) {
    if (!name)
      return nullptr;
    for (const std::string &kept : fileNames)
      if (kept == *name)
        return &kept;
    fileNames.push_back(*name);
    return &fileNames.back();
  }

  std::vector<Diagnostic> diags;
  std::deque<std::string> fileNames;
};

} // namespace rpy::frontend

#endif // RPY_FRONTEND_DIAGNOSTIC_H
