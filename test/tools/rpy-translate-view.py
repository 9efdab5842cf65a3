# --view writes the flow graphs as Graphviz: one cluster per function, one
# record per block, dashed exception links labelled with their class.
# RUN: rpy-translate %s --emit=flow --view=%t.dot -o /dev/null
# RUN: FileCheck %s < %t.dot

# CHECK: digraph flow {
# CHECK: subgraph cluster_0 {
# CHECK-NEXT: label="main";
# CHECK: f0b0 [label="{^bb0(%argv):\l
# CHECK: f0b0 -> f0b1 [label="True"];
# CHECK: f0b0 -> f0b2 [label="False"];
# CHECK: subgraph cluster_1 {
# CHECK-NEXT: label="first";
# CHECK: f1b0 -> f1b2 [style=dashed, label="#flow.builtin\<\"IndexError\"\>"];


def first(l):
    try:
        return l[0]
    except IndexError:
        return ""


def main(argv):
    if argv:
        print(first(argv))
    return 0
