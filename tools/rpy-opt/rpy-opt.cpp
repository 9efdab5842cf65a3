//===- rpy-opt.cpp - The opt-style driver of rpy --------------------------===//
//
// Reads any stage of the pipeline as MLIR, runs passes, prints the result.
//
//===----------------------------------------------------------------------===//

#include "lib/Registration/Registration.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  rpy::registerAllPasses();
  mlir::DialectRegistry registry;
  rpy::registerAllDialects(registry);
  return mlir::asMainReturnCode(mlir::MlirOptMain(
      argc, argv, "rpy optimizer driver: every dialect and pass of rpy\n",
      registry));
}
