//===- Native.cpp - The native backend: lltype to an executable -----------===//
//
// rtype-lltype, the translation aspects, convert-lltype-to-llvm, MLIR's translation to LLVM IR,
// LLVM's optimisation pipeline and TargetMachine to an object file, and the
// system's C compiler to link it with the runtime library.
//
//===----------------------------------------------------------------------===//

#include "lib/Driver/Driver.h"

#include "passes/ExceptionTransform/Passes.h"
#include "passes/GCTransform/Passes.h"
#include "passes/Inline/Passes.h"
#include "passes/MallocRemoval/Passes.h"
#include "passes/LLTypeToLLVM/Passes.h"
#include "passes/RTyper/Passes.h"
#include "passes/StackCheck/Passes.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Export.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/TargetParser/Host.h"

using namespace rpy;

bool driver::rtype(mlir::ModuleOp module) {
  mlir::PassManager pm(module.getContext());
  pm.addPass(rtyper::createRTypeLLType());
  return mlir::succeeded(pm.run(module));
}

bool driver::applyAspects(mlir::ModuleOp module,
                          const AspectOptions &options) {
  mlir::PassManager pm(module.getContext());
  if (options.inline_) {
    inline_::InlineOptions inlining;
    inlining.threshold = options.inlineThreshold;
    pm.addPass(inline_::createInline(inlining));
  }
  // After inlining, which brings an object's making and taking apart
  // together.
  if (options.mallocRemoval)
    pm.addPass(mallocremoval::createMallocRemoval());
  // Last: fewer functions are left to check.
  if (options.stackCheck)
    pm.addPass(stackcheck::createStackCheck());
  return mlir::succeeded(pm.run(module));
}

bool driver::lowerToLLVMDialect(mlir::ModuleOp module, GC gc) {
  mlir::PassManager pm(module.getContext());
  pm.addPass(exceptiontransform::createExceptionTransform());
  gctransform::GCTransformOptions gcOptions;
  gcOptions.collector = gc == GC::Generational ? "generational"
                       : gc == GC::Semispace  ? "semispace"
                                              : "marksweep";
  pm.addPass(gctransform::createGCTransform(gcOptions));
  pm.addPass(lltype_to_llvm::createConvertLLTypeToLLVM());
  return mlir::succeeded(pm.run(module));
}

static llvm::OptimizationLevel optimizationLevel(unsigned level) {
  switch (level) {
  case 0:
    return llvm::OptimizationLevel::O0;
  case 1:
    return llvm::OptimizationLevel::O1;
  case 2:
    return llvm::OptimizationLevel::O2;
  default:
    return llvm::OptimizationLevel::O3;
  }
}

/// The host's target machine, for `options`' CPU and level.
static std::unique_ptr<llvm::TargetMachine>
hostMachine(const driver::CodegenOptions &options, std::string &error) {
  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
  llvm::Triple triple(llvm::sys::getProcessTriple());
  const llvm::Target *target =
      llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target)
    return nullptr;
  std::string cpu = options.cpu == "host"
                        ? std::string(llvm::sys::getHostCPUName())
                        : options.cpu;
  return std::unique_ptr<llvm::TargetMachine>(target->createTargetMachine(
      triple, cpu, "", llvm::TargetOptions(), llvm::Reloc::PIC_,
      std::nullopt,
      options.optLevel == 0 ? llvm::CodeGenOptLevel::None
                            : llvm::CodeGenOptLevel::Default));
}

std::unique_ptr<llvm::Module>
driver::translateToLLVMIR(mlir::ModuleOp module, llvm::LLVMContext &context,
                          const CodegenOptions &options, std::string &error) {
  mlir::DialectRegistry registry;
  mlir::registerBuiltinDialectTranslation(registry);
  mlir::registerLLVMDialectTranslation(registry);
  module.getContext()->appendDialectRegistry(registry);
  std::unique_ptr<llvm::TargetMachine> machine = hostMachine(options, error);
  if (!machine)
    return nullptr;
  // Loads and stores get the target's alignments.
  module->setAttr(mlir::LLVM::LLVMDialect::getDataLayoutAttrName(),
                  mlir::StringAttr::get(
                      module.getContext(),
                      machine->createDataLayout().getStringRepresentation()));
  std::unique_ptr<llvm::Module> llvmModule =
      mlir::translateModuleToLLVMIR(module, context, "rpy");
  if (!llvmModule) {
    error = "translating to LLVM IR failed";
    return nullptr;
  }
  llvmModule->setTargetTriple(machine->getTargetTriple());
  llvmModule->setDataLayout(machine->createDataLayout());

  // LLVM's standard pipeline of the level.
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PassBuilder passBuilder(machine.get());
  passBuilder.registerModuleAnalyses(mam);
  passBuilder.registerCGSCCAnalyses(cgam);
  passBuilder.registerFunctionAnalyses(fam);
  passBuilder.registerLoopAnalyses(lam);
  passBuilder.crossRegisterProxies(lam, fam, cgam, mam);
  llvm::OptimizationLevel level = optimizationLevel(options.optLevel);
  (level == llvm::OptimizationLevel::O0
       ? passBuilder.buildO0DefaultPipeline(level)
       : passBuilder.buildPerModuleDefaultPipeline(level))
      .run(*llvmModule, mam);
  return llvmModule;
}

/// The runtime library next to the tools: <bin>/../lib/librpyrt.a.
static std::string runtimeLibrary(const char *argv0) {
  std::string tool = llvm::sys::fs::getMainExecutable(
      argv0, reinterpret_cast<void *>(&runtimeLibrary));
  llvm::SmallString<256> path(llvm::sys::path::parent_path(
      llvm::sys::path::parent_path(tool)));
  llvm::sys::path::append(path, "lib", "librpyrt.a");
  return std::string(path);
}

bool driver::emitExecutable(llvm::Module &module, const std::string &output,
                            const CodegenOptions &options, const char *argv0,
                            std::string &error) {
  std::unique_ptr<llvm::TargetMachine> machine = hostMachine(options, error);
  if (!machine)
    return false;
  llvm::SmallString<128> object;
  int fd;
  if (std::error_code ec =
          llvm::sys::fs::createTemporaryFile("rpy", "o", fd, object)) {
    error = "cannot create a temporary object file: " + ec.message();
    return false;
  }
  {
    llvm::raw_fd_ostream os(fd, /*shouldClose=*/true);
    llvm::legacy::PassManager codegen;
    if (machine->addPassesToEmitFile(codegen, os, nullptr,
                                     llvm::CodeGenFileType::ObjectFile)) {
      error = "the target cannot emit object files";
      return false;
    }
    codegen.run(module);
  }
  std::string runtime = runtimeLibrary(argv0);
  if (!llvm::sys::fs::exists(runtime)) {
    error = "the runtime library is missing: " + runtime;
    return false;
  }
  // The system's C compiler links: it knows the C library and start files.
  llvm::ErrorOr<std::string> cc = llvm::sys::findProgramByName("cc");
  if (!cc)
    cc = llvm::sys::findProgramByName("clang");
  if (!cc) {
    error = "no C compiler (cc or clang) to link with";
    return false;
  }
  std::string message;
  llvm::SmallVector<llvm::StringRef> args{*cc,    object.str(), runtime,
                                          "-lm",  "-o",         output};
  int status = llvm::sys::ExecuteAndWait(*cc, args, std::nullopt, {}, 0, 0,
                                         &message);
  llvm::sys::fs::remove(object);
  if (status != 0) {
    error = "linking failed" + (message.empty() ? "" : ": " + message);
    return false;
  }
  return true;
}
