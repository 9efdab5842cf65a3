//===- rpy-translate.cpp - RPython 3 source to each stage of rpy ----------===//
//
// `rpy-translate prog.py -o prog` makes a native executable;
// `rpy-translate prog.py --emit=<stage>` prints the program at that stage;
// `rpy-translate prog.py --backend=llinterp -- args` runs its low-level
// graphs in the llinterpreter.
// Errors in the input print `file:line:col: error: ...` and exit with 1.
//
//===----------------------------------------------------------------------===//

#include "lib/Driver/Driver.h"
#include "lib/Driver/FlowGraphViz.h"
#include "lib/LLInterp/LLInterp.h"
#include "lib/Registration/Registration.h"

#include "mlir/IR/AsmState.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/ToolOutputFile.h"

#include <chrono>

using namespace llvm;

namespace {
enum class Stage { Ast, Flow, Ann, LL, Aspects, LLVM, Exe };

cl::opt<std::string> inputFile(cl::Positional, cl::desc("<program.py>"),
                               cl::Required);
cl::opt<Stage> emit(
    "emit", cl::desc("The stage to print (default: an executable)"),
    cl::init(Stage::Exe),
    cl::values(clEnumValN(Stage::Ast, "ast", "the main file's syntax tree"),
               clEnumValN(Stage::Flow, "flow",
                          "flow graphs of every reachable function"),
               clEnumValN(Stage::Ann, "ann",
                          "the flow graphs annotated with ann types"),
               clEnumValN(Stage::LL, "ll",
                          "the low-level graphs (lltype dialect)"),
               clEnumValN(Stage::Aspects, "aspects",
                          "the low-level graphs after the translation "
                          "aspects (--inline, --malloc-removal, "
                          "--stack-check)"),
               clEnumValN(Stage::LLVM, "llvm",
                          "the optimised LLVM IR"),
               clEnumValN(Stage::Exe, "exe",
                          "a native executable (-o, default a.out)")));
enum class Backend { Native, LLInterp };
cl::opt<Backend> backend(
    "backend", cl::desc("What runs the program (default: native)"),
    cl::init(Backend::Native),
    cl::values(clEnumValN(Backend::Native, "native",
                          "an executable compiled through LLVM"),
               clEnumValN(Backend::LLInterp, "llinterp",
                          "the llinterpreter, now, on the low-level graphs "
                          "(the exit status is the program's)")));
cl::opt<unsigned> optLevel(
    "O", cl::Prefix, cl::init(2),
    cl::desc("Optimisation preset: -O0 translates for debugging (no "
             "inlining or malloc removal, LLVM -O0), -O2 (default) inlines, "
             "removes mallocs and runs LLVM's -O2; stack checks, exceptions "
             "and the GC work at every level"),
    cl::value_desc("level"));
cl::opt<std::string> targetCpu(
    "mcpu",
    cl::desc("The CPU to generate code for (default: host; e.g. x86-64 for "
             "a binary valgrind can run)"),
    cl::init("host"));
cl::opt<bool> inlining(
    "inline",
    cl::desc("Inline small functions (lltype-inline; default: on at -O1 "
             "and above)"),
    cl::init(true));
cl::opt<unsigned> inlineThreshold(
    "inline-size",
    cl::desc("The largest function lltype-inline inlines (operations; "
             "default 32)"),
    cl::init(32));
cl::opt<bool> mallocRemoval(
    "malloc-removal",
    cl::desc("Replace objects that do not escape their function by their "
             "fields (lltype-malloc-removal; default: on at -O1 and above)"),
    cl::init(true));
cl::opt<rpy::driver::GC> gc(
    "gc", cl::desc("The garbage collector (default: generational)"),
    cl::init(rpy::driver::GC::Generational),
    cl::values(clEnumValN(rpy::driver::GC::MarkSweep, "marksweep",
                          "non-moving mark-sweep"),
               clEnumValN(rpy::driver::GC::Semispace, "semispace",
                          "two spaces, every live object copied at each "
                          "collection"),
               clEnumValN(rpy::driver::GC::Generational, "generational",
                          "a nursery with bump allocation, survivors "
                          "copied to mark-sweep; write barriers")));
cl::opt<bool> timePhases(
    "time-phases",
    cl::desc("Print each phase's wall time to stderr as 'phase: <name> "
             "<seconds>' (flow, annotate, rtype, aspects, lower, llvm, "
             "codegen)"),
    cl::init(false));
cl::opt<bool> stackCheck(
    "stack-check",
    cl::desc("Check the stack depth where recursion can happen, so that it "
             "raises RecursionError instead of crashing (lltype-stack-check; "
             "default on)"),
    cl::init(true));
cl::list<std::string> programArgs(cl::Positional,
                                  cl::desc("[-- <program arguments>...]"));
cl::opt<std::string> outputFile(
    "o", cl::desc("Output file (default: stdout; a.out for an executable)"),
    cl::value_desc("file"), cl::init(""));
cl::opt<std::string> entry(
    "entry",
    cl::desc("Entry point (default: target() returning (entry_point, None), "
             "else main)"),
    cl::value_desc("name"));
cl::opt<std::string>
    viewFile("view",
             cl::desc("Also write the flow graphs as Graphviz to <file>"),
             cl::value_desc("file.dot"));
} // namespace

/// With --time-phases: the time since the last phase ended (or the clock
/// started, with no name), as "phase: <name> <seconds>" on stderr.
static void phaseDone(const char *name) {
  static auto last = std::chrono::steady_clock::now();
  auto now = std::chrono::steady_clock::now();
  if (timePhases && name)
    errs() << "phase: " << name << " "
           << format("%.3f", std::chrono::duration<double>(now - last).count())
           << "\n";
  last = now;
}

static int reportErrors(const rpy::frontend::DiagnosticEngine &diags) {
  for (const auto &diag : diags.all())
    errs() << diag.str() << "\n";
  return 1;
}

int main(int argc, char **argv) {
  InitLLVM init(argc, argv);
  mlir::registerAsmPrinterCLOptions();
  mlir::registerMLIRContextCLOptions();
  cl::ParseCommandLineOptions(
      argc, argv,
      "rpy-translate: translate an RPython 3 program\n\n"
      "  rpy-translate prog.py -o prog       a native executable\n"
      "  rpy-translate prog.py --emit=flow   print the flow graphs\n"
      "  rpy-translate prog.py --emit=ann    print them annotated\n"
      "  rpy-translate prog.py --emit=ll     print the low-level graphs\n"
      "  rpy-translate prog.py --emit=aspects\n"
      "                                      ... after the translation aspects\n"
      "  rpy-translate prog.py --emit=llvm   print the optimised LLVM IR\n"
      "  rpy-translate prog.py --backend=llinterp -- args\n"
      "                                      run it in the llinterpreter\n");
  if (!programArgs.empty() && backend != Backend::LLInterp) {
    errs() << "rpy-translate: program arguments are for --backend=llinterp\n";
    return 1;
  }
  if (backend == Backend::LLInterp && emit != Stage::Exe) {
    errs() << "rpy-translate: --backend=llinterp runs the program; it takes "
              "no --emit\n";
    return 1;
  }

  std::string error;
  std::string outputPath =
      !outputFile.empty() ? outputFile
                          : std::string(emit == Stage::Exe ? "a.out" : "-");
  std::unique_ptr<ToolOutputFile> output;
  if (emit != Stage::Exe) {
    output = mlir::openOutputFile(outputPath, &error);
    if (!output) {
      errs() << "rpy-translate: " << error << "\n";
      return 1;
    }
  }

  rpy::frontend::DiagnosticEngine diags;
  if (emit == Stage::Ast) {
    std::string dump;
    if (!rpy::driver::dumpSyntaxTree(inputFile, dump, diags))
      return reportErrors(diags);
    output->os() << dump;
    output->keep();
    return 0;
  }

  mlir::DialectRegistry registry;
  rpy::registerAllDialects(registry);
  mlir::MLIRContext context(registry);
  // Errors point at the source; the operation itself is --emit=ll's.
  context.printOpOnDiagnostic(false);
  rpy::driver::TranslateOptions options;
  options.entry = entry;
  phaseDone(nullptr);
  auto module = rpy::driver::buildFlow(inputFile, context, options, diags);
  if (!module)
    return reportErrors(diags);
  phaseDone("flow");

  if (!viewFile.empty()) {
    auto dot = mlir::openOutputFile(viewFile, &error);
    if (!dot) {
      errs() << "rpy-translate: " << error << "\n";
      return 1;
    }
    rpy::driver::writeFlowGraphs(*module, dot->os());
    dot->keep();
  }
  if (emit == Stage::Flow) {
    module->print(output->os(), mlir::OpPrintingFlags());
    output->keep();
    return 0;
  }

  mlir::ScopedDiagnosticHandler handler(&context, [](mlir::Diagnostic &diag) {
    rpy::driver::printDiagnostic(diag, errs());
    return mlir::success();
  });
  if (!rpy::driver::annotate(*module))
    return 1;
  phaseDone("annotate");
  if (emit == Stage::Ann) {
    module->print(output->os(), mlir::OpPrintingFlags());
    output->keep();
    return 0;
  }
  if (!rpy::driver::rtype(*module))
    return 1;
  phaseDone("rtype");
  if (emit == Stage::LL) {
    module->print(output->os(), mlir::OpPrintingFlags());
    output->keep();
    return 0;
  }
  if (optLevel > 3) {
    errs() << "rpy-translate: -O" << optLevel << ": the levels are 0 to 3\n";
    return 1;
  }
  rpy::driver::AspectOptions aspects;
  aspects.inline_ = inlining && optLevel > 0;
  aspects.inlineThreshold = inlineThreshold;
  aspects.mallocRemoval = mallocRemoval && optLevel > 0;
  aspects.stackCheck = stackCheck;
  if (!rpy::driver::applyAspects(*module, aspects))
    return 1;
  phaseDone("aspects");
  if (backend == Backend::LLInterp) {
    std::vector<std::string> args{inputFile};
    args.insert(args.end(), programArgs.begin(), programArgs.end());
    std::optional<int> status = rpy::llinterp::run(*module, args, argv[0]);
    return status ? *status : 1;
  }
  if (emit == Stage::Aspects) {
    module->print(output->os(), mlir::OpPrintingFlags());
    output->keep();
    return 0;
  }
  if (!rpy::driver::lowerToLLVMDialect(*module, gc))
    return 1;
  phaseDone("lower");
  llvm::LLVMContext llvmContext;
  rpy::driver::CodegenOptions codegen;
  codegen.optLevel = optLevel;
  codegen.cpu = targetCpu;
  auto llvmModule =
      rpy::driver::translateToLLVMIR(*module, llvmContext, codegen, error);
  if (!llvmModule) {
    errs() << "rpy-translate: " << error << "\n";
    return 1;
  }
  phaseDone("llvm");
  if (emit == Stage::LLVM) {
    llvmModule->print(output->os(), nullptr);
    output->keep();
    return 0;
  }
  if (!rpy::driver::emitExecutable(*llvmModule, outputPath, codegen, argv[0],
                                   error)) {
    errs() << "rpy-translate: " << error << "\n";
    return 1;
  }
  phaseDone("codegen");
  return 0;
}
