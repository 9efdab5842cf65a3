// RUN: not rpy-opt %s --lltype-stack-check 2>&1 | FileCheck %s
// CHECK: error: lltype-stack-check needs @ll_stack_overflow, which rtype-lltype makes

lltype.func @loop(%n: !lltype.signed) -> !lltype.signed {
  %0 = lltype.direct_call @loop(%n) : (!lltype.signed) -> !lltype.signed
  lltype.return %0 : !lltype.signed
}
