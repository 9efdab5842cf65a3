# -*- Python -*-
# lit configuration of rpy's FileCheck tests.

import os

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "rpy"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".py", ".test"]
config.excludes = ["lit.cfg.py", "lit.site.cfg.py", "__init__.py", "Inputs", "unit", "python"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.rpy_obj_root, "test")

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.substitutions.append(("%rpy_src", config.rpy_src_root))
config.substitutions.append(("%rpy_obj", config.rpy_obj_root))
config.substitutions.append(
    ("%rlib", os.path.join(config.rpy_src_root, "runtime", "python")))

llvm_config.use_default_substitutions()
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
llvm_config.with_environment("PATH", config.rpy_tools_dir, append_path=True)

tools = [ToolSubst(t, unresolved="ignore") for t in ["rpy-llinterp", "rpy-opt", "rpy-translate"]]
llvm_config.add_tool_substitutions(tools, [config.rpy_tools_dir])
