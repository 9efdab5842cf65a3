//===- Registration.h - Every dialect and pass of rpy -----------*- C++ -*-===//
//
// The one registration point shared by rpy-opt, rpy-translate and the tests.
//
//===----------------------------------------------------------------------===//

#ifndef RPY_REGISTRATION_REGISTRATION_H
#define RPY_REGISTRATION_REGISTRATION_H

namespace mlir {
class DialectRegistry;
} // namespace mlir

namespace rpy {

/// Adds the project's dialects (and the upstream ones they interoperate with)
/// to `registry`.
void registerAllDialects(mlir::DialectRegistry &registry);

/// Registers the project's passes and MLIR's generic ones (canonicalize, cse,
/// ...) with the global pass registry, for `rpy-opt`.
void registerAllPasses();

} // namespace rpy

#endif // RPY_REGISTRATION_REGISTRATION_H
